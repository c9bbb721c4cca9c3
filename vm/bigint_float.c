/* bigint_float.c — where CoilBigInt meets double: int(float) truncation,
 * correctly rounded float(int) and int / int (CPython's algorithms, so the
 * last bit agrees), and exact int-versus-float comparison. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/bigint_impl.h"

#if DBL_MANT_DIG != 53 || FLT_RADIX != 2
#error "bigint_float.c assumes IEEE 754 binary64 doubles"
#endif

/* Digits of the integer 0 <= v < 2**1024 (v integral), little-endian; returns
 * the count.  Each step peels 32 bits off the top exactly, since v has at most
 * 53 significant bits and scaling by powers of two is exact. */
static size_t double_digits(double v, uint32_t *d)
{
    if (v == 0.0) {
        return 0;
    }
    int e;
    double frac = frexp(v, &e);  /* v = frac * 2**e, 0.5 <= frac < 1 */
    size_t n = (size_t)(e - 1) / 32 + 1;
    frac = ldexp(frac, (e - 1) % 32 + 1);
    for (size_t i = n; i-- > 0;) {
        uint32_t bits = (uint32_t)frac;
        d[i] = bits;
        frac = ldexp(frac - (double)bits, 32);
    }
    return n;
}

CoilBigStatus bigint_from_double(CoilBigCtx *c, double v, CoilBigInt **out)
{
    if (isinf(v)) {
        return bigint_fail(c, COIL_BIG_OVERFLOW, "cannot convert float infinity to integer");
    }
    if (isnan(v)) {
        return bigint_fail(c, COIL_BIG_VALUE, "cannot convert float NaN to integer");
    }
    if (fabs(v) < 9223372036854775808.0) {
        return bigint_from_i64(c, (int64_t)v, out);  /* the cast truncates */
    }
    /* |v| >= 2**63 is an integer already. */
    CoilBigInt *r = bigint_alloc(c, 1024 / 32);
    if (r == NULL) {
        return bigint_nomem(c);
    }
    size_t n = double_digits(fabs(v), r->d);
    return bigint_done(c, r, n, v < 0, out);
}

CoilBigStatus bigint_to_double(CoilBigCtx *c, const CoilBigInt *a, double *out)
{
    if (a->len <= 2) {
        /* uint64 -> double conversion rounds to nearest even, correctly. */
        double d = (double)bigint_mag64(a);
        *out = a->neg ? -d : d;
        return COIL_BIG_OK;
    }
    uint64_t bits = bigint_bit_length(a);
    if (bits > DBL_MAX_EXP) {
        return bigint_fail(c, COIL_BIG_OVERFLOW, "int too large to convert to float");
    }
    /* Take the top 64 bits and fold every bit below them into the lowest
     * ("sticky") bit: rounding those 64 bits to 53 then rounds exactly as
     * rounding the whole number would, ties to even included. */
    uint64_t shift = bits - 64;
    size_t w = (size_t)(shift / 32);
    unsigned s = (unsigned)(shift % 32);
    uint64_t lo = a->d[w] | (uint64_t)a->d[w + 1] << 32;
    uint64_t hi = w + 2 < a->len ? a->d[w + 2] : 0;
    uint64_t top = s ? (lo >> s) | (hi << (64 - s)) : lo;
    bool sticky = (s && (a->d[w] & ((1u << s) - 1))) || bigint_mpn_norm(a->d, w) != 0;
    double d = ldexp((double)(top | sticky), (int)shift);
    if (isinf(d)) {
        return bigint_fail(c, COIL_BIG_OVERFLOW, "int too large to convert to float");
    }
    *out = a->neg ? -d : d;
    return COIL_BIG_OK;
}

