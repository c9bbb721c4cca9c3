/* numfmt_spec.c — the format-spec mini-language (format(), f-string specs,
 * str.format): parsing with CPython 3.11's validation and messages, and the
 * padding/sign/prefix/grouping layout for int, float and str (after
 * Python/formatter_unicode.c, whose behaviour is the reference). */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm/numfmt_internal.h"
#include "unicode/unicode.h"

/* ------------------------------------------------------------------------
 * Errors.
 */

CoilFmtStatus numfmt_error(CoilFmtError *err, CoilFmtStatus status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->arg = NULL;
    err->arg_len = 0;
    err->arg_at = 0;
    return status;
}

bool numfmt_error_render(const CoilFmtError *err, CoilBuf *out)
{
    size_t n = strlen(err->msg);
    if (!err->arg) return buf_append(out, err->msg, n);
    return buf_append(out, err->msg, err->arg_at) && buf_append(out, err->arg, err->arg_len) &&
           buf_append(out, err->msg + err->arg_at, n - err->arg_at);
}

void numfmt_type_name200(char *dst, size_t cap, const char *name)
{
    /* PyUnicode_FromFormat's "%.200s" in 3.11 cuts at 200 bytes and decodes
     * with errors="replace", so a character cut in two becomes U+FFFD */
    size_t n = strlen(name);
    bool cut_char = false;
    if (n > 200) {
        n = 200;
        if (((unsigned char)name[n] & 0xC0) == 0x80) {
            while (n > 0 && ((unsigned char)name[n] & 0xC0) == 0x80) n--;
            cut_char = true;
        }
    }
    if (n + 4 > cap) n = cap - 4;
    memcpy(dst, name, n);
    if (cut_char) {
        memcpy(dst + n, "\xEF\xBF\xBD", 3);
        n += 3;
    }
    dst[n] = 0;
}

/* "'%c'" for printable ASCII, else "'\x%x'", as CPython quotes a type code. */
static void nf_code_text(char *dst, size_t cap, uint32_t code)
{
    if (code > 32 && code < 128) snprintf(dst, cap, "'%c'", (char)code);
    else snprintf(dst, cap, "'\\x%x'", (unsigned)code);
}

static CoilFmtStatus nf_unknown_code(CoilFmtError *err, uint32_t code, const char *type_name)
{
    char c[16], t[208];
    nf_code_text(c, sizeof c, code);
    numfmt_type_name200(t, sizeof t, type_name);
    return numfmt_error(err, NUMFMT_VALUE_ERROR, "Unknown format code %s for object of type '%s'", c, t);
}

/* ------------------------------------------------------------------------
 * Parsing.
 */

static bool nf_is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Code point at byte i (or UINT32_MAX at the end); *next gets the byte after. */
static uint32_t nf_peek(const char *s, size_t n, size_t i, size_t *next)
{
    if (i >= n) {
        *next = i;
        return UINT32_MAX;
    }
    size_t j = i;
    uint32_t c = numfmt_utf8_next(s, n, &j);
    *next = j;
    return c;
}

/* get_integer(): decimal digits (any Unicode decimal digit counts).  Returns
 * the number of digits, or -1 on overflow of a Py_ssize_t. */
static int64_t nf_get_integer(const char *s, size_t n, size_t *pos, int64_t *result)
{
    int64_t acc = 0, count = 0;
    size_t i = *pos;
    for (;;) {
        size_t next;
        uint32_t c = nf_peek(s, n, i, &next);
        int d = c == UINT32_MAX ? -1 : uni_decimal(c);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) return -1;
        acc = acc * 10 + d;
        count++;
        i = next;
    }
    *pos = i;
    *result = acc;
    return count;
}

