/* numfmt_pct.c — printf-style "fmt % args": the conversion-spec parser
 * (driven through VM hooks so argument fetching and key lookup happen in
 * CPython's order) and the padding rules of PyUnicode_Format for numbers and
 * text. */
#include <limits.h>
#include <string.h>

#include "vm/numfmt_internal.h"

/* ------------------------------------------------------------------------
 * Output: unicode_format_arg_output.  `text` is the converted value; for
 * numbers (is_number) a leading sign in it is separated so '0' padding and
 * '+'/' ' flags can go around it.
 */
static CoilFmtStatus nf_pct_output(CoilBuf *out, const CoilPctSpec *spec, const char *text, size_t bytes,
                                   bool is_number)
{
    uint32_t conv = spec->conv;
    unsigned flags = spec->flags;
    int64_t width = spec->width;
    int64_t len = (int64_t)numfmt_utf8_len(text, bytes);
    if ((width == -1 || width <= len) && (spec->prec == -1 || spec->prec >= len) &&
        !(flags & (NUMFMT_PCT_SIGN | NUMFMT_PCT_BLANK))) {
        return buf_append(out, text, bytes) ? NUMFMT_OK : NUMFMT_NOMEM;
    }
    if ((conv == 's' || conv == 'r' || conv == 'a') && spec->prec >= 0 && len > spec->prec) len = spec->prec;

    char fill = (is_number && (flags & NUMFMT_PCT_ZERO)) ? '0' : ' ';
    bool sign = is_number;
    char signchar = 0;
    size_t pindex = 0;
    if (sign) {
        if (bytes && (text[0] == '-' || text[0] == '+')) {
            signchar = text[0];
            len--;
            pindex++;
        } else if (flags & NUMFMT_PCT_SIGN) {
            signchar = '+';
        } else if (flags & NUMFMT_PCT_BLANK) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    bool prefix = (flags & NUMFMT_PCT_ALT) && (conv == 'x' || conv == 'X' || conv == 'o');
    size_t start = out->len;
    if (sign) {
        if (fill != ' ' && !buf_putc(out, signchar)) goto nomem;
        if (width > len) width--;
    }
    if (prefix) {
        if (fill != ' ') {
            char pre[2] = {'0', (char)conv};
            if (!buf_append(out, pre, 2)) goto nomem;
            pindex += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & NUMFMT_PCT_LJUST)) {
        if (!buf_fill(out, fill, (size_t)(width - len))) goto nomem;
        width = len;
    }
    if (fill == ' ') {
        if (sign && !buf_putc(out, signchar)) goto nomem;
        if (prefix) {
            char pre[2] = {'0', (char)conv};
            if (!buf_append(out, pre, 2)) goto nomem;
            pindex += 2;
        }
    }
    if (len > 0) {
        size_t nbytes = numfmt_utf8_skip(text + pindex, bytes - pindex, (size_t)len);
        if (!buf_append(out, text + pindex, nbytes)) goto nomem;
    }
    if (width > len && !buf_fill(out, ' ', (size_t)(width - len))) goto nomem;
    return NUMFMT_OK;
nomem:
    buf_truncate(out, start);
    return NUMFMT_NOMEM;
}

/* ------------------------------------------------------------------------
 * Conversions.
 */

int numfmt_pct_int_base(uint32_t conv)
{
    return conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
}

CoilFmtStatus numfmt_pct_int(CoilBuf *out, const CoilPctSpec *spec, bool neg, const char *digits,
                             size_t ndigits, CoilFmtError *err)
{
    /* _PyUnicode_FormatLong: [-][0x]digits, zero-extended to the precision */
    int prec = spec->prec;
    if (prec > INT_MAX - 3) return numfmt_error(err, NUMFMT_OVERFLOW_ERROR, "precision too large");
    bool alt = (spec->flags & NUMFMT_PCT_ALT) && (spec->conv == 'o' || spec->conv == 'x' || spec->conv == 'X');
    size_t zeros = prec > 0 && (size_t)prec > ndigits ? (size_t)prec - ndigits : 0;
    CoilBuf tmp;
    buf_init(&tmp, out->alloc);
    if (!buf_reserve(&tmp, 3 + zeros + ndigits)) return NUMFMT_NOMEM;
    if (neg) buf_putc(&tmp, '-');
    if (alt) {
        buf_putc(&tmp, '0');
        buf_putc(&tmp, spec->conv == 'o' ? 'o' : 'x');
    }
    buf_fill(&tmp, '0', zeros);
    buf_append(&tmp, digits, ndigits);
    if (spec->conv == 'X') {
        for (size_t i = 0; i < tmp.len; i++) {
            if (tmp.data[i] >= 'a' && tmp.data[i] <= 'x') tmp.data[i] = (char)(tmp.data[i] - 32);
        }
    }
    CoilFmtStatus st = nf_pct_output(out, spec, tmp.data, tmp.len, true);
    buf_free(&tmp);
    return st;
}

CoilFmtStatus numfmt_pct_i64(CoilBuf *out, const CoilPctSpec *spec, int64_t v, CoilFmtError *err)
{
    static const char hexdig[] = "0123456789abcdef";
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    unsigned base = (unsigned)numfmt_pct_int_base(spec->conv);
    char tmp[64];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = hexdig[u % base];
        u /= base;
    } while (u);
    return numfmt_pct_int(out, spec, neg, tmp + i, sizeof tmp - i, err);
}

