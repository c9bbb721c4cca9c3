/* numfmt_strtod.c — text to float, correctly rounded (ties to even): the
 * strtod core (Clinger's exact fast path, then Eisel-Lemire, then an exact
 * big-decimal fallback in the style of Go's strconv), float()'s rules on top
 * (whitespace, Unicode digits, PEP 515 underscores, inf/nan), and repr() of
 * a str for float()'s error message. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/numfmt_internal.h"
#include "vm/numfmt_tables.h"
#include "vm/str.h"
#include "unicode/unicode.h"

#if !defined(__SIZEOF_INT128__)
#error "numfmt needs a compiler with unsigned __int128 (gcc, clang)"
#endif
__extension__ typedef unsigned __int128 nf_u128;

/* The fast path multiplies two exact doubles and relies on one rounding. */
#if !defined(FLT_EVAL_METHOD) || FLT_EVAL_METHOD != 0
#define NF_NO_CLINGER 1
#endif

/* A decimal number as scanned: significant digits d (leading zeros
 * dropped; may contain one '.', which is skipped), value = D * 10^exp10. */
typedef struct NfNumber {
    bool neg;
    const char *digits; /* first significant digit (or NULL if value is 0) */
    const char *end;    /* end of the mantissa text */
    uint64_t w;         /* first (up to) 19 significant digits */
    int64_t nsig;       /* significant digits counted */
    bool truncated;     /* a nonzero digit was left out of w */
    int64_t exp10;      /* value ~= w * 10^exp10 */
} NfNumber;

static const double nf_exact_pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* exponents beyond this are 0 or inf anyway; saturating keeps the sums in range */
#define NF_EXP_LIMIT INT64_C(1000000000000000)

static int64_t nf_sat(int64_t v)
{
    return v > NF_EXP_LIMIT ? NF_EXP_LIMIT : v < -NF_EXP_LIMIT ? -NF_EXP_LIMIT : v;
}

/* ------------------------------------------------------------------------
 * Eisel-Lemire (Daniel Lemire, "Number Parsing at a Gigabyte per Second",
 * 2021; this follows the shape of Go's eiselLemire64).  Returns false when
 * it cannot decide, never a wrong answer.
 */
