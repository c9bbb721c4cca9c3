/* mod_struct.c — the _struct module: pack/unpack of C-like records
 * (pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, error) with
 * CPython's format language: byte order prefixes @ = < > !, repeat counts,
 * native sizes and alignment for '@', and CPython's struct.error texts.
 * stdlib/struct.py re-exports these and adds the Struct class. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* --- errors ----------------------------------------------------------------------------- */

/* struct.error lives in the module (created with it); raise it by name. */
static CoilValue struct_error(CoilVM *vm, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static CoilValue struct_error(CoilVM *vm, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    CoilType *t = vm->e_Exception;
    CoilValue mod = dict_get_cstr(vm, value_as_dict(vm->modules), "_struct");
    if (value_is_object(mod)) {
        CoilValue e = dict_get_cstr(vm, value_as_dict(module_dict(mod)), "error");
        if (value_is_object(e) && (value_as_object(e)->type->flags & TYPE_TYPE_SUBCLASS)) t = (CoilType *)value_as_object(e);
    }
    return vm_raise(vm, t, "%s", msg);
}

/* --- the format ------------------------------------------------------------------------- */

enum { ORDER_NATIVE, ORDER_LITTLE, ORDER_BIG };

typedef struct Fmt {
    const char *s;
    size_t n, i;
    int order;      /* byte order */
    bool native;    /* '@': native sizes and alignment */
} Fmt;

static bool host_little(void)
{
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

/* Size of one item of code c, 0 for an unknown code. */
static size_t code_size(char c, bool native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? sizeof(long) : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return native ? sizeof(size_t) : 0;
    case 'P': return native ? sizeof(void *) : 0;
    default: return 0;
    }
}

static int fmt_open(CoilVM *vm, CoilValue f, Fmt *out)
{
    BytesView bv;
    if (value_is_str(vm, f)) {
        out->s = value_as_str(f)->data;
        out->n = value_as_str(f)->len;
    } else if (bytes_view(vm, f, &bv)) {
        out->s = (const char *)bv.p;
        out->n = bv.n;
    } else {
        vm_raise(vm, vm->e_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", value_type_name(vm, f));
        return -1;
    }
    out->i = 0;
    out->order = ORDER_NATIVE;
    out->native = true;
    if (out->n) {
        char c = out->s[0];
        if (c == '@' || c == '=' || c == '<' || c == '>' || c == '!') {
            out->i = 1;
            out->native = c == '@';
            out->order = c == '<' ? ORDER_LITTLE : c == '>' || c == '!' ? ORDER_BIG : ORDER_NATIVE;
        }
    }
    if (out->order == ORDER_NATIVE) out->order = host_little() ? ORDER_LITTLE : ORDER_BIG;
    return 0;
}

/* The next item: 1 with code/count, 0 at the end, -1 on a format error. */
static int fmt_next(CoilVM *vm, Fmt *f, char *code, size_t *count)
{
    while (f->i < f->n && (f->s[f->i] == ' ' || (f->s[f->i] >= '\t' && f->s[f->i] <= '\r'))) f->i++;
    if (f->i >= f->n) return 0;
    size_t num = 1;
    bool have = false;
    if (f->s[f->i] >= '0' && f->s[f->i] <= '9') {
        num = 0;
        have = true;
        while (f->i < f->n && f->s[f->i] >= '0' && f->s[f->i] <= '9') {
            if (num > ((size_t)1 << 40)) {
                struct_error(vm, "total struct size too long");
                return -1;
            }
            num = num * 10 + (size_t)(f->s[f->i++] - '0');
        }
        if (f->i >= f->n) {
            struct_error(vm, "repeat count given without format specifier");
            return -1;
        }
    }
    (void)have;
    char c = f->s[f->i++];
    if (!code_size(c, f->native)) {
        struct_error(vm, "bad char in struct format");
        return -1;
    }
    *code = c;
    *count = num;
    return 1;
}

/* Total size and number of values of a format; -1 on error. */
static int fmt_measure(CoilVM *vm, CoilValue fv, size_t *size, size_t *nvals)
{
    Fmt f;
    if (fmt_open(vm, fv, &f) < 0) return -1;
    size_t off = 0, nv = 0;
    char c;
    size_t cnt;
    int r;
    while ((r = fmt_next(vm, &f, &c, &cnt)) > 0) {
        size_t sz = code_size(c, f.native);
        if (f.native && sz > 1 && cnt) off = (off + sz - 1) / sz * sz;
        if (c == 's' || c == 'p') {
            off += cnt;
            nv++;
        } else if (c == 'x') {
            off += cnt;
        } else {
            off += cnt * sz;
            nv += cnt;
        }
    }
    if (r < 0) return -1;
    *size = off;
    *nvals = nv;
    return 0;
}

/* --- packing ------------------------------------------------------------------------------ */

static void put_uint(unsigned char *p, uint64_t u, size_t size, int order)
{
    for (size_t k = 0; k < size; k++) {
        unsigned char byte = (unsigned char)(u >> (8 * k));
        p[order == ORDER_LITTLE ? k : size - 1 - k] = byte;
    }
}

static uint64_t get_uint(const unsigned char *p, size_t size, int order)
{
    uint64_t u = 0;
    for (size_t k = 0; k < size; k++) u |= (uint64_t)p[order == ORDER_LITTLE ? k : size - 1 - k] << (8 * k);
    return u;
}

/* An integer argument as int64 (signed codes) or uint64 (unsigned codes),
 * with CPython's range messages. */
static int pack_int(CoilVM *vm, CoilValue v, char c, size_t size, unsigned char *out, int order)
{
    if (!value_is_int(vm, v) && !vm_typeof(vm, v)->index) {
        struct_error(vm, "required argument is not an integer");
        return -1;
    }
    CoilValue iv = vm_index_value(vm, v);
    if (value_is_error(iv)) return -1;
    bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
    bool small_code = c == 'b' || c == 'B' || c == 'h' || c == 'H';
    CoilBigTmp tmp;
    const CoilBigInt *b = int_as_big(vm, iv, &tmp);
    uint64_t u;
    if (small_code || !is_unsigned) {
        int64_t s;
        if (!int_to_i64(vm, iv, &s)) {
            struct_error(vm, "argument out of range");
            return -1;
        }
        if (small_code) {
            static const struct {
                char c;
                const char *name;
                int64_t lo, hi;
            } lim[] = {{'b', "byte", -128, 127}, {'B', "ubyte", 0, 255}, {'h', "short", -32768, 32767},
                       {'H', "ushort", 0, 65535}};
            for (int k = 0; k < 4; k++)
                if (lim[k].c == c && (s < lim[k].lo || s > lim[k].hi)) {
                    struct_error(vm, "%s format requires %lld <= number <= %lld", lim[k].name, (long long)lim[k].lo,
                                 (long long)lim[k].hi);
                    return -1;
                }
        } else if (size < 8) {
            int64_t hi = ((int64_t)1 << (8 * size - 1)) - 1, lo = -hi - 1;
            if (s < lo || s > hi) {
                struct_error(vm, "'%c' format requires %lld <= number <= %lld", c, (long long)lo, (long long)hi);
                return -1;
            }
        }
        u = (uint64_t)s;
    } else {
        if (b->neg || bigint_bit_length(b) > 64) {
            struct_error(vm, "argument out of range");
            return -1;
        }
        u = 0;
        for (uint32_t k = 0; k < b->len && k < 2; k++) u |= (uint64_t)b->d[k] << (32 * k);
        if (size < 8 && u > (((uint64_t)1 << (8 * size)) - 1)) {
            struct_error(vm, "'%c' format requires 0 <= number <= %llu", c,
                         (unsigned long long)(((uint64_t)1 << (8 * size)) - 1));
            return -1;
        }
    }
    put_uint(out, u, size, order);
    return 0;
}

/* IEEE half precision, rounding half to even (CPython's PyFloat_Pack2). */
static int pack_half(CoilVM *vm, double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (x == 0.0) {
        *out = sign;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    int e;
    double f = frexp(fabs(x), &e);
    f *= 2.0;
    e--;
    if (e >= 16) goto overflow;
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    unsigned bits = (unsigned)f;
    double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        bits++;
        if (bits == 1024) {
            bits = 0;
            if (++e == 31) goto overflow;
        }
    }
    *out = (uint16_t)(sign | (unsigned)e << 10 | bits);
    return 0;
overflow:
    vm_raise(vm, vm->e_OverflowError, "float too large to pack with e format");
    return -1;
}

static double unpack_half(uint16_t h)
{
    int e = (h >> 10) & 0x1f;
    unsigned f = h & 0x3ff;
    double x;
    if (e == 0x1f) x = f ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)f, -24);
    else x = ldexp((double)(f + 1024), e - 25);
    return (h & 0x8000) ? -x : x;
}

