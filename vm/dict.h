/* dict.h — the dict object: insertion-ordered hash table laid out like
 * CPython's compact dict (a sparse index of entry numbers over a dense array
 * of entries).  Methods live in dict_methods.c. */
#ifndef COIL_DICT_H
#define COIL_DICT_H

#include "vm/state.h"

typedef struct CoilDictEntry {
    int64_t hash;
    CoilValue key;   /* VAL_EMPTY: deleted entry */
    CoilValue value;
} CoilDictEntry;

typedef struct CoilDict {
    CoilObject obj;
    uint32_t used;        /* live entries */
    uint32_t nentries;    /* entries[] slots consumed, deleted ones included */
    uint32_t cap;         /* entries[] capacity */
    uint32_t mask;        /* index size - 1 */
    int32_t *index;       /* DICT_IX_EMPTY, DICT_IX_DUMMY or an entry number */
    CoilDictEntry *entries;
    uint64_t version;     /* VM-unique stamp, renewed by every change of the key set or layout */
} CoilDict;

#define DICT_IX_EMPTY (-1)
#define DICT_IX_DUMMY (-2)

static inline bool value_is_dict(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type == vm->t_dict ||
                                  (value_as_object(v)->type->flags & TYPE_DICT_SUBCLASS));
}
static inline CoilDict *value_as_dict(CoilValue v) { return (CoilDict *)value_as_object(v); }

void dict_init_type(CoilVM *vm);

CoilValue dict_new(CoilVM *vm);
/* 1 found (*out set), 0 absent, -1 error (unhashable key, failing __eq__). */
int dict_get(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue *out);
/* Lookup by str key; never fails.  VAL_EMPTY when absent. */
CoilValue dict_get_str(CoilVM *vm, CoilDict *d, CoilString *key);
CoilValue dict_get_cstr(CoilVM *vm, CoilDict *d, const char *key);
/* The entry number holding str key, or -1 (for the interpreter's caches). */
int64_t dict_find_str(CoilVM *vm, CoilDict *d, CoilString *key);
/* 0 or -1.  Both key and value must be reachable by the GC (rooted). */
int dict_set(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue value);
int dict_set_str(CoilVM *vm, CoilDict *d, CoilString *key, CoilValue value);
/* dict_set_str for a key the caller has just found absent (one probe
 * instead of two: the interpreter's attribute cache). */
int dict_add_absent_str(CoilVM *vm, CoilDict *d, CoilString *key, CoilValue value);
int dict_set_cstr(CoilVM *vm, CoilDict *d, const char *key, CoilValue value);
/* 1 deleted (*old set unless NULL), 0 absent, -1 error. */
int dict_del(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue *old);
void dict_clear(CoilVM *vm, CoilDict *d);
/* Iteration in insertion order: start with *pos = 0. */
bool dict_next(const CoilDict *d, size_t *pos, CoilValue *key, CoilValue *value);
/* d.update(other) for a dict or any mapping with keys(); false on error. */
bool dict_update(CoilVM *vm, CoilDict *d, CoilValue other);
/* d.update(iterable of pairs). */
bool dict_update_pairs(CoilVM *vm, CoilDict *d, CoilValue iterable);
CoilValue dict_copy(CoilVM *vm, CoilDict *d);

/* Views and iterators (dict_views.c). */
CoilValue dict_view_new(CoilVM *vm, CoilType *view_type, CoilValue dict);
CoilValue dict_iter_new(CoilVM *vm, CoilType *iter_type, CoilValue dict);
void dict_init_view_types(CoilVM *vm);

/* The read-only view cls.__dict__ returns (mappingproxy.c). */
CoilValue mappingproxy_new(CoilVM *vm, CoilValue mapping);
void mappingproxy_init_type(CoilVM *vm);

extern const CoilMethodDef dict_methods[];

#endif