static bool nf_eisel_lemire(uint64_t man, int64_t exp10, bool neg, double *out)
{
    if (man == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    if (exp10 < NUMFMT_POW10_MIN || exp10 > NUMFMT_POW10_MAX) return false;
    const uint64_t *pow = numfmt_pow10_128[exp10 - NUMFMT_POW10_MIN];
    int clz = __builtin_clzll(man);
    man <<= clz;
    /* floor(log2(10^exp10)) + 64 + bias, minus the normalisation shift */
    int64_t l2 = exp10 >= 0 ? (217706 * exp10) >> 16 : -((217706 * -exp10 + 65535) >> 16);
    uint64_t ret_exp2 = (uint64_t)(l2 + 64 + 1023) - (uint64_t)clz;

    nf_u128 x = (nf_u128)man * pow[1];
    uint64_t x_hi = (uint64_t)(x >> 64), x_lo = (uint64_t)x;
    if ((x_hi & 0x1FF) == 0x1FF && x_lo + man < man) {
        /* the truncated power may matter: widen with its low half */
        nf_u128 y = (nf_u128)man * pow[0];
        uint64_t y_hi = (uint64_t)(y >> 64), y_lo = (uint64_t)y;
        uint64_t merged_hi = x_hi, merged_lo = x_lo + y_hi;
        if (merged_lo < x_lo) merged_hi++;
        if ((merged_hi & 0x1FF) == 0x1FF && merged_lo + 1 == 0 && y_lo + man < man) return false;
        x_hi = merged_hi;
        x_lo = merged_lo;
    }
    uint64_t msb = x_hi >> 63;
    uint64_t mant = x_hi >> (msb + 9);
    ret_exp2 -= 1 ^ msb;
    /* exactly halfway between two doubles: cannot tell which way to go */
    if (x_lo == 0 && (x_hi & 0x1FF) == 0 && (mant & 3) == 1) return false;
    mant += mant & 1;
    mant >>= 1;
    if (mant >> 53 > 0) {
        mant >>= 1;
        ret_exp2 += 1;
    }
    /* subnormal, infinite or out of range: leave to the exact path */
    if (ret_exp2 - 1 >= 0x7FF - 1) return false;
    uint64_t bits = ret_exp2 << 52 | (mant & ((UINT64_C(1) << 52) - 1));
    if (neg) bits |= UINT64_C(1) << 63;
    memcpy(out, &bits, 8);
    return true;
}

/* ------------------------------------------------------------------------
 * Exact fallback: a decimal digit buffer shifted by powers of two until the
 * binary exponent and 53 bits of significand fall out (the "simple decimal
 * conversion" of Go's strconv, after Nigel Tao).  Digits past the buffer only
 * matter as "something nonzero was dropped", which trunc records.
 */
#define NF_DEC_MAX 800
#define NF_DEC_MAXSHIFT 60 /* 9 << 60 + carry fits in 64 bits */

typedef struct NfDec {
    uint8_t d[NF_DEC_MAX]; /* digit values 0..9 */
    int nd;                /* digits used */
    int64_t dp;            /* value = 0.d * 10^dp */
    bool trunc;
} NfDec;

static void nf_dec_trim(NfDec *a)
{
    while (a->nd > 0 && a->d[a->nd - 1] == 0) a->nd--;
    if (a->nd == 0) a->dp = 0;
}

static void nf_dec_rshift(NfDec *a, unsigned k)
{
    int r = 0, w = 0;
    uint64_t n = 0;
    /* pick up enough leading digits to cover the first shift */
    for (; (n >> k) == 0; r++) {
        if (r >= a->nd) {
            if (n == 0) {
                a->nd = 0;
                return;
            }
            while ((n >> k) == 0) {
                n *= 10;
                r++;
            }
            break;
        }
        n = n * 10 + a->d[r];
    }
    a->dp -= r - 1;
    uint64_t mask = (UINT64_C(1) << k) - 1;
    for (; r < a->nd; r++) {
        uint64_t c = a->d[r];
        a->d[w++] = (uint8_t)(n >> k);
        n = (n & mask) * 10 + c;
    }
    while (n > 0) {
        uint64_t dig = n >> k;
        n &= mask;
        if (w < NF_DEC_MAX) a->d[w++] = (uint8_t)dig;
        else if (dig > 0) a->trunc = true;
        n *= 10;
    }
    a->nd = w;
    nf_dec_trim(a);
}

static void nf_dec_lshift(NfDec *a, unsigned k)
{
    /* Multiplying by 2^k adds at most 19 digits; build the product right to
     * left in a scratch buffer, then keep its first NF_DEC_MAX digits. */
    uint8_t tmp[NF_DEC_MAX + 20];
    int pos = a->nd + 20;
    uint64_t n = 0;
    for (int r = a->nd - 1; r >= 0; r--) {
        n += (uint64_t)a->d[r] << k;
        uint64_t q = n / 10;
        tmp[--pos] = (uint8_t)(n - 10 * q);
        n = q;
    }
    while (n > 0) {
        uint64_t q = n / 10;
        tmp[--pos] = (uint8_t)(n - 10 * q);
        n = q;
    }
    int nd = a->nd + 20 - pos;
    a->dp += nd - a->nd;
    int keep = nd > NF_DEC_MAX ? NF_DEC_MAX : nd;
    for (int i = keep; i < nd; i++) {
        if (tmp[pos + i]) a->trunc = true;
    }
    memcpy(a->d, tmp + pos, (size_t)keep);
    a->nd = keep;
    nf_dec_trim(a);
}

static void nf_dec_shift(NfDec *a, int k)
{
    if (a->nd == 0) return;
    for (; k > NF_DEC_MAXSHIFT; k -= NF_DEC_MAXSHIFT) nf_dec_lshift(a, NF_DEC_MAXSHIFT);
    for (; k < -NF_DEC_MAXSHIFT; k += NF_DEC_MAXSHIFT) nf_dec_rshift(a, NF_DEC_MAXSHIFT);
    if (k > 0) nf_dec_lshift(a, (unsigned)k);
    else if (k < 0) nf_dec_rshift(a, (unsigned)-k);
}

static bool nf_dec_round_up(const NfDec *a, int nd)
{
    if (nd < 0 || nd >= a->nd) return false;
    if (a->d[nd] == 5 && nd + 1 == a->nd) {
        /* exactly half, unless something was dropped: then above half */
        if (a->trunc) return true;
        return nd > 0 && (a->d[nd - 1] & 1);
    }
    return a->d[nd] >= 5;
}

static uint64_t nf_dec_rounded_integer(const NfDec *a)
{
    uint64_t n = 0;
    int64_t i = 0;
    for (; i < a->dp && i < a->nd; i++) n = n * 10 + a->d[i];
    for (; i < a->dp; i++) n *= 10;
    if (nf_dec_round_up(a, (int)a->dp)) n++;
    return n;
}

static double nf_dec_to_double(NfDec *d, bool neg)
{
    static const int powtab[9] = {1, 3, 6, 9, 13, 16, 19, 23, 26};
    uint64_t mant = 0;
    int exp = 0;
    int biased;
    if (d->nd == 0) goto zero;
    if (d->dp > 310) goto inf;
    if (d->dp < -330) goto zero;
    /* scale by powers of two until the value is in [0.5, 1) */
    while (d->dp > 0) {
        int n = d->dp >= 9 ? 27 : powtab[d->dp];
        nf_dec_shift(d, -n);
        exp += n;
    }
    while (d->dp < 0 || (d->dp == 0 && d->d[0] < 5)) {
        int n = -d->dp >= 9 ? 27 : powtab[-d->dp];
        nf_dec_shift(d, n);
        exp -= n;
    }
    exp--; /* [0.5, 1) -> [1, 2) */
    if (exp < -1022) {
        /* subnormal: fewer significand bits */
        int n = -1022 - exp;
        nf_dec_shift(d, -n);
        exp += n;
    }
    if (exp > 1023) goto inf;
    nf_dec_shift(d, 53);
    mant = nf_dec_rounded_integer(d);
    if (mant == UINT64_C(2) << 52) { /* rounding carried into a new bit */
        mant >>= 1;
        exp++;
        if (exp > 1023) goto inf;
    }
    biased = (mant & (UINT64_C(1) << 52)) ? exp + 1023 : 0;
    {
        uint64_t bits = (mant & ((UINT64_C(1) << 52) - 1)) | ((uint64_t)biased << 52);
        if (neg) bits |= UINT64_C(1) << 63;
        double r;
        memcpy(&r, &bits, 8);
        return r;
    }
zero:
    return neg ? -0.0 : 0.0;
inf:
    return neg ? -HUGE_VAL : HUGE_VAL;
}

/* ------------------------------------------------------------------------
 * Scanning and dispatch.
 */

static inline bool nf_isdigit(char c)
{
    return c >= '0' && c <= '9';
}

/* Collects w, nsig and truncated from the significant digits in p..end,
 * skipping the point and (already validated) underscores. */
static void nf_collect(NfNumber *num, const char *p, const char *end)
{
    num->digits = NULL;
    num->w = 0;
    num->nsig = 0;
    num->truncated = false;
    for (; p < end; p++) {
        if (!nf_isdigit(*p)) continue; /* the point, or a PEP 515 underscore */
        if (num->nsig == 0) {
            if (*p == '0') continue;
            num->digits = p;
        }
        if (num->nsig < 19) num->w = num->w * 10 + (uint64_t)(*p - '0');
        else if (*p != '0') num->truncated = true;
        num->nsig++;
    }
}

static double nf_slow(const NfNumber *num)
{
    NfDec d;
    d.nd = 0;
    d.trunc = false;
    /* value = D * 10^(exp10 - (nsig - min(nsig, 19))) and D has nsig digits */
    int64_t kept = num->nsig < 19 ? num->nsig : 19;
    d.dp = nf_sat(num->exp10 + kept);
    for (const char *p = num->digits; p && p < num->end; p++) {
        if (!nf_isdigit(*p)) continue;
        if (d.nd < NF_DEC_MAX) d.d[d.nd++] = (uint8_t)(*p - '0');
        else if (*p != '0') d.trunc = true;
    }
    nf_dec_trim(&d);
    return nf_dec_to_double(&d, num->neg);
}

static double nf_convert(const NfNumber *num)
{
    if (num->w == 0) return num->neg ? -0.0 : 0.0;
#if !defined(NF_NO_CLINGER)
    if (!num->truncated && num->w <= (UINT64_C(1) << 53)) {
        /* both operands exact, one rounding: correctly rounded */
        double v = (double)num->w;
        int64_t e = num->exp10;
        if (e >= 0 && e <= 22) {
            v *= nf_exact_pow10[e];
            return num->neg ? -v : v;
        }
        if (e < 0 && e >= -22) {
            v /= nf_exact_pow10[-e];
            return num->neg ? -v : v;
        }
        if (e > 22 && e <= 22 + 15) {
            /* w * 10^(e-22) may still be an exact integer */
            double s = v * nf_exact_pow10[e - 22];
            if (s <= 9007199254740992.0) {
                s *= 1e22;
                return num->neg ? -s : s;
            }
        }
    }
#endif
    double r;
    if (nf_eisel_lemire(num->w, num->exp10, num->neg, &r)) {
        if (!num->truncated) return r;
        /* the true value lies between w and w+1 (times 10^exp10) */
        double r1;
        if (num->w + 1 != 0 && nf_eisel_lemire(num->w + 1, num->exp10, num->neg, &r1) && r1 == r) return r;
    }
    return nf_slow(num);
}

/* The scanner behind numfmt_strtod; with underscores, '_' may appear inside
 * digit runs (float() has checked that each sits between two digits). */
static size_t nf_strtod(const char *s, size_t n, bool underscores, double *out)
{
    const char *p = s, *end = s + n;
    NfNumber num;
    num.neg = false;
    if (p < end && (*p == '+' || *p == '-')) num.neg = *p++ == '-';
    const char *mstart = p;
    int64_t int_digits = 0, frac_digits = 0;
    for (; p < end && (nf_isdigit(*p) || (underscores && *p == '_')); p++) int_digits += *p != '_';
    if (p < end && *p == '.') {
        p++;
        for (; p < end && (nf_isdigit(*p) || (underscores && *p == '_')); p++) frac_digits += *p != '_';
    }
    if (int_digits + frac_digits == 0) return 0;
    num.end = p;
    int64_t e = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        bool eneg = false;
        if (q < end && (*q == '+' || *q == '-')) eneg = *q++ == '-';
        if (q < end && nf_isdigit(*q)) {
            for (; q < end && (nf_isdigit(*q) || (underscores && *q == '_')); q++) {
                if (*q != '_' && e < NF_EXP_LIMIT) e = e * 10 + (*q - '0');
            }
            if (eneg) e = -e;
            p = q;
        }
    }
    nf_collect(&num, mstart, num.end);
    int64_t dropped = num.nsig > 19 ? num.nsig - 19 : 0;
    num.exp10 = nf_sat(e - frac_digits + dropped);
    *out = nf_convert(&num);
    return (size_t)(p - s);
}

