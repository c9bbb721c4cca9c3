/* bigint_mpn.c — natural-number arithmetic on little-endian uint32_t digit
 * arrays: carries, schoolbook and Karatsuba multiplication, single-digit and
 * Knuth (algorithm D) division, shifts.  Callers own every buffer. */
#include <string.h>

#include "vm/bigint_mpn.h"

/* Where the compiler has a 128-bit type and digits are little-endian, the
 * inner loops take digits two at a time as one 64-bit limb: the carry chain
 * (the loops' real bound) then advances 64 bits per step instead of 32, for
 * about 1.5x.  memcpy is how C spells an unaligned, alias-safe 8-byte load.
 * -DBIGINT_NO_WIDE forces the portable 32-bit loops (to test them). */
#if !defined(BIGINT_NO_WIDE) && defined(__SIZEOF_INT128__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MPN_WIDE 1
__extension__ typedef unsigned __int128 mpn_u128;

static inline uint64_t load2(const uint32_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline void store2(uint32_t *p, uint64_t v)
{
    memcpy(p, &v, sizeof v);
}
#else
#define MPN_WIDE 0
#endif

size_t bigint_mpn_norm(const uint32_t *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int bigint_mpn_cmp(const uint32_t *a, const uint32_t *b, size_t n)
{
    while (n-- > 0) {
        if (a[n] != b[n]) {
            return a[n] < b[n] ? -1 : 1;
        }
    }
    return 0;
}

/* ---- addition and subtraction ------------------------------------------- */

uint32_t bigint_mpn_add_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b)
{
    size_t i = 0;
    uint32_t cy = b;
    for (; i < n && cy; i++) {
        uint32_t s = a[i] + cy;
        cy = s < cy;
        r[i] = s;
    }
    if (r != a) {
        for (; i < n; i++) {
            r[i] = a[i];
        }
    }
    return cy;
}

uint32_t bigint_mpn_add_n(uint32_t *r, const uint32_t *a, const uint32_t *b, size_t n)
{
    uint64_t cy = 0;
    for (size_t i = 0; i < n; i++) {
        cy += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)cy;
        cy >>= 32;
    }
    return (uint32_t)cy;
}

uint32_t bigint_mpn_add(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    uint32_t cy = bigint_mpn_add_n(r, a, b, bn);
    return bigint_mpn_add_1(r + bn, a + bn, an - bn, cy);
}

uint32_t bigint_mpn_sub_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b)
{
    size_t i = 0;
    uint32_t bw = b;
    for (; i < n && bw; i++) {
        uint32_t x = a[i];
        r[i] = x - bw;
        bw = x < bw;
    }
    if (r != a) {
        for (; i < n; i++) {
            r[i] = a[i];
        }
    }
    return bw;
}

uint32_t bigint_mpn_sub_n(uint32_t *r, const uint32_t *a, const uint32_t *b, size_t n)
{
    uint32_t bw = 0;
    for (size_t i = 0; i < n; i++) {
        /* A negative difference wraps to 2**64 - x, whose top bit is the borrow. */
        uint64_t t = (uint64_t)a[i] - b[i] - bw;
        r[i] = (uint32_t)t;
        bw = (uint32_t)(t >> 63);
    }
    return bw;
}

uint32_t bigint_mpn_sub(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    uint32_t bw = bigint_mpn_sub_n(r, a, b, bn);
    return bigint_mpn_sub_1(r + bn, a + bn, an - bn, bw);
}

/* ---- single-digit products ------------------------------------------------ */
/* (2**32-1)**2 + 2*(2**32-1) == 2**64-1, so a product plus two digits never
 * overflows the 64-bit intermediate: that is what makes 32-bit digits work. */

uint32_t bigint_mpn_mul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b)
{
    uint64_t cy = 0;
    size_t i = 0;
#if MPN_WIDE
    for (; i + 2 <= n; i += 2) {
        mpn_u128 p = (mpn_u128)load2(a + i) * b + cy;
        store2(r + i, (uint64_t)p);
        cy = (uint64_t)(p >> 64);
    }
#endif
    for (; i < n; i++) {
        cy += (uint64_t)a[i] * b;
        r[i] = (uint32_t)cy;
        cy >>= 32;
    }
    return (uint32_t)cy;
}