static int pack_float(CoilVM *vm, CoilValue v, char c, bool native, unsigned char *out, int order)
{
    CoilType *t = vm_typeof(vm, v);
    if (!value_is_double(v) && !value_is_int(vm, v) && !t->float_) {
        struct_error(vm, "required argument is not a float");
        return -1;
    }
    double x;
    if (vm_to_double(vm, v, &x) < 0) return -1;
    if (c == 'e') {
        uint16_t h;
        if (pack_half(vm, x, &h) < 0) return -1;
        put_uint(out, h, 2, order);
    } else if (c == 'f') {
        float y = (float)x;
        if (!native && isinf(y) && !isinf(x)) {
            vm_raise(vm, vm->e_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t u;
        memcpy(&u, &y, 4);
        put_uint(out, u, 4, order);
    } else {
        uint64_t u;
        memcpy(&u, &x, 8);
        put_uint(out, u, 8, order);
    }
    return 0;
}

/* Packs vals[0..nvals) by format fv into out (of the measured size). */
static int pack_to(CoilVM *vm, CoilValue fv, const CoilValue *vals, unsigned char *out)
{
    Fmt f;
    if (fmt_open(vm, fv, &f) < 0) return -1;
    size_t off = 0, vi = 0;
    char c;
    size_t cnt;
    int r;
    while ((r = fmt_next(vm, &f, &c, &cnt)) > 0) {
        size_t sz = code_size(c, f.native);
        if (f.native && sz > 1 && cnt) off = (off + sz - 1) / sz * sz;
        if (c == 'x') {
            memset(out + off, 0, cnt);
            off += cnt;
            continue;
        }
        if (c == 's' || c == 'p') {
            BytesView bv;
            if (!bytes_view(vm, vals[vi], &bv)) {
                struct_error(vm, "argument for '%c' must be a bytes object", c);
                return -1;
            }
            vi++;
            memset(out + off, 0, cnt);
            if (c == 's') {
                memcpy(out + off, bv.p, bv.n < cnt ? bv.n : cnt);
            } else if (cnt) {
                size_t m = bv.n < cnt - 1 ? bv.n : cnt - 1;
                if (m > 255) m = 255;
                out[off] = (unsigned char)m;
                memcpy(out + off + 1, bv.p, m);
            }
            off += cnt;
            continue;
        }
        for (size_t k = 0; k < cnt; k++, off += sz) {
            CoilValue v = vals[vi++];
            if (c == '?') {
                int t = vm_truthy(vm, v);
                if (t < 0) return -1;
                out[off] = (unsigned char)t;
            } else if (c == 'c') {
                BytesView bv;
                if (!bytes_view(vm, v, &bv) || bv.n != 1) {
                    struct_error(vm, "char format requires a bytes object of length 1");
                    return -1;
                }
                out[off] = bv.p[0];
            } else if (c == 'e' || c == 'f' || c == 'd') {
                if (pack_float(vm, v, c, f.native, out + off, f.order) < 0) return -1;
            } else if (pack_int(vm, v, c, sz, out + off, f.order) < 0) {
                return -1;
            }
        }
    }
    return r < 0 ? -1 : 0;
}

/* --- unpacking ---------------------------------------------------------------------------- */

static CoilValue unpack_at(CoilVM *vm, CoilValue fv, const unsigned char *p, size_t nvals)
{
    CoilValue t = tuple_new(vm, nvals);
    if (value_is_error(t)) return t;
    CoilTuple *tu = value_as_tuple(t);
    for (size_t k = 0; k < nvals; k++) tu->items[k] = VAL_NONE;
    GC_ROOT(vm, t);
    Fmt f;
    fmt_open(vm, fv, &f);
    size_t off = 0, vi = 0;
    char c;
    size_t cnt;
    while (fmt_next(vm, &f, &c, &cnt) > 0) {
        size_t sz = code_size(c, f.native);
        if (f.native && sz > 1 && cnt) off = (off + sz - 1) / sz * sz;
        if (c == 'x') {
            off += cnt;
            continue;
        }
        if (c == 's' || c == 'p') {
            size_t start = off, len = cnt;
            if (c == 'p' && cnt) {
                len = p[off] < cnt - 1 ? p[off] : cnt - 1;
                start = off + 1;
            } else if (c == 'p') {
                len = 0;
            }
            CoilValue b = bytes_new(vm, p + start, len);
            if (value_is_error(b)) return GC_UNROOT(vm, 1), b;
            tu->items[vi++] = b;
            off += cnt;
            continue;
        }
        for (size_t k = 0; k < cnt; k++, off += sz) {
            CoilValue v;
            if (c == '?') v = value_from_bool(p[off] != 0);
            else if (c == 'c') v = bytes_new(vm, p + off, 1);
            else if (c == 'e') v = value_from_double(unpack_half((uint16_t)get_uint(p + off, 2, f.order)));
            else if (c == 'f') {
                uint32_t u = (uint32_t)get_uint(p + off, 4, f.order);
                float y;
                memcpy(&y, &u, 4);
                v = value_from_double((double)y);
            } else if (c == 'd') {
                uint64_t u = get_uint(p + off, 8, f.order);
                double y;
                memcpy(&y, &u, 8);
                v = value_from_double(y);
            } else {
                uint64_t u = get_uint(p + off, sz, f.order);
                bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
                if (is_unsigned) v = int_from_u64(vm, u);
                else {
                    if (sz < 8 && (u >> (8 * sz - 1)) & 1) u |= ~(uint64_t)0 << (8 * sz); /* sign-extend */
                    v = int_from_i64(vm, (int64_t)u);
                }
            }
            if (value_is_error(v)) return GC_UNROOT(vm, 1), v;
            tu->items[vi++] = v;
        }
    }
    GC_UNROOT(vm, 1);
    return t;
}

/* --- the module functions ------------------------------------------------------------------- */

static CoilValue m_calcsize(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "calcsize", nargs, 1, 1) < 0) return VAL_ERROR;
    size_t size, nv;
    if (fmt_measure(vm, args[0], &size, &nv) < 0) return VAL_ERROR;
    return int_from_u64(vm, size);
}

