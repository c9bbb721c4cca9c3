/* bigint.c — the core of CoilBigInt: the context, allocation through the
 * hook, construction, comparison, hashing, and + - * // % with Python's
 * floor semantics.  Powers, bit operations, floats and strings live in the
 * other vm/bigint_*.c files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "vm/bigint_impl.h"

/* ---- context, allocation, errors ------------------------------------------ */

void bigint_ctx_init(CoilBigCtx *c, CoilAllocator alloc, size_t header)
{
    c->alloc = alloc;
    c->header = header;
    c->max_str_digits = BIGINT_DEFAULT_MAX_STR_DIGITS;
    c->msg[0] = '\0';
}

static size_t obj_size(const CoilBigCtx *c, size_t cap)
{
    return c->header + sizeof(CoilBigInt) + cap * sizeof(uint32_t);
}

CoilBigInt *bigint_alloc(CoilBigCtx *c, size_t cap)
{
    if (cap > BIGINT_MAX_DIGITS) {
        return NULL;
    }
    char *p = coil_alloc(&c->alloc, obj_size(c, cap));
    if (p == NULL) {
        return NULL;
    }
    CoilBigInt *r = (CoilBigInt *)(p + c->header);
    r->len = 0;
    r->cap = (uint32_t)cap;
    r->neg = false;
    return r;
}

void bigint_free(CoilBigCtx *c, CoilBigInt *a)
{
    if (a != NULL) {
        coil_free(&c->alloc, (char *)a - c->header, obj_size(c, a->cap));
    }
}

size_t bigint_alloc_size(const CoilBigCtx *c, const CoilBigInt *a)
{
    return obj_size(c, a->cap);
}

CoilBigStatus bigint_done(CoilBigCtx *c, CoilBigInt *r, size_t len, bool neg, CoilBigInt **out)
{
    len = bigint_mpn_norm(r->d, len);
    r->len = (uint32_t)len;
    r->neg = neg && len != 0;
    /* Results are sized for the worst case (a difference may cancel, a
     * remainder is as long as the divisor); a long-lived int should not keep
     * a large tail.  If the hook cannot shrink, the bigger block is still fine. */
    size_t waste = r->cap - len;
    if (waste > 4 && waste > len / 4) {
        char *p = coil_realloc(&c->alloc, (char *)r - c->header, obj_size(c, r->cap), obj_size(c, len));
        if (p != NULL) {
            r = (CoilBigInt *)(p + c->header);
            r->cap = (uint32_t)len;
        }
    }
    *out = r;
    return COIL_BIG_OK;
}

uint32_t *bigint_scratch(CoilBigCtx *c, size_t n)
{
    if (n > 4 * BIGINT_MAX_DIGITS) {
        return NULL;
    }
    return coil_alloc(&c->alloc, (n ? n : 1) * sizeof(uint32_t));
}

void bigint_scratch_free(CoilBigCtx *c, uint32_t *p, size_t n)
{
    coil_free(&c->alloc, p, (n ? n : 1) * sizeof(uint32_t));
}

CoilBigStatus bigint_fail(CoilBigCtx *c, CoilBigStatus st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->msg, sizeof c->msg, fmt, ap);
    va_end(ap);
    return st;
}

CoilBigStatus bigint_nomem(CoilBigCtx *c)
{
    c->msg[0] = '\0';  /* MemoryError() prints no message */
    return COIL_BIG_NOMEM;
}

/* ---- construction ----------------------------------------------------------- */

CoilBigStatus bigint_from_u64(CoilBigCtx *c, uint64_t v, CoilBigInt **out)
{
    CoilBigInt *r = bigint_alloc(c, 2);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    r->d[0] = (uint32_t)v;
    r->d[1] = (uint32_t)(v >> 32);
    return bigint_done(c, r, 2, false, out);
}

CoilBigStatus bigint_from_i64(CoilBigCtx *c, int64_t v, CoilBigInt **out)
{
    CoilBigStatus st = bigint_from_u64(c, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, out);
    if (st == COIL_BIG_OK) {
        (*out)->neg = v < 0;
    }
    return st;
}

CoilBigStatus bigint_make_small(CoilBigCtx *c, int64_t v, CoilBigInt **out)
{
    return bigint_from_i64(c, v, out);
}

CoilBigStatus bigint_make_mag(CoilBigCtx *c, const uint32_t *d, size_t n, bool neg, CoilBigInt **out)
{
    CoilBigInt *r = bigint_alloc(c, n);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    if (n > 0) {
        memcpy(r->d, d, n * sizeof(uint32_t));
    }
    return bigint_done(c, r, n, neg, out);
}

