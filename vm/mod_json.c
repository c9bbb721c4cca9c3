/* mod_json.c — the _json module: the JSON encoder (every option of
 * json.dumps: indent, separators, sort_keys, ensure_ascii, allow_nan,
 * skipkeys, check_circular, default) and the scanner behind json.loads, with
 * CPython's output and error texts.  stdlib/json/ wraps them in the public
 * API (JSONEncoder, JSONDecoder, JSONDecodeError). */
#include <math.h>
#include <string.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* --- string escaping ------------------------------------------------------------------- */

static bool put_u_escape(CoilBuf *b, uint32_t c)
{
    static const char hex[] = "0123456789abcdef";
    char e[6] = {'\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15]};
    return buf_append(b, e, 6);
}

/* encode_basestring(_ascii): the quoted JSON form of s. */
static bool escape_string(CoilBuf *b, const CoilString *s, bool ensure_ascii)
{
    if (!buf_putc(b, '"')) return false;
    const char *p = s->data, *end = s->data + s->len;
    while (p < end) {
        const char *run = p;
        /* Copy the longest run that needs no escaping at once. */
        while (p < end) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x20 || c == '"' || c == '\\' || (ensure_ascii && c >= 0x7f)) break;
            p++;
        }
        if (p > run && !buf_append(b, run, (size_t)(p - run))) return false;
        if (p >= end) break;
        unsigned char c = (unsigned char)*p;
        const char *esc = NULL;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: break;
        }
        if (esc) {
            if (!buf_append_str(b, esc)) return false;
            p++;
            continue;
        }
        size_t adv = 1;
        uint32_t cp = c < 0x80 ? c : str_decode_cp(p, &adv);
        p += adv;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            if (!put_u_escape(b, 0xd800 | ((cp >> 10) & 0x3ff)) || !put_u_escape(b, 0xdc00 | (cp & 0x3ff)))
                return false;
        } else if (!put_u_escape(b, cp)) {
            return false;
        }
    }
    return buf_putc(b, '"');
}

static CoilValue encode_basestring_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool ascii, const char *name)
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "first argument must be a string, not %s", value_type_name(vm, args[0]));
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!escape_string(&b, value_as_str(args[0]), ascii)) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

static CoilValue j_encode_basestring_ascii(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return encode_basestring_impl(vm, args, nargs, true, "encode_basestring_ascii");
}

static CoilValue j_encode_basestring(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return encode_basestring_impl(vm, args, nargs, false, "encode_basestring");
}

/* --- the encoder ------------------------------------------------------------------------ */

typedef struct Encoder {
    CoilVM *vm;
    CoilBuf out;
    CoilString *indent;            /* NULL: compact */
    CoilString *item_sep, *key_sep;
    CoilValue default_fn;
    bool sort_keys, ensure_ascii, allow_nan, skipkeys, check_circular;
    int level;
    /* Containers being encoded, for "Circular reference detected". */
    CoilObject **markers;
    size_t nmarkers, capmarkers;
} Encoder;

static bool enc_nomem(Encoder *e)
{
    vm_raise_nomem(e->vm);
    return false;
}

static bool enc_put(Encoder *e, const char *s, size_t n) { return buf_append(&e->out, s, n) || enc_nomem(e); }
static bool enc_puts(Encoder *e, const CoilString *s) { return enc_put(e, s->data, s->len); }

