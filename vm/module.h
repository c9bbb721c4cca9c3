/* module.h — module objects: a namespace dict with a name. */
#ifndef COIL_MODULE_H
#define COIL_MODULE_H

#include "vm/state.h"

typedef struct CoilModule {
    CoilObject obj;
    CoilValue dict;
    CoilValue name;
} CoilModule;

/* A new module named `name` with __name__ and __doc__ set. */
CoilValue module_new(CoilVM *vm, const char *name);
static inline CoilValue module_dict(CoilValue m) { return ((CoilModule *)value_as_object(m))->dict; }
void module_init_type(CoilVM *vm);

#endif
