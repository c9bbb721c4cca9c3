/* numfmt_dtoa.c — double to decimal digits: Ryu for the shortest round-trip
 * digits (repr), exact big-integer expansion plus half-even rounding for a
 * fixed number of digits, with 128-bit fast paths for the common cases.  The
 * output contract is that of David Gay's dtoa, which CPython builds on. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/numfmt_internal.h"
#include "vm/numfmt_tables.h"

#if !defined(__SIZEOF_INT128__)
#error "numfmt needs a compiler with unsigned __int128 (gcc, clang)"
#endif
__extension__ typedef unsigned __int128 nf_u128;

/* ------------------------------------------------------------------------
 * Small helpers.
 */

static const char nf_digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static const uint64_t nf_pow10_u64[20] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
    1000000000u, 10000000000u, 100000000000u, 1000000000000u, 10000000000000u,
    100000000000000u, 1000000000000000u, 10000000000000000u, 100000000000000000u,
    1000000000000000000u, 10000000000000000000u,
};

/* Number of decimal digits of v > 0. */
static inline int nf_u64_len(uint64_t v)
{
    int bits = 64 - __builtin_clzll(v | 1);
    int t = (bits * 1233) >> 12; /* floor(bits * log10(2)), a lower bound */
    return t + (v >= nf_pow10_u64[t]);
}

/* Writes v in decimal (no leading zeros; "0" for 0) and returns the length.
 * Right to left, eight digits per 64-bit division, then pairs in 32 bits. */
static int nf_u64_digits(uint64_t v, char *out)
{
    if (v < 10) {
        out[0] = (char)('0' + v);
        return 1;
    }
    int n = nf_u64_len(v);
    char *p = out + n;
    while (v >= 100000000u) {
        uint32_t lo = (uint32_t)(v % 100000000u);
        v /= 100000000u;
        for (int k = 0; k < 4; k++) {
            uint32_t r = lo % 100;
            lo /= 100;
            p -= 2;
            memcpy(p, nf_digit_pairs + 2 * r, 2);
        }
    }
    uint32_t w = (uint32_t)v;
    while (w >= 100) {
        uint32_t r = w % 100;
        w /= 100;
        p -= 2;
        memcpy(p, nf_digit_pairs + 2 * r, 2);
    }
    if (w >= 10) {
        p -= 2;
        memcpy(p, nf_digit_pairs + 2 * w, 2);
    } else {
        *--p = (char)('0' + w);
    }
    return n;
}

static int nf_u128_digits(nf_u128 v, char *out)
{
    const uint64_t e19 = 10000000000000000000u;
    if ((v >> 64) == 0) return nf_u64_digits((uint64_t)v, out);
    nf_u128 hi = v / e19;
    uint64_t lo = (uint64_t)(v % e19);
    int n = nf_u128_digits(hi, out);
    /* the low part is exactly 19 digits, leading zeros included */
    for (int i = 18; i >= 0; i--) {
        out[n + i] = (char)('0' + lo % 10);
        lo /= 10;
    }
    return n + 19;
}

static int nf_strip_zeros(const char *d, int n)
{
    while (n > 0 && d[n - 1] == '0') n--;
    return n;
}

/* Splits a finite nonzero |x| into m * 2^e with m < 2^53 an integer. */
static void nf_decompose(double x, uint64_t *m, int *e)
{
    uint64_t bits;
    memcpy(&bits, &x, 8);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7FF);
    if (bexp == 0) {
        *m = frac;
        *e = -1074;
    } else {
        *m = frac | (UINT64_C(1) << 52);
        *e = bexp - 1075;
    }
}

/* ------------------------------------------------------------------------
 * Ryu: shortest round-trip digits (Ulf Adams, PLDI 2018), following the
 * reference d2s.c.  The tables are generated (gen_numfmt_tables.py).
 */

static inline uint32_t nf_pow5bits(int32_t e)
{
    return (uint32_t)(((e * 1217359) >> 19) + 1);
}

static inline uint32_t nf_log10_pow2(int32_t e)
{
    return (uint32_t)((e * 78913) >> 18);
}

static inline uint32_t nf_log10_pow5(int32_t e)
{
    return (uint32_t)((e * 732923) >> 20);
}

static inline bool nf_multiple_of_pow5(uint64_t v, uint32_t p)
{
    uint32_t count = 0;
    while (v % 5 == 0) {
        v /= 5;
        count++;
    }
    return count >= p;
}

static inline bool nf_multiple_of_pow2(uint64_t v, uint32_t p)
{
    return (v & ((UINT64_C(1) << p) - 1)) == 0;
}

