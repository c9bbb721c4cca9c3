/* tuple.h — the tuple object: a fixed array of values stored inline after the
 * header.  Also the shared pieces of sequence behaviour (index normalising,
 * slice arithmetic) that list and str reuse. */
#ifndef COIL_TUPLE_H
#define COIL_TUPLE_H

#include "vm/state.h"

typedef struct CoilTuple {
    CoilObject obj;
    size_t len;
    int64_t hash;  /* cached when every item is hashable; -1 until computed */
    CoilValue items[];
} CoilTuple;

static inline bool value_is_tuple(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type == vm->t_tuple ||
                                  (value_as_object(v)->type->flags & TYPE_TUPLE_SUBCLASS));
}
static inline CoilTuple *value_as_tuple(CoilValue v) { return (CoilTuple *)value_as_object(v); }

void tuple_init_type(CoilVM *vm);

/* A tuple of n items, each None (fill before the next allocation or root it). */
CoilValue tuple_new(CoilVM *vm, size_t n);
CoilValue tuple_from_array(CoilVM *vm, const CoilValue *items, size_t n);
CoilValue tuple_pack2(CoilVM *vm, CoilValue a, CoilValue b);
/* The empty tuple (one per VM). */
CoilValue tuple_empty(CoilVM *vm);
/* tuple(iterable). */
CoilValue tuple_from_iterable(CoilVM *vm, CoilValue iterable);

/* Repr of a sequence of values between open/close ("(", ")"), with a
 * trailing comma for one-item tuples. */
CoilValue seq_repr(CoilVM *vm, const CoilValue *items, size_t n, const char *open,
                   const char *close, bool one_comma);
/* Lexicographic rich comparison of two value arrays (tuple/list). */
CoilValue seq_compare(CoilVM *vm, const CoilValue *a, size_t na, const CoilValue *b,
                      size_t nb, CoilCompareOp op);

extern const CoilMethodDef tuple_methods[];

#endif