CoilFmtStatus numfmt_pct_float(CoilBuf *out, const CoilPctSpec *spec, double x, CoilFmtError *err)
{
    (void)err;
    int prec = spec->prec < 0 ? 6 : spec->prec;
    unsigned flags = (spec->flags & NUMFMT_PCT_ALT) ? NUMFMT_DTSF_ALT : 0;
    CoilBuf tmp;
    buf_init(&tmp, out->alloc);
    if (!numfmt_double_to_string(&tmp, x, (char)spec->conv, prec, flags)) {
        buf_free(&tmp);
        return NUMFMT_NOMEM;
    }
    CoilFmtStatus st = nf_pct_output(out, spec, tmp.data, tmp.len, true);
    buf_free(&tmp);
    return st;
}

CoilFmtStatus numfmt_pct_str(CoilBuf *out, const CoilPctSpec *spec, const char *s, size_t n, CoilFmtError *err)
{
    (void)err;
    return nf_pct_output(out, spec, s, n, false);
}

CoilFmtStatus numfmt_pct_unsupported(const CoilPctSpec *spec, CoilFmtError *err)
{
    uint32_t c = spec->conv;
    return numfmt_error(err, NUMFMT_VALUE_ERROR, "unsupported format character '%c' (0x%x) at index %zu",
                        (c >= 31 && c <= 126) ? (char)c : '?', (unsigned)c, spec->conv_index);
}

/* ------------------------------------------------------------------------
 * The format string: unicode_format_arg_parse, step for step.  Running out
 * of text anywhere in a conversion is "incomplete format", but only after
 * the '*' arguments before that point were fetched, as CPython does.
 */

typedef struct NfPctCursor {
    const char *s;
    size_t n, i;   /* byte position */
    size_t cpi;    /* code point index of position i */
} NfPctCursor;

static bool nf_pct_next(NfPctCursor *c, uint32_t *ch)
{
    if (c->i >= c->n) return false;
    *ch = numfmt_utf8_next(c->s, c->n, &c->i);
    c->cpi++;
    return true;
}

static CoilFmtStatus nf_pct_incomplete(CoilFmtError *err)
{
    return numfmt_error(err, NUMFMT_VALUE_ERROR, "incomplete format");
}

