/* float.c — the float type: unboxed doubles with CPython's arithmetic rules
 * (floor division and modulo signs, the pow special cases, error texts),
 * exact comparison against ints of any size, CPython's hash, and float(). */
#include <errno.h>
#include <math.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* A float operand as a double: floats and ints (bools included) convert;
 * 0 converted, 1 not a number (NotImplemented), -1 error (int too large). */
bool float_is_subclass_instance(CoilVM *vm, CoilValue v)
{
    if (!value_is_object(v)) return false;
    CoilType *t = value_as_object(v)->type;
    if (!(t->flags & TYPE_HEAPTYPE)) return false;
    while (t->flags & TYPE_HEAPTYPE) t = t->base;
    return t == vm->t_float;
}

int float_operand(CoilVM *vm, CoilValue v, double *out)
{
    if (value_is_double(v)) {
        *out = value_as_double(v);
        return 0;
    }
    if (value_is_small_int(v)) {
        *out = (double)value_as_small_int(v);
        return 0;
    }
    if (value_is_bool(v)) {
        *out = v == VAL_TRUE ? 1.0 : 0.0;
        return 0;
    }
    if (value_is_int(vm, v)) return int_to_double(vm, v, out) ? 0 : -1;
    if (float_is_subclass_instance(vm, v)) {
        *out = float_value(v);
        return 0;
    }
    return 1;
}

CoilValue float_repr_value(CoilVM *vm, double d)
{
    char buf[NUMFMT_REPR_MAX];
    size_t n = numfmt_float_repr(d, buf);
    return str_new(vm, buf, n);
}

static CoilValue float_repr(CoilVM *vm, CoilValue self) { return float_repr_value(vm, float_value(self)); }

int64_t float_hash_double(double v)
{
    const uint64_t MOD = ((uint64_t)1 << 61) - 1;
    const int BITS = 61;
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & MOD) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= MOD) x -= MOD;
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
    x = ((x << e) & MOD) | x >> (BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) x = (uint64_t)-2;
    return (int64_t)x;
}

static int float_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = float_hash_double(float_value(self));
    return 0;
}

static int float_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return float_value(self) != 0.0;
}

/* --- comparison --------------------------------------------------------------------- */

/* Compares a double with an int exactly: -1, 0, 1, or 2 for NaN. */
static int cmp_double_int(CoilVM *vm, double d, CoilValue i)
{
    if (d != d) return 2;
    if (value_is_small_int(i) || value_is_bool(i)) {
        int64_t n = value_is_bool(i) ? i == VAL_TRUE : value_as_small_int(i);
        if (n > -((int64_t)1 << 53) && n < ((int64_t)1 << 53)) {
            double x = (double)n;
            return d < x ? -1 : d > x;
        }
    }
    CoilBigTmp tmp;
    int c = bigint_cmp_double(int_as_big(vm, i, &tmp), d);
    if (c == BIGINT_UNORDERED) return 2;
    return -c;
}

