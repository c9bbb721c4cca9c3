/* bigint_str.c — CoilBigInt to and from text: int(s, base) with CPython's
 * literal rules and digit limit, str()/hex()/oct()/bin().  Non-binary bases
 * go through powers of base**k (k chars per 32-bit digit) and divide and
 * conquer, so 10,000-digit numbers convert in well under a millisecond. */
#include <math.h>
#include <string.h>

#include "vm/bigint_impl.h"

/* Below these sizes the quadratic methods win: digits of the number for
 * output, characters for input (measured on x86-64). */
#define STR_BASECASE_DIGITS 24
#define PARSE_BASECASE_CHARS 200

#define POW_LEVELS 40  /* B**(2**j) for j < 40 covers BIGINT_MAX_DIGITS */

/* ---- digits and powers of the base -------------------------------------------- */

static int digit_value(unsigned char ch)
{
    if (ch >= '0' && ch <= '9') {
        return ch - '0';
    }
    ch |= 0x20;  /* ASCII lower case */
    if (ch >= 'a' && ch <= 'z') {
        return ch - 'a' + 10;
    }
    return 37;  /* never a digit: bases go up to 36 */
}

static bool is_space(char ch)
{
    /* Py_ISSPACE: CPython strips only ASCII whitespace here (the caller's
     * Unicode transformation turns other spaces into ' '). */
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

/* The table of B**(2**j), built as far as a conversion needs. */
typedef struct StrPowers {
    int base;
    int k;           /* chars per big digit: the largest k with base**k < 2**32 */
    uint32_t big;    /* B = base**k */
    int count;
    uint32_t *d[POW_LEVELS];
    size_t n[POW_LEVELS];
} StrPowers;

static void powers_init(StrPowers *P, int base)
{
    uint64_t big = (uint64_t)base;
    int k = 1;
    while (big * (uint64_t)base <= UINT32_MAX) {
        big *= (uint64_t)base;
        k++;
    }
    P->base = base;
    P->k = k;
    P->big = (uint32_t)big;
    P->count = 0;
}

static void powers_free(CoilBigCtx *c, StrPowers *P)
{
    for (int j = 0; j < P->count; j++) {
        bigint_scratch_free(c, P->d[j], P->n[j]);
    }
    P->count = 0;
}

/* Extends the table while the next power has at most max_n digits. */
static bool powers_build(CoilBigCtx *c, StrPowers *P, size_t max_n)
{
    if (P->count == 0) {
        if ((P->d[0] = bigint_scratch(c, 1)) == NULL) {
            return false;
        }
        P->d[0][0] = P->big;
        P->n[0] = 1;
        P->count = 1;
    }
    while (P->count < POW_LEVELS && 2 * P->n[P->count - 1] - 1 <= max_n) {
        int j = P->count;
        size_t pn = P->n[j - 1];
        size_t wn = bigint_mpn_mul_scratch(pn, pn);
        uint32_t *sq = bigint_scratch(c, 2 * pn);
        uint32_t *ws = wn ? bigint_scratch(c, wn) : NULL;
        if (sq == NULL || (wn && ws == NULL)) {
            if (sq != NULL) {
                bigint_scratch_free(c, sq, 2 * pn);
            }
            if (ws != NULL) {
                bigint_scratch_free(c, ws, wn);
            }
            return false;
        }
        bigint_mpn_mul(sq, P->d[j - 1], pn, P->d[j - 1], pn, ws);
        if (ws != NULL) {
            bigint_scratch_free(c, ws, wn);
        }
        P->d[j] = sq;
        P->n[j] = bigint_mpn_norm(sq, 2 * pn);
        /* n[j] records the significant length; the block holds 2 * pn. */
        if (P->n[j] != 2 * pn) {
            uint32_t *exact = bigint_scratch(c, P->n[j]);
            if (exact == NULL) {
                bigint_scratch_free(c, sq, 2 * pn);
                return false;
            }
            memcpy(exact, sq, P->n[j] * sizeof(uint32_t));
            bigint_scratch_free(c, sq, 2 * pn);
            P->d[j] = exact;
        }
        P->count++;
    }
    return true;
}

/* ---- output --------------------------------------------------------------------- */

/* log2(base) rounded up a little, for size bounds. */
static double log2_up(int base)
{
    return log2((double)base) * (1.0 + 1e-12);
}

/* Upper bound of the digit count of a value of `bits` bits in base. */
static size_t digits_bound(uint64_t bits, int base)
{
    if (bits == 0) {
        return 1;
    }
    if ((base & (base - 1)) == 0) {
        unsigned k = (unsigned)__builtin_ctz((unsigned)base);
        return (size_t)((bits + k - 1) / k);
    }
    return (size_t)((double)bits / log2((double)base) * (1.0 + 1e-12)) + 2;
}

size_t bigint_str_bound(const CoilBigInt *a, int base, unsigned flags)
{
    size_t extra = 1 + (a->neg ? 1 : 0) + ((flags & BIGINT_FMT_PREFIX) ? 2 : 0);
    return digits_bound(bigint_bit_length(a), base) + extra;
}

/* Writes the k-char big digits of x (xn digits, destroyed) right-aligned into
 * out[0..width), zero-padded.  x < base**width. */
static void out_basecase(const StrPowers *P, uint32_t *x, size_t xn, char *out, size_t width,
                         const char *chars)
{
    size_t pos = width;
    xn = bigint_mpn_norm(x, xn);
    while (xn > 0 && pos > 0) {
        uint32_t rem;
        if (P->big == 1000000000u) {
            /* A constant divisor lets the compiler multiply by a reciprocal
             * instead of issuing a hardware divide per digit. */
            uint64_t r = 0;
            for (size_t i = xn; i-- > 0;) {
                uint64_t cur = (r << 32) | x[i];
                x[i] = (uint32_t)(cur / 1000000000u);
                r = cur % 1000000000u;
            }
            rem = (uint32_t)r;
        } else {
            rem = bigint_mpn_divrem_1(x, x, xn, P->big);
        }
        xn = bigint_mpn_norm(x, xn);
        for (int j = 0; j < P->k && pos > 0; j++) {
            out[--pos] = chars[rem % (uint32_t)P->base];
            rem /= (uint32_t)P->base;
        }
    }
    memset(out, '0', pos);
}

/* Divide and conquer: x = q * B**(2**j) + r with the power about half of x;
 * r fills the low k * 2**j chars exactly (with leading zeros), q the rest. */
static CoilBigStatus out_rec(CoilBigCtx *c, const StrPowers *P, uint32_t *x, size_t xn, char *out,
                             size_t width, const char *chars)
{
    xn = bigint_mpn_norm(x, xn);
    int j = P->count - 1;
    while (j > 0 && 2 * P->n[j] > xn + 1) {
        j--;
    }
    size_t m = (size_t)P->k << j, pn = P->n[j];
    if (xn <= STR_BASECASE_DIGITS || pn < 2 || m >= width || xn < pn) {
        out_basecase(P, x, xn, out, width, chars);
        return COIL_BIG_OK;
    }
    size_t qn = xn - pn + 1, wn = qn + pn + bigint_mpn_divrem_scratch(xn, pn);
    uint32_t *q = bigint_scratch(c, wn);
    if (q == NULL) {
        return bigint_nomem(c);
    }
    uint32_t *r = q + qn;
    bigint_mpn_divrem(q, r, x, xn, P->d[j], pn, r + pn);
    CoilBigStatus st = out_rec(c, P, r, pn, out + width - m, m, chars);
    if (st == COIL_BIG_OK) {
        st = out_rec(c, P, q, qn, out, width - m, chars);
    }
    bigint_scratch_free(c, q, wn);
    return st;
}

/* Power-of-two bases: each char is a fixed group of bits. */
static void out_binary(const CoilBigInt *a, int base, char *out, size_t nchars, const char *chars)
{
    unsigned k = (unsigned)__builtin_ctz((unsigned)base);
    for (size_t i = 0; i < nchars; i++) {
        uint64_t bit = (uint64_t)i * k;
        size_t w = (size_t)(bit / 32);
        unsigned s = (unsigned)(bit % 32);
        uint64_t v = a->d[w] >> s;
        if (s + k > 32 && w + 1 < a->len) {
            v |= (uint64_t)a->d[w + 1] << (32 - s);
        }
        out[nchars - 1 - i] = chars[v & (uint64_t)(base - 1)];
    }
}

static CoilBigStatus str_limit_error(CoilBigCtx *c)
{
    return bigint_fail(c, COIL_BIG_VALUE,
                       "Exceeds the limit (%d digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit",
                       c->max_str_digits);
}

CoilBigStatus bigint_to_str(CoilBigCtx *c, const CoilBigInt *a, int base, unsigned flags,
                            char *buf, size_t cap, size_t *len)
{
    static const char lower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static const char upper[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char *chars = (flags & BIGINT_FMT_UPPER) ? upper : lower;
    if (base < 2 || base > 36) {
        return bigint_fail(c, COIL_BIG_VALUE, "base must be >= 2 and <= 36");
    }
    if (cap < bigint_str_bound(a, base, flags)) {
        return bigint_fail(c, COIL_BIG_VALUE, "buffer too small for the integer's digits");
    }
    uint64_t bits = bigint_bit_length(a);
    bool limited = base == 10 && c->max_str_digits > 0;
    /* Refuse early when even the fewest digits possible exceed the limit. */
    if (limited && bits > 0 && (double)(bits - 1) * 0.30102999566398 >= (double)c->max_str_digits) {
        return str_limit_error(c);
    }

    size_t off = 0;
    if (a->neg) {
        buf[off++] = '-';
    }
    if ((flags & BIGINT_FMT_PREFIX) && (base == 2 || base == 8 || base == 16)) {
        char p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
        buf[off++] = '0';
        buf[off++] = (flags & BIGINT_FMT_UPPER) ? (char)(p - 'a' + 'A') : p;
    }
    char *out = buf + off;
    size_t width = digits_bound(bits, base);
    if (a->len == 0) {
        out[0] = '0';
        width = 1;
    } else if ((base & (base - 1)) == 0) {
        out_binary(a, base, out, width, chars);
    } else {
        StrPowers P;
        powers_init(&P, base);
        uint32_t *x = bigint_scratch(c, a->len);
        if (x == NULL) {
            return bigint_nomem(c);
        }
        memcpy(x, a->d, a->len * sizeof(uint32_t));
        CoilBigStatus st = COIL_BIG_OK;
        if (a->len > STR_BASECASE_DIGITS && !powers_build(c, &P, (a->len + 1) / 2)) {
            st = bigint_nomem(c);
        }
        if (st == COIL_BIG_OK) {
            if (P.count == 0) {
                out_basecase(&P, x, a->len, out, width, chars);
            } else {
                st = out_rec(c, &P, x, a->len, out, width, chars);
            }
        }
        powers_free(c, &P);
        bigint_scratch_free(c, x, a->len);
        if (st != COIL_BIG_OK) {
            return st;
        }
        /* The bound may overshoot by a digit or two: drop the leading zeros. */
        size_t z = 0;
        while (z + 1 < width && out[z] == '0') {
            z++;
        }
        width -= z;
        memmove(out, out + z, width);
        if (limited && width > (size_t)c->max_str_digits) {
            return str_limit_error(c);
        }
    }
    out[width] = '\0';
    *len = off + width;
    return COIL_BIG_OK;
}

/* ---- input ------------------------------------------------------------------------ */

/* r[0..rn) = r * m + v; returns the new length. */
static size_t mul_1_add(uint32_t *r, size_t rn, uint32_t m, uint32_t v)
{
    uint64_t cy = v;
    for (size_t i = 0; i < rn; i++) {
        cy += (uint64_t)r[i] * m;
        r[i] = (uint32_t)cy;
        cy >>= 32;
    }
    if (cy != 0) {
        r[rn++] = (uint32_t)cy;
    }
    return rn;
}

/* Digits needed for a len-char number in P's base, with slack for the
 * products of the divide-and-conquer step. */
static size_t parse_cap(const StrPowers *P, size_t len)
{
    return (size_t)((double)len * log2_up(P->base) / 32.0) + 4;
}

/* Schoolbook: one multiply-add pass per k chars.  The first group is short
 * so that all later ones are full. */
static size_t parse_basecase(const StrPowers *P, const char *s, size_t len, uint32_t *r)
{
    size_t rn = 0, i = 0;
    while (i < len) {
        size_t take = i == 0 && len % (size_t)P->k ? len % (size_t)P->k : (size_t)P->k;
        uint32_t v = 0, m = 1;
        for (size_t j = 0; j < take; j++) {
            v = v * (uint32_t)P->base + (uint32_t)digit_value((unsigned char)s[i + j]);
            m *= (uint32_t)P->base;
        }
        rn = mul_1_add(r, rn, m, v);
        i += take;
    }
    return rn;
}

/* Divide and conquer: value = high * B**(2**j) + low with low the last
 * k * 2**j chars, the power chosen so the halves are about equal; the
 * product runs at Karatsuba speed. */
static CoilBigStatus parse_rec(CoilBigCtx *c, const StrPowers *P, const char *s, size_t len,
                               uint32_t *r, size_t *rn)
{
    if (len <= PARSE_BASECASE_CHARS || P->count == 0) {
        *rn = parse_basecase(P, s, len, r);
        return COIL_BIG_OK;
    }
    int j = P->count - 1;
    while (j > 0 && ((size_t)P->k << j) * 2 > len) {
        j--;
    }
    size_t m = (size_t)P->k << j, pn = P->n[j];
    if (m >= len) {
        *rn = parse_basecase(P, s, len, r);
        return COIL_BIG_OK;
    }
    size_t hcap = parse_cap(P, len - m), lcap = parse_cap(P, m);
    uint32_t *hi = bigint_scratch(c, hcap + lcap), *ws = NULL;
    size_t hn, ln, wn = 0;
    if (hi == NULL) {
        return bigint_nomem(c);
    }
    uint32_t *lo = hi + hcap;
    CoilBigStatus st = parse_rec(c, P, s, len - m, hi, &hn);
    if (st == COIL_BIG_OK) {
        st = parse_rec(c, P, s + len - m, m, lo, &ln);
    }
    if (st == COIL_BIG_OK && hn == 0) {
        memcpy(r, lo, ln * sizeof(uint32_t));
        *rn = ln;
    } else if (st == COIL_BIG_OK) {
        /* r = hi * B**(2**j) + lo; the longer factor goes first. */
        const uint32_t *f = hi, *g = P->d[j];
        size_t fn = hn, gn = pn;
        if (fn < gn) {
            f = P->d[j];
            g = hi;
            fn = pn;
            gn = hn;
        }
        wn = bigint_mpn_mul_scratch(fn, gn);
        if (wn > 0 && (ws = bigint_scratch(c, wn)) == NULL) {
            st = bigint_nomem(c);
        } else {
            bigint_mpn_mul(r, f, fn, g, gn, ws);
            size_t n = hn + pn;
            if (ln > 0) {
                uint32_t cy = bigint_mpn_add(r, r, n, lo, ln);
                if (cy) {
                    r[n++] = cy;
                }
            }
            *rn = bigint_mpn_norm(r, n);
        }
    }
    if (ws != NULL) {
        bigint_scratch_free(c, ws, wn);
    }
    bigint_scratch_free(c, hi, hcap + lcap);
    return st;
}

/* Power-of-two bases: pack bits from the last char up. */
static size_t parse_binary(const char *s, size_t len, int base, uint32_t *r)
{
    unsigned k = (unsigned)__builtin_ctz((unsigned)base);
    uint64_t acc = 0;
    unsigned accbits = 0;
    size_t rn = 0;
    for (size_t i = len; i-- > 0;) {
        acc |= (uint64_t)digit_value((unsigned char)s[i]) << accbits;
        accbits += k;
        if (accbits >= 32) {
            r[rn++] = (uint32_t)acc;
            acc >>= 32;
            accbits -= 32;
        }
    }
    if (accbits > 0) {
        r[rn++] = (uint32_t)acc;
    }
    return bigint_mpn_norm(r, rn);
}

CoilBigStatus bigint_from_str(CoilBigCtx *c, const char *s, size_t n, int base, CoilBigInt **out)
{
    if ((base != 0 && base < 2) || base > 36) {
        return bigint_fail(c, COIL_BIG_VALUE, "int() base must be >= 2 and <= 36, or 0");
    }
    const int orig_base = base;
    const char *p = s, *end = s + n;
    while (p < end && is_space(*p)) {
        p++;
    }
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    char c0 = p < end ? p[0] : '\0', c1 = end - p > 1 ? (char)(p[1] | 0x20) : '\0';
    /* Base 0 reads the prefix; "0" followed by more digits is an old-style
     * octal literal, which is refused unless the value is zero ("00", "0_0"). */
    bool error_if_nonzero = false;
    if (base == 0) {
        base = c0 != '0' ? 10 : c1 == 'x' ? 16 : c1 == 'o' ? 8 : c1 == 'b' ? 2 : 0;
        if (base == 0) {
            base = 10;
            error_if_nonzero = true;
        }
    }
    if (c0 == '0' && ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < end && *p == '_') {
            p++;  /* one underscore may follow the prefix */
        }
    }
    if (p < end && *p == '_') {
        goto bad;
    }
    const char *start = p;
    size_t digits = 0;
    char prev = '\0';
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p != '_') {
            digits++;
        } else if (prev == '_') {
            goto bad;
        }
        prev = *p++;
    }
    if (prev == '_') {
        goto bad;
    }
    bool binary = (base & (base - 1)) == 0;
    /* CPython checks the limit before looking at what follows the digits. */
    if (!binary && digits > BIGINT_STR_DIGITS_THRESHOLD && c->max_str_digits > 0 &&
        digits > (size_t)c->max_str_digits) {
        return bigint_fail(c, COIL_BIG_VALUE,
                           "Exceeds the limit (%d digits) for integer string conversion: "
                           "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                           c->max_str_digits, digits);
    }
    const char *stop = p;
    while (p < end && is_space(*p)) {
        p++;
    }
    if (start == stop || p != end) {
        goto bad;
    }

    /* Digits without underscores, contiguous for the converters. */
    char *clean = NULL;
    const char *ds = start;
    if ((size_t)(stop - start) != digits) {
        if ((clean = coil_alloc(&c->alloc, digits)) == NULL) {
            return bigint_nomem(c);
        }
        size_t k = 0;
        for (const char *q = start; q < stop; q++) {
            if (*q != '_') {
                clean[k++] = *q;
            }
        }
        ds = clean;
    }
    StrPowers P;
    powers_init(&P, base);
    size_t rcap = binary ? (size_t)(((uint64_t)digits * (unsigned)__builtin_ctz((unsigned)base) + 31) / 32)
                         : parse_cap(&P, digits);
    CoilBigStatus st = COIL_BIG_OK;
    CoilBigInt *r = bigint_alloc(c, rcap);
    if (r == NULL) {
        st = bigint_nomem(c);
    } else if (binary) {
        r->len = (uint32_t)parse_binary(ds, digits, base, r->d);
    } else {
        size_t rn = 0;
        if (digits > PARSE_BASECASE_CHARS &&
            !powers_build(c, &P, (size_t)((double)digits / 2 * log2_up(base) / 32.0) + 2)) {
            st = bigint_nomem(c);
        } else {
            st = parse_rec(c, &P, ds, digits, r->d, &rn);
        }
        r->len = (uint32_t)rn;
    }
    powers_free(c, &P);
    if (clean != NULL) {
        coil_free(&c->alloc, clean, digits);
    }
    if (st != COIL_BIG_OK) {
        bigint_free(c, r);
        return st;
    }
    if (error_if_nonzero && r->len != 0) {
        bigint_free(c, r);
        goto bad;
    }
    return bigint_done(c, r, r->len, neg, out);

bad:
    return bigint_fail(c, COIL_BIG_BAD_LITERAL, "invalid literal for int() with base %d: ", orig_base);
}
