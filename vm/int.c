/* int.c — the int and bool types: small-int fast paths with overflow into
 * heap big ints (vm/bigint), demotion of results that fit, CPython's error
 * texts, int() parsing, hashing, and bool's own slots. */
#include <math.h>
#include <stdio.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "unicode/unicode.h"

#define INT_HEADER offsetof(CoilIntObj, big)

static size_t int_obj_size(const CoilObject *o)
{
    return INT_HEADER + sizeof(CoilBigInt) + ((const CoilIntObj *)o)->big.cap * sizeof(uint32_t);
}

CoilValue int_from_big(CoilVM *vm, CoilBigInt *b)
{
    if (bigint_fits_i64(b)) {
        int64_t i = bigint_to_i64(b);
        if (value_fits_small_int(i)) {
            bigint_free(&vm->bigctx, b);
            return value_from_small_int(i);
        }
    }
    /* The object gets a copy: objects live in the collector's pages, and
     * the bigint layer's block was scratch that goes back at once. */
    size_t size = INT_HEADER + sizeof(CoilBigInt) + b->len * sizeof(uint32_t);
    CoilIntObj *o = gc_alloc_object(vm, vm->t_int, size);
    if (!o) {
        bigint_free(&vm->bigctx, b);
        return VAL_ERROR;
    }
    o->big.len = o->big.cap = b->len;
    o->big.neg = b->neg;
    memcpy(o->big.d, b->d, b->len * sizeof(uint32_t));
    bigint_free(&vm->bigctx, b);
    return value_from_object(o);
}

CoilValue int_raise_status(CoilVM *vm, CoilBigStatus st)
{
    switch (st) {
    case COIL_BIG_OK: return VAL_NONE;
    case COIL_BIG_NOMEM: return vm_raise_nomem(vm);
    case COIL_BIG_ZERO_DIV: return vm_raise(vm, vm->e_ZeroDivisionError, "%s", vm->bigctx.msg);
    case COIL_BIG_OVERFLOW: return vm_raise(vm, vm->e_OverflowError, "%s", vm->bigctx.msg);
    default: return vm_raise(vm, vm->e_ValueError, "%s", vm->bigctx.msg);
    }
}

CoilValue int_from_i64(CoilVM *vm, int64_t i)
{
    if (value_fits_small_int(i)) return value_from_small_int(i);
    /* Straight into a heap int of one or two digits: no scratch bigint to
     * build, copy and free (sums that outgrow small ints, like a running
     * total, land here on every step). */
    uint64_t m = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    uint32_t n = m >> 32 ? 2 : 1;
    CoilIntObj *o = gc_alloc_object(vm, vm->t_int, INT_HEADER + sizeof(CoilBigInt) + n * sizeof(uint32_t));
    if (!o) return VAL_ERROR;
    o->big.len = o->big.cap = n;
    o->big.neg = i < 0;
    o->big.d[0] = (uint32_t)m;
    if (n == 2) o->big.d[1] = (uint32_t)(m >> 32);
    return value_from_object(o);
}

CoilValue int_from_u64(CoilVM *vm, uint64_t i)
{
    if (i <= (uint64_t)VAL_SMALL_INT_MAX) return value_from_small_int((int64_t)i);
    CoilBigInt *b;
    CoilBigStatus st = bigint_from_u64(&vm->bigctx, i, &b);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, b);
}

/* The int value of an int-like: small ints and bools are already values;
 * subclass instances are not supported as heap ints yet. */
static inline int64_t small_of(CoilValue v)
{
    return value_is_small_int(v) ? value_as_small_int(v) : v == VAL_TRUE ? 1 : 0;
}

const CoilBigInt *int_as_big(CoilVM *vm, CoilValue v, CoilBigTmp *tmp)
{
    (void)vm;
    /* Heap ints and instances of int subclasses share the CoilIntObj body. */
    if (value_is_object(v)) return value_as_bigint(v);
    return bigint_tmp_i64(tmp, small_of(v));
}

/* The exact int equal to an int-like (int(x), x.__index__()): instances of
 * subclasses hold their value in big form, possibly a small one. */
