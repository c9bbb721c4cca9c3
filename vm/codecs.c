/* codecs.c — the text codecs str.encode and bytes.decode use: utf-8 (and
 * utf-8-sig), ascii, latin-1, cp1252, utf-16 and utf-32 (with a byte-order
 * mark, or -le / -be), with the strict, ignore, replace, backslashreplace
 * (and, for encoding, xmlcharrefreplace) error handlers and CPython's
 * Unicode*Error texts.  Coil strings are UTF-8 inside, so utf-8 is a copy
 * or a check. */
#include <ctype.h>
#include <stdio.h>

#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/type.h"

typedef enum {
    CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_CP1252, CODEC_UTF8SIG,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE
} CodecKind;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN } ErrKind;

/* Handlers CPython has that Coil does not: named in a NotImplementedError. */
static const char *const unsupported_handlers[] = {"surrogateescape", "surrogatepass", "namereplace"};

/* The names errors give (CPython's: utf-8-sig reports utf-8, cp1252 the
 * charmap machinery it runs on). */
static const char *const codec_names[] = {"utf-8",     "ascii",     "latin-1",  "charmap",   "utf-8",    "utf-16",
                                          "utf-16-le", "utf-16-be", "utf-32",   "utf-32-le", "utf-32-be"};

/* cp1252's bytes 0x80-0x9f (0: undefined); the rest is latin-1. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* CPython's lookup normalises case, '-' and ' ' before looking up aliases. */
static int errors_lookup(CoilVM *vm, const char *who, CoilValue errors, ErrKind *out);

/* Both arguments' types are checked (as the argument parser does) before
 * the encoding is looked up; errors is then checked again by errors_lookup. */
static int codec_lookup(CoilVM *vm, const char *who, CoilValue enc, CoilValue errors, CodecKind *out)
{
    ErrKind ek;
    if (enc != VAL_EMPTY && value_is_str(vm, enc) && errors_lookup(vm, who, errors, &ek) < 0) return -1;
    if (enc == VAL_EMPTY) {
        *out = CODEC_UTF8;
        return 0;
    }
    if (!value_is_str(vm, enc)) {
        vm_raise(vm, vm->e_TypeError, "%s() argument 'encoding' must be str, not %s", who,
                 enc == VAL_NONE ? "None" : value_type_name(vm, enc));
        return -1;
    }
    CoilString *s = value_as_str(enc);
    char norm[32];
    size_t n = 0;
    for (size_t i = 0; i < s->len && n + 1 < sizeof norm; i++) {
        char c = s->data[i];
        norm[n++] = c == '-' || c == ' ' ? '_' : (char)tolower((unsigned char)c);
    }
    norm[n] = 0;
    static const struct {
        const char *name;
        CodecKind kind;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},        {"utf8", CODEC_UTF8},         {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},          {"ascii", CODEC_ASCII},       {"us_ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},         {"us", CODEC_ASCII},          {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},     {"latin", CODEC_LATIN1},      {"l1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1}, {"iso8859_1", CODEC_LATIN1},  {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},      {"iso_ir_100", CODEC_LATIN1}, {"cp1252", CODEC_CP1252},
        {"windows_1252", CODEC_CP1252}, {"utf_8_sig", CODEC_UTF8SIG}, {"utf8_sig", CODEC_UTF8SIG},
        {"utf_16", CODEC_UTF16},      {"utf16", CODEC_UTF16},       {"u16", CODEC_UTF16},
        {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},  {"utf_16_be", CODEC_UTF16BE},
        {"utf_16be", CODEC_UTF16BE},  {"utf_32", CODEC_UTF32},      {"utf32", CODEC_UTF32},
        {"u32", CODEC_UTF32},         {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
        {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE},
    };
    if (s->len < sizeof norm)
        for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
            if (strcmp(norm, aliases[i].name) == 0) {
                *out = aliases[i].kind;
                return 0;
            }
    /* Codecs CPython has and Coil lacks: say so instead of "unknown". */
    static const char *const known[] = {"utf7", "cp1251", "cp1250", "cp437", "cp850", "iso885915",
                                        "koi8r", "macroman", "shiftjis", "eucjp", "gbk", "gb2312", "big5",
                                        "unicodeescape", "rawunicodeescape", "idna", "punycode"};
    char squeezed[32];
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (norm[i] != '_') squeezed[k++] = norm[i];
    squeezed[k] = 0;
    if (s->len < sizeof norm)
        for (size_t i = 0; i < sizeof known / sizeof *known; i++)
            if (strcmp(squeezed, known[i]) == 0) {
                vm_raise(vm, vm->e_NotImplementedError, "codec '%s' is not supported", s->data);
                return -1;
            }
    vm_raise(vm, vm->e_LookupError, "unknown encoding: %s", s->data);
    return -1;
}