static bool enc_float(Encoder *e, double d)
{
    if (!isfinite(d)) {
        if (!e->allow_nan) {
            vm_raise(e->vm, e->vm->e_ValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        const char *t = isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return enc_put(e, t, strlen(t));
    }
    return numfmt_float_repr_buf(&e->out, d) || enc_nomem(e);
}

static bool enc_int(Encoder *e, CoilValue v)
{
    if (value_is_bool(v)) v = value_from_small_int(v == VAL_TRUE);
    CoilValue s = int_to_str(e->vm, v, 10, 0);
    if (value_is_error(s)) return false;
    /* Growing the output may collect: keep the digits alive. */
    GC_ROOT(e->vm, s);
    bool ok = enc_puts(e, value_as_str(s));
    GC_UNROOT(e->vm, 1);
    return ok;
}

static bool enc_newline(Encoder *e)
{
    if (!e->indent) return true;
    if (!enc_put(e, "\n", 1)) return false;
    for (int i = 0; i < e->level; i++)
        if (!enc_puts(e, e->indent)) return false;
    return true;
}

static int enc_mark(Encoder *e, CoilValue o)
{
    if (!e->check_circular) return 0;
    CoilObject *p = value_as_object(o);
    for (size_t i = 0; i < e->nmarkers; i++)
        if (e->markers[i] == p) {
            vm_raise(e->vm, e->vm->e_ValueError, "Circular reference detected");
            return -1;
        }
    if (e->nmarkers == e->capmarkers) {
        size_t cap = e->capmarkers ? e->capmarkers * 2 : 16;
        CoilObject **m = vm_mem_realloc(e->vm, e->markers, e->capmarkers * sizeof *m, cap * sizeof *m);
        if (!m) return -1;
        e->markers = m;
        e->capmarkers = cap;
    }
    e->markers[e->nmarkers++] = p;
    return 0;
}

static void enc_unmark(Encoder *e)
{
    if (e->check_circular) e->nmarkers--;
}

static bool enc_value(Encoder *e, CoilValue o);

static bool enc_list(Encoder *e, CoilValue o)
{
    CoilVM *vm = e->vm;
    bool is_list = value_is_list(vm, o);
    size_t n = is_list ? value_as_list(o)->len : value_as_tuple(o)->len;
    if (n == 0) return enc_put(e, "[]", 2);
    if (enc_mark(e, o) < 0) return false;
    if (!enc_put(e, "[", 1)) return false;
    e->level++;
    if (!enc_newline(e)) return false;
    /* Indexing anew each time: default() may have shrunk the list. */
    for (size_t i = 0;; i++) {
        size_t len = is_list ? value_as_list(o)->len : value_as_tuple(o)->len;
        if (i >= len) break;
        if (i > 0 && (!enc_puts(e, e->item_sep) || !enc_newline(e))) return false;
        CoilValue item = is_list ? value_as_list(o)->items[i] : value_as_tuple(o)->items[i];
        if (!enc_value(e, item)) return false;
    }
    e->level--;
    if (!enc_newline(e) || !enc_put(e, "]", 1)) return false;
    enc_unmark(e);
    return true;
}

/* The key as JSON text (without quotes for non-str keys' conversions), or
 * VAL_EMPTY to skip it (skipkeys). */
static CoilValue enc_key(Encoder *e, CoilValue k)
{
    CoilVM *vm = e->vm;
    if (value_is_str(vm, k)) return k;
    if (value_is_double(k)) {
        double d = value_as_double(k);
        if (!isfinite(d)) {
            if (!e->allow_nan)
                return vm_raise(vm, vm->e_ValueError, "Out of range float values are not JSON compliant");
            return str_from_cstr(vm, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        return float_repr_value(vm, d);
    }
    if (k == VAL_TRUE) return str_from_cstr(vm, "true");
    if (k == VAL_FALSE) return str_from_cstr(vm, "false");
    if (k == VAL_NONE) return str_from_cstr(vm, "null");
    if (value_is_int(vm, k)) return int_to_str(vm, k, 10, 0);
    if (e->skipkeys) return VAL_EMPTY;
    return vm_raise(vm, vm->e_TypeError, "keys must be str, int, float, bool or None, not %s",
                    value_type_name(vm, k));
}

static bool enc_dict(Encoder *e, CoilValue o)
{
    CoilVM *vm = e->vm;
    CoilDict *d = value_as_dict(o);
    if (d->used == 0) return enc_put(e, "{}", 2);
    if (enc_mark(e, o) < 0) return false;
    GC_SAVE(vm);
    /* A snapshot of the items: default() may mutate the dict. */
    CoilValue items = list_new(vm, d->used);
    if (value_is_error(items)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, items);
    size_t pos = 0;
    CoilValue k, v;
    while (dict_next(d, &pos, &k, &v)) {
        CoilValue pair = tuple_pack2(vm, k, v);
        if (value_is_error(pair) || !list_append(vm, value_as_list(items), pair)) return GC_RESTORE(vm), false;
    }
    if (e->sort_keys && !list_sort(vm, value_as_list(items), VAL_NONE, false)) return GC_RESTORE(vm), false;
    if (!enc_put(e, "{", 1)) return GC_RESTORE(vm), false;
    e->level++;
    if (!enc_newline(e)) return GC_RESTORE(vm), false;
    bool first = true;
    CoilList *l = value_as_list(items);
    for (size_t i = 0; i < l->len; i++) {
        CoilTuple *pair = value_as_tuple(l->items[i]);
        CoilValue key = enc_key(e, pair->items[0]);
        if (value_is_error(key)) return GC_RESTORE(vm), false;
        if (key == VAL_EMPTY) continue;
        GC_ROOT(vm, key);
        if (!first && (!enc_puts(e, e->item_sep) || !enc_newline(e))) return GC_RESTORE(vm), false;
        first = false;
        if (!escape_string(&e->out, value_as_str(key), e->ensure_ascii)) return GC_RESTORE(vm), enc_nomem(e);
        GC_UNROOT(vm, 1);
        if (!enc_puts(e, e->key_sep) || !enc_value(e, pair->items[1])) return GC_RESTORE(vm), false;
    }
    e->level--;
    if (!enc_newline(e) || !enc_put(e, "}", 1)) return GC_RESTORE(vm), false;
    enc_unmark(e);
    GC_RESTORE(vm);
    return true;
}

static bool enc_value(Encoder *e, CoilValue o)
{
    CoilVM *vm = e->vm;
    if (value_is_str(vm, o))
        return escape_string(&e->out, value_as_str(o), e->ensure_ascii) || enc_nomem(e);
    if (o == VAL_NONE) return enc_put(e, "null", 4);
    if (o == VAL_TRUE) return enc_put(e, "true", 4);
    if (o == VAL_FALSE) return enc_put(e, "false", 5);
    if (value_is_int(vm, o)) return enc_int(e, o);
    if (value_is_double(o)) return enc_float(e, value_as_double(o));
    if (value_is_object(o) && type_is_subtype(vm_typeof(vm, o), vm->t_float)) /* float subclasses: float.__repr__ */
        return enc_float(e, value_as_double(float_unwrap(vm, o)));
    if (vm_enter_recursion(vm, " while encoding a JSON object") < 0) return false;
    bool ok;
    if (value_is_list(vm, o) || value_is_tuple(vm, o)) {
        ok = enc_list(e, o);
    } else if (value_is_dict(vm, o)) {
        ok = enc_dict(e, o);
    } else {
        /* default(o) gives something serialisable in o's place. */
        ok = enc_mark(e, o) == 0;
        if (ok) {
            CoilValue r = vm_call1(vm, e->default_fn, o);
            ok = !value_is_error(r);
            if (ok) {
                GC_ROOT(vm, r);
                ok = enc_value(e, r);
                GC_UNROOT(vm, 1);
            }
            if (ok) enc_unmark(e);
        }
    }
    vm_leave_recursion(vm);
    return ok;
}

/* encode(obj, indent, item_separator, key_separator, sort_keys, ensure_ascii,
 *        allow_nan, skipkeys, check_circular, default) -> str */
static CoilValue j_encode(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "encode", nargs, 10, 10) < 0) return VAL_ERROR;
    if ((args[1] != VAL_NONE && !value_is_str(vm, args[1])) || !value_is_str(vm, args[2]) ||
        !value_is_str(vm, args[3]))
        return vm_raise(vm, vm->e_TypeError, "encode(): indent and separators must be str");
    Encoder e;
    memset(&e, 0, sizeof e);
    e.vm = vm;
    buf_init(&e.out, &vm->counted);
    e.indent = args[1] == VAL_NONE ? NULL : value_as_str(args[1]);
    e.item_sep = value_as_str(args[2]);
    e.key_sep = value_as_str(args[3]);
    int flags[5];
    for (int i = 0; i < 5; i++)
        if ((flags[i] = vm_truthy(vm, args[4 + i])) < 0) return VAL_ERROR;
    e.sort_keys = flags[0];
    e.ensure_ascii = flags[1];
    e.allow_nan = flags[2];
    e.skipkeys = flags[3];
    e.check_circular = flags[4];
    e.default_fn = args[9];
    bool ok = enc_value(&e, args[0]);
    if (e.markers) vm_mem_free(vm, e.markers, e.capmarkers * sizeof *e.markers);
    if (!ok) {
        buf_free(&e.out);
        return VAL_ERROR;
    }
    return str_from_buf(vm, &e.out);
}

/* --- the scanner ------------------------------------------------------------------------ */

/* A scanner's settings, read once from the decoder (CPython's c_make_scanner). */
typedef struct Scanner {
    CoilVM *vm;
    CoilString *s;
    bool strict;
    CoilValue object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_class;
} Scanner;

static size_t byte_to_cp(const CoilString *s, size_t off)
{
    if (s->ascii) return off;
    size_t n = 0;
    for (size_t i = 0; i < off && i < s->len; i++)
        if (((unsigned char)s->data[i] & 0xC0) != 0x80) n++;
    return n;
}

/* Raises error_class(msg, doc, pos) — JSONDecodeError. */
static CoilValue scan_error(Scanner *sc, const char *msg, size_t off)
{
    CoilVM *vm = sc->vm;
    CoilValue m = str_from_cstr(vm, msg);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilValue pos = int_from_u64(vm, byte_to_cp(sc->s, off));
    CoilValue a[3] = {m, value_from_object(sc->s), pos};
    CoilValue exc = vm_call(vm, sc->error_class, a, 3, VAL_EMPTY);
    GC_UNROOT(vm, 1);
    if (value_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(const CoilString *s, size_t i)
{
    while (i < s->len && is_ws(s->data[i])) i++;
    return i;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int read_u4(const CoilString *s, size_t at)
{
    if (at + 4 > s->len) return -1;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(s->data[at + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The string whose opening quote is at begin-1; *end is past the closing quote. */
static CoilValue scan_string(Scanner *sc, size_t begin, size_t *end)
{
    CoilVM *vm = sc->vm;
    const CoilString *s = sc->s;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    size_t i = begin;
    for (;;) {
        size_t run = i;
        while (i < s->len && s->data[i] != '"' && s->data[i] != '\\' && (unsigned char)s->data[i] >= 0x20) i++;
        if (i > run && !buf_append(&b, s->data + run, i - run)) goto nomem;
        if (i >= s->len) {
            buf_free(&b);
            return scan_error(sc, "Unterminated string starting at", begin - 1);
        }
        char c = s->data[i];
        if (c == '"') {
            *end = i + 1;
            return str_from_buf(vm, &b);
        }
        if (c != '\\') {
            if (sc->strict) {
                buf_free(&b);
                return scan_error(sc, "Invalid control character at", i);
            }
            if (!buf_putc(&b, c)) goto nomem;
            i++;
            continue;
        }
        i++;
        if (i >= s->len) {
            buf_free(&b);
            return scan_error(sc, "Unterminated string starting at", begin - 1);
        }
        c = s->data[i];
        if (c != 'u') {
            char out;
            switch (c) {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            default:
                buf_free(&b);
                return scan_error(sc, "Invalid \\escape", i - 1);
            }
            if (!buf_putc(&b, out)) goto nomem;
            i++;
            continue;
        }
        /* CPython reports bad \u escapes at the 'u', and needs a character
         * after the four digits (the closing quote at least). */
        int u = i + 5 < s->len ? read_u4(s, i + 1) : -1;
        if (u < 0) {
            buf_free(&b);
            return scan_error(sc, "Invalid \\uXXXX escape", i);
        }
        i += 5;
        uint32_t cp = (uint32_t)u;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s->len && s->data[i] == '\\' && s->data[i + 1] == 'u') {
            int u2 = read_u4(s, i + 2);
            if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | ((uint32_t)u2 - 0xdc00));
                i += 6;
            }
        }
        /* A lone surrogate is kept, as CPython keeps it (Coil strings hold
         * surrogates in their 3-byte form). */
        if (!buf_append_cp(&b, cp)) goto nomem;
    }
nomem:
    buf_free(&b);
    return vm_raise_nomem(vm);
}

static CoilValue scan_value(Scanner *sc, size_t i, size_t *end, bool *missing);

static CoilValue scan_array(Scanner *sc, size_t i, size_t *end)
{
    CoilVM *vm = sc->vm;
    const CoilString *s = sc->s;
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    i = skip_ws(s, i);
    if (i < s->len && s->data[i] == ']') {
        *end = i + 1;
        GC_UNROOT(vm, 1);
        return l;
    }
    for (;;) {
        bool missing = false;
        CoilValue v = scan_value(sc, i, &i, &missing);
        if (missing) v = scan_error(sc, "Expecting value", i);
        if (value_is_error(v) || !list_append(vm, value_as_list(l), v)) return GC_UNROOT(vm, 1), VAL_ERROR;
        i = skip_ws(s, i);
        if (i < s->len && s->data[i] == ']') {
            *end = i + 1;
            break;
        }
        if (i >= s->len || s->data[i] != ',') {
            GC_UNROOT(vm, 1);
            return scan_error(sc, "Expecting ',' delimiter", i);
        }
        i = skip_ws(s, i + 1);
    }
    GC_UNROOT(vm, 1);
    return l;
}

static CoilValue scan_object(Scanner *sc, size_t i, size_t *end)
{
    CoilVM *vm = sc->vm;
    const CoilString *s = sc->s;
    GC_SAVE(vm);
    bool pairs = sc->object_pairs_hook != VAL_NONE;
    CoilValue acc = pairs ? list_new(vm, 0) : dict_new(vm);
    if (value_is_error(acc)) return acc;
    GC_ROOT(vm, acc);
    i = skip_ws(s, i);
    if (i < s->len && s->data[i] == '}') {
        i++;
    } else {
        for (;;) {
            if (i >= s->len || s->data[i] != '"') {
                GC_RESTORE(vm);
                return scan_error(sc, "Expecting property name enclosed in double quotes", i);
            }
            CoilValue key = scan_string(sc, i + 1, &i);
            if (value_is_error(key)) return GC_RESTORE(vm), key;
            GC_ROOT(vm, key);
            i = skip_ws(s, i);
            if (i >= s->len || s->data[i] != ':') {
                GC_RESTORE(vm);
                return scan_error(sc, "Expecting ':' delimiter", i);
            }
            i = skip_ws(s, i + 1);
            bool missing = false;
            CoilValue v = scan_value(sc, i, &i, &missing);
            if (missing) v = scan_error(sc, "Expecting value", i);
            if (value_is_error(v)) return GC_RESTORE(vm), v;
            GC_ROOT(vm, v);
            if (pairs) {
                CoilValue pair = tuple_pack2(vm, key, v);
                if (value_is_error(pair) || !list_append(vm, value_as_list(acc), pair)) return GC_RESTORE(vm), VAL_ERROR;
            } else if (dict_set(vm, value_as_dict(acc), key, v) < 0) {
                return GC_RESTORE(vm), VAL_ERROR;
            }
            GC_UNROOT(vm, 2);
            i = skip_ws(s, i);
            if (i < s->len && s->data[i] == '}') {
                i++;
                break;
            }
            if (i >= s->len || s->data[i] != ',') {
                GC_RESTORE(vm);
                return scan_error(sc, "Expecting ',' delimiter", i);
            }
            i = skip_ws(s, i + 1);
        }
    }
    *end = i;
    CoilValue r = acc;
    if (pairs) r = vm_call1(vm, sc->object_pairs_hook, acc);
    else if (sc->object_hook != VAL_NONE) r = vm_call1(vm, sc->object_hook, acc);
    GC_RESTORE(vm);
    return r;
}

static CoilValue scan_number(Scanner *sc, size_t i, size_t *end, bool *missing)
{
    CoilVM *vm = sc->vm;
    const CoilString *s = sc->s;
    const char *d = s->data;
    size_t start = i;
    if (i < s->len && d[i] == '-') i++;
    if (i < s->len && d[i] == '0') {
        i++;
    } else if (i < s->len && d[i] >= '1' && d[i] <= '9') {
        while (i < s->len && d[i] >= '0' && d[i] <= '9') i++;
    } else {
        *missing = true;
        *end = start;
        return VAL_NONE;
    }
    bool is_float = false;
    if (i + 1 < s->len && d[i] == '.' && d[i + 1] >= '0' && d[i + 1] <= '9') {
        is_float = true;
        i += 2;
        while (i < s->len && d[i] >= '0' && d[i] <= '9') i++;
    }
    if (i < s->len && (d[i] == 'e' || d[i] == 'E')) {
        size_t j = i + 1;
        if (j < s->len && (d[j] == '-' || d[j] == '+')) j++;
        if (j < s->len && d[j] >= '0' && d[j] <= '9') {
            while (j < s->len && d[j] >= '0' && d[j] <= '9') j++;
            is_float = true;
            i = j;
        }
    }
    *end = i;
    CoilValue hook = is_float ? sc->parse_float : sc->parse_int;
    CoilType *fast = is_float ? vm->t_float : vm->t_int;
    if (hook == value_from_object(fast)) {
        if (!is_float) return int_from_string(vm, d + start, i - start, 10, VAL_EMPTY);
        double x;
        if (numfmt_parse_float(&vm->counted, d + start, i - start, &x) != NUMFMT_OK) return vm_raise_nomem(vm);
        return value_from_double(x);
    }
    CoilValue text = str_new(vm, d + start, i - start);
    if (value_is_error(text)) return text;
    GC_ROOT(vm, text);
    CoilValue r = vm_call1(vm, hook, text);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue scan_constant(Scanner *sc, const char *name)
{
    CoilValue n = str_from_cstr(sc->vm, name);
    if (value_is_error(n)) return n;
    GC_ROOT(sc->vm, n);
    CoilValue r = vm_call1(sc->vm, sc->parse_constant, n);
    GC_UNROOT(sc->vm, 1);
    return r;
}

static bool has_word(const CoilString *s, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= s->len && memcmp(s->data + i, w, n) == 0;
}

/* One value at byte i; *missing (no exception) when no value starts there. */
static CoilValue scan_value(Scanner *sc, size_t i, size_t *end, bool *missing)
{
    const CoilString *s = sc->s;
    *missing = false;
    if (i >= s->len) {
        *missing = true;
        *end = i;
        return VAL_NONE;
    }
    CoilVM *vm = sc->vm;
    CoilValue r;
    switch (s->data[i]) {
    case '"': return scan_string(sc, i + 1, end);
    case '{':
        if (vm_enter_recursion(vm, " while decoding a JSON object from a unicode string") < 0) return VAL_ERROR;
        r = scan_object(sc, i + 1, end);
        vm_leave_recursion(vm);
        return r;
    case '[':
        if (vm_enter_recursion(vm, " while decoding a JSON array from a unicode string") < 0) return VAL_ERROR;
        r = scan_array(sc, i + 1, end);
        vm_leave_recursion(vm);
        return r;
    case 'n':
        if (has_word(s, i, "null")) {
            *end = i + 4;
            return VAL_NONE;
        }
        break;
    case 't':
        if (has_word(s, i, "true")) {
            *end = i + 4;
            return VAL_TRUE;
        }
        break;
    case 'f':
        if (has_word(s, i, "false")) {
            *end = i + 5;
            return VAL_FALSE;
        }
        break;
    case 'N':
        if (has_word(s, i, "NaN")) {
            *end = i + 3;
            return scan_constant(sc, "NaN");
        }
        break;
    case 'I':
        if (has_word(s, i, "Infinity")) {
            *end = i + 8;
            return scan_constant(sc, "Infinity");
        }
        break;
    case '-':
        if (has_word(s, i, "-Infinity")) {
            *end = i + 9;
            return scan_constant(sc, "-Infinity");
        }
        break;
    default: break;
    }
    return scan_number(sc, i, end, missing);
}

/* scanner(string, idx) -> (value, end); StopIteration(idx) when no value
 * starts at idx (the decoder turns that into "Expecting value"). */
static CoilValue j_scan_once(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    /* args[0] is the settings tuple the scanner was bound to. */
    if (args_count(vm, "scan_once", nargs - 1, 2, 2) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "first argument must be a string, not %s", value_type_name(vm, args[1]));
    CoilTuple *ctx = value_as_tuple(args[0]);
    Scanner sc = {vm, value_as_str(args[1]), ctx->items[0] == VAL_TRUE, ctx->items[1], ctx->items[2],
                  ctx->items[3],  ctx->items[4], ctx->items[5], ctx->items[6]};
    int64_t idx;
    if (vm_index(vm, args[2], &idx) < 0) return VAL_ERROR;
    if (idx < 0) return vm_raise(vm, vm->e_ValueError, "idx cannot be negative");
    if ((uint64_t)idx > sc.s->cplen) idx = (int64_t)sc.s->cplen;
    size_t off = str_cp_offset(sc.s, (size_t)idx), end = off;
    bool missing = false;
    CoilValue v = scan_value(&sc, off, &end, &missing);
    if (value_is_error(v)) return v;
    if (missing) {
        CoilValue a = int_from_i64(vm, idx);
        CoilValue t = tuple_from_array(vm, &a, 1);
        if (value_is_error(t)) return t;
        return vm_raise_args(vm, vm->e_StopIteration, t);
    }
    GC_ROOT(vm, v);
    CoilValue endv = int_from_u64(vm, byte_to_cp(sc.s, end));
    CoilValue r = tuple_pack2(vm, v, endv);
    GC_UNROOT(vm, 1);
    return r;
}

static const CoilMethodDef scanner_def = {"scan_once", j_scan_once, 0};

/* make_scanner(strict, object_hook, object_pairs_hook, parse_float, parse_int,
 *              parse_constant, error_class) -> scan_once callable */
static CoilValue j_make_scanner(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "make_scanner", nargs, 7, 7) < 0) return VAL_ERROR;
    int strict = vm_truthy(vm, args[0]);
    if (strict < 0) return VAL_ERROR;
    CoilValue ctx = tuple_from_array(vm, args, 7);
    if (value_is_error(ctx)) return ctx;
    value_as_tuple(ctx)->items[0] = value_from_bool(strict);
    return builtin_new(vm, &scanner_def, ctx, NULL);
}

static const CoilMethodDef json_functions[] = {
    {"encode", j_encode, 0},
    {"encode_basestring", j_encode_basestring, 0},
    {"encode_basestring_ascii", j_encode_basestring_ascii, 0},
    {"make_scanner", j_make_scanner, 0},
    {NULL, NULL, 0}};

CoilValue mod_json_create(CoilVM *vm) { return module_new_native(vm, "_json", json_functions); }
