/* list.h — the list object: a growable array of values.  Methods live in
 * list_methods.c. */
#ifndef COIL_LIST_H
#define COIL_LIST_H

#include "vm/state.h"

typedef struct CoilList {
    CoilObject obj;
    size_t len, cap;
    CoilValue *items;
} CoilList;

static inline bool value_is_list(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type == vm->t_list ||
                                  (value_as_object(v)->type->flags & TYPE_LIST_SUBCLASS));
}
static inline CoilList *value_as_list(CoilValue v) { return (CoilList *)value_as_object(v); }

void list_init_type(CoilVM *vm);

/* An empty list with room for cap items. */
CoilValue list_new(CoilVM *vm, size_t cap);
CoilValue list_from_array(CoilVM *vm, const CoilValue *items, size_t n);
/* Appends v (the list must be rooted); false with MemoryError pending. */
bool list_append(CoilVM *vm, CoilList *l, CoilValue v);
/* list.extend(iterable); false on error. */
bool list_extend(CoilVM *vm, CoilList *l, CoilValue iterable);
bool list_reserve(CoilVM *vm, CoilList *l, size_t cap);
/* list(iterable). */
CoilValue list_from_iterable(CoilVM *vm, CoilValue iterable);
/* Sorts in place (stable), with an optional key function and reverse flag. */
bool list_sort(CoilVM *vm, CoilList *l, CoilValue key, bool reverse);

extern const CoilMethodDef list_methods[];
/* list.__init__(self, iterable=()): clears self and extends it. */
bool list_init_from_args(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames);

#endif
