/* int.h — Python int: small ints are unboxed in the value; larger ones are
 * heap objects wrapping vm/bigint's CoilBigInt, and every result that fits a
 * small int is demoted back.  bool is a subtype whose values are True/False. */
#ifndef COIL_INT_H
#define COIL_INT_H

#include "vm/bigint.h"
#include "vm/state.h"

/* A heap int: the object header sits in the bytes bigint reserves in front
 * of its CoilBigInt (CoilBigCtx.header), so one allocation holds both. */
typedef struct CoilIntObj {
    CoilObject obj;
    CoilBigInt big;
} CoilIntObj;

static inline bool value_is_bigint(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->t_int;
}
static inline const CoilBigInt *value_as_bigint(CoilValue v)
{
    return &((CoilIntObj *)value_as_object(v))->big;
}
/* An int in the Python sense: small, big, or bool. */
static inline bool value_is_int(const CoilVM *vm, CoilValue v)
{
    return value_is_small_int(v) || value_is_bool(v) ||
           (value_is_object(v) && (value_as_object(v)->type == vm->t_int ||
                                   (value_as_object(v)->type->flags & TYPE_INT_SUBCLASS)));
}

void int_init_type(CoilVM *vm);

/* Any int64 as a value (boxed if it does not fit a small int). */
CoilValue int_from_i64(CoilVM *vm, int64_t i);
CoilValue int_from_u64(CoilVM *vm, uint64_t i);
/* Wraps a result of the bigint layer (demoting when it fits); consumes it. */
CoilValue int_from_big(CoilVM *vm, CoilBigInt *b);
/* Maps a bigint status to the exception CPython raises. */
CoilValue int_raise_status(CoilVM *vm, CoilBigStatus st);
/* A CoilBigInt view of any int value (tmp is scratch for small ints). */
const CoilBigInt *int_as_big(CoilVM *vm, CoilValue v, CoilBigTmp *tmp);

/* v (an int) as int64: false if out of range (no exception set). */
bool int_to_i64(CoilVM *vm, CoilValue v, int64_t *out);
/* int(v) as a double; OverflowError pending on failure. */
bool int_to_double(CoilVM *vm, CoilValue v, double *out);
/* Parses int(s, base); raises ValueError with CPython's text. */
CoilValue int_from_string(CoilVM *vm, const char *s, size_t len, int base, CoilValue orig);
/* str(int) / repr(int) */
CoilValue int_to_str(CoilVM *vm, CoilValue v, int base, unsigned flags);
/* The decimal digits of u written backwards so they end just before `end`
 * (room for 20 needed); returns where they start. */
char *int_u64_to_decimal(uint64_t u, char *end);
int64_t int_hash(CoilVM *vm, CoilValue v);
/* Sign of an int value: -1, 0, 1. */
int int_sign(CoilVM *vm, CoilValue v);

/* The int binary operation (both operands ints, bools included). */
CoilValue int_binary_op(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b);
/* Compares two ints; returns -1/0/1. */
int int_cmp(CoilVM *vm, CoilValue a, CoilValue b);

extern const CoilMethodDef int_methods[];
extern const CoilMethodDef int_bytes_methods[]; /* num_bytes.c: to_bytes, from_bytes */
extern const CoilMethodDef int_num_methods[];   /* builtins_num.c: __round__, __divmod__, __trunc__ ... */

#endif