CoilBigStatus bigint_copy(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out)
{
    return bigint_make_mag(c, a->d, a->len, a->neg, out);
}

CoilBigStatus bigint_neg(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out)
{
    return bigint_make_mag(c, a->d, a->len, !a->neg, out);
}

CoilBigStatus bigint_abs(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out)
{
    return bigint_make_mag(c, a->d, a->len, false, out);
}

_Static_assert(sizeof(CoilBigTmp) >= offsetof(CoilBigInt, d) + 2 * sizeof(uint32_t),
               "CoilBigTmp must hold two digits after the CoilBigInt fields");

const CoilBigInt *bigint_tmp_i64(CoilBigTmp *t, int64_t v)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    t->big.cap = 2;
    t->big.d[0] = (uint32_t)m;
    t->big.d[1] = (uint32_t)(m >> 32);
    t->big.len = (m >> 32) ? 2 : m ? 1 : 0;
    t->big.neg = v < 0;
    return &t->big;
}

/* ---- queries ------------------------------------------------------------------ */

bool bigint_fits_i64(const CoilBigInt *a)
{
    if (a->len > 2) {
        return false;
    }
    uint64_t m = bigint_mag64(a);
    return a->neg ? m <= (uint64_t)1 << 63 : m <= (uint64_t)INT64_MAX;
}

int64_t bigint_to_i64(const CoilBigInt *a)
{
    uint64_t m = bigint_mag64(a);
    if (!a->neg) {
        return (int64_t)m;
    }
    return m == (uint64_t)1 << 63 ? INT64_MIN : -(int64_t)m;
}

int bigint_cmp(const CoilBigInt *a, const CoilBigInt *b)
{
    if (a->neg != b->neg) {
        return a->neg ? -1 : 1;
    }
    int r = bigint_cmp_mag(a, b);
    return a->neg ? -r : r;
}

uint64_t bigint_bit_length(const CoilBigInt *a)
{
    if (a->len == 0) {
        return 0;
    }
    return (uint64_t)(a->len - 1) * 32 + bigint_bitlen32(a->d[a->len - 1]);
}

uint64_t bigint_bit_count(const CoilBigInt *a)
{
    uint64_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        n += (uint64_t)__builtin_popcount(a->d[i]);
    }
    return n;
}

int64_t bigint_hash(const CoilBigInt *a)
{
    /* CPython hashes an int as its value modulo P = 2**61 - 1.  Since
     * 2**61 == 1 (mod P), multiplying a 61-bit residue by 2**32 is a 61-bit
     * rotation, so Horner's rule over the digits needs no division; the
     * rotation of a value below P stays below P. */
    const uint64_t mod = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (size_t i = a->len; i-- > 0;) {
        x = ((x << 32) & mod) | (x >> 29);
        x += a->d[i];
        if (x >= mod) {
            x -= mod;
        }
    }
    int64_t h = a->neg ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;  /* -1 is CPython's error marker for hash functions */
}

/* ---- addition and subtraction -------------------------------------------------- */

/* |a| + |b|, negated when neg. */
static CoilBigStatus add_mag(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, bool neg,
                             CoilBigInt **out)
{
    if (a->len < b->len) {
        const CoilBigInt *t = a;
        a = b;
        b = t;
    }
    CoilBigInt *r = bigint_alloc(c, (size_t)a->len + 1);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    r->d[a->len] = bigint_mpn_add(r->d, a->d, a->len, b->d, b->len);
    return bigint_done(c, r, (size_t)a->len + 1, neg, out);
}

/* |a| - |b|, negated when neg. */
static CoilBigStatus sub_mag(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, bool neg,
                             CoilBigInt **out)
{
    if (bigint_cmp_mag(a, b) < 0) {
        const CoilBigInt *t = a;
        a = b;
        b = t;
        neg = !neg;
    }
    CoilBigInt *r = bigint_alloc(c, a->len);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    bigint_mpn_sub(r->d, a->d, a->len, b->d, b->len);
    return bigint_done(c, r, a->len, neg, out);
}

CoilBigStatus bigint_add(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    if (a->neg == b->neg) {
        return add_mag(c, a, b, a->neg, out);
    }
    return sub_mag(c, a, b, a->neg, out);
}

CoilBigStatus bigint_sub(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    if (a->neg != b->neg) {
        return add_mag(c, a, b, a->neg, out);
    }
    return sub_mag(c, a, b, a->neg, out);
}

/* ---- multiplication ------------------------------------------------------------- */