static CoilValue int_exact(CoilVM *vm, CoilValue v)
{
    if (value_is_bool(v)) return value_from_small_int(small_of(v));
    if (!value_is_object(v) || value_as_object(v)->type == vm->t_int) return v;
    CoilBigInt *b;
    CoilBigStatus st = bigint_copy(&vm->bigctx, value_as_bigint(v), &b);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, b);
}

/* An instance of int subclass t with value v: the int body, then the dict slot. */
static CoilValue int_subclass_new(CoilVM *vm, CoilType *t, CoilValue v)
{
    CoilBigTmp tmp;
    GC_ROOT(vm, v);
    size_t len = int_as_big(vm, v, &tmp)->len;
    size_t body = (INT_HEADER + sizeof(CoilBigInt) + len * sizeof(uint32_t) + 7) & ~(size_t)7;
    CoilIntObj *o = gc_alloc_object(vm, t, body + (t->dict_offset ? sizeof(CoilValue) : 0));
    GC_UNROOT(vm, 1);
    if (!o) return VAL_ERROR;
    const CoilBigInt *b = int_as_big(vm, v, &tmp);
    o->big.len = o->big.cap = b->len;
    o->big.neg = b->neg;
    memcpy(o->big.d, b->d, b->len * sizeof(uint32_t));
    object_init_fields(&o->obj);
    return value_from_object(o);
}

bool int_to_i64(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (!value_is_object(v)) {
        *out = small_of(v);
        return true;
    }
    const CoilBigInt *b = value_as_bigint(v);
    (void)vm;
    if (!bigint_fits_i64(b)) return false;
    *out = bigint_to_i64(b);
    return true;
}

bool int_to_double(CoilVM *vm, CoilValue v, double *out)
{
    if (!value_is_object(v)) {
        *out = (double)small_of(v);
        return true;
    }
    CoilBigStatus st = bigint_to_double(&vm->bigctx, value_as_bigint(v), out);
    if (st != COIL_BIG_OK) {
        int_raise_status(vm, st);
        return false;
    }
    return true;
}

int int_sign(CoilVM *vm, CoilValue v)
{
    (void)vm;
    if (!value_is_object(v)) {
        int64_t i = small_of(v);
        return i < 0 ? -1 : i > 0;
    }
    return bigint_sign(value_as_bigint(v));
}

int64_t int_hash(CoilVM *vm, CoilValue v)
{
    (void)vm;
    if (!value_is_object(v)) return bigint_i64_hash(small_of(v));
    return bigint_hash(value_as_bigint(v));
}

int int_cmp(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_object(a) && !value_is_object(b)) {
        int64_t x = small_of(a), y = small_of(b);
        return x < y ? -1 : x > y;
    }
    CoilBigTmp ta, tb;
    return bigint_cmp(int_as_big(vm, a, &ta), int_as_big(vm, b, &tb));
}

/* --- strings --------------------------------------------------------------------- */

/* Two digits per division (str(int) is hot: f-strings, str(i) keys), and no
 * printf machinery. */
char *int_u64_to_decimal(uint64_t u, char *end)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        end -= 2;
        memcpy(end, pairs + 2 * r, 2);
    }
    if (u >= 10) {
        end -= 2;
        memcpy(end, pairs + 2 * u, 2);
    } else {
        *--end = (char)('0' + u);
    }
    return end;
}

CoilValue int_to_str(CoilVM *vm, CoilValue v, int base, unsigned flags)
{
    if (!value_is_object(v) && base == 10 && !flags) {
        char buf[24], *end = buf + sizeof buf;
        int64_t x = small_of(v);
        char *p = int_u64_to_decimal(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, end);
        if (x < 0) *--p = '-';
        return str_new(vm, p, (size_t)(end - p));
    }
    CoilBigTmp tmp;
    const CoilBigInt *b = int_as_big(vm, v, &tmp);
    size_t cap = bigint_str_bound(b, base, flags);
    char small[128];
    char *p = small;
    if (cap > sizeof small && !(p = vm_mem_alloc(vm, cap))) return VAL_ERROR;
    size_t len;
    CoilBigStatus st = bigint_to_str(&vm->bigctx, b, base, flags, p, cap, &len);
    CoilValue r = st == COIL_BIG_OK ? str_new(vm, p, len) : int_raise_status(vm, st);
    if (p != small) vm_mem_free(vm, p, cap);
    return r;
}

