/* bigint_bits.c — the bit-level operations on CoilBigInt: shifts (right
 * shifts floor, as Python's do) and &, |, ^, ~ on the infinite two's
 * complement representation of negative numbers. */
#include <string.h>

#include "vm/bigint_impl.h"

/* ---- shifts ------------------------------------------------------------------- */

CoilBigStatus bigint_lshift_i64(CoilBigCtx *c, const CoilBigInt *a, int64_t n, CoilBigInt **out)
{
    if (n < 0) {
        return bigint_fail(c, COIL_BIG_VALUE, "negative shift count");
    }
    if (a->len == 0) {
        return bigint_make_small(c, 0, out);
    }
    uint64_t words = (uint64_t)n / 32;
    unsigned bits = (unsigned)((uint64_t)n % 32);
    if (words >= BIGINT_MAX_DIGITS) {
        return bigint_nomem(c);  /* CPython: MemoryError */
    }
    size_t rn = (size_t)words + a->len + 1;
    CoilBigInt *r = bigint_alloc(c, rn);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    memset(r->d, 0, (size_t)words * sizeof(uint32_t));
    if (bits != 0) {
        r->d[rn - 1] = bigint_mpn_lshift(r->d + words, a->d, a->len, bits);
    } else {
        memcpy(r->d + words, a->d, a->len * sizeof(uint32_t));
        r->d[rn - 1] = 0;
    }
    return bigint_done(c, r, rn, a->neg, out);
}

CoilBigStatus bigint_rshift_i64(CoilBigCtx *c, const CoilBigInt *a, int64_t n, CoilBigInt **out)
{
    if (n < 0) {
        return bigint_fail(c, COIL_BIG_VALUE, "negative shift count");
    }
    uint64_t words = (uint64_t)n / 32;
    unsigned bits = (unsigned)((uint64_t)n % 32);
    if (words >= a->len) {
        return bigint_make_small(c, a->neg ? -1 : 0, out);
    }
    size_t rn = a->len - (size_t)words;
    CoilBigInt *r = bigint_alloc(c, rn + 1);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    /* For a < 0, floor(a / 2**n) == -(((|a| - 1) >> n) + 1).  The -1 only
     * reaches the kept digits when every dropped digit is zero. */
    uint32_t borrow = a->neg && bigint_mpn_norm(a->d, (size_t)words) == 0;
    bigint_mpn_sub_1(r->d, a->d + words, rn, borrow);
    if (bits != 0) {
        bigint_mpn_rshift(r->d, r->d, rn, bits);
    }
    r->d[rn] = a->neg ? bigint_mpn_add_1(r->d, r->d, rn, 1) : 0;
    return bigint_done(c, r, rn + 1, a->neg, out);
}

CoilBigStatus bigint_lshift(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *n, CoilBigInt **out)
{
    if (n->neg) {
        return bigint_fail(c, COIL_BIG_VALUE, "negative shift count");
    }
    if (bigint_fits_i64(n)) {
        return bigint_lshift_i64(c, a, bigint_to_i64(n), out);
    }
    return a->len == 0 ? bigint_make_small(c, 0, out) : bigint_nomem(c);
}

CoilBigStatus bigint_rshift(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *n, CoilBigInt **out)
{
    if (n->neg) {
        return bigint_fail(c, COIL_BIG_VALUE, "negative shift count");
    }
    if (bigint_fits_i64(n)) {
        return bigint_rshift_i64(c, a, bigint_to_i64(n), out);
    }
    return bigint_make_small(c, a->neg ? -1 : 0, out);
}

/* ---- bitwise operations ---------------------------------------------------------- */

enum { BITS_AND, BITS_OR, BITS_XOR };

/* Streams both operands through two's complement (a negative x is
 * ~(|x| - 1), with the -1 done by a running borrow), combines them digit by
 * digit, and turns a negative result back into a magnitude (~r + 1, a running
 * carry).  One digit beyond the longer operand holds the sign extension. */
static CoilBigStatus bitwise(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, int op,
                             CoilBigInt **out)
{
    size_t n = (a->len > b->len ? a->len : b->len) + 1;
    bool neg = op == BITS_AND ? (a->neg && b->neg) : op == BITS_OR ? (a->neg || b->neg) : (a->neg != b->neg);
    CoilBigInt *r = bigint_alloc(c, n);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    uint32_t bwa = 1, bwb = 1, cy = 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t x = i < a->len ? a->d[i] : 0;
        uint32_t y = i < b->len ? b->d[i] : 0;
        if (a->neg) {
            uint32_t t = x - bwa;
            bwa = x < bwa;
            x = ~t;
        }
        if (b->neg) {
            uint32_t t = y - bwb;
            bwb = y < bwb;
            y = ~t;
        }
        uint32_t z = op == BITS_AND ? (x & y) : op == BITS_OR ? (x | y) : (x ^ y);
        if (neg) {
            z = ~z + cy;
            cy = cy && z == 0;
        }
        r->d[i] = z;
    }
    return bigint_done(c, r, n, neg, out);
}

CoilBigStatus bigint_and(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    return bitwise(c, a, b, BITS_AND, out);
}

CoilBigStatus bigint_or(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    return bitwise(c, a, b, BITS_OR, out);
}

CoilBigStatus bigint_xor(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out)
{
    return bitwise(c, a, b, BITS_XOR, out);
}

CoilBigStatus bigint_invert(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out)
{
    /* ~a == -(a + 1): |a| + 1 negated for a >= 0, |a| - 1 for a < 0. */
    CoilBigInt *r = bigint_alloc(c, (size_t)a->len + 1);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    if (a->neg) {
        bigint_mpn_sub_1(r->d, a->d, a->len, 1);
        r->d[a->len] = 0;
    } else {
        r->d[a->len] = bigint_mpn_add_1(r->d, a->d, a->len, 1);
    }
    return bigint_done(c, r, (size_t)a->len + 1, !a->neg, out);
}