static CoilValue m_pack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "pack", kw) < 0) return VAL_ERROR;
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "pack expected at least 1 argument, got 0");
    size_t size, nv;
    if (fmt_measure(vm, args[0], &size, &nv) < 0) return VAL_ERROR;
    if (nv != nargs - 1) return struct_error(vm, "pack expected %zu items for packing (got %zu)", nv, nargs - 1);
    CoilValue r = bytes_new(vm, NULL, size);
    if (value_is_error(r)) return r;
    GC_ROOT(vm, r);
    int st = pack_to(vm, args[0], args + 1, value_as_bytes(r)->data);
    GC_UNROOT(vm, 1);
    return st < 0 ? VAL_ERROR : r;
}

static CoilValue m_pack_into(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "pack_into", kw) < 0) return VAL_ERROR;
    if (nargs < 3) return vm_raise(vm, vm->e_TypeError, "pack_into expected at least 3 arguments, got %zu", nargs);
    size_t size, nv;
    if (fmt_measure(vm, args[0], &size, &nv) < 0) return VAL_ERROR;
    if (!value_is_bytearray(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "argument must be read-write bytes-like object, not %s",
                        value_type_name(vm, args[1]));
    if (nv != nargs - 3) return struct_error(vm, "pack_into expected %zu items for packing (got %zu)", nv, nargs - 3);
    int64_t off;
    if (vm_index(vm, args[2], &off) < 0) return VAL_ERROR;
    CoilByteArray *ba = value_as_bytearray(args[1]);
    if (off < 0) {
        if (off + (int64_t)ba->len < 0) return struct_error(vm, "offset %lld out of range for %zu-byte buffer", (long long)off, ba->len);
        off += (int64_t)ba->len;
    }
    if ((size_t)off + size > ba->len)
        return struct_error(vm, "pack_into requires a buffer of at least %zu bytes for packing %zu bytes at offset %lld "
                                "(actual buffer size is %zu)",
                            size + (size_t)off, size, (long long)off, ba->len);
    /* Pack into scratch first: the values' conversions may run code that
     * resizes the bytearray. */
    CoilValue tmp = bytes_new(vm, NULL, size);
    if (value_is_error(tmp)) return tmp;
    GC_ROOT(vm, tmp);
    int st = pack_to(vm, args[0], args + 3, value_as_bytes(tmp)->data);
    GC_UNROOT(vm, 1);
    if (st < 0) return VAL_ERROR;
    if ((size_t)off + size <= ba->len) memcpy(ba->data + off, value_as_bytes(tmp)->data, size);
    return VAL_NONE;
}