CoilBigStatus bigint_truediv(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, double *out)
{
    /* CPython's long_true_divide: with a, b > 0, pick shift so that
     * x = floor(a / b / 2**shift) has DBL_MANT_DIG + 2 or + 3 bits (fewer
     * near the subnormal range), round x by hand using whether the division
     * and the shift were exact, then scale: one rounding, so the result is
     * the correctly rounded quotient. */
    if (b->len == 0) {
        return bigint_fail(c, COIL_BIG_ZERO_DIV, "division by zero");
    }
    bool negate = a->neg != b->neg;
    if (a->len == 0) {
        *out = negate ? -0.0 : 0.0;
        return COIL_BIG_OK;
    }
    int64_t a_bits = (int64_t)bigint_bit_length(a), b_bits = (int64_t)bigint_bit_length(b);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        /* Both exact as doubles: IEEE division rounds correctly. */
        double q = (double)bigint_mag64(a) / (double)bigint_mag64(b);
        *out = negate ? -q : q;
        return COIL_BIG_OK;
    }
    int64_t diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP) {
        return bigint_fail(c, COIL_BIG_OVERFLOW, "integer division result too large for a float");
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = negate ? -0.0 : 0.0;
        return COIL_BIG_OK;
    }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;

    /* x = |a| * 2**-shift, with the flag telling whether bits were lost. */
    bool inexact = false;
    size_t xn, bn = b->len;
    if (shift <= 0) {
        xn = a->len + (size_t)(-shift / 32) + 1;
    } else {
        xn = a->len - (size_t)(shift / 32);
    }
    /* x, quotient (xn - bn + 1 digits), remainder (bn) and division scratch. */
    size_t wn = xn + (xn + 1) + bn + bigint_mpn_divrem_scratch(xn, bn);
    uint32_t *x = bigint_scratch(c, wn);
    if (x == NULL) {
        return bigint_nomem(c);
    }
    uint32_t *q = x + xn, *rem = q + xn + 1, *ws = rem + bn;
    if (shift <= 0) {
        size_t words = (size_t)(-shift / 32);
        unsigned s = (unsigned)(-shift % 32);
        memset(x, 0, words * sizeof(uint32_t));
        if (s) {
            x[xn - 1] = bigint_mpn_lshift(x + words, a->d, a->len, s);
        } else {
            memcpy(x + words, a->d, a->len * sizeof(uint32_t));
            x[xn - 1] = 0;
        }
    } else {
        size_t words = (size_t)(shift / 32);
        unsigned s = (unsigned)(shift % 32);
        if (s) {
            inexact = bigint_mpn_rshift(x, a->d + words, xn, s) != 0;
        } else {
            memcpy(x, a->d + words, xn * sizeof(uint32_t));
        }
        inexact = inexact || bigint_mpn_norm(a->d, words) != 0;
    }
    xn = bigint_mpn_norm(x, xn);

    /* x //= |b|; the quotient is below 2**(DBL_MANT_DIG + 3), one uint64. */
    if (bn == 1) {
        inexact = bigint_mpn_divrem_1(q, x, xn, b->d[0]) != 0 || inexact;
    } else {
        bigint_mpn_divrem(q, rem, x, xn, b->d, bn, ws);
        inexact = bigint_mpn_norm(rem, bn) != 0 || inexact;
    }
    size_t qn = bigint_mpn_norm(q, xn - bn + 1);
    uint64_t xq = q[0] | (qn > 1 ? (uint64_t)q[1] << 32 : 0);
    bigint_scratch_free(c, x, wn);

    int64_t x_bits = 64 - __builtin_clzll(xq);
    int64_t extra_bits = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    /* Round half to even on the extra bits, the inexact flag acting as a
     * sticky bit below them. */
    uint64_t mask = (uint64_t)1 << (extra_bits - 1);
    uint64_t low = xq | inexact;
    if ((low & mask) && (low & (3 * mask - 1))) {
        low += mask;
    }
    xq = low & ~(2 * mask - 1);
    double dx = (double)xq;  /* exact: at most DBL_MANT_DIG significant bits */
    if (shift + x_bits >= DBL_MAX_EXP &&
        (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits))) {
        return bigint_fail(c, COIL_BIG_OVERFLOW, "integer division result too large for a float");
    }
    double result = ldexp(dx, (int)shift);
    *out = negate ? -result : result;
    return COIL_BIG_OK;
}

int bigint_cmp_double(const CoilBigInt *a, double d)
{
    if (isnan(d)) {
        return BIGINT_UNORDERED;
    }
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    int sa = bigint_sign(a), sd = (d > 0) - (d < 0);
    if (sa != sd) {
        return sa < sd ? -1 : 1;
    }
    if (sa == 0) {
        return 0;
    }
    /* Same sign, both nonzero: compare magnitudes, first by bit length
     * (|d| is in [2**(e-1), 2**e)), then the integer parts, then whether d
     * has a fraction. */
    int e;
    double ad = fabs(d);
    frexp(ad, &e);
    uint64_t nbits = bigint_bit_length(a);
    int mag;
    if (e <= 0 || nbits != (uint64_t)e) {
        mag = e <= 0 || nbits > (uint64_t)e ? 1 : -1;
    } else {
        double ip = floor(ad);
        uint32_t digits[1024 / 32];
        size_t n = double_digits(ip, digits);
        mag = n != a->len ? (a->len < n ? -1 : 1) : bigint_mpn_cmp(a->d, digits, n);
        if (mag == 0 && ad > ip) {
            mag = -1;
        }
    }
    return sa < 0 ? -mag : mag;
}
