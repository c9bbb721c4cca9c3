/* strlit.c — decoding string and bytes literal bodies: escapes, escaped
 * newlines and line-end translation, with the positions CPython's codecs put
 * in their messages (its str decoder first rewrites every non-ASCII character
 * as a 10-byte \UXXXXXXXX escape, and those positions count that text). */

#include <stdbool.h>

#include "strlit.h"
#include "unicode/unicode.h"
#include "token.h"

static int strlit_hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Writes code point cp as UTF-8 (surrogates in their 3-byte form). */
static char *strlit_put(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

static long strlit_unicode_error(CoilSyntaxError *err, int line, int col, long start, long end,
                                 const char *what)
{
    syntax_error_set(err, "SyntaxError", line, col, line, col,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                     "%ld-%ld: %s",
                     start, end - 1, what);
    return -1;
}

long strlit_decode(const char *body, size_t n, uint32_t flags, int line, int col, char *out,
                   CoilSyntaxError *err)
{
    const unsigned char *s = (const unsigned char *)body, *end = s + n;
    const bool bytes = flags & STR_BYTES;
    char *o = out;

    if (bytes) {
        for (size_t i = 0; i < n; i++) {
            if (s[i] >= 0x80) {
                syntax_error_set(err, "SyntaxError", line, col, line, col,
                                 "bytes can only contain ASCII literal characters");
                return -1;
            }
        }
    }

    /* pos: the position CPython's decoder would report for *s. */
    long pos = 0;
    while (s < end) {
        unsigned c = *s;
        if (c != '\\' || (flags & STR_RAW)) {
            if (c == '\r') {
                *o++ = '\n';
                s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
                pos++;
                continue;
            }
            *o++ = (char)c;
            s++;
            pos += c < 0x80 ? 1 : (c & 0xC0) == 0xC0 ? 10 : 0;
            continue;
        }

        /* an escape */
        const long start = pos;
        s++;
        if (s >= end) {
            /* A trailing backslash (only in pieces the f-string splitter cuts). */
            if (bytes) {
                syntax_error_set(err, "SyntaxError", line, col, line, col,
                                 "(value error) Trailing \\ in string");
                return -1;
            }
            *o++ = '\\';
            break;
        }
        c = *s++;
        pos += 2;
        switch (c) {
        case '\n': continue;
        case '\r':
            if (s < end && *s == '\n')
                s++;
            continue;
        case '\\': *o++ = '\\'; continue;
        case '\'': *o++ = '\''; continue;
        case '"': *o++ = '"'; continue;
        case 'a': *o++ = '\a'; continue;
        case 'b': *o++ = '\b'; continue;
        case 'f': *o++ = '\f'; continue;
        case 'n': *o++ = '\n'; continue;
        case 'r': *o++ = '\r'; continue;
        case 't': *o++ = '\t'; continue;
        case 'v': *o++ = '\v'; continue;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            for (int i = 0; i < 2 && s < end && *s >= '0' && *s <= '7'; i++, pos++)
                v = v * 8 + (uint32_t)(*s++ - '0');
            if (bytes)
                *o++ = (char)(v & 0xFF);
            else
                o = strlit_put(o, v);
            continue;
        }
        case 'x':
            if (bytes) {
                int h1 = s < end ? strlit_hex(*s) : -1;
                int h2 = s + 1 < end ? strlit_hex(s[1]) : -1;
                if (h1 < 0 || h2 < 0) {
                    syntax_error_set(err, "SyntaxError", line, col, line, col,
                                     "(value error) invalid \\x escape at position %ld", start);
                    return -1;
                }
                *o++ = (char)(h1 * 16 + h2);
                s += 2;
                pos += 2;
                continue;
            }
            /* fall through */
        case 'u':
        case 'U': {
            if (bytes)
                break;
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *what = c == 'x'   ? "truncated \\xXX escape"
                               : c == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            for (; count; count--, s++, pos++) {
                int h = s < end ? strlit_hex(*s) : -1;
                if (h < 0)
                    return strlit_unicode_error(err, line, col, start, pos, what);
                v = v * 16 + (uint32_t)h;
            }
            if (v > 0x10FFFF)
                return strlit_unicode_error(err, line, col, start, pos,
                                            "illegal Unicode character");
            o = strlit_put(o, v);
            continue;
        }
        case 'N': {
            if (bytes)
                break;
            const char *what = "malformed \\N character escape";
            if (s >= end || *s != '{')
                return strlit_unicode_error(err, line, col, start, pos, what);
            s++, pos++;
            const unsigned char *name = s;
            for (; s < end && *s != '}'; s++)
                pos += *s < 0x80 ? 1 : (*s & 0xC0) == 0xC0 ? 10 : 0;
            if (s >= end || s == name)
                return strlit_unicode_error(err, line, col, start, pos, what);
            int64_t cp = uni_lookup((const char *)name, (size_t)(s - name));
            if (cp < 0)
                return strlit_unicode_error(err, line, col, start, pos + 1, "unknown Unicode character name");
            s++, pos++;
            o = strlit_put(o, (uint32_t)cp);
            continue;
        }
        default:
            break;
        }
        /* An unknown escape stays as written; a non-ASCII character after the
         * backslash is copied by the loop (CPython's decoder made that
         * backslash "\u005c": six bytes). */
        *o++ = '\\';
        if (c >= 0x80) {
            s--;
            pos = start + 6;
        } else {
            *o++ = (char)c;
        }
    }
    *o = 0;
    return (long)(o - out);
}