/* Maps non-ASCII decimal digits and spaces to ASCII as CPython does before
 * parsing; returns false if there is a non-ASCII byte that is neither. */
static bool ascii_transform(const char *s, size_t n, CoilBuf *out)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!buf_putc(out, (char)c)) return false;
            i++;
            continue;
        }
        size_t adv;
        uint32_t cp = str_decode_cp(s + i, &adv);
        i += adv;
        char r = 0;
        int d = uni_decimal(cp);
        if (d >= 0) r = (char)('0' + d);
        if (!r && uni_isspace(cp)) r = ' ';
        if (!r) r = '?'; /* an invalid character either way */
        if (!buf_putc(out, r)) return false;
    }
    return true;
}

CoilValue int_from_string(CoilVM *vm, const char *s, size_t len, int base, CoilValue orig)
{
    CoilBuf tmp;
    buf_init(&tmp, &vm->counted);
    bool ascii = true;
    for (size_t i = 0; i < len && ascii; i++) ascii = (unsigned char)s[i] < 0x80;
    if (!ascii) {
        if (!ascii_transform(s, len, &tmp)) {
            buf_free(&tmp);
            return vm_raise_nomem(vm);
        }
        s = buf_cstr(&tmp);
        len = tmp.len;
    }
    CoilBigInt *b;
    CoilBigStatus st = bigint_from_str(&vm->bigctx, s, len, base, &b);
    buf_free(&tmp);
    if (st == COIL_BIG_OK) return int_from_big(vm, b);
    if (st == COIL_BIG_BAD_LITERAL) {
        char prefix[sizeof vm->bigctx.msg];
        memcpy(prefix, vm->bigctx.msg, sizeof prefix);
        CoilValue r = vm_repr(vm, orig);
        if (value_is_error(r)) return r;
        CoilString *rs = value_as_str(r);
        size_t cut = rs->cplen > 200 ? str_cp_offset(rs, 200) : rs->len;
        return vm_raise(vm, vm->e_ValueError, "%s%.*s", prefix, (int)cut, rs->data);
    }
    return int_raise_status(vm, st);
}

/* --- arithmetic ---------------------------------------------------------------------- */

typedef CoilBigStatus (*BigBinFn)(CoilBigCtx *, const CoilBigInt *, const CoilBigInt *, CoilBigInt **);

static CoilValue big_binary(CoilVM *vm, BigBinFn fn, CoilValue a, CoilValue b)
{
    CoilBigTmp ta, tb;
    CoilBigInt *r;
    CoilBigStatus st = fn(&vm->bigctx, int_as_big(vm, a, &ta), int_as_big(vm, b, &tb), &r);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, r);
}

