/* numfmt_float.c — float to text: repr/str, PyOS_double_to_string's layout
 * rules (where the point and exponent go for e/f/g/r), and round().  The
 * digits themselves come from numfmt_dtoa. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "vm/numfmt_internal.h"

/* Writes the exponent the way C's "%+.02d" does: sign, at least two digits. */
static size_t nf_put_exp(char *p, int exp)
{
    size_t n = 0;
    p[n++] = exp < 0 ? '-' : '+';
    unsigned v = (unsigned)(exp < 0 ? -exp : exp);
    if (v >= 100) {
        p[n++] = (char)('0' + v / 100);
        v %= 100;
        p[n++] = (char)('0' + v / 10);
        p[n++] = (char)('0' + v % 10);
    } else {
        p[n++] = (char)('0' + v / 10);
        p[n++] = (char)('0' + v % 10);
    }
    return n;
}

size_t numfmt_float_repr(double x, char out[NUMFMT_REPR_MAX])
{
    char *p = out;
    if (isnan(x)) {
        memcpy(out, "nan", 4);
        return 3;
    }
    if (signbit(x)) *p++ = '-';
    if (isinf(x)) {
        memcpy(p, "inf", 4);
        return (size_t)(p - out) + 3;
    }
    if (x == 0) {
        memcpy(p, "0.0", 4);
        return (size_t)(p - out) + 3;
    }
    char d[17];
    int decpt;
    int nd = numfmt_shortest_digits(x, d, &decpt);
    if (decpt <= -4 || decpt > 16) {
        /* CPython switches to exponent form at 1e16 (and below 1e-4) */
        *p++ = d[0];
        if (nd > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)nd - 1);
            p += nd - 1;
        }
        *p++ = 'e';
        p += nf_put_exp(p, decpt - 1);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
        memcpy(p, d, (size_t)nd);
        p += nd;
    } else if (decpt >= nd) {
        memcpy(p, d, (size_t)nd);
        p += nd;
        memset(p, '0', (size_t)(decpt - nd));
        p += decpt - nd;
        *p++ = '.';
        *p++ = '0';
    } else {
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    }
    *p = 0;
    return (size_t)(p - out);
}

bool numfmt_float_repr_buf(CoilBuf *out, double x)
{
    char tmp[NUMFMT_REPR_MAX];
    size_t n = numfmt_float_repr(x, tmp);
    return buf_append(out, tmp, n);
}

/* PyOS_double_to_string and its format_float_short.  Think of the digits as
 * an infinite string of zeros, digits, zeros; the output is the slice
 * [vstart, vend) of it with a point at decpt (and maybe an exponent). */
bool numfmt_double_to_string(CoilBuf *out, double x, char format_code, int precision, unsigned flags)
{
    bool upper = false;
    int mode;
    switch (format_code) {
    case 'E':
        upper = true;
        format_code = 'e';
        /* fall through */
    case 'e':
        mode = 2;
        if (precision < INT_MAX) precision++; /* digits after the point, plus the one before */
        break;
    case 'F':
        upper = true;
        format_code = 'f';
        /* fall through */
    case 'f':
        mode = 3;
        break;
    case 'G':
        upper = true;
        format_code = 'g';
        /* fall through */
    case 'g':
        mode = 2;
        if (precision == 0) precision = 1; /* precision 0 makes no sense for 'g' */
        break;
    default: /* 'r' */
        mode = 0;
        precision = 0;
        break;
    }
    bool add_sign = flags & NUMFMT_DTSF_SIGN;
    bool add_dot_0 = flags & NUMFMT_DTSF_ADD_DOT_0;
    bool alt = flags & NUMFMT_DTSF_ALT;

    if (!isfinite(x)) {
        char tmp[5];
        size_t n = 0;
        if (isnan(x)) {
            if (add_sign) tmp[n++] = '+'; /* the sign of a nan is ignored */
            memcpy(tmp + n, upper ? "NAN" : "nan", 3);
        } else {
            if (signbit(x)) tmp[n++] = '-';
            else if (add_sign) tmp[n++] = '+';
            memcpy(tmp + n, upper ? "INF" : "inf", 3);
        }
        return buf_append(out, tmp, n + 3);
    }

    char digits[NUMFMT_DIGITS_MAX];
    int decpt;
    int nd = numfmt_dtoa(x, mode, precision, digits, &decpt);
    bool neg = signbit(x);
    if ((flags & NUMFMT_DTSF_NO_NEG_0) && neg && (nd == 0 || (nd == 1 && digits[0] == '0'))) neg = false;

    int64_t vend = nd;
    bool use_exp = false;
    switch (format_code) {
    case 'e':
        use_exp = true;
        vend = precision;
        break;
    case 'f':
        vend = (int64_t)decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vend = precision;
        break;
    default: /* 'r': exponent form from 1e16 on */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? (int64_t)decpt - 1 : 0;
    int64_t min_end = (!use_exp && add_dot_0) ? (int64_t)decpt + 1 : decpt;
    if (vend < min_end) vend = min_end;

    /* sign, point, exponent ("e+308") and the slice */
    uint64_t size = 8 + (uint64_t)(vend - vstart);
    if (size > SIZE_MAX / 2 || !buf_reserve(out, (size_t)size)) return false;
    char *start = out->data + out->len;
    char *p = start;
    if (neg) *p++ = '-';
    else if (add_sign) *p++ = '+';

    if (decpt <= 0) {
        /* zeros up to the point, the point, zeros up to the digits */
        *p++ = '0';
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    }
    if (0 < decpt && decpt <= nd) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    } else {
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    if (nd < decpt) {
        memset(p, '0', (size_t)(decpt - nd));
        p += decpt - nd;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - nd));
        p += vend - nd;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        p += nf_put_exp(p, exp);
    }
    out->len += (size_t)(p - start);
    out->data[out->len] = 0;
    return true;
}

CoilFmtStatus numfmt_round(double x, int64_t ndigits, double *out, CoilFmtError *err)
{
    /* beyond these every finite x rounds to itself, or to zero (CPython's
     * NDIGITS_MAX and NDIGITS_MIN) */
    const int64_t ndigits_max = (int64_t)((53 - (-1021)) * 0.30103);
    const int64_t ndigits_min = -(int64_t)((1024 + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) {
        *out = x;
        return NUMFMT_OK;
    }
    if (ndigits < ndigits_min) {
        *out = 0.0 * x;
        return NUMFMT_OK;
    }
    /* round to a decimal string, then read it back: correctly rounded */
    char digits[NUMFMT_DIGITS_MAX];
    int decpt;
    int nd = numfmt_dtoa(x, 3, (int)ndigits, digits, &decpt);
    double r = numfmt_digits_to_double(signbit(x), digits, (size_t)nd, (int64_t)decpt - nd);
    if (isinf(r)) {
        return numfmt_error(err, NUMFMT_OVERFLOW_ERROR, "rounded value too large to represent");
    }
    *out = r;
    return NUMFMT_OK;
}

double numfmt_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return r;
}
