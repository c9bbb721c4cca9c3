/* builtins_num.c — numeric builtins: abs, divmod, pow (with modulus), round
 * (ties to even, ints with negative ndigits), hex/oct/bin. */
#include <math.h>

#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/complex.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static CoilValue bi_abs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "abs", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue v = args[0];
    if (value_is_small_int(v)) {
        int64_t i = value_as_small_int(v);
        return int_from_i64(vm, i < 0 ? -i : i);
    }
    if (value_is_double(v)) return value_from_double(fabs(value_as_double(v)));
    CoilType *t = vm_typeof(vm, v);
    if (!t->abs) return vm_raise(vm, vm->e_TypeError, "bad operand type for abs(): '%s'", t->name);
    return t->abs(vm, v);
}

/* divmod of two ints, or of ints and floats; NotImplemented for anything
 * else (the core of int's and float's __divmod__ / __rdivmod__). */
static CoilValue num_divmod(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (value_is_int(vm, a) && value_is_int(vm, b)) {
        if (int_sign(vm, b) == 0) return vm_raise(vm, vm->e_ZeroDivisionError, "integer division or modulo by zero");
        CoilValue q = int_binary_op(vm, BIN_FLOORDIV, a, b);
        if (value_is_error(q)) return q;
        GC_ROOT(vm, q);
        CoilValue r = int_binary_op(vm, BIN_MOD, a, b);
        if (value_is_error(r)) return GC_UNROOT(vm, 1), r;
        GC_ROOT(vm, r);
        CoilValue t = tuple_pack2(vm, q, r);
        GC_UNROOT(vm, 2);
        return t;
    }
    bool fa = value_is_double(a) || value_is_int(vm, a) || float_is_subclass_instance(vm, a);
    bool fb = value_is_double(b) || value_is_int(vm, b) || float_is_subclass_instance(vm, b);
    if (fa && fb) {
        double x, y;
        if (vm_to_double(vm, a, &x) < 0 || vm_to_double(vm, b, &y) < 0) return VAL_ERROR;
        return float_divmod(vm, x, y);
    }
    return VAL_NOTIMPLEMENTED;
}

static bool plain_number(CoilVM *vm, CoilValue v)
{
    if (value_is_small_int(v) || value_is_double(v)) return true;
    CoilType *t = vm_typeof(vm, v);
    return t == vm->t_int || t == vm->t_bool || t == vm->t_float;
}

static CoilValue bi_divmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "divmod", nargs, 2, 2) < 0) return VAL_ERROR;
    CoilValue a = args[0], b = args[1];
    if (plain_number(vm, a) && plain_number(vm, b)) {
        CoilValue r = num_divmod(vm, a, b);
        if (r != VAL_NOTIMPLEMENTED) return r;
    }
    /* As a binary operator: __divmod__ of the left operand, then
     * __rdivmod__ of the right, which goes first when its type is a proper
     * subclass of the left's (so a subclass of int or float can override). */
    CoilString *n = str_intern_cstr(vm, "__divmod__"), *rn = str_intern_cstr(vm, "__rdivmod__");
    if (!n || !rn) return VAL_ERROR;
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    bool reflected_first = ta != tb && type_is_subtype(tb, ta);
    bool found;
    CoilValue r;
    if (reflected_first) {
        r = type_call_special(vm, b, rn, &a, 1, &found);
        if (value_is_error(r) || (found && r != VAL_NOTIMPLEMENTED)) return r;
    }
    r = type_call_special(vm, a, n, &b, 1, &found);
    if (value_is_error(r) || (found && r != VAL_NOTIMPLEMENTED)) return r;
    if (!reflected_first && ta != tb) {
        r = type_call_special(vm, b, rn, &a, 1, &found);
        if (value_is_error(r) || (found && r != VAL_NOTIMPLEMENTED)) return r;
    }
    return vm_raise(vm, vm->e_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    value_type_name(vm, a), value_type_name(vm, b));
}