size_t numfmt_strtod(const char *s, size_t n, double *out)
{
    return nf_strtod(s, n, false, out);
}

double numfmt_digits_to_double(bool neg, const char *digits, size_t n, int64_t exp10)
{
    NfNumber num;
    num.neg = neg;
    num.end = digits + n;
    nf_collect(&num, digits, num.end);
    int64_t dropped = num.nsig > 19 ? num.nsig - 19 : 0;
    num.exp10 = nf_sat(nf_sat(exp10) + dropped);
    return nf_convert(&num);
}

bool numfmt_decimal_to_double(bool neg, const char *digits, size_t n, double *out)
{
    *out = numfmt_digits_to_double(neg, digits, n, 0);
    return !isinf(*out);
}

/* ------------------------------------------------------------------------
 * float(str).
 */

size_t numfmt_utf8_len(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) count += ((unsigned char)s[i] & 0xC0) != 0x80;
    return count;
}

size_t numfmt_utf8_skip(const char *s, size_t n, size_t k)
{
    size_t i = 0;
    while (i < n && k > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

uint32_t numfmt_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t j = *i;
    uint32_t c = u[j];
    size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0 || extra >= n - j) { /* ASCII, or a sequence cut short */
        *i = j + 1;
        return c;
    }
    c &= 0x3Fu >> extra;
    for (size_t k = 1; k <= extra; k++) c = (c << 6) | (u[j + k] & 0x3F);
    *i = j + 1 + extra;
    return c;
}

