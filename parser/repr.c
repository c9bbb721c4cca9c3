/* repr.c — CPython's repr() of constant values: str (quote choice, escapes,
 * printable non-ASCII kept as is), bytes, float (shortest round-trip digits,
 * 'r' formatting), imaginary numbers, and big integers in decimal. */
#include "parser/repr.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unicode/unicode.h"

/* Decodes one UTF-8 sequence (surrogates allowed, as "\ud800" escapes
 * produce them); returns its length, or 0 for a stray byte. */
static size_t repr_utf8(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (len == 0 || len > n) return 0;
    uint32_t v = c & (0x3F >> (len - 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = v << 6 | (s[i] & 0x3F);
    }
    *cp = v;
    return len;
}

static char repr_quote(const char *s, size_t len)
{
    int single = memchr(s, '\'', len) != NULL, dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

void repr_str(const char *s, size_t len, FILE *out)
{
    char q = repr_quote(s, len);
    fputc(q, out);
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            if (c == (unsigned char)q || c == '\\') fprintf(out, "\\%c", c);
            else if (c == '\t') fputs("\\t", out);
            else if (c == '\n') fputs("\\n", out);
            else if (c == '\r') fputs("\\r", out);
            else if (c < 0x20 || c == 0x7F) fprintf(out, "\\x%02x", c);
            else fputc((int)c, out);
            continue;
        }
        uint32_t cp;
        size_t n = repr_utf8(p + i, len - i, &cp);
        if (n == 0) { /* not UTF-8: cannot come from Coil's lexer */
            fprintf(out, "\\x%02x", c);
            i++;
            continue;
        }
        if (uni_isprintable(cp)) fwrite(p + i, 1, n, out);
        else if (cp <= 0xFF) fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp <= 0xFFFF) fprintf(out, "\\u%04x", (unsigned)cp);
        else fprintf(out, "\\U%08x", (unsigned)cp);
        i += n;
    }
    fputc(q, out);
}

void repr_bytes(const char *s, size_t len, FILE *out)
{
    char q = repr_quote(s, len);
    fputc('b', out);
    fputc(q, out);
    for (size_t i = 0; i < len; i++) {
        unsigned c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\t') fputs("\\t", out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7F) fprintf(out, "\\x%02x", c);
        else fputc((int)c, out);
    }
    fputc(q, out);
}

void repr_double(double x, int add_dot_0, char *buf, size_t size)
{
    if (isinf(x)) {
        snprintf(buf, size, "%s", x > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(x)) {
        snprintf(buf, size, "nan");
        return;
    }
    /* Shortest digits that read back as x: try 1..17 significant digits. */
    char e[40];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(e, sizeof e, "%.*e", prec, x);
        if (strtod(e, NULL) == x) break;
    }
    /* e is "[-]d[.ddd]e[+-]XX": split into sign, digits and exponent. */
    const char *p = e;
    int neg = *p == '-';
    if (neg) p++;
    char digits[24];
    int nd = 0;
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = '\0';
    int decpt = exp10 + 1; /* x = 0.DIGITS * 10**decpt */
    char *o = buf;
    size_t left = size;
#define PUT(...)                                               \
    do {                                                       \
        int w_ = snprintf(o, left, __VA_ARGS__);               \
        if (w_ > 0 && (size_t)w_ < left) o += w_, left -= (size_t)w_; \
    } while (0)
    if (neg) PUT("-");
    if (x == 0) {
        PUT(add_dot_0 ? "0.0" : "0");
        return;
    }
    if (decpt <= -4 || decpt > 16) {
        PUT("%c", digits[0]);
        if (nd > 1) PUT(".%s", digits + 1);
        PUT("e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        PUT("0.");
        for (int i = 0; i < -decpt; i++) PUT("0");
        PUT("%s", digits);
    } else if (decpt >= nd) {
        PUT("%s", digits);
        for (int i = nd; i < decpt; i++) PUT("0");
        if (add_dot_0) PUT(".0");
    } else {
        PUT("%.*s.%s", decpt, digits, digits + decpt);
    }
#undef PUT
}

void repr_bigint(const char *digits, size_t len, int base, FILE *out)
{
    /* Little-endian limbs of 10**9, multiplied up one digit at a time. */
    size_t cap = len / 2 + 2, n = 1;
    uint32_t *limb = calloc(cap, sizeof *limb);
    if (!limb) {
        fputs("<int>", out);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        char ch = digits[i];
        uint64_t carry = (uint64_t)(ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10);
        for (size_t k = 0; k < n; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry && n < cap) {
            limb[n++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    fprintf(out, "%u", limb[n - 1]);
    for (size_t k = n - 1; k-- > 0;) fprintf(out, "%09u", limb[k]);
    free(limb);
}

void repr_constant(const AstNode *c, FILE *out)
{
    char buf[64];
    switch (c->v.Constant.kind) {
    case AST_CONST_NONE: fputs("None", out); break;
    case AST_CONST_TRUE: fputs("True", out); break;
    case AST_CONST_FALSE: fputs("False", out); break;
    case AST_CONST_ELLIPSIS: fputs("Ellipsis", out); break;
    case AST_CONST_INT: fprintf(out, "%lld", (long long)c->v.Constant.u.i); break;
    case AST_CONST_BIGINT:
        repr_bigint(c->v.Constant.u.s, c->v.Constant.len, c->v.Constant.base, out);
        break;
    case AST_CONST_FLOAT:
        repr_double(c->v.Constant.u.f, 1, buf, sizeof buf);
        fputs(buf, out);
        break;
    case AST_CONST_IMAG:
        repr_double(c->v.Constant.u.f, 0, buf, sizeof buf);
        fprintf(out, "%sj", buf);
        break;
    case AST_CONST_STR: repr_str(c->v.Constant.u.s, c->v.Constant.len, out); break;
    case AST_CONST_BYTES: repr_bytes(c->v.Constant.u.s, c->v.Constant.len, out); break;
    default: fputs("?", out); break;
    }
}