static CoilValue int_pow(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (int_sign(vm, b) < 0) {
        /* A negative exponent is float arithmetic, as CPython. */
        double x, y;
        if (!int_to_double(vm, a, &x) || !int_to_double(vm, b, &y)) return VAL_ERROR;
        if (x == 0.0)
            return vm_raise(vm, vm->e_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return value_from_double(pow(x, y));
    }
    if (!value_is_object(a) && !value_is_object(b)) {
        int64_t r;
        if (bigint_i64_pow(small_of(a), (uint64_t)small_of(b), &r)) return int_from_i64(vm, r);
    }
    return big_binary(vm, bigint_pow, a, b);
}

/* v as an int64 when it fits one: small ints, bools and heap ints of up to
 * 64 bits (products like x * 1103515245 in an LCG), so arithmetic on them
 * skips the bigint layer. */
static inline bool fits_i64(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (!value_is_object(v)) {
        *out = small_of(v);
        return true;
    }
    (void)vm;
    /* Two 32-bit digits at most, read here (the bigint layer's calls cost
     * more than the arithmetic of a running total). */
    const CoilBigInt *b = value_as_bigint(v);
    if (b->len > 2) return false;
    uint64_t m = b->len == 0 ? 0 : b->len == 1 ? b->d[0] : (b->d[0] | (uint64_t)b->d[1] << 32);
    if (b->neg) {
        if (m > (uint64_t)1 << 63) return false;
        *out = m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    }
    return true;
}

CoilValue int_binary_op(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    int64_t x = 0, y = 0, r;
    bool small = fits_i64(vm, a, &x) && fits_i64(vm, b, &y);
    switch (op) {
    case BIN_ADD:
        if (small && bigint_i64_add(x, y, &r)) return int_from_i64(vm, r);
        return big_binary(vm, bigint_add, a, b);
    case BIN_SUB:
        if (small && bigint_i64_sub(x, y, &r)) return int_from_i64(vm, r);
        return big_binary(vm, bigint_sub, a, b);
    case BIN_MUL:
        if (small && bigint_i64_mul(x, y, &r)) return int_from_i64(vm, r);
        return big_binary(vm, bigint_mul, a, b);
    case BIN_FLOORDIV:
        if (small) {
            if (y == 0) return vm_raise(vm, vm->e_ZeroDivisionError, "integer division or modulo by zero");
            if (bigint_i64_floordiv(x, y, &r)) return int_from_i64(vm, r);
        }
        return big_binary(vm, bigint_floordiv, a, b);
    case BIN_MOD:
        if (small) {
            if (y == 0) return vm_raise(vm, vm->e_ZeroDivisionError, "integer modulo by zero");
            return int_from_i64(vm, bigint_i64_mod(x, y));
        }
        return big_binary(vm, bigint_mod, a, b);
    case BIN_TRUEDIV: {
        if (small && y == 0) return vm_raise(vm, vm->e_ZeroDivisionError, "division by zero");
        if (small && x > -((int64_t)1 << 53) && x < ((int64_t)1 << 53) && y > -((int64_t)1 << 53) &&
            y < ((int64_t)1 << 53))
            return value_from_double((double)x / (double)y);
        CoilBigTmp ta, tb;
        double d;
        CoilBigStatus st = bigint_truediv(&vm->bigctx, int_as_big(vm, a, &ta), int_as_big(vm, b, &tb), &d);
        if (st != COIL_BIG_OK) return int_raise_status(vm, st);
        return value_from_double(d);
    }
    case BIN_POW: return int_pow(vm, a, b);
    case BIN_LSHIFT:
        if (small && y < 0) return vm_raise(vm, vm->e_ValueError, "negative shift count");
        if (small && y < 48 && x > -((int64_t)1 << 15) && x < ((int64_t)1 << 15))
            return int_from_i64(vm, (int64_t)((uint64_t)x << y));
        return big_binary(vm, bigint_lshift, a, b);
    case BIN_RSHIFT:
        if (small) {
            if (y < 0) return vm_raise(vm, vm->e_ValueError, "negative shift count");
            return int_from_i64(vm, y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        }
        return big_binary(vm, bigint_rshift, a, b);
    case BIN_AND:
        if (small) return int_from_i64(vm, x & y);
        return big_binary(vm, bigint_and, a, b);
    case BIN_OR:
        if (small) return int_from_i64(vm, x | y);
        return big_binary(vm, bigint_or, a, b);
    case BIN_XOR:
        if (small) return int_from_i64(vm, x ^ y);
        return big_binary(vm, bigint_xor, a, b);
    default: return VAL_NOTIMPLEMENTED;
    }
}

/* The binary slot: both operand orders, NotImplemented for non-ints. */
#define INT_SLOT(name, op)                                                  \
    static CoilValue name(CoilVM *vm, CoilValue a, CoilValue b)             \
    {                                                                       \
        if (!value_is_int(vm, a) || !value_is_int(vm, b)) return VAL_NOTIMPLEMENTED; \
        return int_binary_op(vm, op, a, b);                                 \
    }
INT_SLOT(int_add, BIN_ADD)
INT_SLOT(int_sub, BIN_SUB)
INT_SLOT(int_mul, BIN_MUL)
INT_SLOT(int_truediv, BIN_TRUEDIV)
INT_SLOT(int_floordiv, BIN_FLOORDIV)
INT_SLOT(int_mod, BIN_MOD)
INT_SLOT(int_powslot, BIN_POW)
INT_SLOT(int_lshift, BIN_LSHIFT)
INT_SLOT(int_rshift, BIN_RSHIFT)
INT_SLOT(int_and, BIN_AND)
INT_SLOT(int_or, BIN_OR)
INT_SLOT(int_xor, BIN_XOR)

static CoilValue int_neg(CoilVM *vm, CoilValue a)
{
    if (!value_is_object(a)) return int_from_i64(vm, -small_of(a));
    CoilBigInt *r;
    CoilBigStatus st = bigint_neg(&vm->bigctx, value_as_bigint(a), &r);
    return st != COIL_BIG_OK ? int_raise_status(vm, st) : int_from_big(vm, r);
}

static CoilValue int_pos(CoilVM *vm, CoilValue a) { return int_exact(vm, a); }

static CoilValue int_abs(CoilVM *vm, CoilValue a)
{
    if (!value_is_object(a)) {
        int64_t i = small_of(a);
        return int_from_i64(vm, i < 0 ? -i : i);
    }
    CoilBigInt *r;
    CoilBigStatus st = bigint_abs(&vm->bigctx, value_as_bigint(a), &r);
    return st != COIL_BIG_OK ? int_raise_status(vm, st) : int_from_big(vm, r);
}

static CoilValue int_invert(CoilVM *vm, CoilValue a)
{
    if (!value_is_object(a)) return int_from_i64(vm, ~small_of(a));
    CoilBigInt *r;
    CoilBigStatus st = bigint_invert(&vm->bigctx, value_as_bigint(a), &r);
    return st != COIL_BIG_OK ? int_raise_status(vm, st) : int_from_big(vm, r);
}

static CoilValue int_index(CoilVM *vm, CoilValue a) { return int_exact(vm, a); }

static CoilValue int_float(CoilVM *vm, CoilValue a)
{
    double d;
    if (!int_to_double(vm, a, &d)) return VAL_ERROR;
    return value_from_double(d);
}

static int int_bool(CoilVM *vm, CoilValue a) { return int_sign(vm, a) != 0; }

static int int_hash_slot(CoilVM *vm, CoilValue a, int64_t *out)
{
    *out = int_hash(vm, a);
    return 0;
}

static CoilValue int_repr(CoilVM *vm, CoilValue a) { return int_to_str(vm, a, 10, 0); }

static CoilValue int_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_int(vm, a) || !value_is_int(vm, b)) return VAL_NOTIMPLEMENTED;
    int c = int_cmp(vm, a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return value_from_bool(r);
}

static CoilValue int_new_exact(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames);

/* int(x), int(s, base); a subclass gets the value in its own instance. */
static CoilValue int_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                         CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilValue v = int_new_exact(vm, args, nargs, kwnames);
    if (t == vm->t_int || value_is_error(v)) return v;
    return int_subclass_new(vm, t, v);
}

