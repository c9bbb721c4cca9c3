/* float.h — the float type's shared pieces: repr, CPython's float hash, the
 * arithmetic and comparison rules the interpreter's fast paths defer to. */
#ifndef COIL_FLOAT_H
#define COIL_FLOAT_H

#include "vm/state.h"

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

/* The double of a float subclass instance as a plain float; other values unchanged. */
CoilValue float_unwrap(CoilVM *vm, CoilValue v);

#endif
