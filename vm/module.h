/* module.h — module objects: a namespace dict with a name. */
#ifndef COIL_MODULE_H
#define COIL_MODULE_H

#include "vm/state.h"

typedef struct CoilModule {
    CoilObject obj;
    CoilValue dict;
    CoilValue name;
    /* Its code is still running (a circular import sees it half-built and
     * says "partially initialized module"). */
    bool initializing;
    /* Imported from the embedded stdlib (its submodules are looked up there). */
    bool frozen;
    /* Implemented in C (repr says "(built-in)"). */
    bool native;
    /* A namespace package (PEP 420: directories without __init__.py). */
    bool is_namespace;
} CoilModule;

static inline CoilModule *value_as_module(CoilValue m) { return (CoilModule *)value_as_object(m); }

/* A new module named `name` with __name__ and __doc__ set. */
CoilValue module_new(CoilVM *vm, const char *name);
static inline CoilValue module_dict(CoilValue m) { return ((CoilModule *)value_as_object(m))->dict; }
void module_init_type(CoilVM *vm);

/* A module for a native (C) implementation: module_new plus one built-in
 * function per entry of `defs` (may be NULL), each with __module__ = name. */
CoilValue module_new_native(CoilVM *vm, const char *name, const CoilMethodDef *defs);
/* module.name = value; 0 or -1.  Safe for a freshly allocated value: the
 * module is reachable from the caller's root and the value is stored before
 * anything else allocates. */
int module_set(CoilVM *vm, CoilValue module, const char *name, CoilValue value);

#endif