uint32_t bigint_mpn_addmul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b)
{
    uint64_t cy = 0;
    size_t i = 0;
#if MPN_WIDE
    /* (2**64-1)(2**32-1) + 2*(2**64-1) < 2**96: no overflow of the 128 bits. */
    for (; i + 4 <= n; i += 4) {
        mpn_u128 p0 = (mpn_u128)load2(a + i) * b + load2(r + i) + cy;
        store2(r + i, (uint64_t)p0);
        mpn_u128 p1 = (mpn_u128)load2(a + i + 2) * b + load2(r + i + 2) + (uint64_t)(p0 >> 64);
        store2(r + i + 2, (uint64_t)p1);
        cy = (uint64_t)(p1 >> 64);
    }
#else
    /* Unrolled by four: the loop is bound by the carry chain, and the
     * unrolling lets the multiplications run ahead of it. */
    for (; i + 4 <= n; i += 4) {
        uint64_t p0 = (uint64_t)a[i] * b, p1 = (uint64_t)a[i + 1] * b;
        uint64_t p2 = (uint64_t)a[i + 2] * b, p3 = (uint64_t)a[i + 3] * b;
        cy += p0 + r[i];
        r[i] = (uint32_t)cy;
        cy = (cy >> 32) + p1 + r[i + 1];
        r[i + 1] = (uint32_t)cy;
        cy = (cy >> 32) + p2 + r[i + 2];
        r[i + 2] = (uint32_t)cy;
        cy = (cy >> 32) + p3 + r[i + 3];
        r[i + 3] = (uint32_t)cy;
        cy >>= 32;
    }
#endif
    for (; i < n; i++) {
        cy += (uint64_t)a[i] * b + r[i];
        r[i] = (uint32_t)cy;
        cy >>= 32;
    }
    return (uint32_t)cy;
}

uint32_t bigint_mpn_submul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b)
{
    uint64_t cy = 0;
    size_t i = 0;
#if MPN_WIDE
    for (; i + 2 <= n; i += 2) {
        mpn_u128 p = (mpn_u128)load2(a + i) * b + cy;
        uint64_t lo = (uint64_t)p, x = load2(r + i);
        cy = (uint64_t)(p >> 64) + (x < lo);
        store2(r + i, x - lo);
    }
#endif
    for (; i < n; i++) {
        uint64_t p = (uint64_t)a[i] * b + cy;
        uint32_t lo = (uint32_t)p, x = r[i];
        cy = (p >> 32) + (x < lo);
        r[i] = x - lo;
    }
    return (uint32_t)cy;
}

/* ---- shifts --------------------------------------------------------------- */

