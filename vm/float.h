/* float.h — the float type's shared pieces: repr, CPython's float hash, the
 * arithmetic and comparison rules the interpreter's fast paths defer to. */
#ifndef COIL_FLOAT_H
#define COIL_FLOAT_H

#include "vm/state.h"

/* An instance of a float subclass: floats themselves are unboxed doubles,
 * a subclass instance is an object holding one (then its dict slot). */
typedef struct CoilFloatObj {
    CoilObject obj;
    double value;
} CoilFloatObj;

/* A real operand of arithmetic as a double: floats, ints and bools (and
 * their subclasses) convert.  0 converted, 1 not a real number
 * (NotImplemented), -1 error (an int too large, OverflowError pending). */
int float_operand(CoilVM *vm, CoilValue v, double *out);

/* The double of a float or of a float-subclass instance. */
static inline double float_value(CoilValue v)
{
    return value_is_double(v) ? value_as_double(v) : ((CoilFloatObj *)value_as_object(v))->value;
}
/* v is an instance of a float subclass. */
bool float_is_subclass_instance(CoilVM *vm, CoilValue v);

CoilValue float_repr_value(CoilVM *vm, double d);
int64_t float_hash_double(double v);
/* x op y for + - * / // % ** with CPython's errors. */
CoilValue float_binary_op(CoilVM *vm, CoilBinaryOp op, double x, double y);
CoilValue float_pow(CoilVM *vm, double x, double y);
/* divmod(x, y) as a tuple. */
CoilValue float_divmod(CoilVM *vm, double x, double y);
/* Rich comparison where a or b is a float and the other a float or int. */
CoilValue float_compare_values(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op);
/* float(str) with CPython's ValueError text. */
CoilValue float_from_str(CoilVM *vm, CoilValue s);

extern const CoilMethodDef float_methods[];
extern const CoilMethodDef float_hex_methods[]; /* num_bytes.c: hex, fromhex */
extern const CoilMethodDef float_num_methods[];  /* builtins_num.c: __round__, __divmod__, __rdivmod__ */

#endif