static CoilValue m_unpack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "unpack", nargs, 2, 2) < 0) return VAL_ERROR;
    size_t size, nv;
    if (fmt_measure(vm, args[0], &size, &nv) < 0) return VAL_ERROR;
    BytesView bv;
    if (!bytes_view(vm, args[1], &bv))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, args[1]));
    if (bv.n != size) return struct_error(vm, "unpack requires a buffer of %zu bytes", size);
    return unpack_at(vm, args[0], bv.p, nv);
}

static CoilValue m_unpack_from(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"format", "buffer", "offset"};
    CoilValue a[3];
    if (args_parse(vm, "unpack_from", args, nargs, kw, names, 3, 3, 2, a) < 0) return VAL_ERROR;
    size_t size, nv;
    if (fmt_measure(vm, a[0], &size, &nv) < 0) return VAL_ERROR;
    int64_t off = 0;
    if (a[2] != VAL_EMPTY && vm_index(vm, a[2], &off) < 0) return VAL_ERROR;
    BytesView bv;
    if (!bytes_view(vm, a[1], &bv))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, a[1]));
    if (off < 0) {
        if (off + (int64_t)bv.n < 0) return struct_error(vm, "offset %lld out of range for %zu-byte buffer", (long long)off, bv.n);
        off += (int64_t)bv.n;
    }
    if ((size_t)off + size > bv.n) {
        if ((size_t)off > bv.n)
            return struct_error(vm, "offset %lld out of range for %zu-byte buffer", (long long)off, bv.n);
        return struct_error(vm, "unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes at offset %lld "
                                "(actual buffer size is %zu)",
                            size + (size_t)off, size, (long long)off, bv.n);
    }
    return unpack_at(vm, a[0], bv.p + off, nv);
}

