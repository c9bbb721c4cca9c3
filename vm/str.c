/* str.c — the str object: construction, interning, CPython-identical hashing
 * (SipHash-1-3 over the code units CPython would store), repr, code-point
 * indexing and slicing, and str's type slots.  Methods: str_methods.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "unicode/unicode.h"

/* --- construction --------------------------------------------------------------- */

/* The text starts right after the header fields (offsetof, not sizeof, whose
 * tail padding would push short strings into the next 16-byte size class). */
static size_t str_size(const CoilObject *o)
{
    const CoilString *s = (const CoilString *)o;
    if (s->spare) {
        size_t cap;
        memcpy(&cap, s->data + s->len + 1, sizeof cap);
        return offsetof(CoilString, data) + cap;
    }
    return offsetof(CoilString, data) + s->len + 1;
}

CoilString *str_alloc(CoilVM *vm, size_t len)
{
    /* Not zero-filled: every header field is set here and the caller
     * writes the len bytes of data (the collector reads only the header). */
    CoilString *s = gc_alloc_object_uninit(vm, vm->t_str, offsetof(CoilString, data) + len + 1);
    if (!s) return NULL;
    s->len = len;
    s->hash = -1;
    s->cplen = 0;
    s->ascii = 0;
    s->interned = s->spare = s->growable = 0;
    s->kind = 0;
    s->data[len] = 0;
    return s;
}

/* Scans the bytes once for the ASCII flag, the code-point count and the
 * widest code point (CPython's storage kind, which its hash depends on). */
static void str_scan(CoilString *s)
{
    const unsigned char *p = (const unsigned char *)s->data;
    size_t n = s->len, i = 0;
    while (i < n && p[i] < 0x80) i++;
    if (i == n) {
        s->ascii = 1;
        s->cplen = n;
        s->kind = 1;
        return;
    }
    size_t cps = i;
    uint32_t maxcp = 0;
    while (i < n) {
        size_t adv;
        uint32_t cp = str_decode_cp((const char *)p + i, &adv);
        if (cp > maxcp) maxcp = cp;
        i += adv;
        cps++;
    }
    s->ascii = 0;
    s->cplen = cps;
    s->kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
}

CoilValue str_finish(CoilVM *vm, CoilString *s)
{
    (void)vm;
    str_scan(s);
    return value_from_object(s);
}

CoilValue str_new(CoilVM *vm, const char *src, size_t len)
{
    if (len == 1 && (unsigned char)src[0] < 0x80 && vm->chars[(unsigned char)src[0]])
        return value_from_object(vm->chars[(unsigned char)src[0]]);
    if (len == 0 && vm->names.empty) return value_from_object(vm->names.empty);
    CoilString *s = str_alloc(vm, len);
    if (!s) return VAL_ERROR;
    memcpy(s->data, src, len);
    return str_finish(vm, s);
}