CoilFmtStatus numfmt_spec_parse(const char *s, size_t n, uint32_t default_type, char default_align,
                                const char *type_name, CoilFormatSpec *f, CoilFmtError *err)
{
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = false;
    f->alternate = false;
    f->grouping = 0;
    f->width = -1;
    f->precision = -1;
    f->type = default_type;
    f->empty = n == 0;
    if (n == 0) return NUMFMT_OK;

    size_t pos = 0, p1, p2;
    bool fill_given = false, align_given = false;
    uint32_t c0 = nf_peek(s, n, 0, &p1);
    uint32_t c1 = nf_peek(s, n, p1, &p2);
    if (c1 != UINT32_MAX && nf_is_align(c1)) {
        f->fill = c0;
        f->align = (char)c1;
        fill_given = align_given = true;
        pos = p2;
    } else if (nf_is_align(c0)) {
        f->align = (char)c0;
        align_given = true;
        pos = p1;
    }
    if (pos < n && (s[pos] == ' ' || s[pos] == '+' || s[pos] == '-')) f->sign = s[pos++];
    if (pos < n && s[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && s[pos] == '0') {
        /* "0" before the width: zero padding, sign-aware for numbers */
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t got = nf_get_integer(s, n, &pos, &f->width);
    if (got < 0) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Too many decimal digits in format string");
    if (got == 0) f->width = -1;
    if (pos < n && s[pos] == ',') {
        f->grouping = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (f->grouping) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        f->grouping = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && f->grouping == '_') {
        return numfmt_error(err, NUMFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        got = nf_get_integer(s, n, &pos, &f->precision);
        if (got < 0) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Too many decimal digits in format string");
        if (got == 0) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Format specifier missing precision");
    }
    if (pos < n) {
        size_t next;
        uint32_t t = nf_peek(s, n, pos, &next);
        if (next < n) {
            /* more than one character left; the message quotes the whole
             * spec, which may be long, so it is spliced in at render time */
            char name[208];
            numfmt_type_name200(name, sizeof name, type_name);
            numfmt_error(err, NUMFMT_VALUE_ERROR, "Invalid format specifier '' for object of type '%s'", name);
            err->arg = s;
            err->arg_len = n;
            err->arg_at = strlen("Invalid format specifier '");
            return NUMFMT_VALUE_ERROR;
        }
        f->type = t;
    }
    if (f->grouping) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break; /* PEP 378 */
        case 'b': case 'o': case 'x': case 'X':
            if (f->grouping == '_') break; /* PEP 515: every four digits */
            /* fall through */
        default: {
            char c[16];
            nf_code_text(c, sizeof c, f->type);
            return numfmt_error(err, NUMFMT_VALUE_ERROR, "Cannot specify '%c' with %s.", f->grouping, c);
        }
        }
    }
    return NUMFMT_OK;
}

/* ------------------------------------------------------------------------
 * Numeric layout:
 *   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
 * Only one of the three paddings is nonzero.  With '0' fill and '='
 * alignment the zeros go into the digits, so they are grouped too.
 */

typedef struct NfLayout {
    char sign;                 /* 0, '-', '+' or ' ' */
    const char *prefix;        /* "0x"... */
    size_t n_prefix;
    const char *digits;        /* integer-part digits (ASCII) */
    int64_t n_digits;
    bool has_decimal;          /* a '.' follows the digits */
    const char *remainder;     /* after the point: fraction, exponent, '%'... (UTF-8) */
    size_t remainder_bytes;
    int64_t remainder_cps;
    bool upper;                /* 'X': uppercase prefix and digits */
} NfLayout;

/* CPython's _PyUnicode_InsertThousandsGrouping: lays out n_digits digits,
 * left-padded with zeros to min_width, with a separator every `group`
 * digits (group 0: none).  Writes right to left ending at dst_end when dst_end
 * is not NULL; returns the width. */
static int64_t nf_group(char *dst_end, const char *digits, int64_t n_digits, int64_t min_width, int group,
                        char sep, bool upper)
{
    int64_t remaining = n_digits, count = 0;
    bool use_sep = false, broken = false;
    const char *src = digits + n_digits;
    if (min_width < 0) min_width = 0;
    char *p = dst_end;
#define NF_EMIT(n_chars, n_zeros)                                                      \
    do {                                                                               \
        count += (use_sep ? 1 : 0) + (n_zeros) + (n_chars);                            \
        if (p) {                                                                       \
            if (use_sep) *--p = sep;                                                   \
            for (int64_t k_ = 0; k_ < (n_chars); k_++) {                               \
                char ch_ = *--src;                                                     \
                *--p = (upper && ch_ >= 'a' && ch_ <= 'z') ? (char)(ch_ - 32) : ch_;   \
            }                                                                          \
            for (int64_t k_ = 0; k_ < (n_zeros); k_++) *--p = '0';                     \
        } else {                                                                       \
            src -= (n_chars);                                                          \
        }                                                                              \
    } while (0)
    if (group > 0) {
        for (;;) {
            int64_t l = remaining > min_width ? remaining : min_width;
            if (l < 1) l = 1;
            if (l > group) l = group;
            int64_t n_zeros = l - remaining > 0 ? l - remaining : 0;
            int64_t n_chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
            NF_EMIT(n_chars, n_zeros);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1; /* the separator's width */
        }
    }
    if (!broken) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        int64_t n_zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t n_chars = remaining < l ? (remaining > 0 ? remaining : 0) : l;
        NF_EMIT(n_chars, n_zeros);
    }
#undef NF_EMIT
    return count;
}