static inline uint64_t nf_mul_shift64(uint64_t m, const uint64_t *mul, int32_t j)
{
    nf_u128 b0 = (nf_u128)m * mul[0];
    nf_u128 b2 = (nf_u128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/* Returns the shortest decimal significand (<= 17 digits) and its exponent:
 * |x| ~= *out * 10^*exp10, the closest such value to x, ties to even. */
static void nf_ryu(uint64_t ieee_mant, uint32_t ieee_exp, uint64_t *out, int32_t *exp10)
{
    int32_t e2;
    uint64_t m2;
    if (ieee_exp == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = ieee_mant;
    } else {
        e2 = (int32_t)ieee_exp - 1023 - 52 - 2;
        m2 = (UINT64_C(1) << 52) | ieee_mant;
    }
    const bool accept_bounds = (m2 & 1) == 0;
    const uint64_t mv = 4 * m2;
    /* the lower neighbour is closer when the significand is a power of two */
    const uint32_t mm_shift = ieee_mant != 0 || ieee_exp <= 1;

    uint64_t vr, vp, vm;
    int32_t e10;
    bool vm_trailing_zeros = false, vr_trailing_zeros = false;
    if (e2 >= 0) {
        const uint32_t q = nf_log10_pow2(e2) - (e2 > 3);
        e10 = (int32_t)q;
        const int32_t k = NUMFMT_POW5_INV_BITCOUNT + (int32_t)nf_pow5bits((int32_t)q) - 1;
        const int32_t i = -e2 + (int32_t)q + k;
        const uint64_t *mul = numfmt_pow5_inv_split[q];
        vr = nf_mul_shift64(4 * m2, mul, i);
        vp = nf_mul_shift64(4 * m2 + 2, mul, i);
        vm = nf_mul_shift64(4 * m2 - 1 - mm_shift, mul, i);
        if (q <= 21) {
            /* only one of mp, mv, mm can be a multiple of 5, if any */
            if (mv % 5 == 0) {
                vr_trailing_zeros = nf_multiple_of_pow5(mv, q);
            } else if (accept_bounds) {
                vm_trailing_zeros = nf_multiple_of_pow5(mv - 1 - mm_shift, q);
            } else {
                vp -= nf_multiple_of_pow5(mv + 2, q);
            }
        }
    } else {
        const uint32_t q = nf_log10_pow5(-e2) - (-e2 > 1);
        e10 = (int32_t)q + e2;
        const int32_t i = -e2 - (int32_t)q;
        const int32_t k = (int32_t)nf_pow5bits(i) - NUMFMT_POW5_BITCOUNT;
        const int32_t j = (int32_t)q - k;
        const uint64_t *mul = numfmt_pow5_split[i];
        vr = nf_mul_shift64(4 * m2, mul, j);
        vp = nf_mul_shift64(4 * m2 + 2, mul, j);
        vm = nf_mul_shift64(4 * m2 - 1 - mm_shift, mul, j);
        if (q <= 1) {
            /* mv = 4 * m2 always has two trailing zero bits */
            vr_trailing_zeros = true;
            if (accept_bounds) {
                vm_trailing_zeros = mm_shift == 1;
            } else {
                --vp;
            }
        } else if (q < 63) {
            vr_trailing_zeros = nf_multiple_of_pow2(mv, q);
        }
    }

    int32_t removed = 0;
    uint8_t last_removed = 0;
    uint64_t output;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        /* the rare general case: track exactness for the tie rules */
        for (;;) {
            const uint64_t vp10 = vp / 10, vm10 = vm / 10;
            if (vp10 <= vm10) break;
            const uint32_t vm_mod = (uint32_t)(vm - 10 * vm10);
            const uint64_t vr10 = vr / 10;
            const uint32_t vr_mod = (uint32_t)(vr - 10 * vr10);
            vm_trailing_zeros &= vm_mod == 0;
            vr_trailing_zeros &= last_removed == 0;
            last_removed = (uint8_t)vr_mod;
            vr = vr10;
            vp = vp10;
            vm = vm10;
            ++removed;
        }
        if (vm_trailing_zeros) {
            for (;;) {
                const uint64_t vm10 = vm / 10;
                const uint32_t vm_mod = (uint32_t)(vm - 10 * vm10);
                if (vm_mod != 0) break;
                const uint64_t vp10 = vp / 10, vr10 = vr / 10;
                const uint32_t vr_mod = (uint32_t)(vr - 10 * vr10);
                vr_trailing_zeros &= last_removed == 0;
                last_removed = (uint8_t)vr_mod;
                vr = vr10;
                vp = vp10;
                vm = vm10;
                ++removed;
            }
        }
        if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) {
            last_removed = 4; /* exactly ...50..0: round to even */
        }
        output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
    } else {
        bool round_up = false;
        const uint64_t vp100 = vp / 100, vm100 = vm / 100;
        if (vp100 > vm100) { /* remove two digits at a time while we can */
            const uint64_t vr100 = vr / 100;
            const uint32_t vr_mod = (uint32_t)(vr - 100 * vr100);
            round_up = vr_mod >= 50;
            vr = vr100;
            vp = vp100;
            vm = vm100;
            removed += 2;
        }
        for (;;) {
            const uint64_t vp10 = vp / 10, vm10 = vm / 10;
            if (vp10 <= vm10) break;
            const uint64_t vr10 = vr / 10;
            const uint32_t vr_mod = (uint32_t)(vr - 10 * vr10);
            round_up = vr_mod >= 5;
            vr = vr10;
            vp = vp10;
            vm = vm10;
            ++removed;
        }
        output = vr + (vr == vm || round_up);
    }
    *out = output;
    *exp10 = e10 + removed;
}