static int errors_lookup(CoilVM *vm, const char *who, CoilValue errors, ErrKind *out)
{
    *out = ERR_STRICT;
    if (errors == VAL_EMPTY) return 0;
    if (!value_is_str(vm, errors)) {
        vm_raise(vm, vm->e_TypeError, "%s() argument 'errors' must be str, not %s", who,
                 errors == VAL_NONE ? "None" : value_type_name(vm, errors));
        return -1;
    }
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"};
    *out = ERR_UNKNOWN;
    for (int i = 0; i < 5; i++)
        if (str_eq_cstr(value_as_str(errors), names[i])) *out = (ErrKind)i;
    return 0;
}

/* Raised when the handler is needed, as CPython looks handlers up lazily. */
static CoilValue unknown_handler(CoilVM *vm, CoilValue errors)
{
    CoilString *name = value_as_str(errors);
    for (size_t i = 0; i < sizeof unsupported_handlers / sizeof *unsupported_handlers; i++)
        if (str_eq_cstr(name, unsupported_handlers[i]))
            return vm_raise(vm, vm->e_NotImplementedError, "error handler '%s' is not supported", name->data);
    return vm_raise(vm, vm->e_LookupError, "unknown error handler name '%s'", name->data);
}

/* --- decoding ------------------------------------------------------------------------ */

/* The UTF-8 sequence at p[0..n) (n >= 1): its length and NULL if valid,
 * else the length of the invalid run as CPython's decoder reports it (the
 * lead byte plus the continuation bytes that were still valid) and why. */
static size_t utf8_scan(const unsigned char *p, size_t n, const char **reason)
{
    unsigned char c = p[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    *reason = NULL;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        return 1;
    }
    size_t k = 1;
    for (; k < need && k < n; k++) {
        unsigned char d = p[k];
        bool ok = k == 1 ? d >= lo && d <= hi : (d & 0xC0) == 0x80;
        if (!ok) {
            *reason = "invalid continuation byte";
            return k;
        }
    }
    if (k < need) *reason = "unexpected end of data";
    return k;
}

static CoilValue decode_error(CoilVM *vm, CodecKind kind, const unsigned char *p, size_t n, size_t start, size_t end,
                              const char *reason)
{
    CoilValue obj = bytes_new(vm, p, n);
    if (value_is_error(obj)) return obj;
    return unicode_error_raise(vm, true, codec_names[kind], obj, start, end, reason);
}

/* A decoding error at p[start..end) under handler ek: 0 handled (the
 * replacement is in buf), -1 raised. */