CoilBigStatus bigint_mul(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    bool neg = a->neg != b->neg;
    if (a->len < b->len) {
        const CoilBigInt *t = a;
        a = b;
        b = t;
    }
    size_t an = a->len, bn = b->len;
    if (bn == 0) {
        return bigint_make_small(c, 0, out);
    }
    CoilBigInt *r = bigint_alloc(c, an + bn);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    if (bn == 1) {
        r->d[an] = bigint_mpn_mul_1(r->d, a->d, an, b->d[0]);
    } else {
        size_t wn = bigint_mpn_mul_scratch(an, bn);
        uint32_t *ws = NULL;
        if (wn > 0 && (ws = bigint_scratch(c, wn)) == NULL) {
            bigint_free(c, r);
            return bigint_nomem(c);
        }
        /* The same operand twice (x*x, x**2) takes the squaring path. */
        bigint_mpn_mul(r->d, a->d, an, a == b ? a->d : b->d, bn, ws);
        if (ws != NULL) {
            bigint_scratch_free(c, ws, wn);
        }
    }
    return bigint_done(c, r, an + bn, neg, out);
}

/* ---- floor division and modulo ---------------------------------------------------- */

/* Truncating division of the magnitudes, then Python's floor correction:
 * when the signs differ and the remainder R is nonzero, the quotient's
 * magnitude grows by one and the remainder becomes |b| - R.  Either way the
 * remainder (when nonzero) takes b's sign.  q or r may be NULL. */
static CoilBigStatus divmod_floor(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b,
                                  CoilBigInt **qo, CoilBigInt **ro, const char *zero_msg)
{
    if (b->len == 0) {
        return bigint_fail(c, COIL_BIG_ZERO_DIV, "%s", zero_msg);
    }
    size_t an = a->len, bn = b->len;
    bool signs_differ = a->neg != b->neg;
    CoilBigInt *q = NULL, *r = NULL;

    if (bigint_cmp_mag(a, b) < 0) {
        /* Quotient 0 remainder a; or, after the correction, -1 and a + b. */
        bool adjust = an != 0 && signs_differ;
        if (qo != NULL && bigint_make_small(c, adjust ? -1 : 0, &q) != COIL_BIG_OK) {
            return COIL_BIG_NOMEM;
        }
        if (ro != NULL) {
            CoilBigStatus st = adjust ? bigint_add(c, a, b, &r) : bigint_copy(c, a, &r);
            if (st != COIL_BIG_OK) {
                bigint_free(c, q);
                return st;
            }
            *ro = r;
        }
        if (qo != NULL) {
            *qo = q;
        }
        return COIL_BIG_OK;
    }

    size_t qn = an - bn + 1;
    /* One spare quotient digit for the floor correction's carry. */
    if (qo != NULL && (q = bigint_alloc(c, qn + 1)) == NULL) {
        return bigint_nomem(c);
    }
    if ((r = bigint_alloc(c, bn)) == NULL) {
        bigint_free(c, q);
        return bigint_nomem(c);
    }
    if (bn == 1) {
        r->d[0] = q != NULL ? bigint_mpn_divrem_1(q->d, a->d, an, b->d[0])
                            : bigint_mpn_mod_1(a->d, an, b->d[0]);
    } else {
        size_t wn = bigint_mpn_divrem_scratch(an, bn);
        uint32_t *ws = bigint_scratch(c, wn);
        if (ws == NULL) {
            bigint_free(c, q);
            bigint_free(c, r);
            return bigint_nomem(c);
        }
        bigint_mpn_divrem(q != NULL ? q->d : NULL, r->d, a->d, an, b->d, bn, ws);
        bigint_scratch_free(c, ws, wn);
    }
    bool adjust = signs_differ && bigint_mpn_norm(r->d, bn) != 0;
    if (q != NULL) {
        q->d[qn] = adjust ? bigint_mpn_add_1(q->d, q->d, qn, 1) : 0;
        bigint_done(c, q, qn + 1, signs_differ, &q);
        *qo = q;
    }
    if (ro != NULL) {
        if (adjust) {
            bigint_mpn_sub_n(r->d, b->d, r->d, bn);
        }
        bigint_done(c, r, bn, b->neg, &r);
        *ro = r;
    } else {
        bigint_free(c, r);
    }
    return COIL_BIG_OK;
}

CoilBigStatus bigint_floordiv(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    return divmod_floor(c, a, b, out, NULL, "integer division or modulo by zero");
}

CoilBigStatus bigint_mod(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    return divmod_floor(c, a, b, NULL, out, "integer modulo by zero");
}

CoilBigStatus bigint_divmod(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b,
                            CoilBigInt **q, CoilBigInt **r)
{
    return divmod_floor(c, a, b, q, r, "integer division or modulo by zero");
}