static CoilValue bi_pow(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"base", "exp", "mod"};
    CoilValue a[3];
    if (args_parse(vm, "pow", args, nargs, kw, names, 3, 3, 2, a) < 0) return VAL_ERROR;
    if (a[2] == VAL_EMPTY || a[2] == VAL_NONE) return vm_binary(vm, BIN_POW, a[0], a[1]);
    CoilType *t0type = vm_typeof(vm, a[0]);
    CoilString *n = NULL;
    if (t0type->flags & TYPE_HEAPTYPE) {
        n = str_intern_cstr(vm, "__pow__");
        if (!n) return VAL_ERROR;
    }
    /* A class's own __pow__(exp, mod) takes the modulus (ternary pow); an
     * int subclass that keeps int's takes int's path below. */
    if (n && !(value_is_int(vm, a[0]) && type_lookup(vm, t0type, n) == type_lookup(vm, vm->t_int, n))) {
        bool found;
        CoilValue r = type_call_special(vm, a[0], n, &a[1], 2, &found);
        if (found && r != VAL_NOTIMPLEMENTED) return r;
        return vm_raise(vm, vm->e_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        value_type_name(vm, a[0]), value_type_name(vm, a[1]), value_type_name(vm, a[2]));
    }
    if (!value_is_int(vm, a[0]) || !value_is_int(vm, a[1]) || !value_is_int(vm, a[2])) {
        /* CPython offers the call to each operand's type in turn: float's
         * and complex's power refuse a modulus (when they can convert base
         * and exp); int's declines anything but ints. */
        bool real = true, num = true;
        for (int i = 0; i < 2; i++) {
            bool isreal = value_is_int(vm, a[i]) || value_is_double(a[i]) || float_is_subclass_instance(vm, a[i]);
            real = real && isreal;
            num = num && (isreal || value_is_complex(vm, a[i]));
        }
        for (int i = 0; i < 3; i++) {
            if ((value_is_double(a[i]) || float_is_subclass_instance(vm, a[i])) && real)
                return vm_raise(vm, vm->e_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            if (value_is_complex(vm, a[i]) && num) return vm_raise(vm, vm->e_ValueError, "complex modulo");
        }
        return vm_raise(vm, vm->e_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                        value_type_name(vm, a[0]), value_type_name(vm, a[1]), value_type_name(vm, a[2]));
    }
    CoilBigTmp t0, t1, t2;
    CoilBigInt *r;
    CoilBigStatus st = bigint_powmod(&vm->bigctx, int_as_big(vm, a[0], &t0), int_as_big(vm, a[1], &t1),
                                     int_as_big(vm, a[2], &t2), &r);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, r);
}

/* round(int, ndigits < 0): to a multiple of 10**-ndigits, ties to even. */
static CoilValue round_int(CoilVM *vm, CoilValue x, int64_t nd)
{
    if (nd >= 0) return value_is_small_int(x) ? x : vm_index_value(vm, x); /* an exact int */
    GC_SAVE(vm);
    CoilValue p = int_binary_op(vm, BIN_POW, value_from_small_int(10), value_from_small_int(-nd));
    if (value_is_error(p)) return p;
    GC_ROOT(vm, p);
    CoilValue q = int_binary_op(vm, BIN_FLOORDIV, x, p);
    if (value_is_error(q)) return GC_RESTORE(vm), q;
    GC_ROOT(vm, q);
    CoilValue r = int_binary_op(vm, BIN_MOD, x, p);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    CoilValue r2 = int_binary_op(vm, BIN_MUL, r, value_from_small_int(2));
    if (value_is_error(r2)) return GC_RESTORE(vm), r2;
    int c = int_cmp(vm, r2, p);
    CoilValue odd = int_binary_op(vm, BIN_AND, q, value_from_small_int(1));
    if (c > 0 || (c == 0 && odd == value_from_small_int(1))) {
        q = int_binary_op(vm, BIN_ADD, q, value_from_small_int(1));
        if (value_is_error(q)) return GC_RESTORE(vm), q;
        GC_ROOT(vm, q);
    }
    CoilValue out = int_binary_op(vm, BIN_MUL, q, p);
    GC_RESTORE(vm);
    return out;
}

/* round() of an int or float (a subclass instance counts as its base
 * value); nd_arg is ndigits, or VAL_EMPTY / None for none. */