static CoilValue int_new_exact(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    static const char *const names[] = {"", "base"};
    CoilValue a[2];
    if (nargs > 2) return vm_raise(vm, vm->e_TypeError, "int() takes at most 2 arguments (%zu given)", nargs);
    if (args_parse(vm, "int", args, nargs, kwnames, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    CoilValue x = a[0];
    if (x == VAL_EMPTY) {
        if (a[1] != VAL_EMPTY) return vm_raise(vm, vm->e_TypeError, "int() missing string argument");
        return value_from_small_int(0);
    }
    if (a[1] != VAL_EMPTY) {
        int64_t base;
        if (vm_index(vm, a[1], &base) < 0) return VAL_ERROR;
        if (base != 0 && (base < 2 || base > 36))
            return vm_raise(vm, vm->e_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (value_is_str(vm, x))
            return int_from_string(vm, value_as_str(x)->data, value_as_str(x)->len, (int)base, x);
        if (bytes_view(vm, x, &(BytesView){0})) { /* bytes, bytearray, memoryview */
            CoilValue s = bytes_as_str(vm, x);
            if (value_is_error(s)) return s;
            return int_from_string(vm, value_as_str(s)->data, value_as_str(s)->len, (int)base, x);
        }
        return vm_raise(vm, vm->e_TypeError, "int() can't convert non-string with explicit base");
    }
    if (value_is_small_int(x)) return x;
    if (value_is_int(vm, x)) {
        /* An int subclass overriding __int__ is asked, as CPython's
         * PyNumber_Long does; otherwise its value, as an exact int. */
        CoilType *xt = vm_typeof(vm, x);
        if ((xt->flags & TYPE_HEAPTYPE) && xt->int_ && xt->int_ != int_index) {
            CoilValue r = xt->int_(vm, x);
            if (value_is_error(r)) return r;
            if (!value_is_int(vm, r))
                return vm_raise(vm, vm->e_TypeError, "__int__ returned non-int (type %s)", value_type_name(vm, r));
            return int_index(vm, r);
        }
        return int_index(vm, x);
    }
    if (value_is_double(x)) {
        double d = value_as_double(x);
        if (d > -0x1p47 && d < 0x1p47) return value_from_small_int((int64_t)d); /* the small-int range; larger values need a bigint */
        CoilBigInt *b;
        CoilBigStatus st = bigint_from_double(&vm->bigctx, d, &b);
        if (st != COIL_BIG_OK) return int_raise_status(vm, st);
        return int_from_big(vm, b);
    }
    if (value_is_str(vm, x)) return int_from_string(vm, value_as_str(x)->data, value_as_str(x)->len, 10, x);
    if (bytes_view(vm, x, &(BytesView){0})) { /* bytes, bytearray, memoryview */
        CoilValue s = bytes_as_str(vm, x);
        if (value_is_error(s)) return s;
        return int_from_string(vm, value_as_str(s)->data, value_as_str(s)->len, 10, x);
    }
    CoilType *t = vm_typeof(vm, x);
    CoilUnaryFn conv = t->int_ ? t->int_ : t->index;
    if (conv) {
        CoilValue r = conv(vm, x);
        if (value_is_error(r)) return r;
        if (!value_is_int(vm, r))
            return vm_raise(vm, vm->e_TypeError, "__int__ returned non-int (type %s)", value_type_name(vm, r));
        return int_index(vm, r);
    }
    CoilValue trunc = type_lookup(vm, t, vm->names.__trunc__);
    if (trunc != VAL_EMPTY) return vm_call1(vm, trunc, x);
    return vm_raise(vm, vm->e_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                    t->name);
}

/* --- methods and attributes ----------------------------------------------------------- */

static CoilValue m_bit_length(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "int.bit_length", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilBigTmp t;
    return int_from_u64(vm, bigint_bit_length(int_as_big(vm, args[0], &t)));
}

static CoilValue m_bit_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "int.bit_count", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilBigTmp t;
    const CoilBigInt *b = int_as_big(vm, args[0], &t);
    uint64_t n = 0;
    for (uint32_t i = 0; i < b->len; i++) n += (uint64_t)__builtin_popcount(b->d[i]);
    return int_from_u64(vm, n);
}

static CoilValue m_conjugate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "int.conjugate", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return int_index(vm, args[0]);
}

static CoilValue m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    return int_index(vm, args[0]);
}