int numfmt_shortest_digits(double x, char digits[17], int *decpt)
{
    uint64_t bits;
    memcpy(&bits, &x, 8);
    uint64_t mant = bits & ((UINT64_C(1) << 52) - 1);
    uint32_t bexp = (uint32_t)((bits >> 52) & 0x7FF);

    /* Integers below 2^53 are their own shortest digits; this is the common
     * case for values like 100.0 and skips the 128-bit products. */
    if (bexp >= 1023 && bexp < 1023 + 53) {
        int shift = 1075 - (int)bexp;
        uint64_t m2 = mant | (UINT64_C(1) << 52);
        if ((m2 & ((UINT64_C(1) << shift) - 1)) == 0) {
            uint64_t v = m2 >> shift;
            char tmp[20];
            int n = nf_u64_digits(v, tmp);
            *decpt = n;
            n = nf_strip_zeros(tmp, n);
            memcpy(digits, tmp, (size_t)n);
            return n;
        }
    }
    uint64_t out;
    int32_t e10;
    nf_ryu(mant, bexp, &out, &e10);
    char tmp[20];
    int n = nf_u64_digits(out, tmp);
    *decpt = n + e10;
    n = nf_strip_zeros(tmp, n);
    memcpy(digits, tmp, (size_t)n);
    return n;
}

/* ------------------------------------------------------------------------
 * Exact expansion.  A double is m * 2^e; its decimal expansion is finite, so
 * computing all of it with a small big integer and rounding the digit string
 * is always right.  Sizes: m * 5^1074 < 2^2548, m * 2^971 < 2^1024.
 */

#define NF_BIG_LIMBS 82
typedef struct NfBig {
    uint32_t w[NF_BIG_LIMBS]; /* little-endian limbs */
    int n;
} NfBig;

static void nf_big_mul_small(NfBig *b, uint32_t k)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * k + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) b->w[b->n++] = (uint32_t)carry;
}

static void nf_big_shl(NfBig *b, int s)
{
    int limbs = s / 32, bits = s % 32;
    if (bits) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t v = b->w[i];
            b->w[i] = (v << bits) | carry;
            carry = v >> (32 - bits);
        }
        if (carry) b->w[b->n++] = carry;
    }
    if (limbs) {
        memmove(b->w + limbs, b->w, (size_t)b->n * 4);
        memset(b->w, 0, (size_t)limbs * 4);
        b->n += limbs;
    }
}

