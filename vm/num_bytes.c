/* num_bytes.c — numbers to and from their binary and hex text forms:
 * int.to_bytes / int.from_bytes (two's complement, either byte order) and
 * float.hex / float.fromhex, with CPython's error texts. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"
#include "unicode/unicode.h"

/* byteorder: 1 for 'little', 0 for 'big', -1 on error. */
static int byteorder_arg(CoilVM *vm, CoilValue v, const char *fname)
{
    if (v == VAL_EMPTY) return 0;
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, value_arg_type_name(vm, v));
        return -1;
    }
    if (str_eq_cstr(value_as_str(v), "little")) return 1;
    if (str_eq_cstr(value_as_str(v), "big")) return 0;
    vm_raise(vm, vm->e_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static CoilValue m_to_bytes(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"length", "byteorder", "signed"};
    CoilValue a[3];
    if (args_parse(vm, "to_bytes", args + 1, nargs - 1, kw, names, 3, 2, 0, a) < 0) return VAL_ERROR;
    int64_t length = 1;
    if (a[0] != VAL_EMPTY) {
        if (!value_is_int(vm, a[0]) && !vm_typeof(vm, a[0])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[0]));
        if (vm_index(vm, a[0], &length) < 0) return VAL_ERROR;
    }
    if (length < 0) return vm_raise(vm, vm->e_ValueError, "length argument must be non-negative");
    int little = byteorder_arg(vm, a[1], "to_bytes");
    if (little < 0) return VAL_ERROR;
    int is_signed = 0;
    if (a[2] != VAL_EMPTY && (is_signed = vm_truthy(vm, a[2])) < 0) return VAL_ERROR;
    CoilBigTmp tmp;
    const CoilBigInt *b = int_as_big(vm, args[0], &tmp);
    if (b->neg && !is_signed) return vm_raise(vm, vm->e_OverflowError, "can't convert negative int to unsigned");
    /* The magnitude must fit; the two's complement sign bit is checked after. */
    uint64_t bits = bigint_bit_length(b);
    if ((bits + 7) / 8 > (uint64_t)length) return vm_raise(vm, vm->e_OverflowError, "int too big to convert");
    CoilValue r = bytes_new(vm, NULL, (size_t)length);
    if (value_is_error(r)) return r;
    b = int_as_big(vm, args[0], &tmp); /* the int did not move, but re-read after allocating */
    unsigned char *p = value_as_bytes(r)->data;
    size_t n = (size_t)length;
    for (size_t i = 0; i < n; i++) { /* little-endian magnitude */
        size_t w = i / 4;
        p[i] = w < b->len ? (unsigned char)(b->d[w] >> (8 * (i % 4))) : 0;
    }
    if (b->neg) { /* two's complement: invert and add one */
        unsigned carry = 1;
        for (size_t i = 0; i < n; i++) {
            unsigned v = (unsigned)(unsigned char)~p[i] + carry;
            p[i] = (unsigned char)v;
            carry = v >> 8;
        }
    }
    if (is_signed && n) {
        bool top = p[n - 1] & 0x80;
        if (top != b->neg) return vm_raise(vm, vm->e_OverflowError, "int too big to convert");
    } else if (is_signed && !n && bits) {
        return vm_raise(vm, vm->e_OverflowError, "int too big to convert");
    }
    if (!little)
        for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
            unsigned char t = p[i];
            p[i] = p[j - 1];
            p[j - 1] = t;
        }
    return r;
}

static CoilValue m_from_bytes(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"bytes", "byteorder", "signed"};
    CoilValue a[3];
    if (args_parse(vm, "from_bytes", args + 1, nargs - 1, kw, names, 3, 2, 1, a) < 0) return VAL_ERROR;
    int little = byteorder_arg(vm, a[1], "from_bytes");
    if (little < 0) return VAL_ERROR;
    int is_signed = 0;
    if (a[2] != VAL_EMPTY && (is_signed = vm_truthy(vm, a[2])) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    CoilValue src = a[0];
    BytesView v;
    if (!bytes_view(vm, src, &v)) {
        if (value_is_str(vm, src) || value_is_int(vm, src))
            return GC_RESTORE(vm), vm_raise(vm, vm->e_TypeError, "cannot convert '%s' object to bytes",
                                            value_type_name(vm, src));
        src = bytes_from_object(vm, src, VAL_EMPTY, VAL_EMPTY, "bytes");
        if (value_is_error(src)) return GC_RESTORE(vm), src;
        GC_ROOT(vm, src);
        bytes_view(vm, src, &v);
    }
    /* Big-endian hex digits, parsed in base 16 (no digit limit applies). */
    static const char hexd[] = "0123456789abcdef";
    CoilBuf hex;
    buf_init(&hex, &vm->counted);
    bool ok = buf_reserve(&hex, 2 * v.n + 1) && buf_putc(&hex, '0');
    for (size_t k = 0; ok && k < v.n; k++) {
        unsigned char c = v.p[little ? v.n - 1 - k : k];
        ok = buf_putc(&hex, hexd[c >> 4]) && buf_putc(&hex, hexd[c & 15]);
    }
    if (!ok) {
        buf_free(&hex);
        return GC_RESTORE(vm), vm_raise_nomem(vm);
    }
    bool negative = is_signed && v.n && (v.p[little ? v.n - 1 : 0] & 0x80);
    size_t nbytes = v.n;
    CoilValue r = int_from_string(vm, hex.data, hex.len, 16, VAL_NONE);
    buf_free(&hex);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    if (negative) { /* r - 2**(8*n) */
        GC_ROOT(vm, r);
        CoilValue m = int_binary_op(vm, BIN_LSHIFT, value_from_small_int(1), value_from_small_int((int64_t)nbytes * 8));
        if (value_is_error(m)) return GC_RESTORE(vm), m;
        GC_ROOT(vm, m);
        r = int_binary_op(vm, BIN_SUB, r, m);
        if (value_is_error(r)) return GC_RESTORE(vm), r;
    }
    GC_RESTORE(vm);
    CoilType *cls = (CoilType *)value_as_object(args[0]);
    if (cls == vm->t_int) return r;
    if (cls == vm->t_bool) return value_from_bool(int_sign(vm, r) != 0);
    GC_ROOT(vm, r);
    CoilValue sub = vm_call1(vm, args[0], r); /* a subclass: cls(value), as CPython does */
    GC_UNROOT(vm, 1);
    return sub;
}