static CoilValue m_iter_unpack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "iter_unpack", nargs, 2, 2) < 0) return VAL_ERROR;
    size_t size, nv;
    if (fmt_measure(vm, args[0], &size, &nv) < 0) return VAL_ERROR;
    BytesView bv;
    if (!bytes_view(vm, args[1], &bv))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, args[1]));
    if (!size) return struct_error(vm, "cannot iteratively unpack with a struct of length 0");
    if (bv.n % size)
        return struct_error(vm, "iterative unpacking requires a buffer of a multiple of %zu bytes", size);
    CoilValue l = list_new(vm, bv.n / size);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    for (size_t off = 0; off < bv.n; off += size) {
        bytes_view(vm, args[1], &bv);
        CoilValue t = unpack_at(vm, args[0], bv.p + off, nv);
        if (value_is_error(t) || !list_append(vm, value_as_list(l), t)) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    CoilValue it = vm_iter(vm, l);
    GC_UNROOT(vm, 1);
    return it;
}

static const CoilMethodDef struct_functions[] = {
    {"calcsize", m_calcsize, 0},       {"pack", m_pack, 0},           {"pack_into", m_pack_into, 0},
    {"unpack", m_unpack, 0},           {"unpack_from", m_unpack_from, METH_KEYWORDS},
    {"iter_unpack", m_iter_unpack, 0}, {NULL, NULL, 0}};

CoilValue mod_struct_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "_struct", struct_functions);
    if (value_is_error(m)) return m;
    GC_SAVE(vm);
    GC_ROOT(vm, m);
    CoilString *n = str_intern_cstr(vm, "error");
    if (!n) return GC_RESTORE(vm), VAL_ERROR;
    CoilValue bases = tuple_from_array(vm, (CoilValue[]){value_from_object(vm->e_Exception)}, 1);
    if (value_is_error(bases)) return GC_RESTORE(vm), bases;
    GC_ROOT(vm, bases);
    CoilValue ns = dict_new(vm);
    if (value_is_error(ns)) return GC_RESTORE(vm), ns;
    GC_ROOT(vm, ns);
    CoilValue modname = str_from_cstr(vm, "struct");
    if (value_is_error(modname) || dict_set_str(vm, value_as_dict(ns), vm->names.__module__, modname) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    CoilValue cls = type_new_class(vm, n, bases, ns, VAL_NONE);
    if (value_is_error(cls) || module_set(vm, m, "error", cls) < 0) return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return m;
}