uint32_t bigint_mpn_lshift(uint32_t *r, const uint32_t *a, size_t n, unsigned s)
{
    uint32_t out = a[n - 1] >> (32 - s);
    for (size_t i = n - 1; i > 0; i--) {
        r[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
    }
    r[0] = a[0] << s;
    return out;
}

uint32_t bigint_mpn_rshift(uint32_t *r, const uint32_t *a, size_t n, unsigned s)
{
    uint32_t out = a[0] & ((1u << s) - 1);
    for (size_t i = 0; i + 1 < n; i++) {
        r[i] = (a[i] >> s) | (a[i + 1] << (32 - s));
    }
    r[n - 1] = a[n - 1] >> s;
    return out;
}

/* ---- multiplication ------------------------------------------------------- */

#if MPN_WIDE
/* Schoolbook on 64-bit limbs (pairs of digits): a quarter of the 32-bit
 * multiplications, and the product of two limbs plus two limbs still fits
 * in 128 bits.  Sizes here are in limbs; the arrays are still digits. */
static uint64_t limb_mul_1(uint32_t *r, const uint32_t *a, size_t n, uint64_t b)
{
    uint64_t cy = 0;
    for (size_t i = 0; i < n; i++) {
        mpn_u128 p = (mpn_u128)load2(a + 2 * i) * b + cy;
        store2(r + 2 * i, (uint64_t)p);
        cy = (uint64_t)(p >> 64);
    }
    return cy;
}

static uint64_t limb_addmul_1(uint32_t *r, const uint32_t *a, size_t n, uint64_t b)
{
    uint64_t cy = 0;
    for (size_t i = 0; i < n; i++) {
        mpn_u128 p = (mpn_u128)load2(a + 2 * i) * b + load2(r + 2 * i) + cy;
        store2(r + 2 * i, (uint64_t)p);
        cy = (uint64_t)(p >> 64);
    }
    return cy;
}

static void limb_mul(uint32_t *r, const uint32_t *a, size_t al, const uint32_t *b, size_t bl)
{
    store2(r + 2 * al, limb_mul_1(r, a, al, load2(b)));
    for (size_t j = 1; j < bl; j++) {
        store2(r + 2 * (al + j), limb_addmul_1(r + 2 * j, a, al, load2(b + 2 * j)));
    }
}

/* r[0..4l) = a[0..2l)**2 on limbs: cross products once, doubled, then the
 * squares on the diagonal. */
static void limb_sqr(uint32_t *r, const uint32_t *a, size_t l)
{
    if (l == 1) {
        mpn_u128 p = (mpn_u128)load2(a) * load2(a);
        store2(r, (uint64_t)p);
        store2(r + 2, (uint64_t)(p >> 64));
        return;
    }
    store2(r, 0);
    store2(r + 2 * l, limb_mul_1(r + 2, a + 2, l - 1, load2(a)));
    for (size_t i = 1; i + 1 < l; i++) {
        store2(r + 2 * (l + i), limb_addmul_1(r + 2 * (2 * i + 1), a + 2 * (i + 1), l - i - 1, load2(a + 2 * i)));
    }
    store2(r + 2 * (2 * l - 1), 0);
    bigint_mpn_lshift(r, r, 4 * l, 1);
    uint64_t cy = 0;
    for (size_t i = 0; i < l; i++) {
        uint64_t x = load2(a + 2 * i);
        mpn_u128 p = (mpn_u128)x * x;
        mpn_u128 t = (mpn_u128)load2(r + 4 * i) + (uint64_t)p + cy;
        store2(r + 4 * i, (uint64_t)t);
        t = (t >> 64) + load2(r + 4 * i + 2) + (uint64_t)(p >> 64);
        store2(r + 4 * i + 2, (uint64_t)t);
        cy = (uint64_t)(t >> 64);
    }
}
#endif

void bigint_mpn_mul_basecase(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
#if MPN_WIDE
    if (an >= 2 && bn >= 2) {
        /* The even-length parts on limbs, then an odd top digit of either
         * operand as one row of 32-bit products:
         * (A + x B^ae)(B + y B^be) = AB + x B^ae (B + y B^be) + y B^be A. */
        size_t ae = an & ~(size_t)1, be = bn & ~(size_t)1;
        limb_mul(r, a, ae / 2, b, be / 2);
        memset(r + ae + be, 0, (an + bn - ae - be) * sizeof(uint32_t));
        if (ae != an) {
            r[an + bn - 1] += bigint_mpn_addmul_1(r + ae, b, bn, a[ae]);
        }
        if (be != bn) {
            uint32_t cy = bigint_mpn_addmul_1(r + be, a, ae, b[be]);
            bigint_mpn_add_1(r + ae + be, r + ae + be, an + bn - ae - be, cy);
        }
        return;
    }
#endif
    r[an] = bigint_mpn_mul_1(r, a, an, b[0]);
    for (size_t i = 1; i < bn; i++) {
        r[an + i] = bigint_mpn_addmul_1(r + i, a, an, b[i]);
    }
}

/* Squaring needs each cross product once (then doubled) instead of twice:
 * close to half the work of a general product. */
void bigint_mpn_sqr_basecase(uint32_t *r, const uint32_t *a, size_t n)
{
    if (n == 1) {
        uint64_t p = (uint64_t)a[0] * a[0];
        r[0] = (uint32_t)p;
        r[1] = (uint32_t)(p >> 32);
        return;
    }
#if MPN_WIDE
    {
        /* a = A + x B^(n-1) with A of even length: a^2 = A^2 + 2xA B^(n-1) + x^2 B^(2n-2). */
        size_t e = n & ~(size_t)1;
        limb_sqr(r, a, e / 2);
        if (e != n) {
            uint32_t x = a[e];
            r[2 * e] = r[2 * e + 1] = 0;
            for (int twice = 0; twice < 2; twice++) {
                uint32_t cy = bigint_mpn_addmul_1(r + e, a, e, x);
                bigint_mpn_add_1(r + 2 * e, r + 2 * e, 2, cy);
            }
            uint64_t p = (uint64_t)x * x;
            uint32_t sq[2] = {(uint32_t)p, (uint32_t)(p >> 32)};
            bigint_mpn_add_n(r + 2 * e, r + 2 * e, sq, 2);
        }
        return;
    }
#endif
    /* Cross products a[i]*a[j], i < j, land in r[1..2n-2]. */
    r[0] = 0;
    r[n] = bigint_mpn_mul_1(r + 1, a + 1, n - 1, a[0]);
    for (size_t i = 1; i + 1 < n; i++) {
        r[n + i] = bigint_mpn_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    }
    r[2 * n - 1] = 0;
    bigint_mpn_lshift(r, r, 2 * n, 1);
    /* Add the squares on the diagonal. */
    uint64_t cy = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t p = (uint64_t)a[i] * a[i];
        uint64_t t = (uint64_t)r[2 * i] + (uint32_t)p + cy;
        r[2 * i] = (uint32_t)t;
        t = (t >> 32) + r[2 * i + 1] + (p >> 32);
        r[2 * i + 1] = (uint32_t)t;
        cy = t >> 32;
    }
}