/* Appends n code points of fill. */
static bool nf_pad(CoilBuf *out, uint32_t fill, int64_t n)
{
    if (n <= 0) return true;
    if ((uint64_t)n > SIZE_MAX / 8) return false;
    return buf_fill_cp(out, fill, (size_t)n);
}

static CoilFmtStatus nf_emit_number(CoilBuf *out, const CoilFormatSpec *f, const NfLayout *L, int group,
                                    char sep)
{
    int64_t n_sign = L->sign ? 1 : 0;
    int64_t n_nondigit = n_sign + (int64_t)L->n_prefix + (L->has_decimal ? 1 : 0) + L->remainder_cps;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_nondigit : 0;
    int64_t n_grouped = L->n_digits == 0 ? 0 : nf_group(NULL, L->digits, L->n_digits, min_width, group, sep, false);
    int64_t lpad = 0, spad = 0, rpad = 0;
    int64_t padding = f->width - (n_nondigit + n_grouped);
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    size_t start = out->len;
    if (!nf_pad(out, f->fill, lpad)) goto nomem;
    if (L->sign && !buf_putc(out, L->sign)) goto nomem;
    if (L->n_prefix) {
        char pre[2] = {L->prefix[0], L->prefix[1]};
        if (L->upper && pre[1] >= 'a' && pre[1] <= 'z') pre[1] = (char)(pre[1] - 32);
        if (!buf_append(out, pre, L->n_prefix)) goto nomem;
    }
    if (!nf_pad(out, f->fill, spad)) goto nomem;
    if (n_grouped) {
        if ((uint64_t)n_grouped > SIZE_MAX / 2 || !buf_reserve(out, (size_t)n_grouped)) goto nomem;
        char *end = out->data + out->len + n_grouped;
        nf_group(end, L->digits, L->n_digits, min_width, group, sep, L->upper);
        out->len += (size_t)n_grouped;
        out->data[out->len] = 0;
    }
    if (L->has_decimal && !buf_putc(out, '.')) goto nomem;
    if (!buf_append(out, L->remainder, L->remainder_bytes)) goto nomem;
    if (!nf_pad(out, f->fill, rpad)) goto nomem;
    return NUMFMT_OK;
nomem:
    buf_truncate(out, start);
    return NUMFMT_NOMEM;
}

static char nf_sign_for(const CoilFormatSpec *f, bool neg)
{
    if (neg) return '-';
    if (f->sign == '+') return '+';
    if (f->sign == ' ') return ' ';
    return 0;
}

/* ------------------------------------------------------------------------
 * float.__format__ (and int with e f g %).
 */

