/* codecs.c — the text codecs str.encode and bytes.decode use: utf-8, ascii
 * and latin-1, with the strict, ignore, replace, backslashreplace (and, for
 * encoding, xmlcharrefreplace) error handlers and CPython's Unicode*Error
 * texts.  Coil strings are UTF-8 inside, so utf-8 is a copy or a check. */
#include <ctype.h>
#include <stdio.h>

#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/type.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } CodecKind;
typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN } ErrKind;

/* Handlers CPython has that Coil does not: named in a NotImplementedError. */
static const char *const unsupported_handlers[] = {"surrogateescape", "surrogatepass", "namereplace"};

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

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
        {"cp819", CODEC_LATIN1},      {"iso_ir_100", CODEC_LATIN1},
    };
    if (s->len < sizeof norm)
        for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
            if (strcmp(norm, aliases[i].name) == 0) {
                *out = aliases[i].kind;
                return 0;
            }
    /* Codecs CPython has and Coil lacks: say so instead of "unknown". */
    static const char *const known[] = {"utf16", "utf16le", "utf16be", "utf32", "utf32le", "utf32be", "utf7",
                                        "utf8sig", "cp1252", "cp1251", "cp1250", "cp437", "cp850", "iso885915",
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

CoilValue codec_decode(CoilVM *vm, const unsigned char *p, size_t n, CoilValue encoding, CoilValue errors)
{
    CodecKind kind;
    ErrKind ek;
    if (codec_lookup(vm, "decode", encoding, errors, &kind) < 0 || errors_lookup(vm, "decode", errors, &ek) < 0)
        return VAL_ERROR;
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
        if (kind == CODEC_LATIN1) {
            ok = buf_append_cp(&buf, c);
            i++;
            continue;
        }
        if (kind == CODEC_ASCII) {
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
        switch (ek) {
        case ERR_STRICT:
            buf_free(&buf);
            return decode_error(vm, kind, p, n, i, i + bad, reason);
        case ERR_XMLREF: /* an encoding-only handler */
            buf_free(&buf);
            return vm_raise(vm, vm->e_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        case ERR_UNKNOWN: buf_free(&buf); return unknown_handler(vm, errors);
        case ERR_IGNORE: break;
        case ERR_REPLACE: ok = buf_append_cp(&buf, 0xFFFD); break;
        case ERR_BACKSLASH:
            for (size_t k = 0; ok && k < bad; k++) {
                char e[5];
                snprintf(e, sizeof e, "\\x%02x", p[i + k]);
                ok = buf_append(&buf, e, 4);
            }
            break;
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

CoilValue codec_encode(CoilVM *vm, CoilValue strv, CoilValue encoding, CoilValue errors)
{
    CodecKind kind;
    ErrKind ek;
    if (codec_lookup(vm, "encode", encoding, errors, &kind) < 0 || errors_lookup(vm, "encode", errors, &ek) < 0)
        return VAL_ERROR;
    CoilString *s = value_as_str(strv);
    if (kind == CODEC_UTF8 || s->ascii) return bytes_new(vm, s->data, s->len);
    uint32_t limit = kind == CODEC_ASCII ? 0x80 : 0x100;
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    if (!buf_reserve(&buf, s->cplen)) return vm_raise_nomem(vm);
    size_t off = 0, cpi = 0;
    bool ok = true;
    while (ok && off < s->len) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + off, &adv);
        if (cp < limit) {
            ok = buf_putc(&buf, (char)cp);
            off += adv;
            cpi++;
            continue;
        }
        if (ek == ERR_STRICT || ek == ERR_UNKNOWN) {
            buf_free(&buf);
            if (ek == ERR_UNKNOWN) return unknown_handler(vm, errors);
            /* CPython reports the whole run of unencodable characters. */
            size_t end = cpi + 1, o2 = off + adv;
            while (o2 < s->len) {
                size_t a2;
                if (str_decode_cp(s->data + o2, &a2) < limit) break;
                o2 += a2;
                end++;
            }
            const char *reason = kind == CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
            return unicode_error_raise(vm, false, codec_names[kind], strv, cpi, end, reason);
        }
        char e[24];
        switch (ek) {
        case ERR_IGNORE: break;
        case ERR_REPLACE: ok = buf_putc(&buf, '?'); break;
        case ERR_BACKSLASH:
            if (cp < 0x100) snprintf(e, sizeof e, "\\x%02x", cp);
            else if (cp < 0x10000) snprintf(e, sizeof e, "\\u%04x", cp);
            else snprintf(e, sizeof e, "\\U%08x", cp);
            ok = buf_append_str(&buf, e);
            break;
        default: /* xmlcharrefreplace */
            snprintf(e, sizeof e, "&#%u;", cp);
            ok = buf_append_str(&buf, e);
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