static int decode_bad(CoilVM *vm, CoilBuf *buf, ErrKind ek, CoilValue errors, CodecKind kind, const unsigned char *p,
                      size_t n, size_t start, size_t end, const char *reason)
{
    bool ok = true;
    switch (ek) {
    case ERR_STRICT: decode_error(vm, kind, p, n, start, end, reason); return -1;
    case ERR_XMLREF: /* an encoding-only handler */
        vm_raise(vm, vm->e_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case ERR_UNKNOWN: unknown_handler(vm, errors); return -1;
    case ERR_IGNORE: break;
    case ERR_REPLACE: ok = buf_append_cp(buf, 0xFFFD); break;
    case ERR_BACKSLASH:
        for (size_t k = start; ok && k < end; k++) {
            char e[5];
            snprintf(e, sizeof e, "\\x%02x", p[k]);
            ok = buf_append(buf, e, 4);
        }
        break;
    }
    if (!ok) vm_raise_nomem(vm);
    return ok ? 0 : -1;
}

/* utf-16 / utf-32 in byte order `big`, unit size w (2 or 4), from p[i]
 * (past a byte-order mark: errors count from the input's start). */
static int decode_wide(CoilVM *vm, CoilBuf *buf, ErrKind ek, CoilValue errors, CodecKind kind,
                       const unsigned char *p, size_t n, size_t i, size_t w, bool big)
{
    while (i < n) {
        if (n - i < w) return decode_bad(vm, buf, ek, errors, kind, p, n, i, n, "truncated data");
        uint32_t u = 0;
        for (size_t k = 0; k < w; k++) u |= (uint32_t)p[i + k] << (8 * (big ? w - 1 - k : k));
        size_t len = w;
        const char *why = NULL;
        if (w == 4) {
            if (u > 0x10FFFF) why = "code point not in range(0x110000)";
            else if (u >= 0xD800 && u < 0xE000) why = "code point in surrogate code point range(0xd800, 0xe000)";
        } else if (u >= 0xDC00 && u < 0xE000) {
            why = "illegal encoding";
        } else if (u >= 0xD800 && u < 0xDC00) {
            if (n - i < 4) {
                len = n - i;
                why = "unexpected end of data";
            } else {
                uint32_t lo = big ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
                if (lo >= 0xDC00 && lo < 0xE000) {
                    u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                    len = 4;
                } else {
                    why = "illegal UTF-16 surrogate";
                }
            }
        }
        if (why) {
            if (decode_bad(vm, buf, ek, errors, kind, p, n, i, i + len, why) < 0) return -1;
        } else if (!buf_append_cp(buf, u)) {
            vm_raise_nomem(vm);
            return -1;
        }
        i += len;
    }
    return 0;
}

/* utf-16 / utf-32 decoding: a byte-order mark picks (and names) the order,
 * else the machine's own, little-endian here as on every Coil platform. */
static CoilValue codec_decode_wide(CoilVM *vm, const unsigned char *p, size_t n, CodecKind kind, ErrKind ek,
                                   CoilValue errors)
{
    size_t w = kind >= CODEC_UTF32 ? 4 : 2;
    bool big = kind == CODEC_UTF16BE || kind == CODEC_UTF32BE;
    size_t skip = 0;
    if (kind == CODEC_UTF16 || kind == CODEC_UTF32) {
        kind = (CodecKind)(kind + 1); /* errors name the order used: -le */
        if (w == 2 && n >= 2 && p[0] == 0xFF && p[1] == 0xFE) skip = 2;
        else if (w == 2 && n >= 2 && p[0] == 0xFE && p[1] == 0xFF) skip = 2, big = true, kind = CODEC_UTF16BE;
        else if (w == 4 && n >= 4 && p[0] == 0xFF && p[1] == 0xFE && !p[2] && !p[3]) skip = 4;
        else if (w == 4 && n >= 4 && !p[0] && !p[1] && p[2] == 0xFE && p[3] == 0xFF)
            skip = 4, big = true, kind = CODEC_UTF32BE;
    }
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    if (decode_wide(vm, &buf, ek, errors, kind, p, n, skip, w, big) < 0) {
        buf_free(&buf);
        return VAL_ERROR;
    }
    return str_from_buf(vm, &buf);
}

CoilValue codec_decode(CoilVM *vm, const unsigned char *p, size_t n, CoilValue encoding, CoilValue errors)
{
    CodecKind kind;
    ErrKind ek;
    if (codec_lookup(vm, "decode", encoding, errors, &kind) < 0 || errors_lookup(vm, "decode", errors, &ek) < 0)
        return VAL_ERROR;
    if (kind >= CODEC_UTF16) return codec_decode_wide(vm, p, n, kind, ek, errors);
    if (kind == CODEC_UTF8SIG) {
        /* the mark goes, and the rest is plain utf-8 (errors count from there) */
        if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3, n -= 3;
        kind = CODEC_UTF8;
    }
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    if (!buf_reserve(&buf, n)) return vm_raise_nomem(vm);
    size_t i = 0;
    bool ok = true;
    while (ok && i < n) {
        /* ASCII runs decode the same in every codec: copy them whole. */
        size_t run = i;
        while (run < n && p[run] < 0x80) run++;
        if (run > i) {
            ok = buf_append(&buf, p + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = p[i];
        size_t good = 0, bad = 0;
        const char *reason = "ordinal not in range(128)";
        if (kind == CODEC_LATIN1 || (kind == CODEC_CP1252 && (c >= 0xA0 || cp1252_high[c - 0x80]))) {
            ok = buf_append_cp(&buf, kind == CODEC_LATIN1 || c >= 0xA0 ? c : cp1252_high[c - 0x80]);
            i++;
            continue;
        }
        if (kind == CODEC_CP1252) {
            bad = 1;
            reason = "character maps to <undefined>";
        } else if (kind == CODEC_ASCII) {
            if (c < 0x80) good = 1;
            else bad = 1;
        } else {
            const char *why;
            size_t len = utf8_scan(p + i, n - i, &why);
            if (why) {
                bad = len;
                reason = why;
            } else good = len;
        }
        if (good) {
            ok = buf_append(&buf, p + i, good);
            i += good;
            continue;
        }
        if (decode_bad(vm, &buf, ek, errors, kind, p, n, i, i + bad, reason) < 0) {
            buf_free(&buf);
            return VAL_ERROR;
        }
        i += bad;
    }
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &buf);
}

/* --- encoding ------------------------------------------------------------------------ */

/* Whether kind can encode cp (every codec refuses lone surrogates). */
static bool encodable(CodecKind kind, uint32_t cp)
{
    switch (kind) {
    case CODEC_ASCII: return cp < 0x80;
    case CODEC_LATIN1: return cp < 0x100;
    case CODEC_CP1252:
        if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) return true;
        for (int k = 0; k < 32; k++)
            if (cp1252_high[k] == cp) return true;
        return false;
    default: return cp < 0xD800 || cp >= 0xE000;
    }
}

/* Appends cp (encodable) in kind's bytes. */
static bool emit(CoilBuf *b, CodecKind kind, uint32_t cp)
{
    unsigned char u[8];
    size_t n = 0;
    switch (kind) {
    case CODEC_UTF8:
    case CODEC_UTF8SIG: return buf_append_cp(b, cp);
    case CODEC_CP1252:
        if (cp >= 0x100)
            for (int k = 0; k < 32; k++)
                if (cp1252_high[k] == cp) cp = 0x80 + (uint32_t)k;
        return buf_putc(b, (char)cp);
    case CODEC_ASCII:
    case CODEC_LATIN1: return buf_putc(b, (char)cp);
    case CODEC_UTF32:
    case CODEC_UTF32LE:
    case CODEC_UTF32BE: {
        bool big = kind == CODEC_UTF32BE;
        for (int k = 0; k < 4; k++) u[n++] = (unsigned char)(cp >> (8 * (big ? 3 - k : k)));
        return buf_append(b, u, n);
    }
    default: {
        bool big = kind == CODEC_UTF16BE;
        uint32_t units[2] = {cp, 0};
        int nu = 1;
        if (cp >= 0x10000) {
            units[0] = 0xD800 + ((cp - 0x10000) >> 10);
            units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int j = 0; j < nu; j++) {
            u[n++] = (unsigned char)(big ? units[j] >> 8 : units[j]);
            u[n++] = (unsigned char)(big ? units[j] : units[j] >> 8);
        }
        return buf_append(b, u, n);
    }
    }
}

static bool emit_ascii(CoilBuf *b, CodecKind kind, const char *s)
{
    bool ok = true;
    for (; ok && *s; s++) ok = emit(b, kind, (unsigned char)*s);
    return ok;
}

CoilValue codec_encode(CoilVM *vm, CoilValue strv, CoilValue encoding, CoilValue errors)
{
    CodecKind kind;
    ErrKind ek;
    if (codec_lookup(vm, "encode", encoding, errors, &kind) < 0 || errors_lookup(vm, "encode", errors, &ek) < 0)
        return VAL_ERROR;
    CoilString *s = value_as_str(strv);
    if (s->ascii && kind <= CODEC_CP1252) return bytes_new(vm, s->data, s->len);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    if (!buf_reserve(&buf, s->len + 4)) return vm_raise_nomem(vm);
    bool ok = true;
    /* The byte-order mark (the machine's order: little-endian) or utf-8's
     * signature; errors keep the name asked for. */
    CodecKind named = kind;
    if (kind == CODEC_UTF16) ok = buf_append(&buf, "\xff\xfe", 2), kind = CODEC_UTF16LE;
    else if (kind == CODEC_UTF32) ok = buf_append(&buf, "\xff\xfe\0\0", 4), kind = CODEC_UTF32LE;
    else if (kind == CODEC_UTF8SIG) ok = buf_append(&buf, "\xef\xbb\xbf", 3);
    /* utf-16 and utf-32 report one character, the others the whole run */
    bool one = kind >= CODEC_UTF16;
    size_t off = 0, cpi = 0;
    while (ok && off < s->len) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + off, &adv);
        if (encodable(kind, cp)) {
            ok = emit(&buf, kind, cp);
            off += adv;
            cpi++;
            continue;
        }
        if (ek == ERR_STRICT || ek == ERR_UNKNOWN) {
            buf_free(&buf);
            if (ek == ERR_UNKNOWN) return unknown_handler(vm, errors);
            size_t end = cpi + 1, o2 = off + adv;
            while (!one && o2 < s->len) {
                size_t a2;
                if (encodable(kind, str_decode_cp(s->data + o2, &a2))) break;
                o2 += a2;
                end++;
            }
            const char *reason = kind == CODEC_ASCII    ? "ordinal not in range(128)"
                                 : kind == CODEC_LATIN1 ? "ordinal not in range(256)"
                                 : kind == CODEC_CP1252 ? "character maps to <undefined>"
                                                        : "surrogates not allowed";
            return unicode_error_raise(vm, false, codec_names[named], strv, cpi, end, reason);
        }
        char e[24];
        switch (ek) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: ok = emit(&buf, kind, '?'); break;
        case ERR_BACKSLASH:
            if (cp < 0x100) snprintf(e, sizeof e, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(e, sizeof e, "\\u%04x", cp);
            else snprintf(e, sizeof e, "\\U%08x", cp);
            ok = emit_ascii(&buf, kind, e);
            break;
        default: /* xmlcharrefreplace */
            snprintf(e, sizeof e, "&#%u;", cp);
            ok = emit_ascii(&buf, kind, e);
            break;
        }
        off += adv;
        cpi++;
    }
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    CoilValue r = bytes_new(vm, buf.data, buf.len);
    buf_free(&buf);
    return r;
}