/* (self, 1), with bool and subclasses reduced to a plain int as in CPython. */
static CoilValue m_as_integer_ratio(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "int.as_integer_ratio", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilValue n = int_index(vm, args[0]);
    if (value_is_error(n)) return n;
    GC_ROOT(vm, n);
    CoilValue r = tuple_pack2(vm, n, value_from_small_int(1));
    GC_UNROOT(vm, 1);
    return r;
}

const CoilMethodDef int_methods[] = {
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"conjugate", m_conjugate, 0},
    {"__index__", m_index, 0},
    {"__int__", m_index, 0},
    {NULL, NULL, 0}};

static CoilValue g_self(CoilVM *vm, CoilValue self) { return int_index(vm, self); }
static CoilValue g_zero(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return value_from_small_int(0);
}
static CoilValue g_one(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return value_from_small_int(1);
}

static const CoilGetSetDef int_getsets[] = {
    {"real", g_self, NULL}, {"imag", g_zero, NULL}, {"numerator", g_self, NULL},
    {"denominator", g_one, NULL}, {NULL, NULL, NULL}};

/* --- bool ------------------------------------------------------------------------------- */

static CoilValue bool_repr(CoilVM *vm, CoilValue a)
{
    return value_from_object(a == VAL_TRUE ? vm->names.True : vm->names.False);
}

