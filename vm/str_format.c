/* str_format.c — str.format and str.format_map: the replacement-field
 * grammar ({name.attr[key]!conv:spec}), automatic/manual numbering, nested
 * specs, and CPython's error texts.  The value of each field is rendered by
 * iop_format (the same path f-strings take), so the spec mini-language itself
 * lives in vm/format.c and vm/numfmt. */
#include <stdint.h>
#include <string.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/interp_ops.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* Automatic numbering ("{}") and manual ("{0}") must not be mixed; the state
 * is shared by nested specs, as in CPython. */
typedef enum { AN_INIT, AN_AUTO, AN_MANUAL } AutoNumState;

typedef struct FmtCtx {
    CoilVM *vm;
    const CoilValue *pos; /* positional arguments; NULL for format_map */
    size_t npos;
    CoilValue mapping;    /* keyword arguments (a dict) or format_map's mapping */
    AutoNumState an_state;
    int64_t an_next;
} FmtCtx;

/* A non-empty run of ASCII digits as an index; -1 if it is not one, -2 with
 * ValueError raised if it overflows. */
static int64_t parse_index(CoilVM *vm, const char *s, size_t n)
{
    if (n == 0) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) {
            vm_raise(vm, vm->e_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Resolves field name s[0..n) (first part, then .attr / [key] parts) to a value. */
static CoilValue get_field(FmtCtx *c, const char *s, size_t n)
{
    CoilVM *vm = c->vm;
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    int64_t idx = parse_index(vm, s, i);
    if (idx == -2) return VAL_ERROR;
    bool empty = i == 0;
    if (empty || idx != -1) {
        if (c->an_state == AN_INIT) c->an_state = empty ? AN_AUTO : AN_MANUAL;
        if (c->an_state == AN_MANUAL && empty)
            return vm_raise(vm, vm->e_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        if (c->an_state == AN_AUTO && !empty)
            return vm_raise(vm, vm->e_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->an_next++;
    }
    CoilValue obj;
    if (idx == -1) {
        CoilValue key = str_new(vm, s, i);
        if (value_is_error(key)) return key;
        GC_ROOT(vm, key);
        obj = vm_getitem(vm, c->mapping, key);
        GC_UNROOT(vm, 1);
    } else {
        if (!c->pos) return vm_raise(vm, vm->e_ValueError, "Format string contains positional fields");
        if ((uint64_t)idx >= c->npos)
            return vm_raise(vm, vm->e_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        obj = c->pos[idx];
    }
    if (value_is_error(obj)) return obj;
    GC_SAVE(vm);
    GC_ROOT(vm, obj);
    while (i < n) {
        bool attr = s[i] == '.';
        if (!attr && s[i] != '[') {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        size_t start = ++i, end;
        if (attr) {
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            end = i;
        } else {
            while (i < n && s[i] != ']') i++;
            if (i >= n) {
                GC_RESTORE(vm);
                return vm_raise(vm, vm->e_ValueError, "Missing ']' in format string");
            }
            end = i++;
        }
        if (end == start) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_ValueError, "Empty attribute in format string");
        }
        CoilValue name = VAL_NONE;
        int64_t k = attr ? -1 : parse_index(vm, s + start, end - start);
        if (k == -2) return GC_RESTORE(vm), VAL_ERROR;
        if (k >= 0) name = value_from_small_int(k);
        else {
            name = str_new(vm, s + start, end - start);
            if (value_is_error(name)) return GC_RESTORE(vm), name;
        }
        GC_ROOT(vm, name);
        obj = attr ? vm_getattr(vm, obj, value_as_str(name)) : vm_getitem(vm, obj, name);
        if (value_is_error(obj)) return GC_RESTORE(vm), obj;
        GC_ROOT(vm, obj);
    }
    GC_RESTORE(vm);
    return obj;
}

static bool build(FmtCtx *c, const char *s, size_t n, int depth, CoilBuf *out);

/* One replacement field: name s[0..nn), conversion conv (0 if none), spec
 * s[sp..sp+sn) to be expanded when expand is set. Appends the result to out. */
static bool render_field(FmtCtx *c, const char *name, size_t nn, uint32_t conv, const char *spec, size_t sn,
                         bool expand, int depth, CoilBuf *out)
{
    CoilVM *vm = c->vm;
    CoilValue obj = get_field(c, name, nn);
    if (value_is_error(obj)) return false;
    GC_SAVE(vm);
    GC_ROOT(vm, obj);
    int cv = 0;
    if (conv) {
        if (conv == 's') cv = 1;
        else if (conv == 'r') cv = 2;
        else if (conv == 'a') cv = 3;
        else {
            GC_RESTORE(vm);
            if (conv > 32 && conv < 127)
                vm_raise(vm, vm->e_ValueError, "Unknown conversion specifier %c", (char)conv);
            else vm_raise(vm, vm->e_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
            return false;
        }
    }
    CoilValue specv;
    if (expand) {
        CoilBuf sb;
        buf_init(&sb, &vm->counted);
        if (!build(c, spec, sn, depth - 1, &sb)) {
            buf_free(&sb);
            GC_RESTORE(vm);
            return false;
        }
        specv = str_from_buf(vm, &sb);
    } else specv = str_new(vm, spec, sn);
    if (value_is_error(specv)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, specv);
    CoilValue r = iop_format(vm, obj, specv, cv);
    if (value_is_error(r)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, r);
    bool ok = buf_append(out, value_as_str(r)->data, value_as_str(r)->len);
    GC_RESTORE(vm);
    if (!ok) vm_raise_nomem(vm);
    return ok;
}

/* Parses the field after a '{' at s[*pos] (CPython's parse_field) and renders it. */
static bool do_field(FmtCtx *c, const char *s, size_t n, size_t *pos, int depth, CoilBuf *out)
{
    CoilVM *vm = c->vm;
    size_t i = *pos, name_start = i;
    char ch = 0;
    while (i < n) {
        ch = s[i++];
        if (ch == '{') return vm_raise(vm, vm->e_ValueError, "unexpected '{' in field name"), false;
        if (ch == '[') {
            while (i < n && s[i] != ']') i++;
            ch = 0;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
        ch = 0;
    }
    size_t name_end = ch ? i - 1 : i;
    uint32_t conv = 0;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (i >= n)
                return vm_raise(vm, vm->e_ValueError, "end of string while looking for conversion specifier"),
                       false;
            size_t adv;
            conv = str_decode_cp(s + i, &adv);
            i += adv;
            if (i < n) {
                char d = s[i++];
                if (d == '}') {
                    *pos = i;
                    return render_field(c, s + name_start, name_end - name_start, conv, "", 0, false, depth, out);
                }
                if (d != ':')
                    return vm_raise(vm, vm->e_ValueError, "expected ':' after conversion specifier"), false;
            }
        }
        size_t spec_start = i;
        int count = 1;
        bool expand = false;
        while (i < n) {
            char d = s[i++];
            if (d == '{') {
                expand = true;
                count++;
            } else if (d == '}' && --count == 0) {
                *pos = i;
                return render_field(c, s + name_start, name_end - name_start, conv, s + spec_start,
                                    i - 1 - spec_start, expand, depth, out);
            }
        }
        return vm_raise(vm, vm->e_ValueError, "unmatched '{' in format spec"), false;
    }
    if (ch != '}') return vm_raise(vm, vm->e_ValueError, "expected '}' before end of string"), false;
    *pos = i;
    return render_field(c, s + name_start, name_end - name_start, 0, "", 0, false, depth, out);
}

/* CPython's MarkupIterator: literal text with {{ and }} collapsed, then fields. */
static bool build(FmtCtx *c, const char *s, size_t n, int depth, CoilBuf *out)
{
    CoilVM *vm = c->vm;
    if (depth <= 0) return vm_raise(vm, vm->e_ValueError, "Max string recursion exceeded"), false;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        char ch = 0;
        while (i < n) {
            char d = s[i++];
            if (d == '{' || d == '}') {
                ch = d;
                break;
            }
        }
        bool at_end = i >= n;
        size_t len = i - start;
        bool markup = ch != 0;
        if (ch == '}' && (at_end || s[i] != '}'))
            return vm_raise(vm, vm->e_ValueError, "Single '}' encountered in format string"), false;
        if (at_end && ch == '{')
            return vm_raise(vm, vm->e_ValueError, "Single '{' encountered in format string"), false;
        if (!at_end && ch) {
            if (s[i] == ch) {
                i++; /* a doubled brace: keep one as literal text */
                markup = false;
            } else len--;
        }
        if (len && !buf_append(out, s + start, len)) return vm_raise_nomem(vm), false;
        if (markup && !do_field(c, s, n, &i, depth, out)) return false;
    }
    return true;
}

static CoilValue run_format(FmtCtx *c, CoilString *fmt)
{
    CoilBuf out;
    buf_init(&out, &c->vm->counted);
    if (!build(c, fmt->data, fmt->len, 2, &out)) {
        buf_free(&out);
        return VAL_ERROR;
    }
    return str_from_buf(c->vm, &out);
}

static CoilValue m_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1 || !value_is_str(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "descriptor 'format' of 'str' object needs an argument");
    CoilValue kwargs = dict_new(vm);
    if (value_is_error(kwargs)) return kwargs;
    GC_ROOT(vm, kwargs);
    size_t nkw = args_nkw(kw);
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(vm, value_as_dict(kwargs), value_as_tuple(kw)->items[i], args[nargs + i]) < 0)
            return GC_UNROOT(vm, 1), VAL_ERROR;
    FmtCtx c = {vm, args + 1, nargs - 1, kwargs, AN_INIT, 0};
    CoilValue r = run_format(&c, value_as_str(args[0]));
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_format_map(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.format_map", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    FmtCtx c = {vm, NULL, 0, args[1], AN_INIT, 0};
    return run_format(&c, value_as_str(args[0]));
}

const CoilMethodDef str_format_methods[] = {
    {"format", m_format, METH_KEYWORDS | METH_MAPPING_KW},
    {"format_map", m_format_map, 0},
    {NULL, NULL, 0}};