static CoilValue num_round(CoilVM *vm, CoilValue x, CoilValue nd_arg)
{
    bool have_nd = nd_arg != VAL_EMPTY && nd_arg != VAL_NONE;
    int64_t nd = 0;
    if (have_nd && vm_index(vm, nd_arg, &nd) < 0) return VAL_ERROR;
    if (value_is_int(vm, x)) return round_int(vm, x, have_nd ? nd : 0);
    double d = float_value(x);
    if (!have_nd) {
        double r = numfmt_round_half_even(d);
        if (isnan(r)) return vm_raise(vm, vm->e_ValueError, "cannot convert float NaN to integer");
        if (isinf(r)) return vm_raise(vm, vm->e_OverflowError, "cannot convert float infinity to integer");
        if (r > -0x1p47 && r < 0x1p47) return value_from_small_int((int64_t)r); /* the small-int range */
        CoilBigInt *b;
        CoilBigStatus st = bigint_from_double(&vm->bigctx, r, &b);
        if (st != COIL_BIG_OK) return int_raise_status(vm, st);
        return int_from_big(vm, b);
    }
    double out;
    CoilFmtError err;
    CoilFmtStatus st = numfmt_round(d, nd, &out, &err);
    if (st != NUMFMT_OK) return vm_raise(vm, vm->e_OverflowError, "%s", err.msg);
    return value_from_double(out);
}

static CoilValue bi_round(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"number", "ndigits"};
    CoilValue a[2];
    if (args_parse(vm, "round", args, nargs, kw, names, 2, 2, 1, a) < 0) return VAL_ERROR;
    CoilValue x = a[0];
    bool have_nd = a[1] != VAL_EMPTY && a[1] != VAL_NONE;
    /* Exact ints and floats directly; anything else (subclasses too, which
     * may override it) through its type's __round__. */
    if (plain_number(vm, x)) return num_round(vm, x, a[1]);
    CoilString *n = str_intern_cstr(vm, "__round__");
    if (!n) return VAL_ERROR;
    bool found;
    CoilValue r = type_call_special(vm, x, n, have_nd ? &a[1] : NULL, have_nd ? 1 : 0, &found);
    if (!found)
        return vm_raise(vm, vm->e_TypeError, "type %s doesn't define __round__ method", value_type_name(vm, x));
    return r;
}

/* int.__round__ / float.__round__ (self, ndigits=None). */
static CoilValue m_round(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs > 2) return vm_raise(vm, vm->e_TypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
    return num_round(vm, args[0], nargs > 1 ? args[1] : VAL_EMPTY);
}

/* int.__divmod__ / __rdivmod__: NotImplemented unless the other is an int. */
static CoilValue m_int_divmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__divmod__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return value_is_int(vm, args[1]) ? num_divmod(vm, args[0], args[1]) : VAL_NOTIMPLEMENTED;
}
static CoilValue m_int_rdivmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__rdivmod__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return value_is_int(vm, args[1]) ? num_divmod(vm, args[1], args[0]) : VAL_NOTIMPLEMENTED;
}

/* float.__divmod__ / __rdivmod__: with an int or a float. */
static CoilValue m_float_divmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__divmod__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return num_divmod(vm, args[0], args[1]);
}
static CoilValue m_float_rdivmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__rdivmod__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return num_divmod(vm, args[1], args[0]);
}

/* int.__trunc__ / __floor__ / __ceil__: the int itself (a plain int). */
static CoilValue m_int_self(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "int.__trunc__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return vm_index_value(vm, args[0]);
}

const CoilMethodDef int_num_methods[] = {
    {"__round__", m_round, 0},
    {"__divmod__", m_int_divmod, 0},
    {"__rdivmod__", m_int_rdivmod, 0},
    {"__trunc__", m_int_self, 0},
    {"__floor__", m_int_self, 0},
    {"__ceil__", m_int_self, 0},
    {NULL, NULL, 0}};

const CoilMethodDef float_num_methods[] = {
    {"__round__", m_round, 0},
    {"__divmod__", m_float_divmod, 0},
    {"__rdivmod__", m_float_rdivmod, 0},
    {NULL, NULL, 0}};

static CoilValue radix(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, int base)
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue i = vm_index_value(vm, args[0]);
    if (value_is_error(i)) return i;
    return int_to_str(vm, i, base, BIGINT_FMT_PREFIX);
}

static CoilValue bi_hex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return radix(vm, args, nargs, "hex", 16);
}
static CoilValue bi_oct(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return radix(vm, args, nargs, "oct", 8);
}
static CoilValue bi_bin(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return radix(vm, args, nargs, "bin", 2);
}

const CoilMethodDef builtins_numeric[] = {
    {"abs", bi_abs, 0},
    {"divmod", bi_divmod, 0},
    {"pow", bi_pow, METH_KEYWORDS},
    {"round", bi_round, METH_KEYWORDS},
    {"hex", bi_hex, 0},
    {"oct", bi_oct, 0},
    {"bin", bi_bin, 0},
    {NULL, NULL, 0}};