#define BOOL_SLOT(name, op, cop)                                           \
    static CoilValue name(CoilVM *vm, CoilValue a, CoilValue b)            \
    {                                                                      \
        if (value_is_bool(a) && value_is_bool(b)) return value_from_bool((a == VAL_TRUE) cop (b == VAL_TRUE)); \
        if (!value_is_int(vm, a) || !value_is_int(vm, b)) return VAL_NOTIMPLEMENTED; \
        return int_binary_op(vm, op, a, b);                                \
    }
BOOL_SLOT(bool_and, BIN_AND, &)
BOOL_SLOT(bool_or, BIN_OR, |)
BOOL_SLOT(bool_xor, BIN_XOR, ^)

static CoilValue bool_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                          CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "bool", kwnames) < 0) return VAL_ERROR;
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "bool expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return VAL_FALSE;
    int t = vm_truthy(vm, args[0]);
    return t < 0 ? VAL_ERROR : value_from_bool(t);
}

void int_init_type(CoilVM *vm)
{
    bigint_ctx_init(&vm->bigctx, vm->counted, INT_HEADER);
    CoilType *t = vm->t_int;
    t->flags |= TYPE_BASETYPE | TYPE_INT_SUBCLASS;
    t->instance_size = sizeof(CoilIntObj);
    t->obj_size = int_obj_size;
    t->repr = int_repr;
    /* No str slot: str() of an int is its repr, also when a subclass
     * overrides __repr__ (int has no __str__ of its own in CPython). */
    t->hash = int_hash_slot;
    t->bool_ = int_bool;
    t->compare = int_compare;
    t->binary[BIN_ADD] = int_add;
    t->binary[BIN_SUB] = int_sub;
    t->binary[BIN_MUL] = int_mul;
    t->binary[BIN_TRUEDIV] = int_truediv;
    t->binary[BIN_FLOORDIV] = int_floordiv;
    t->binary[BIN_MOD] = int_mod;
    t->binary[BIN_POW] = int_powslot;
    t->binary[BIN_LSHIFT] = int_lshift;
    t->binary[BIN_RSHIFT] = int_rshift;
    t->binary[BIN_AND] = int_and;
    t->binary[BIN_OR] = int_or;
    t->binary[BIN_XOR] = int_xor;
    t->neg = int_neg;
    t->pos = int_pos;
    t->abs = int_abs;
    t->invert = int_invert;
    t->index = int_index;
    t->int_ = int_index;
    t->float_ = int_float;
    t->new_ = int_new;
    type_add_methods(vm, t, int_methods);
    type_add_methods(vm, t, int_bytes_methods); /* num_bytes.c */
    type_add_methods(vm, t, int_num_methods);   /* builtins_num.c */
    type_add_getsets(vm, t, int_getsets);

    CoilType *b = vm->t_bool;
    b->base = vm->t_int;
    b->flags &= ~(uint32_t)TYPE_BASETYPE;
    b->repr = bool_repr;
    b->str = bool_repr;
    b->binary[BIN_AND] = bool_and;
    b->binary[BIN_OR] = bool_or;
    b->binary[BIN_XOR] = bool_xor;
    b->new_ = bool_new;
    b->obj_size = NULL;
    b->instance_size = sizeof(CoilObject);
}