static bool nf_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool nf_match_ci(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != word[i]) return false;
    }
    return true;
}

/* float() on ASCII text, whitespace already stripped. */
static bool nf_parse_ascii(const char *s, size_t n, double *out)
{
    if (n == 0) return false;
    bool underscores = memchr(s, '_', n) != NULL;
    if (underscores) {
        /* PEP 515: an underscore only between two digits */
        char prev = 0;
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            if (c == '_' ? !nf_isdigit(prev) : (prev == '_' && !nf_isdigit(c))) return false;
            prev = c;
        }
        if (prev == '_') return false;
    }
    size_t used = nf_strtod(s, n, underscores, out);
    if (used) return used == n;
    if (underscores) return false; /* no underscores in inf or nan */
    /* _Py_parse_inf_or_nan: sign, then inf, infinity or nan in any case */
    const char *p = s, *end = s + n;
    bool neg = false;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 8 && nf_match_ci(p, end, "infinity")) || (rest == 3 && nf_match_ci(p, end, "inf"))) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return true;
    }
    if (rest == 3 && nf_match_ci(p, end, "nan")) {
        *out = neg ? -NAN : NAN; /* CPython keeps the sign of a nan */
        return true;
    }
    return false;
}

/* Strips ASCII whitespace (Py_ISSPACE) and parses. */
static bool nf_parse_stripped(const char *p, const char *end, double *out)
{
    while (p < end && nf_ascii_space(*p)) p++;
    while (end > p && nf_ascii_space(end[-1])) end--;
    return nf_parse_ascii(p, (size_t)(end - p), out);
}