/* Karatsuba on n-digit operands split into a low half of l = ceil(n/2)
 * digits and a high half of h = n - l: a*b = z2*B^2l + mid*B^l + z0 with
 * mid = z0 + z2 - (a0-a1)(b0-b1).  The subtractive form keeps every
 * intermediate within l digits, so no carry digit needs tracking in the
 * recursive product.  Scratch per level: |a0-a1|, |b0-b1| (l each) and their
 * product (2l), then the deeper levels. */
static size_t kara_scratch(size_t n)
{
    size_t need = 0;
    while (n >= BIGINT_KARA_THRESHOLD) {
        size_t l = (n + 1) / 2;
        need += 4 * l;
        n = l;
    }
    return need;
}

/* r[0..xn) = |x - y|, y zero-extended to xn >= yn digits; true when x < y. */
static bool kara_abs_diff(uint32_t *r, const uint32_t *x, size_t xn, const uint32_t *y, size_t yn)
{
    bool x_less = bigint_mpn_norm(x + yn, xn - yn) == 0 && bigint_mpn_cmp(x, y, yn) < 0;
    if (x_less) {
        bigint_mpn_sub_n(r, y, x, yn);
        memset(r + yn, 0, (xn - yn) * sizeof(uint32_t));
    } else {
        bigint_mpn_sub(r, x, xn, y, yn);
    }
    return x_less;
}

/* With z0 in r[0..2l), z2 in r[2l..2l+2h) and t = |a0-a1|*|b0-b1| (2l digits),
 * adds mid = z0 + z2 -/+ t at r + l.  t is overwritten. */
static void kara_combine(uint32_t *r, uint32_t *t, size_t l, size_t h, bool t_negative)
{
    /* cy is the part of mid above t's 2l digits; it dips below zero while a
     * borrow is pending but ends in 0..2 because mid >= 0. */
    int64_t cy;
    if (t_negative) {
        cy = bigint_mpn_add_n(t, r, t, 2 * l);
    } else {
        cy = -(int64_t)bigint_mpn_sub_n(t, r, t, 2 * l);
    }
    cy += bigint_mpn_add(t, t, 2 * l, r + 2 * l, 2 * h);
    uint32_t c = bigint_mpn_add_n(r + l, r + l, t, 2 * l);
    bigint_mpn_add_1(r + 3 * l, r + 3 * l, 2 * h - l, (uint32_t)cy + c);
}

static void kara_mul(uint32_t *r, const uint32_t *a, const uint32_t *b, size_t n, uint32_t *ws)
{
    if (n < BIGINT_KARA_THRESHOLD) {
        bigint_mpn_mul_basecase(r, a, n, b, n);
        return;
    }
    size_t l = (n + 1) / 2, h = n - l;
    uint32_t *da = ws, *db = ws + l, *t = ws + 2 * l, *deeper = ws + 4 * l;
    bool na = kara_abs_diff(da, a, l, a + l, h);
    bool nb = kara_abs_diff(db, b, l, b + l, h);
    kara_mul(t, da, db, l, deeper);
    kara_mul(r, a, b, l, deeper);
    kara_mul(r + 2 * l, a + l, b + l, h, deeper);
    kara_combine(r, t, l, h, na != nb);
}

static void kara_sqr(uint32_t *r, const uint32_t *a, size_t n, uint32_t *ws)
{
    if (n < BIGINT_KARA_SQR_THRESHOLD) {
        bigint_mpn_sqr_basecase(r, a, n);
        return;
    }
    size_t l = (n + 1) / 2, h = n - l;
    uint32_t *da = ws, *t = ws + 2 * l, *deeper = ws + 4 * l;
    kara_abs_diff(da, a, l, a + l, h);
    kara_sqr(t, da, l, deeper);
    kara_sqr(r, a, l, deeper);
    kara_sqr(r + 2 * l, a + l, h, deeper);
    kara_combine(r, t, l, h, false);
}