static CoilFmtStatus nf_pct_one(CoilBuf *out, NfPctCursor *c, bool have_mapping, const CoilPctHooks *h,
                                CoilFmtError *err)
{
    CoilPctSpec spec = {0, -1, -1, 0, 0};
    uint32_t ch;
    if (c->i < c->n && c->s[c->i] == '(') {
        if (!have_mapping) return numfmt_error(err, NUMFMT_TYPE_ERROR, "format requires a mapping");
        c->i++;
        c->cpi++;
        size_t key = c->i;
        int depth = 1;
        while (depth > 0 && nf_pct_next(c, &ch)) {
            if (ch == ')') depth--;
            else if (ch == '(') depth++;
        }
        if (depth > 0) return numfmt_error(err, NUMFMT_VALUE_ERROR, "incomplete format key");
        if (!h->select_key(h->ud, c->s + key, c->i - 1 - key)) return NUMFMT_HOOK_ERROR;
    }
    for (;;) {
        if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
        switch (ch) {
        case '-': spec.flags |= NUMFMT_PCT_LJUST; continue;
        case '+': spec.flags |= NUMFMT_PCT_SIGN; continue;
        case ' ': spec.flags |= NUMFMT_PCT_BLANK; continue;
        case '#': spec.flags |= NUMFMT_PCT_ALT; continue;
        case '0': spec.flags |= NUMFMT_PCT_ZERO; continue;
        default: break;
        }
        break;
    }
    if (ch == '*') {
        int64_t v;
        if (!h->star(h->ud, false, &v)) return NUMFMT_HOOK_ERROR;
        if (v < 0) {
            spec.flags |= NUMFMT_PCT_LJUST;
            v = v == INT64_MIN ? INT64_MAX : -v;
        }
        spec.width = v;
        if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
    } else if (ch >= '0' && ch <= '9') {
        spec.width = ch - '0';
        for (;;) {
            if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
            if (ch < '0' || ch > '9') break;
            if (spec.width > (INT64_MAX - (int)(ch - '0')) / 10) {
                return numfmt_error(err, NUMFMT_VALUE_ERROR, "width too big");
            }
            spec.width = spec.width * 10 + (ch - '0');
        }
    }
    if (ch == '.') {
        spec.prec = 0;
        if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
        if (ch == '*') {
            int64_t v;
            if (!h->star(h->ud, true, &v)) return NUMFMT_HOOK_ERROR;
            spec.prec = v < 0 ? 0 : v > INT_MAX ? INT_MAX : (int)v;
            if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
        } else if (ch >= '0' && ch <= '9') {
            spec.prec = (int)(ch - '0');
            for (;;) {
                if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
                if (ch < '0' || ch > '9') break;
                if (spec.prec > (INT_MAX - (int)(ch - '0')) / 10) {
                    return numfmt_error(err, NUMFMT_VALUE_ERROR, "precision too big");
                }
                spec.prec = spec.prec * 10 + (int)(ch - '0');
            }
        }
    }
    if (ch == 'h' || ch == 'l' || ch == 'L') {
        if (!nf_pct_next(c, &ch)) return nf_pct_incomplete(err);
    }
    spec.conv = ch;
    spec.conv_index = c->cpi - 1;
    return h->convert(h->ud, out, &spec, err);
}

CoilFmtStatus numfmt_percent(CoilBuf *out, const char *fmt, size_t n, bool have_mapping, const CoilPctHooks *hooks,
                             CoilFmtError *err)
{
    NfPctCursor c = {fmt, n, 0, 0};
    size_t start = out->len;
    CoilFmtStatus st = NUMFMT_OK;
    while (c.i < n) {
        const char *pct = memchr(fmt + c.i, '%', n - c.i);
        size_t run_end = pct ? (size_t)(pct - fmt) : n;
        if (run_end > c.i) {
            if (!buf_append(out, fmt + c.i, run_end - c.i)) {
                st = NUMFMT_NOMEM;
                break;
            }
            c.cpi += numfmt_utf8_len(fmt + c.i, run_end - c.i);
            c.i = run_end;
        }
        if (c.i == n) break;
        c.i++; /* the '%' */
        c.cpi++;
        if (c.i < n && fmt[c.i] == '%') {
            c.i++;
            c.cpi++;
            if (!buf_putc(out, '%')) {
                st = NUMFMT_NOMEM;
                break;
            }
            continue;
        }
        st = nf_pct_one(out, &c, have_mapping, hooks, err);
        if (st != NUMFMT_OK) break;
    }
    if (st != NUMFMT_OK) buf_truncate(out, start);
    return st;
}