CoilFmtStatus numfmt_parse_float(const CoilAllocator *alloc, const char *s, size_t n, double *out)
{
    size_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80) i++;
    if (i == n) return nf_parse_stripped(s, s + n, out) ? NUMFMT_OK : NUMFMT_VALUE_ERROR;

    /* Non-ASCII text is first mapped as CPython's
     * _PyUnicode_TransformDecimalAndSpaceToASCII does: Unicode spaces to ' ',
     * Unicode decimal digits to ASCII; anything else non-ASCII cannot be part
     * of a float.  The result is never longer than the input. */
    char stack[256];
    char *t = n <= sizeof stack ? stack : coil_alloc(alloc, n);
    if (!t) return NUMFMT_NOMEM;
    size_t tn = i;
    memcpy(t, s, i);
    bool ok = true;
    while (i < n) {
        uint32_t cp = numfmt_utf8_next(s, n, &i);
        if (cp < 0x7F) {
            t[tn++] = (char)cp;
        } else if (uni_isspace(cp)) {
            t[tn++] = ' ';
        } else {
            int d = uni_decimal(cp);
            if (d < 0) {
                ok = false;
                break;
            }
            t[tn++] = (char)('0' + d);
        }
    }
    ok = ok && nf_parse_stripped(t, t + tn, out);
    if (t != stack) coil_free(alloc, t, n);
    return ok ? NUMFMT_OK : NUMFMT_VALUE_ERROR;
}

bool numfmt_float_parse_error(CoilBuf *out, const char *s, size_t n)
{
    size_t start = out->len;
    if (buf_append_str(out, "could not convert string to float: ") && str_repr_utf8(out, s, n, false)) return true;
    buf_truncate(out, start);
    return false;
}