/* Unbalanced operands are cut into bn-digit slices of a, each multiplied
 * by b with Karatsuba and accumulated: the product of the slices' sizes is
 * what balanced Karatsuba is good at. */
size_t bigint_mpn_mul_scratch(size_t an, size_t bn)
{
    if (an == bn) {
        return kara_scratch(an);
    }
    if (bn < BIGINT_KARA_THRESHOLD) {
        return 0;
    }
    size_t need = kara_scratch(bn), rest = an % bn;
    if (rest != 0) {
        size_t s = bigint_mpn_mul_scratch(bn, rest);
        if (s > need) {
            need = s;
        }
    }
    return 2 * bn + need;
}

void bigint_mpn_mul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn,
                    uint32_t *ws)
{
    if (a == b && an == bn) {
        kara_sqr(r, a, an, ws);
        return;
    }
    if (bn < BIGINT_KARA_THRESHOLD) {
        bigint_mpn_mul_basecase(r, a, an, b, bn);
        return;
    }
    if (an == bn) {
        kara_mul(r, a, b, an, ws);
        return;
    }
    uint32_t *slice = ws, *deeper = ws + 2 * bn;
    kara_mul(r, a, b, bn, deeper);
    for (size_t done = bn; done < an;) {
        size_t cn = an - done < bn ? an - done : bn;
        if (cn == bn) {
            kara_mul(slice, a + done, b, bn, deeper);
        } else {
            bigint_mpn_mul(slice, b, bn, a + done, cn, deeper);
        }
        /* r holds done + bn digits so far; the slice's top cn are new. */
        uint32_t cy = bigint_mpn_add_n(r + done, r + done, slice, bn);
        bigint_mpn_add_1(r + done + bn, slice + bn, cn, cy);
        done += cn;
    }
}

/* ---- division ------------------------------------------------------------- */

uint32_t bigint_mpn_divrem_1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

uint32_t bigint_mpn_mod_1(const uint32_t *a, size_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        rem = ((rem << 32) | a[i]) % d;
    }
    return (uint32_t)rem;
}

size_t bigint_mpn_divrem_scratch(size_t an, size_t bn)
{
    return an + 1 + bn;
}

void bigint_mpn_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t an,
                       const uint32_t *b, size_t bn, uint32_t *ws)
{
    /* Normalise so the divisor's top bit is set: then the two-digit estimate
     * of each quotient digit is at most 2 too large (Knuth 4.3.1 Thm B), and
     * the test against the second divisor digit removes nearly all of that. */
    unsigned s = bigint_clz32(b[bn - 1]);
    uint32_t *u = ws, *v = ws + an + 1;
    if (s != 0) {
        bigint_mpn_lshift(v, b, bn, s);
        u[an] = bigint_mpn_lshift(u, a, an, s);
    } else {
        memcpy(v, b, bn * sizeof(uint32_t));
        memcpy(u, a, an * sizeof(uint32_t));
        u[an] = 0;
    }
    const uint64_t base = (uint64_t)1 << 32;
    const uint64_t vh = v[bn - 1], vl = v[bn - 2];
    for (size_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / vh, rhat = num % vh;
        /* qhat < base is tested first so the products below cannot overflow. */
        while (qhat >= base || qhat * vl > ((rhat << 32) | u[j + bn - 2])) {
            qhat--;
            rhat += vh;
            if (rhat >= base) {
                break;
            }
        }
        uint32_t bw = bigint_mpn_submul_1(u + j, v, bn, (uint32_t)qhat);
        uint32_t top = u[j + bn];
        u[j + bn] = top - bw;
        if (top < bw) {
            /* qhat was one too large (probability about 2/base): add back. */
            qhat--;
            u[j + bn] += bigint_mpn_add_n(u + j, u + j, v, bn);
        }
        if (q != NULL) {
            q[j] = (uint32_t)qhat;
        }
    }
    if (r != NULL) {
        if (s != 0) {
            bigint_mpn_rshift(r, u, bn, s);
        } else {
            memcpy(r, u, bn * sizeof(uint32_t));
        }
    }
}