CoilValue str_from_cstr(CoilVM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

CoilValue str_from_buf(CoilVM *vm, CoilBuf *b)
{
    CoilValue v = str_new(vm, buf_cstr(b), b->len);
    buf_free(b);
    return v;
}

CoilValue str_vformat(CoilVM *vm, const char *fmt, va_list ap)
{
    /* Format completely before allocating the string: the arguments may
     * point into objects a collection could free. */
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof small) {
        va_end(ap2);
        return str_new(vm, small, (size_t)n);
    }
    char *big = coil_alloc(&vm->alloc, (size_t)n + 1);
    if (!big) {
        va_end(ap2);
        return vm_raise_nomem(vm);
    }
    vsnprintf(big, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    CoilValue r = str_new(vm, big, (size_t)n);
    coil_free(&vm->alloc, big, (size_t)n + 1);
    return r;
}

CoilValue str_format(CoilVM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    CoilValue r = str_vformat(vm, fmt, ap);
    va_end(ap);
    return r;
}

CoilValue str_from_cp(CoilVM *vm, uint32_t cp)
{
    if (cp < 128 && vm->chars[cp]) return value_from_object(vm->chars[cp]);
    char tmp[4];
    return str_new(vm, tmp, buf_utf8_encode(cp, tmp));
}

uint32_t str_decode_cp(const char *ptr, size_t *adv)
{
    const unsigned char *p = (const unsigned char *)ptr;
    unsigned c = p[0];
    if (c < 0x80) {
        *adv = 1;
        return c;
    }
    if (c < 0xE0) {
        *adv = 2;
        return (uint32_t)(c & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *adv = 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    *adv = 4;
    return (uint32_t)(c & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
           (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

/* --- hashing --------------------------------------------------------------------- */

#define SIP_ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIP_HALF_ROUND(a, b, c, d, s, t) \
    a += b;                              \
    c += d;                              \
    b = SIP_ROTATE(b, s) ^ a;            \
    d = SIP_ROTATE(d, t) ^ c;            \
    a = SIP_ROTATE(a, 32);
#define SIP_ROUND(v0, v1, v2, v3)                \
    SIP_HALF_ROUND(v0, v1, v2, v3, 13, 16);      \
    SIP_HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* CPython 3.11's default string hash (Python/pyhash.c, siphash13). */
static uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char *in, size_t sz)
{
    uint64_t b = (uint64_t)sz << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (sz >= 8) {
        uint64_t mi = 0;
        for (int i = 7; i >= 0; i--) mi = mi << 8 | in[i];
        in += 8;
        sz -= 8;
        v3 ^= mi;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (size_t i = sz; i > 0; i--) t = t << 8 | in[i - 1];
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

static int64_t hash_bytes(CoilVM *vm, const unsigned char *p, size_t n)
{
    if (n == 0) return 0;
    int64_t x = (int64_t)siphash13(vm->hash_seed_k0, vm->hash_seed_k1, p, n);
    return x == -1 ? -2 : x;
}

int64_t str_hash_bytes(CoilVM *vm, const void *p, size_t n)
{
    return hash_bytes(vm, p, n);
}

int64_t str_hash(CoilVM *vm, CoilString *s)
{
    if (s->hash != -1) return s->hash;
    int64_t h;
    if (s->ascii) {
        h = hash_bytes(vm, (const unsigned char *)s->data, s->len);
    } else {
        /* Rebuild the code units CPython stores (latin-1, UCS-2 or UCS-4,
         * little-endian) so hashes, and set order, match CPython's. */
        size_t nbytes = s->cplen * s->kind;
        unsigned char small[256];
        unsigned char *u = nbytes <= sizeof small ? small : vm->alloc.fn(vm->alloc.ud, NULL, 0, nbytes);
        if (!u) return hash_bytes(vm, (const unsigned char *)s->data, s->len);
        size_t i = 0, k = 0;
        while (i < s->len) {
            size_t adv;
            uint32_t cp = str_decode_cp(s->data + i, &adv);
            i += adv;
            for (unsigned b = 0; b < s->kind; b++) u[k++] = (unsigned char)(cp >> (8 * b));
        }
        h = hash_bytes(vm, u, nbytes);
        if (u != small) vm->alloc.fn(vm->alloc.ud, u, nbytes, 0);
    }
    s->hash = h;
    return h;
}

int str_compare(const CoilString *a, const CoilString *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c) return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

const char *str_find_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    const char *end = hay + hn - nn;
    for (const char *p = hay; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p) return NULL;
        if (memcmp(p, needle, nn) == 0) return p;
    }
    return NULL;
}

/* --- interning ---------------------------------------------------------------- */

static bool intern_grow(CoilVM *vm)
{
    size_t cap = vm->intern_cap ? vm->intern_cap * 2 : 512;
    CoilString **t = vm_mem_alloc(vm, cap * sizeof *t);
    if (!t) return false;
    memset(t, 0, cap * sizeof *t);
    for (size_t i = 0; i < vm->intern_cap; i++) {
        CoilString *s = vm->intern[i];
        if (!s) continue;
        size_t j = (size_t)s->hash & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    vm_mem_free(vm, vm->intern, vm->intern_cap * sizeof *t);
    vm->intern = t;
    vm->intern_cap = cap;
    return true;
}

CoilString *str_intern_obj(CoilVM *vm, CoilString *s)
{
    if (s->interned) return s;
    int64_t h = str_hash(vm, s);
    if (vm->intern_cap) {
        size_t j = (size_t)h & (vm->intern_cap - 1);
        while (vm->intern[j]) {
            if (str_eq(vm->intern[j], s)) return vm->intern[j];
            j = (j + 1) & (vm->intern_cap - 1);
        }
    }
    if ((vm->intern_count + 1) * 2 > vm->intern_cap) {
        GC_ROOT_OBJ(vm, s);
        bool ok = intern_grow(vm);
        GC_UNROOT(vm, 1);
        if (!ok) return NULL;
    }
    size_t j = (size_t)h & (vm->intern_cap - 1);
    while (vm->intern[j]) j = (j + 1) & (vm->intern_cap - 1);
    vm->intern[j] = s;
    vm->intern_count++;
    s->interned = 1;
    return s;
}

CoilString *str_intern(CoilVM *vm, const char *p, size_t len)
{
    /* Look up first so hot paths (getattr by C name) allocate nothing. */
    int64_t h = -1;
    if (vm->intern_cap) {
        bool ascii = true;
        for (size_t i = 0; i < len && ascii; i++) ascii = (unsigned char)p[i] < 0x80;
        if (ascii) {
            h = hash_bytes(vm, (const unsigned char *)p, len);
            size_t j = (size_t)h & (vm->intern_cap - 1);
            while (vm->intern[j]) {
                CoilString *s = vm->intern[j];
                if (s->len == len && memcmp(s->data, p, len) == 0) return s;
                j = (j + 1) & (vm->intern_cap - 1);
            }
        }
    }
    CoilString *s = str_alloc(vm, len);
    if (!s) return NULL;
    memcpy(s->data, p, len);
    str_scan(s);
    /* An ASCII string's hash is that of its bytes: the one just computed
     * (loading code interns thousands of names; hashing each once). */
    if (h != -1) s->hash = h;
    return str_intern_obj(vm, s);
}

CoilString *str_intern_cstr(CoilVM *vm, const char *s) { return str_intern(vm, s, strlen(s)); }

bool str_init_names(CoilVM *vm)
{
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        CoilString *s = str_intern(vm, &ch, 1);
        if (!s) return false;
        vm->chars[c] = s;
    }
#define INTERN_NAME(field, text) \
    if (!(vm->names.field = str_intern(vm, text, sizeof text - 1))) return false;
    COIL_NAMES(INTERN_NAME)
#undef INTERN_NAME
    static const char *const bin[BIN__COUNT] = {"add", "sub", "mul", "truediv", "floordiv",
                                                "mod", "pow", "matmul", "lshift", "rshift",
                                                "and", "or", "xor"};
    for (int op = 0; op < BIN__COUNT; op++) {
        char buf[32];
        snprintf(buf, sizeof buf, "__%s__", bin[op]);
        if (!(vm->bin_names[op][0] = str_intern_cstr(vm, buf))) return false;
        snprintf(buf, sizeof buf, "__r%s__", bin[op]);
        if (!(vm->bin_names[op][1] = str_intern_cstr(vm, buf))) return false;
        snprintf(buf, sizeof buf, "__i%s__", bin[op]);
        if (!(vm->bin_names[op][2] = str_intern_cstr(vm, buf))) return false;
    }
    vm->cmp_names[CMP_LT] = vm->names.__lt__;
    vm->cmp_names[CMP_LE] = vm->names.__le__;
    vm->cmp_names[CMP_EQ] = vm->names.__eq__;
    vm->cmp_names[CMP_NE] = vm->names.__ne__;
    vm->cmp_names[CMP_GT] = vm->names.__gt__;
    vm->cmp_names[CMP_GE] = vm->names.__ge__;
    return true;
}

/* --- unicode predicates --------------------------------------------------------- */

/* --- repr ------------------------------------------------------------------------- */

static bool str_repr_utf8_raw(CoilBuf *b, const char *data, size_t len, bool ascii_only);

bool str_repr_utf8(CoilBuf *b, const char *data, size_t len, bool ascii_only)
{
    size_t start = b->len;
    if (str_repr_utf8_raw(b, data, len, ascii_only)) return true;
    buf_truncate(b, start);
    return false;
}

static bool str_repr_utf8_raw(CoilBuf *b, const char *data, size_t len, bool ascii_only)
{
    bool has_sq = memchr(data, '\'', len) != NULL;
    bool has_dq = memchr(data, '"', len) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    if (!buf_reserve(b, len + 2) || !buf_putc(b, q)) return false;
    static const char hex[] = "0123456789abcdef";
    size_t i = 0;
    while (i < len) {
        size_t adv;
        uint32_t cp = str_decode_cp(data + i, &adv);
        bool ok;
        if (cp == (uint32_t)q || cp == '\\') {
            char e[2] = {'\\', (char)cp};
            ok = buf_append(b, e, 2);
        } else if (cp == '\t') ok = buf_append(b, "\\t", 2);
        else if (cp == '\n') ok = buf_append(b, "\\n", 2);
        else if (cp == '\r') ok = buf_append(b, "\\r", 2);
        else if (cp < 0x20 || cp == 0x7F) {
            char e[4] = {'\\', 'x', hex[cp >> 4], hex[cp & 15]};
            ok = buf_append(b, e, 4);
        } else if (cp < 0x7F) ok = buf_putc(b, (char)cp);
        else if (!ascii_only && uni_isprintable(cp)) ok = buf_append(b, data + i, adv);
        else if (cp <= 0xFF) {
            char e[4] = {'\\', 'x', hex[cp >> 4], hex[cp & 15]};
            ok = buf_append(b, e, 4);
        } else if (cp <= 0xFFFF) {
            char e[6] = {'\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
                         hex[cp & 15]};
            ok = buf_append(b, e, 6);
        } else {
            char e[10] = {'\\', 'U', '0', '0', hex[(cp >> 20) & 15], hex[(cp >> 16) & 15],
                          hex[(cp >> 12) & 15], hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
                          hex[cp & 15]};
            ok = buf_append(b, e, 10);
        }
        if (!ok) return false;
        i += adv;
    }
    return buf_putc(b, q);
}

CoilValue str_repr(CoilVM *vm, CoilString *s)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!str_repr_utf8(&b, s->data, s->len, false)) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

/* --- code points -------------------------------------------------------------------- */

size_t str_cp_offset(const CoilString *s, size_t i)
{
    if (s->ascii) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    while (i > 0 && off < s->len) {
        unsigned c = p[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        i--;
    }
    return off;
}

CoilValue str_getitem_index(CoilVM *vm, CoilString *s, int64_t i)
{
    if (i < 0) i += (int64_t)s->cplen;
    if (i < 0 || (size_t)i >= s->cplen) return vm_raise(vm, vm->e_IndexError, "string index out of range");
    if (s->ascii) return value_from_object(vm->chars[(unsigned char)s->data[i]]);
    size_t off = str_cp_offset(s, (size_t)i), adv;
    uint32_t cp = str_decode_cp(s->data + off, &adv);
    return str_from_cp(vm, cp);
}

CoilValue str_slice(CoilVM *vm, CoilString *s, int64_t start, int64_t stop, int64_t step,
                    int64_t n)
{
    if (n <= 0) return value_from_object(vm->names.empty);
    if (step == 1) {
        if (n == (int64_t)s->cplen) return value_from_object(s);
        size_t a = str_cp_offset(s, (size_t)start);
        size_t z = str_cp_offset(s, (size_t)stop);
        return str_new(vm, s->data + a, z - a);
    }
    if (s->ascii) {
        CoilString *r = str_alloc(vm, (size_t)n);
        if (!r) return VAL_ERROR;
        for (int64_t k = 0, i = start; k < n; k++, i += step) r->data[k] = s->data[i];
        return str_finish(vm, r);
    }
    /* Non-ASCII with a step: index the code points once. */
    size_t *offs = vm_mem_alloc(vm, (s->cplen + 1) * sizeof *offs);
    if (!offs) return VAL_ERROR;
    size_t off = 0, bytes = 0;
    for (size_t k = 0; k <= s->cplen; k++) {
        offs[k] = off;
        if (off < s->len) {
            unsigned c = (unsigned char)s->data[off];
            off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
    }
    for (int64_t k = 0, i = start; k < n; k++, i += step) bytes += offs[i + 1] - offs[i];
    CoilString *r = str_alloc(vm, bytes);
    if (!r) {
        vm_mem_free(vm, offs, (s->cplen + 1) * sizeof *offs);
        return VAL_ERROR;
    }
    size_t w = 0;
    for (int64_t k = 0, i = start; k < n; k++, i += step) {
        size_t len = offs[i + 1] - offs[i];
        memcpy(r->data + w, s->data + offs[i], len);
        w += len;
    }
    vm_mem_free(vm, offs, (s->cplen + 1) * sizeof *offs);
    return str_finish(vm, r);
}

CoilValue str_concat(CoilVM *vm, CoilString *a, CoilString *b)
{
    if (a->len == 0) return value_from_object(b);
    if (b->len == 0) return value_from_object(a);
    CoilString *r = str_alloc(vm, a->len + b->len);
    if (!r) return VAL_ERROR;
    memcpy(r->data, a->data, a->len);
    memcpy(r->data + a->len, b->data, b->len);
    r->ascii = a->ascii && b->ascii;
    r->cplen = a->cplen + b->cplen;
    r->kind = a->kind > b->kind ? a->kind : b->kind;
    return value_from_object(r);
}

/* Data room an accumulator of len bytes needs: the text, the NUL, and the
 * recorded room itself. */
#define ACCUM_ROOM(len) ((len) + 1 + sizeof(size_t))

CoilValue str_accumulate(CoilVM *vm, CoilString *a, CoilString *b)
{
    if (b->len == 0) return value_from_object(a); /* as str_concat: s += '' keeps s, */
    if (a->len == 0 && !a->growable) return value_from_object(b); /* '' + t is t */
    size_t len = a->len + b->len;
    if (a->growable) {
        size_t cap;
        memcpy(&cap, a->data + a->len + 1, sizeof cap);
        if (ACCUM_ROOM(len) <= cap) {
            /* Only the accumulating register refers to a: no one can see
             * it change. */
            memcpy(a->data + a->len, b->data, b->len);
            a->len = len;
            a->data[len] = 0;
            memcpy(a->data + len + 1, &cap, sizeof cap);
            a->ascii = a->ascii && b->ascii;
            a->cplen += b->cplen;
            if (b->kind > a->kind) a->kind = b->kind;
            a->hash = -1;
            return value_from_object(a);
        }
    }
    size_t cap = ACCUM_ROOM(len) * 2;
    if (cap < 64) cap = 64;
    CoilString *r = gc_alloc_object(vm, vm->t_str, offsetof(CoilString, data) + cap);
    if (!r) return VAL_ERROR;
    r->hash = -1;
    r->len = len;
    memcpy(r->data, a->data, a->len);
    memcpy(r->data + a->len, b->data, b->len);
    r->data[len] = 0;
    memcpy(r->data + len + 1, &cap, sizeof cap);
    r->ascii = a->ascii && b->ascii;
    r->cplen = a->cplen + b->cplen;
    r->kind = a->kind > b->kind ? a->kind : b->kind;
    r->spare = 1;
    r->growable = 1;
    return value_from_object(r);
}

/* --- type slots ------------------------------------------------------------------- */

static CoilValue str_repr_slot(CoilVM *vm, CoilValue self) { return str_repr(vm, value_as_str(self)); }

static CoilValue str_str_slot(CoilVM *vm, CoilValue self)
{
    CoilString *s = value_as_str(self);
    if (s->obj.type == vm->t_str) return self;
    return str_new(vm, s->data, s->len); /* exact str from a subclass instance */
}

static int str_hash_slot(CoilVM *vm, CoilValue self, int64_t *out)
{
    *out = str_hash(vm, value_as_str(self));
    return 0;
}

static int str_len_slot(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_str(self)->cplen;
    return 0;
}

static int str_bool_slot(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_as_str(self)->len != 0;
}

static CoilValue str_compare_slot(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_str(vm, a) || !value_is_str(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilString *x = value_as_str(a), *y = value_as_str(b);
    if (op == CMP_EQ) return value_from_bool(str_eq(x, y));
    if (op == CMP_NE) return value_from_bool(!str_eq(x, y));
    int c = str_compare(x, y);
    switch (op) {
    case CMP_LT: return value_from_bool(c < 0);
    case CMP_LE: return value_from_bool(c <= 0);
    case CMP_GT: return value_from_bool(c > 0);
    default: return value_from_bool(c >= 0);
    }
}

static CoilValue str_repeat(CoilVM *vm, CoilString *s, CoilValue count)
{
    int64_t n;
    if (vm_index(vm, count, &n) < 0) return VAL_ERROR;
    if (n <= 0 || s->len == 0) return value_from_object(vm->names.empty);
    if (n == 1) return value_from_object(s);
    if ((uint64_t)n > (SIZE_MAX / 2) / s->len) return vm_raise_nomem(vm);
    CoilString *r = str_alloc(vm, s->len * (size_t)n);
    if (!r) return VAL_ERROR;
    for (int64_t i = 0; i < n; i++) memcpy(r->data + i * s->len, s->data, s->len);
    r->ascii = s->ascii;
    r->cplen = s->cplen * (size_t)n;
    r->kind = s->kind;
    return value_from_object(r);
}

static CoilValue str_add_slot(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (value_is_str(vm, a) && value_is_str(vm, b)) return str_concat(vm, value_as_str(a), value_as_str(b));
    return VAL_NOTIMPLEMENTED;
}

static CoilValue str_mod_slot(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_str(vm, a)) return VAL_NOTIMPLEMENTED;
    return str_percent_format(vm, value_as_str(a), b);
}

static CoilValue str_mul_slot(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (value_is_str(vm, a) && (value_is_int(vm, b) || vm_typeof(vm, b)->index))
        return str_repeat(vm, value_as_str(a), b);
    if (value_is_str(vm, b) && (value_is_int(vm, a) || vm_typeof(vm, a)->index))
        return str_repeat(vm, value_as_str(b), a);
    return VAL_NOTIMPLEMENTED;
}

static int str_contains_slot(CoilVM *vm, CoilValue self, CoilValue item)
{
    if (!value_is_str(vm, item))
        return vm_raise(vm, vm->e_TypeError, "'in <string>' requires string as left operand, not %s",
                        value_type_name(vm, item)),
               -1;
    CoilString *h = value_as_str(self), *n = value_as_str(item);
    if (n->len == 0) return 1;
    if (n->len > h->len) return 0;
    return str_find_bytes(h->data, h->len, n->data, n->len) != NULL;
}


static CoilValue str_getitem_slot(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilString *s = value_as_str(self);
    if (value_is_small_int(key)) return str_getitem_index(vm, s, value_as_small_int(key));
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)s->cplen, &start, &stop, &step, &n) < 0)
            return VAL_ERROR;
        return str_slice(vm, s, start, stop, step, n);
    }
    if (value_is_int(vm, key) || vm_typeof(vm, key)->index) {
        int64_t i;
        if (vm_index(vm, key, &i) < 0) {
            if (vm_exception_matches(vm, vm->e_OverflowError)) {
                vm_take_exception(vm);
                return vm_raise(vm, vm->e_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return VAL_ERROR;
        }
        return str_getitem_index(vm, s, i);
    }
    return vm_raise(vm, vm->e_TypeError, "string indices must be integers, not '%s'",
                    value_type_name(vm, key));
}

/* The str iterator walks bytes and decodes one code point per step. */
typedef struct StrIter {
    CoilObject obj;
    CoilValue str;
    size_t off;
} StrIter;

static void str_iter_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((StrIter *)o)->str); }

static CoilValue str_iter_slot(CoilVM *vm, CoilValue self)
{
    GC_ROOT(vm, self);
    StrIter *it = gc_alloc_object(vm, vm->t_str_iterator, sizeof(StrIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->str = self;
    return value_from_object(it);
}

static CoilValue str_iter_next(CoilVM *vm, CoilValue self)
{
    StrIter *it = (StrIter *)value_as_object(self);
    if (it->str == VAL_EMPTY) return VAL_EMPTY;
    CoilString *s = value_as_str(it->str);
    if (it->off >= s->len) {
        it->str = VAL_EMPTY;
        return VAL_EMPTY;
    }
    size_t adv;
    uint32_t cp = str_decode_cp(s->data + it->off, &adv);
    it->off += adv;
    return str_from_cp(vm, cp);
}

static CoilValue str_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames);

static CoilValue str_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors"};
    CoilValue a[3];
    /* str(x), the common call, skips the argument parser. */
    if (nargs == 1 && kwnames == VAL_EMPTY && (CoilType *)value_as_object(callee) == vm->t_str)
        return vm_str(vm, args[0]);
    if (args_parse(vm, "str", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return VAL_ERROR;
    CoilType *t = (CoilType *)value_as_object(callee);
    if (t != vm->t_str) {
        /* A subclass instance: the exact string's body, then the dict slot. */
        CoilValue exact = str_new_slot(vm, value_from_object(vm->t_str), args, nargs, kwnames);
        if (value_is_error(exact)) return exact;
        CoilString *src = value_as_str(exact);
        size_t body = (sizeof(CoilString) + src->len + 1 + 7) & ~(size_t)7;
        GC_ROOT(vm, exact);
        CoilString *r = gc_alloc_object(vm, t, body + (t->dict_offset ? sizeof(CoilValue) : 0));
        GC_UNROOT(vm, 1);
        if (!r) return VAL_ERROR;
        src = value_as_str(exact);
        r->hash = src->hash;
        r->len = src->len;
        r->cplen = src->cplen;
        r->ascii = src->ascii;
        r->kind = src->kind;
        memcpy(r->data, src->data, src->len + 1);
        object_init_fields(&r->obj);
        return value_from_object(r);
    }
    if (a[0] == VAL_EMPTY) return value_from_object(vm->names.empty);
    if (a[1] != VAL_EMPTY || a[2] != VAL_EMPTY) {
        for (int k = 1; k <= 2; k++)
            if (a[k] != VAL_EMPTY && !value_is_str(vm, a[k]))
                return vm_raise(vm, vm->e_TypeError, "str() argument '%s' must be str, not %s", names[k],
                                value_arg_type_name(vm, a[k]));
        BytesView bv;
        if (!bytes_view(vm, a[0], &bv)) {
            if (value_is_str(vm, a[0])) return vm_raise(vm, vm->e_TypeError, "decoding str is not supported");
            return vm_raise(vm, vm->e_TypeError, "decoding to str: need a bytes-like object, %s found",
                            value_type_name(vm, a[0]));
        }
        return codec_decode(vm, bv.p, bv.n, a[1], a[2]);
    }
    return vm_str(vm, a[0]);
}

static CoilValue self_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

void str_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_str;
    t->flags |= TYPE_BASETYPE | TYPE_STR_SUBCLASS;
    t->obj_size = str_size;
    t->repr = str_repr_slot;
    t->str = str_str_slot;
    t->hash = str_hash_slot;
    t->len = str_len_slot;
    t->bool_ = str_bool_slot;
    t->compare = str_compare_slot;
    t->binary[BIN_ADD] = str_add_slot;
    t->binary[BIN_MUL] = str_mul_slot;
    t->binary[BIN_MOD] = str_mod_slot;
    t->contains = str_contains_slot;
    t->getitem = str_getitem_slot;
    t->iter = str_iter_slot;
    t->new_ = str_new_slot;
    type_add_methods(vm, t, str_methods);
    type_add_methods(vm, t, str_format_methods);
    type_add_methods(vm, t, str_unicode_methods);
    type_add_methods(vm, t, str_translate_methods);

    CoilType *it = type_new_builtin(vm, "str_ascii_iterator", vm->t_object, sizeof(StrIter), 0);
    if (!it) return;
    it->trace = str_iter_trace;
    it->iter = self_iter;
    it->next = str_iter_next;
    vm->t_str_iterator = it;
}