static uint32_t nf_big_divmod_small(NfBig *b, uint32_t d)
{
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->w[i];
        b->w[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    while (b->n > 0 && b->w[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}

/* All significant digits of m * 2^e (m > 0), trailing zeros stripped. */
static int nf_exact_digits(uint64_t m, int e, char *digits, int *decpt)
{
    int k = 0; /* value = M / 2^k with M an integer */
    if (e < 0) {
        k = -e;
        while (k > 0 && (m & 1) == 0) {
            m >>= 1;
            k--;
        }
    }
    NfBig b;
    b.w[0] = (uint32_t)m;
    b.w[1] = (uint32_t)(m >> 32);
    b.n = b.w[1] ? 2 : 1;
    if (e >= 0) {
        nf_big_shl(&b, e);
    } else {
        /* m / 2^k = m * 5^k / 10^k */
        int r = k;
        for (; r >= 13; r -= 13) nf_big_mul_small(&b, 1220703125u); /* 5^13 */
        uint32_t p = 1;
        while (r-- > 0) p *= 5;
        if (p > 1) nf_big_mul_small(&b, p);
    }
    /* to decimal, nine digits at a time from the bottom */
    uint32_t chunks[NF_BIG_LIMBS * 32 / 29 + 2];
    int nc = 0;
    while (b.n > 0) chunks[nc++] = nf_big_divmod_small(&b, 1000000000u);
    int n = nf_u64_digits(chunks[nc - 1], digits);
    for (int i = nc - 2; i >= 0; i--) {
        uint32_t c = chunks[i];
        for (int j = 8; j >= 0; j--) {
            digits[n + j] = (char)('0' + c % 10);
            c /= 10;
        }
        n += 9;
    }
    *decpt = n - k;
    return nf_strip_zeros(digits, n);
}

/* Rounds the digit string d[0..n) (no trailing zeros) to its first keep
 * digits, half-even; the string is exact, so a tie is a lone trailing 5. */
static int nf_round_digits(char *d, int n, int keep, int *decpt)
{
    if (keep >= n) return n;
    if (keep < 0) return 0;
    bool up;
    if (d[keep] != '5') {
        up = d[keep] > '5';
    } else if (n > keep + 1) {
        up = true;
    } else {
        up = keep > 0 && ((d[keep - 1] - '0') & 1);
    }
    n = keep;
    if (up) {
        int i = n - 1;
        while (i >= 0 && d[i] == '9') i--;
        if (i < 0) {
            d[0] = '1';
            *decpt += 1;
            return 1;
        }
        d[i]++;
        n = i + 1;
    }
    return nf_strip_zeros(d, n);
}

/* ------------------------------------------------------------------------
 * 128-bit fast path: round m * 2^e * 10^t to an integer q, half-even.  Covers
 * '.2f'-style fixed formatting and short 'e'/'g' precisions of ordinary
 * magnitudes; returns false when the numbers do not fit, and the caller
 * falls back to the exact expansion.
 */

static const uint64_t nf_pow5_u64[28] = {
    1u, 5u, 25u, 125u, 625u, 3125u, 15625u, 78125u, 390625u, 1953125u, 9765625u,
    48828125u, 244140625u, 1220703125u, 6103515625u, 30517578125u, 152587890625u,
    762939453125u, 3814697265625u, 19073486328125u, 95367431640625u, 476837158203125u,
    2384185791015625u, 11920928955078125u, 59604644775390625u, 298023223876953125u,
    1490116119384765625u, 7450580596923828125u,
};

static int nf_bitlen128(nf_u128 v)
{
    uint64_t hi = (uint64_t)(v >> 64);
    if (hi) return 128 - __builtin_clzll(hi);
    uint64_t lo = (uint64_t)v;
    return lo ? 64 - __builtin_clzll(lo) : 0;
}

static bool nf_scaled_round(uint64_t m, int e, int t, nf_u128 *q)
{
    if (t >= 0) {
        if (e >= 0) return false; /* integral: handled before rounding */
        if (t > 27) return false;
        nf_u128 n = (nf_u128)m * nf_pow5_u64[t]; /* < 2^116 */
        int s = -e - t;                           /* value * 10^t = n / 2^s */
        if (s <= 0) {
            if (nf_bitlen128(n) - s > 127) return false;
            *q = n << -s;
            return true;
        }
        if (s >= 118) { /* n < 2^116 <= 2^(s-2): below one half */
            *q = 0;
            return true;
        }
        nf_u128 whole = n >> s;
        nf_u128 rem = n & (((nf_u128)1 << s) - 1);
        nf_u128 half = (nf_u128)1 << (s - 1);
        if (rem > half || (rem == half && (whole & 1))) whole++;
        *q = whole;
        return true;
    }
    /* t < 0: round to a multiple of 10^u; value / 10^u = v / d below */
    int u = -t;
    if (u > 38) { /* 10^u > 2^127, far more than twice any value we take */
        if (e >= 0 && 53 + e > 127) return false;
        *q = 0;
        return true;
    }
    nf_u128 v, d = 1;
    for (int i = 0; i < u; i++) d *= 10;
    if (e >= 0) {
        if (53 + e > 127) return false;
        v = (nf_u128)m << e;
    } else {
        if (nf_bitlen128(d) - e > 127) { /* d * 2^-e > 2^127 > 2m */
            *q = 0;
            return true;
        }
        v = m;
        d <<= -e;
    }
    nf_u128 whole = v / d, rem = v % d;
    if (rem > d - rem || (rem == d - rem && (whole & 1))) whole++;
    *q = whole;
    return true;
}

/* The same for any t in the table's range, from a 128-bit approximation of
 * 10^t: the scaled value is known to within two units of the last place, so
 * this answers unless it lies that close to a rounding midpoint (ties
 * included), which the exact path then settles. */
static bool nf_table_round(uint64_t m, int e, int t, nf_u128 *q)
{
    if (t < NUMFMT_POW10_MIN || t > NUMFMT_POW10_MAX) return false;
    const uint64_t *pow = numfmt_pow10_128[t - NUMFMT_POW10_MIN];
    /* 10^t ~= pow * 2^(l2 - 127); p = floor(m * pow / 2^64) < 2^117 */
    nf_u128 p = (nf_u128)m * pow[1] + (((nf_u128)m * pow[0]) >> 64);
    int l2 = t >= 0 ? (217706 * t) >> 16 : -((217706 * -t + 65535) >> 16);
    int s = -(64 + e + l2 - 127); /* value * 10^t ~= p / 2^s */
    if (s <= 0 || s > 127) return false;
    nf_u128 whole = p >> s;
    nf_u128 frac = p & (((nf_u128)1 << s) - 1);
    nf_u128 half = (nf_u128)1 << (s - 1);
    if (frac + 3 >= half && frac <= half + 3) return false;
    if (frac > half) whole++;
    *q = whole;
    return true;
}

/* floor(log10(2^E)) for any int E in the double range: the true exponent of
 * m * 2^e is this or one more (fixed up by the callers' retry). */
static int nf_floor_log10_pow2(int E)
{
    if (E >= 0) return (int)(((int64_t)E * 78913) >> 18);
    return -(int)((((int64_t)-E * 78913) + (1 << 18) - 1) >> 18);
}


/* Modes 2 and 3 through the fast path; false if it does not apply. */
static bool nf_dtoa_fast(uint64_t m, int e, int mode, int ndigits, char *digits, int *nd, int *decpt)
{
    nf_u128 q;
    int t;
    if (e >= 0 && 53 + e <= 127) {
        /* An integer below 2^127: exact as it is unless rounding cuts into it. */
        char tmp[40];
        int n = nf_u128_digits((nf_u128)m << e, tmp);
        if (mode == 3 ? ndigits >= 0 : n <= ndigits) {
            *decpt = n;
            n = nf_strip_zeros(tmp, n);
            memcpy(digits, tmp, (size_t)n);
            *nd = n;
            return true;
        }
    }
    if (mode == 3) {
        t = ndigits;
        if (!nf_scaled_round(m, e, t, &q) && !nf_table_round(m, e, t, &q)) return false;
    } else {
        int p = ndigits;
        if (p > 17) return false;
        int bl = 64 - __builtin_clzll(m);
        int k = nf_floor_log10_pow2(e + bl - 1); /* 10^k <= |x| < 10^(k+2) */
        for (int tries = 0;; tries++) {
            if (tries == 3) return false;
            t = p - 1 - k;
            if (!nf_scaled_round(m, e, t, &q) && !nf_table_round(m, e, t, &q)) return false;
            if (q > nf_pow10_u64[p]) {
                k++; /* rounded one digit too far right */
            } else if (q < nf_pow10_u64[p - 1]) {
                k--;
            } else {
                break; /* q == 10^p is fine: it reads as "1" at the next decade */
            }
        }
    }
    if (q == 0) {
        *nd = 0;
        *decpt = -t;
        return true;
    }
    char tmp[40];
    int n = nf_u128_digits(q, tmp);
    *decpt = n - t;
    n = nf_strip_zeros(tmp, n);
    memcpy(digits, tmp, (size_t)n);
    *nd = n;
    return true;
}

int numfmt_dtoa(double x, int mode, int ndigits, char digits[NUMFMT_DIGITS_MAX], int *decpt)
{
    x = fabs(x);
    if (x == 0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    if (mode == 0) return numfmt_shortest_digits(x, digits, decpt);
    if (mode == 2 && ndigits < 1) ndigits = 1;
    uint64_t m;
    int e, nd;
    nf_decompose(x, &m, &e);
    if (nf_dtoa_fast(m, e, mode, ndigits, digits, &nd, decpt)) return nd;
    nd = nf_exact_digits(m, e, digits, decpt);
    if (mode == 2) {
        return nf_round_digits(digits, nd, ndigits, decpt);
    }
    /* mode 3: keep the digits before position decpt + ndigits */
    int64_t keep = (int64_t)*decpt + ndigits;
    if (keep >= nd) return nd;
    if (keep < 0) {
        *decpt = -ndigits;
        return 0;
    }
    int out = nf_round_digits(digits, nd, (int)keep, decpt);
    if (out == 0) *decpt = -ndigits;
    return out;
}