static bool cmp_result(int c, CoilCompareOp op)
{
    if (c == 2) return op == CMP_NE;
    switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

CoilValue float_compare_values(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    int c;
    if (float_is_subclass_instance(vm, a)) a = value_from_double(float_value(a));
    if (float_is_subclass_instance(vm, b)) b = value_from_double(float_value(b));
    if (value_is_double(a)) {
        double x = value_as_double(a);
        if (value_is_double(b)) {
            double y = value_as_double(b);
            c = x != x || y != y ? 2 : x < y ? -1 : x > y;
        } else if (value_is_int(vm, b)) {
            c = cmp_double_int(vm, x, b);
        } else {
            return VAL_NOTIMPLEMENTED;
        }
    } else if (value_is_double(b) && value_is_int(vm, a)) {
        c = cmp_double_int(vm, value_as_double(b), a);
        if (c != 2) c = -c;
    } else {
        return VAL_NOTIMPLEMENTED;
    }
    return value_from_bool(cmp_result(c, op));
}

/* --- arithmetic -------------------------------------------------------------------------- */

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

CoilValue float_pow(CoilVM *vm, double iv, double iw)
{
    if (iw == 0) return value_from_double(1.0);
    if (iv != iv) return value_from_double(iv);
    if (iw != iw) return value_from_double(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return value_from_double(1.0);
        if ((iw > 0.0) == (iv > 1.0)) return value_from_double(fabs(iw));
        return value_from_double(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return value_from_double(odd ? iv : fabs(iv));
        return value_from_double(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            return vm_raise(vm, vm->e_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return value_from_double(odd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) return complex_pow_reals(vm, iv, iw);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return value_from_double(negate ? -1.0 : 1.0);
    double ix = pow(iv, iw);
    if (negate) ix = -ix;
    if (isinf(ix)) {
        CoilValue msg = str_from_cstr(vm, "Numerical result out of range");
        if (value_is_error(msg)) return msg;
        GC_ROOT(vm, msg);
        CoilValue args = tuple_pack2(vm, value_from_small_int(ERANGE), msg);
        GC_UNROOT(vm, 1);
        if (value_is_error(args)) return args;
        return vm_raise_args(vm, vm->e_OverflowError, args);
    }
    return value_from_double(ix);
}

/* CPython's float_divmod: floor quotient and modulo with the divisor's sign. */
static void float_divmod_parts(double vx, double wx, double *floordiv, double *modp)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

CoilValue float_binary_op(CoilVM *vm, CoilBinaryOp op, double x, double y)
{
    switch (op) {
    case BIN_ADD: return value_from_double(x + y);
    case BIN_SUB: return value_from_double(x - y);
    case BIN_MUL: return value_from_double(x * y);
    case BIN_TRUEDIV:
        if (y == 0.0) return vm_raise(vm, vm->e_ZeroDivisionError, "float division by zero");
        return value_from_double(x / y);
    case BIN_FLOORDIV: {
        if (y == 0.0) return vm_raise(vm, vm->e_ZeroDivisionError, "float floor division by zero");
        double q, m;
        float_divmod_parts(x, y, &q, &m);
        return value_from_double(q);
    }
    case BIN_MOD: {
        if (y == 0.0) return vm_raise(vm, vm->e_ZeroDivisionError, "float modulo");
        double mod = fmod(x, y);
        if (mod) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = copysign(0.0, y);
        }
        return value_from_double(mod);
    }
    case BIN_POW: return float_pow(vm, x, y);
    default: return VAL_NOTIMPLEMENTED;
    }
}

CoilValue float_divmod(CoilVM *vm, double x, double y)
{
    if (y == 0.0) return vm_raise(vm, vm->e_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_parts(x, y, &q, &m);
    return tuple_pack2(vm, value_from_double(q), value_from_double(m));
}

#define FLOAT_SLOT(name, op)                                             \
    static CoilValue name(CoilVM *vm, CoilValue a, CoilValue b)          \
    {                                                                    \
        double x, y;                                                     \
        int ra = float_operand(vm, a, &x);                                   \
        if (ra > 0) return VAL_NOTIMPLEMENTED;                           \
        int rb = float_operand(vm, b, &y);                                   \
        if (rb > 0) return VAL_NOTIMPLEMENTED;                           \
        if (ra < 0 || rb < 0) return VAL_ERROR;                          \
        return float_binary_op(vm, op, x, y);                            \
    }
FLOAT_SLOT(float_add, BIN_ADD)
FLOAT_SLOT(float_sub, BIN_SUB)
FLOAT_SLOT(float_mul, BIN_MUL)
FLOAT_SLOT(float_truediv, BIN_TRUEDIV)
FLOAT_SLOT(float_floordiv, BIN_FLOORDIV)
FLOAT_SLOT(float_mod, BIN_MOD)
FLOAT_SLOT(float_powslot, BIN_POW)

static CoilValue float_neg(CoilVM *vm, CoilValue a)
{
    (void)vm;
    return value_from_double(-float_value(a));
}
static CoilValue float_pos(CoilVM *vm, CoilValue a)
{
    (void)vm;
    return value_from_double(float_value(a));
}
static CoilValue float_abs(CoilVM *vm, CoilValue a)
{
    (void)vm;
    return value_from_double(fabs(float_value(a)));
}

static CoilValue float_int(CoilVM *vm, CoilValue a)
{
    double d = float_value(a);
    if (d > -0x1p47 && d < 0x1p47) return value_from_small_int((int64_t)d); /* the small-int range; larger values need a bigint */
    CoilBigInt *b;
    CoilBigStatus st = bigint_from_double(&vm->bigctx, d, &b);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, b);
}

static CoilValue float_float(CoilVM *vm, CoilValue a)
{
    (void)vm;
    return value_from_double(float_value(a));
}

CoilValue float_from_str(CoilVM *vm, CoilValue s)
{
    CoilString *str = value_as_str(s);
    double d;
    CoilFmtStatus st = numfmt_parse_float(&vm->counted, str->data, str->len, &d);
    if (st == NUMFMT_OK && d != d) {
        /* A fresh NaN object: a payload no other float('nan') has (see value.h). */
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        bits = (bits & 0x8000000000000000ULL) | 0x7FF8000000000000ULL |
               (++vm->nan_serial & 0x0003FFFFFFFFFFFFULL);
        return bits & 0x0003FFFFFFFFFFFFULL ? bits : (bits | 1);
    }
    if (st == NUMFMT_OK) return value_from_double(d);
    if (st == NUMFMT_NOMEM) return vm_raise_nomem(vm);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!numfmt_float_parse_error(&b, str->data, str->len)) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    CoilValue msg = str_from_buf(vm, &b);
    if (value_is_error(msg)) return msg;
    return vm_raise_str(vm, vm->e_ValueError, msg);
}

static CoilValue float_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                           CoilValue kwnames)
{
    CoilType *cls = (CoilType *)value_as_object(callee);
    if (cls != vm->t_float) {
        /* A subclass instance: an object holding the double, then its dict. */
        CoilValue exact = float_new(vm, value_from_object(vm->t_float), args, nargs, kwnames);
        if (value_is_error(exact)) return exact;
        CoilFloatObj *o = gc_alloc_object(vm, cls, cls->instance_size);
        if (!o) return VAL_ERROR;
        o->value = value_as_double(exact);
        object_init_fields(&o->obj);
        return value_from_object(o);
    }
    if (args_no_kw(vm, "float", kwnames) < 0) return VAL_ERROR;
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "float expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return value_from_double(0.0);
    CoilValue x = args[0];
    if (value_is_double(x)) return x;
    if (value_is_str(vm, x)) return float_from_str(vm, x);
    if (bytes_view(vm, x, &(BytesView){0})) { /* bytes, bytearray, memoryview */
        CoilValue s = bytes_as_str(vm, x);
        CoilValue r = value_is_error(s) ? s : float_from_str(vm, s);
        if (!value_is_error(r) || !vm_exception_matches(vm, vm->e_ValueError)) return r;
        /* The message shows the bytes-like object itself, as CPython's. */
        vm_take_exception(vm);
        CoilValue rep = vm_repr(vm, x);
        if (value_is_error(rep)) return rep;
        return vm_raise(vm, vm->e_ValueError, "could not convert string to float: %s", value_as_str(rep)->data);
    }
    CoilType *t = vm_typeof(vm, x);
    if (t->float_) {
        CoilValue r = t->float_(vm, x);
        if (value_is_error(r) || value_is_double(r)) return r;
        return vm_raise(vm, vm->e_TypeError, "%s.__float__ returned non-float (type %s)", t->name,
                        value_type_name(vm, r));
    }
    if (t->index) {
        CoilValue i = t->index(vm, x);
        if (value_is_error(i)) return i;
        double d;
        if (!int_to_double(vm, i, &d)) return VAL_ERROR;
        return value_from_double(d);
    }
    return vm_raise(vm, vm->e_TypeError, "float() argument must be a string or a real number, not '%s'",
                    t->name);
}

/* --- methods ------------------------------------------------------------------------- */

static CoilValue m_is_integer(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.is_integer", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    double d = float_value(args[0]);
    return value_from_bool(isfinite(d) && floor(d) == d);
}

static CoilValue m_conjugate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.conjugate", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return args[0];
}

static CoilValue m_as_integer_ratio(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.as_integer_ratio", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    double d = float_value(args[0]);
    if (isinf(d)) return vm_raise(vm, vm->e_OverflowError, "cannot convert Infinity to integer ratio");
    if (d != d) return vm_raise(vm, vm->e_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    CoilValue num = float_int(vm, value_from_double(m));
    if (value_is_error(num)) return num;
    GC_SAVE(vm);
    GC_ROOT(vm, num);
    CoilValue den = value_from_small_int(1);
    CoilValue shift = value_from_small_int(e < 0 ? -e : e);
    if (e > 0) {
        num = int_binary_op(vm, BIN_LSHIFT, num, shift);
        if (value_is_error(num)) return GC_RESTORE(vm), num;
        GC_ROOT(vm, num);
    } else {
        den = int_binary_op(vm, BIN_LSHIFT, den, shift);
        if (value_is_error(den)) return GC_RESTORE(vm), den;
        GC_ROOT(vm, den);
    }
    CoilValue r = tuple_pack2(vm, num, den);
    GC_RESTORE(vm);
    return r;
}

/* math.trunc/floor/ceil look these up on non-float types; scripts also call them directly. */
static CoilValue m_trunc(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.__trunc__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return float_int(vm, args[0]);
}

static CoilValue m_floor(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.__floor__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return float_int(vm, value_from_double(floor(float_value(args[0]))));
}

static CoilValue m_ceil(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.__ceil__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return float_int(vm, value_from_double(ceil(float_value(args[0]))));
}

const CoilMethodDef float_methods[] = {
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"is_integer", m_is_integer, 0},
    {"conjugate", m_conjugate, 0},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {NULL, NULL, 0}};

static CoilValue g_real(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_double(float_value(self)); /* a plain float, also for subclasses */
}
static CoilValue g_imag(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return value_from_double(0.0);
}

static const CoilGetSetDef float_getsets[] = {{"real", g_real, NULL}, {"imag", g_imag, NULL}, {NULL, NULL, NULL}};

static CoilValue float_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    return float_compare_values(vm, a, b, op);
}

void float_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_float;
    t->flags |= TYPE_BASETYPE;
    /* Floats are unboxed; only subclass instances are objects, with this
     * layout.  No str slot: str() is the repr, also for a subclass that
     * overrides __repr__ (CPython's float has no __str__). */
    t->instance_size = sizeof(CoilFloatObj);
    t->repr = float_repr;
    t->hash = float_hash;
    t->bool_ = float_bool;
    t->compare = float_compare;
    t->binary[BIN_ADD] = float_add;
    t->binary[BIN_SUB] = float_sub;
    t->binary[BIN_MUL] = float_mul;
    t->binary[BIN_TRUEDIV] = float_truediv;
    t->binary[BIN_FLOORDIV] = float_floordiv;
    t->binary[BIN_MOD] = float_mod;
    t->binary[BIN_POW] = float_powslot;
    t->neg = float_neg;
    t->pos = float_pos;
    t->abs = float_abs;
    t->int_ = float_int;
    t->float_ = float_float;
    t->new_ = float_new;
    type_add_methods(vm, t, float_methods);
    type_add_methods(vm, t, float_hex_methods); /* num_bytes.c */
    type_add_methods(vm, t, float_num_methods); /* builtins_num.c */
    type_add_getsets(vm, t, float_getsets);
}