const CoilMethodDef int_bytes_methods[] = {
    {"to_bytes", m_to_bytes, METH_KEYWORDS},
    {"from_bytes", m_from_bytes, METH_KEYWORDS | METH_CLASS},
    {NULL, NULL, 0}};

/* --- float.hex / float.fromhex ---------------------------------------------------------- */

static CoilValue m_float_hex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "float.hex", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    double d;
    if (vm_to_double(vm, args[0], &d) < 0) return VAL_ERROR;
    if (isnan(d)) return str_from_cstr(vm, "nan");
    if (isinf(d)) return str_from_cstr(vm, d < 0 ? "-inf" : "inf");
    const char *sign = signbit(d) ? "-" : "";
    d = fabs(d);
    if (d == 0.0) return str_format(vm, "%s0x0.0p+0", sign);
    int e, lead;
    uint64_t frac;
    if (d >= DBL_MIN) { /* normal: 1.fraction * 2**e */
        double m = frexp(d, &e); /* d = m * 2**e, 0.5 <= m < 1 */
        frac = (uint64_t)ldexp(2 * m - 1, 52);
        lead = 1;
        e -= 1;
    } else { /* subnormal: 0.fraction * 2**-1022 */
        frac = (uint64_t)ldexp(d, 1074);
        lead = 0;
        e = -1022;
    }
    return str_format(vm, "%s0x%d.%013llxp%+d", sign, lead, (unsigned long long)frac, e);
}

static CoilValue fromhex_invalid(CoilVM *vm)
{
    return vm_raise(vm, vm->e_ValueError, "invalid hexadecimal floating-point string");
}

static CoilValue m_float_fromhex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "fromhex", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "bad argument type for built-in operation");
    CoilString *s = value_as_str(args[1]);
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && uni_isspace((unsigned char)*p)) p++;
    while (end > p && uni_isspace((unsigned char)end[-1])) end--;
    /* Check CPython's grammar, then let strtod round (it reads hex floats
     * exactly and rounds once, as float.fromhex must). */
    CoilBuf t;
    buf_init(&t, &vm->counted);
    bool ok = true;
    const char *q = p;
    bool neg = false;
    if (q < end && (*q == '+' || *q == '-')) neg = *q++ == '-';
    size_t rest = (size_t)(end - q);
    double d;
    char word[9] = {0};
    for (size_t i = 0; i < rest && i < 8; i++) word[i] = (char)((q[i] >= 'A' && q[i] <= 'Z') ? q[i] + 32 : q[i]);
    if ((rest == 3 && strcmp(word, "inf") == 0) || (rest == 8 && strcmp(word, "infinity") == 0)) {
        d = INFINITY;
    } else if (rest == 3 && strcmp(word, "nan") == 0) {
        d = NAN;
    } else {
        if (rest >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) q += 2;
        ok = buf_append_str(&t, "0x");
        size_t digits = 0;
        bool dot = false;
        while (ok && q < end && (isxdigit((unsigned char)*q) || (*q == '.' && !dot))) {
            if (*q == '.') dot = true;
            else digits++;
            ok = buf_putc(&t, *q++);
        }
        if (!digits) {
            buf_free(&t);
            return fromhex_invalid(vm);
        }
        if (ok && q < end && (*q == 'p' || *q == 'P')) {
            ok = buf_putc(&t, 'p');
            q++;
            if (ok && q < end && (*q == '+' || *q == '-')) ok = buf_putc(&t, *q++);
            size_t ed = 0;
            while (ok && q < end && *q >= '0' && *q <= '9') {
                ok = buf_putc(&t, *q++);
                ed++;
            }
            if (!ed) {
                buf_free(&t);
                return fromhex_invalid(vm);
            }
        }
        if (!ok) {
            buf_free(&t);
            return vm_raise_nomem(vm);
        }
        if (q != end) {
            buf_free(&t);
            return fromhex_invalid(vm);
        }
        errno = 0;
        d = strtod(buf_cstr(&t), NULL);
        if (errno == ERANGE && isinf(d)) {
            buf_free(&t);
            return vm_raise(vm, vm->e_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    buf_free(&t);
    CoilValue r = value_from_double(neg ? -d : d);
    if ((CoilType *)value_as_object(args[0]) == vm->t_float) return r;
    return vm_call1(vm, args[0], r); /* a subclass: cls(value) */
}

const CoilMethodDef float_hex_methods[] = {
    {"hex", m_float_hex, 0},
    {"fromhex", m_float_fromhex, METH_CLASS},
    {NULL, NULL, 0}};