static CoilFmtStatus nf_format_float(CoilBuf *out, const CoilFormatSpec *f, double x, CoilFmtError *err)
{
    if (f->precision > INT_MAX) return numfmt_error(err, NUMFMT_VALUE_ERROR, "precision too big");
    int precision = (int)f->precision;
    unsigned flags = 0;
    if (f->alternate) flags |= NUMFMT_DTSF_ALT;
    if (f->no_neg_0) flags |= NUMFMT_DTSF_NO_NEG_0;
    char type = (char)f->type;
    int default_precision = 6;
    bool pct = false;
    if (type == 0) {
        /* no type: repr-like, or 'g' keeping a digit after the point */
        flags |= NUMFMT_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g'; /* the C locale: no grouping, '.' */
    if (type == '%') {
        type = 'f';
        x *= 100;
        pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';

    CoilBuf tmp;
    buf_init(&tmp, out->alloc);
    char small[64];
    const char *text;
    size_t len;
    if (type == 'r' && !f->alternate && !f->no_neg_0) {
        /* plain repr: straight to a stack buffer */
        len = numfmt_float_repr(x, small);
        text = small;
    } else {
        if (!numfmt_double_to_string(&tmp, x, type, precision, flags)) {
            buf_free(&tmp);
            return NUMFMT_NOMEM;
        }
        text = tmp.data;
        len = tmp.len;
    }
    if (pct && !buf_putc(&tmp, '%')) {
        buf_free(&tmp);
        return NUMFMT_NOMEM;
    }
    if (pct) {
        text = tmp.data;
        len = tmp.len;
    }
    NfLayout L = {0};
    size_t i = 0;
    if (len && text[0] == '-') i = 1;
    L.sign = nf_sign_for(f, i == 1);
    L.digits = text + i;
    while (i < len && text[i] >= '0' && text[i] <= '9') i++;
    L.n_digits = (int64_t)(text + i - L.digits);
    if (i < len && text[i] == '.') {
        L.has_decimal = true;
        i++;
    }
    L.remainder = text + i;
    L.remainder_bytes = len - i;
    L.remainder_cps = (int64_t)(len - i);
    int group = f->grouping && f->type != 'n' ? 3 : 0;
    CoilFmtStatus st = nf_emit_number(out, f, &L, group, f->grouping);
    buf_free(&tmp);
    return st;
}

CoilFmtStatus numfmt_format_float(CoilBuf *out, const CoilFormatSpec *f, double x, const char *type_name,
                                  CoilFmtError *err)
{
    if (f->empty) return numfmt_float_repr_buf(out, x) ? NUMFMT_OK : NUMFMT_NOMEM;
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return nf_format_float(out, f, x, err);
    default:
        return nf_unknown_code(err, f->type, type_name);
    }
}

/* ------------------------------------------------------------------------
 * int.__format__.
 */

int numfmt_int_base(const CoilFormatSpec *f)
{
    switch (f->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
    }
}

static CoilFmtStatus nf_format_char(CoilBuf *out, const CoilFormatSpec *f, bool neg, const char *digits,
                                    size_t ndigits, CoilFmtError *err)
{
    if (f->sign) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate) {
        return numfmt_error(err, NUMFMT_VALUE_ERROR,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    /* PyLong_AsLong first, then the code point range */
    while (ndigits > 1 && digits[0] == '0') digits++, ndigits--;
    uint64_t v = 0;
    bool fits = ndigits <= 19;
    for (size_t i = 0; fits && i < ndigits; i++) v = v * 10 + (uint64_t)(digits[i] - '0');
    if (fits) fits = neg ? v <= (uint64_t)INT64_MAX + 1 : v <= (uint64_t)INT64_MAX;
    if (!fits) return numfmt_error(err, NUMFMT_OVERFLOW_ERROR, "Python int too large to convert to C long");
    if ((neg && v != 0) || v > 0x10FFFF) {
        return numfmt_error(err, NUMFMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
    }
    /* the character is laid out as "remainder": copied, never grouped */
    char u[4];
    NfLayout L = {0};
    L.remainder = u;
    L.remainder_bytes = buf_utf8_encode((uint32_t)v, u);
    L.remainder_cps = 1;
    return nf_emit_number(out, f, &L, 0, 0);
}

static CoilFmtStatus nf_format_int(CoilBuf *out, const CoilFormatSpec *f, bool neg, const char *digits,
                                   size_t ndigits, const char *type_name, CoilFmtError *err)
{
    switch (f->type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double x;
        if (!numfmt_decimal_to_double(neg, digits, ndigits, &x)) {
            return numfmt_error(err, NUMFMT_OVERFLOW_ERROR, "int too large to convert to float");
        }
        return nf_format_float(out, f, x, err);
    }
    default:
        return nf_unknown_code(err, f->type, type_name);
    }
    if (f->precision != -1) {
        return numfmt_error(err, NUMFMT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    }
    if (f->no_neg_0) {
        return numfmt_error(err, NUMFMT_VALUE_ERROR,
                            "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (f->type == 'c') return nf_format_char(out, f, neg, digits, ndigits, err);

    NfLayout L = {0};
    L.sign = nf_sign_for(f, neg);
    if (f->alternate && f->type != 'd' && f->type != 'n') {
        L.prefix = f->type == 'b' ? "0b" : f->type == 'o' ? "0o" : "0x";
        L.n_prefix = 2;
    }
    L.digits = digits;
    L.n_digits = (int64_t)ndigits;
    L.remainder = "";
    L.upper = f->type == 'X';
    int group = 0;
    if (f->grouping) {
        group = (f->grouping == '_' && numfmt_int_base(f) != 10) ? 4 : 3;
    }
    return nf_emit_number(out, f, &L, group, f->grouping);
}

CoilFmtStatus numfmt_format_int(CoilBuf *out, const CoilFormatSpec *f, bool neg, const char *digits,
                                size_t ndigits, const char *type_name, CoilFmtError *err)
{
    if (f->empty) {
        /* str(int) */
        if (!buf_reserve(out, ndigits + 1)) return NUMFMT_NOMEM;
        if (neg) buf_putc(out, '-');
        buf_append(out, digits, ndigits);
        return NUMFMT_OK;
    }
    return nf_format_int(out, f, neg, digits, ndigits, type_name, err);
}

CoilFmtStatus numfmt_format_i64(CoilBuf *out, const CoilFormatSpec *f, int64_t v, const char *type_name,
                                CoilFmtError *err)
{
    static const char hexdig[] = "0123456789abcdef";
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    unsigned base = f->empty ? 10 : (unsigned)numfmt_int_base(f);
    char tmp[64];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = hexdig[u % base];
        u /= base;
    } while (u);
    return numfmt_format_int(out, f, neg, tmp + i, sizeof tmp - i, type_name, err);
}

/* ------------------------------------------------------------------------
 * str.__format__.
 */

CoilFmtStatus numfmt_format_str(CoilBuf *out, const CoilFormatSpec *f, const char *s, size_t n,
                                const char *type_name, CoilFmtError *err)
{
    if (f->empty) return buf_append(out, s, n) ? NUMFMT_OK : NUMFMT_NOMEM;
    if (f->type != 's') return nf_unknown_code(err, f->type, type_name);
    if (f->sign == ' ') return numfmt_error(err, NUMFMT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (f->sign) return numfmt_error(err, NUMFMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (f->no_neg_0) {
        return numfmt_error(err, NUMFMT_VALUE_ERROR,
                            "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f->alternate) {
        return numfmt_error(err, NUMFMT_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
    }
    if (f->align == '=') {
        return numfmt_error(err, NUMFMT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    }
    int64_t len = -1;
    if (f->precision >= 0 || f->width >= 0) len = (int64_t)numfmt_utf8_len(s, n);
    if (f->precision >= 0 && len > f->precision) {
        n = numfmt_utf8_skip(s, n, (size_t)f->precision);
        len = f->precision;
    }
    int64_t lpad = 0, rpad = 0;
    if (f->width > len) {
        int64_t total = f->width - len;
        if (f->align == '>') lpad = total;
        else if (f->align == '^') lpad = total / 2;
        rpad = total - lpad;
    }
    size_t start = out->len;
    if (!nf_pad(out, f->fill, lpad) || !buf_append(out, s, n) || !nf_pad(out, f->fill, rpad)) {
        buf_truncate(out, start);
        return NUMFMT_NOMEM;
    }
    return NUMFMT_OK;
}
