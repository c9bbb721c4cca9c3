/* str_methods.c — the methods of str.  Add a method with a CoilNativeFn and
 * one line in str_methods[].  Case mapping and the Unicode predicates are
 * in str_unicode.c. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "unicode/unicode.h"

#define SELF value_as_str(args[0])

static CoilString *str_arg(CoilVM *vm, CoilValue v, const char *what)
{
    if (value_is_str(vm, v)) return value_as_str(v);
    vm_raise(vm, vm->e_TypeError, "%s", what);
    return NULL;
}

/* --- join / split --------------------------------------------------------------- */

static CoilValue m_join(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.join", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilString *sep = SELF;
    GC_SAVE(vm);
    CoilValue seq = args[1];
    if (!value_is_list(vm, seq) && !value_is_tuple(vm, seq)) {
        seq = list_from_iterable(vm, seq);
        if (value_is_error(seq)) {
            if (vm_exception_matches(vm, vm->e_TypeError) && !vm_typeof(vm, args[1])->iter) {
                vm_take_exception(vm);
                return vm_raise(vm, vm->e_TypeError, "can only join an iterable");
            }
            return seq;
        }
        GC_ROOT(vm, seq);
    }
    const CoilValue *items = value_is_tuple(vm, seq) ? value_as_tuple(seq)->items : value_as_list(seq)->items;
    size_t n = value_is_tuple(vm, seq) ? value_as_tuple(seq)->len : value_as_list(seq)->len;
    size_t len = 0, cplen = 0;
    bool ascii = sep->ascii;
    uint8_t kind = sep->kind;
    for (size_t i = 0; i < n; i++) {
        if (!value_is_str(vm, items[i])) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "sequence item %zu: expected str instance, %s found", i,
                            value_type_name(vm, items[i]));
        }
        CoilString *s = value_as_str(items[i]);
        len += s->len + (i ? sep->len : 0);
        cplen += s->cplen + (i ? sep->cplen : 0);
        ascii = ascii && s->ascii;
        if (s->kind > kind) kind = s->kind;
    }
    if (n == 1 && value_is_type(items[0], vm->t_str)) {
        CoilValue r = items[0];
        GC_RESTORE(vm);
        return r;
    }
    CoilString *r = str_alloc(vm, len);
    if (!r) return GC_RESTORE(vm), VAL_ERROR;
    items = value_is_tuple(vm, seq) ? value_as_tuple(seq)->items : value_as_list(seq)->items;
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(r->data + off, sep->data, sep->len);
            off += sep->len;
        }
        CoilString *s = value_as_str(items[i]);
        memcpy(r->data + off, s->data, s->len);
        off += s->len;
    }
    r->ascii = ascii;
    r->cplen = cplen;
    r->kind = n ? kind : 1;
    GC_RESTORE(vm);
    return value_from_object(r);
}

static bool is_space_at(const CoilString *s, size_t off, size_t *adv)
{
    uint32_t cp = str_decode_cp(s->data + off, adv);
    return uni_isspace(cp);
}

/* Splits on whitespace runs (sep=None) or on a separator string. */
static CoilValue split_impl(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    CoilValue a[2];
    if (args_parse(vm, right ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    int64_t maxsplit = -1;
    if (a[1] != VAL_EMPTY && vm_index(vm, a[1], &maxsplit) < 0) return VAL_ERROR;
    CoilString *sep = NULL;
    if (a[0] != VAL_EMPTY && a[0] != VAL_NONE) {
        if (!(sep = str_arg(vm, a[0], "must be str or None"))) {
            vm_take_exception(vm);
            return vm_raise(vm, vm->e_TypeError, "must be str or None, not %s", value_type_name(vm, a[0]));
        }
        if (sep->len == 0) return vm_raise(vm, vm->e_ValueError, "empty separator");
    }
    GC_SAVE(vm);
    CoilValue out = list_new(vm, 0);
    if (value_is_error(out)) return out;
    GC_ROOT(vm, out);
    CoilList *l = value_as_list(out);
    if (!right) {
        size_t i = 0, n = s->len;
        int64_t splits = 0;
        if (!sep) {
            for (;;) {
                size_t adv;
                while (i < n && is_space_at(s, i, &adv)) i += adv;
                if (i >= n) break;
                size_t start = i;
                if (maxsplit >= 0 && splits >= maxsplit) {
                    /* The rest, trailing whitespace included (as CPython). */
                    CoilValue piece = str_new(vm, s->data + start, n - start);
                    if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                    break;
                }
                while (i < n && !is_space_at(s, i, &adv)) i += adv;
                CoilValue piece = str_new(vm, s->data + start, i - start);
                if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                splits++;
            }
        } else {
            size_t start = 0;
            for (;;) {
                const char *hit = (maxsplit < 0 || splits < maxsplit)
                                      ? str_find_bytes(s->data + start, n - start, sep->data, sep->len)
                                      : NULL;
                size_t end = hit ? (size_t)(hit - s->data) : n;
                CoilValue piece = str_new(vm, s->data + start, end - start);
                if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                if (!hit) break;
                start = end + sep->len;
                splits++;
            }
        }
    } else {
        /* rsplit: collect from the right, then reverse. */
        int64_t splits = 0;
        size_t end = s->len;
        if (!sep) {
            for (;;) {
                while (end > 0) {
                    size_t k = end - 1;
                    while (k > 0 && ((unsigned char)s->data[k] & 0xC0) == 0x80) k--;
                    size_t ad;
                    if (!is_space_at(s, k, &ad)) break;
                    end = k;
                }
                if (end == 0) break;
                size_t start = end;
                if (maxsplit >= 0 && splits >= maxsplit) {
                    CoilValue piece = str_new(vm, s->data, end);
                    if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                    break;
                }
                while (start > 0) {
                    size_t k = start - 1;
                    while (k > 0 && ((unsigned char)s->data[k] & 0xC0) == 0x80) k--;
                    size_t ad;
                    if (is_space_at(s, k, &ad)) break;
                    start = k;
                }
                CoilValue piece = str_new(vm, s->data + start, end - start);
                if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                end = start;
                splits++;
            }
        } else {
            for (;;) {
                const char *hit = NULL;
                if ((maxsplit < 0 || splits < maxsplit) && end >= sep->len) {
                    for (size_t k = end - sep->len + 1; k > 0; k--)
                        if (memcmp(s->data + k - 1, sep->data, sep->len) == 0) {
                            hit = s->data + k - 1;
                            break;
                        }
                }
                size_t start = hit ? (size_t)(hit - s->data) + sep->len : 0;
                CoilValue piece = str_new(vm, s->data + start, end - start);
                if (value_is_error(piece) || !list_append(vm, l, piece)) return GC_RESTORE(vm), VAL_ERROR;
                if (!hit) break;
                end = (size_t)(hit - s->data);
                splits++;
            }
        }
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            CoilValue t = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = t;
        }
    }
    GC_RESTORE(vm);
    return out;
}

static CoilValue m_split(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return split_impl(vm, args, nargs, kw, false);
}

static CoilValue m_rsplit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return split_impl(vm, args, nargs, kw, true);
}

static CoilValue m_splitlines(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"keepends"};
    CoilValue a[1];
    if (args_parse(vm, "splitlines", args + 1, nargs - 1, kw, names, 1, 1, 0, a) < 0) return VAL_ERROR;
    int keep = 0;
    if (a[0] != VAL_EMPTY) {
        /* keepends is converted as an int (CPython's bool(accept={int})). */
        if (!value_is_int(vm, a[0]) && !vm_typeof(vm, a[0])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[0]));
        int64_t k;
        if (vm_index(vm, a[0], &k) < 0) return VAL_ERROR;
        keep = k != 0;
    }
    CoilString *s = SELF;
    CoilValue out = list_new(vm, 0);
    if (value_is_error(out)) return out;
    GC_ROOT(vm, out);
    size_t i = 0, n = s->len;
    while (i < n) {
        size_t start = i, eol = n, next = n;
        while (i < n) {
            size_t adv;
            uint32_t cp = str_decode_cp(s->data + i, &adv);
            if (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || cp == 0x1c || cp == 0x1d || cp == 0x1e ||
                cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                eol = i;
                next = i + adv;
                if (cp == '\r' && next < n && s->data[next] == '\n') next++;
                break;
            }
            i += adv;
        }
        CoilValue piece = str_new(vm, s->data + start, (keep ? next : eol) - start);
        if (value_is_error(piece) || !list_append(vm, value_as_list(out), piece)) return GC_UNROOT(vm, 1), VAL_ERROR;
        i = next;
    }
    GC_UNROOT(vm, 1);
    return out;
}

/* --- strip ------------------------------------------------------------------------ */

static bool in_chars(const CoilString *chars, uint32_t cp)
{
    for (size_t i = 0; i < chars->len;) {
        size_t adv;
        if (str_decode_cp(chars->data + i, &adv) == cp) return true;
        i += adv;
    }
    return false;
}

static CoilValue strip_impl(CoilVM *vm, const CoilValue *args, size_t nargs, int which, const char *name)
{
    if (args_count(vm, name, nargs - 1, 0, 1) < 0) return VAL_ERROR;
    CoilString *s = SELF, *chars = NULL;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (!value_is_str(vm, args[1]))
            return vm_raise(vm, vm->e_TypeError, "%s arg must be None or str", name);
        chars = value_as_str(args[1]);
    }
    size_t start = 0, end = s->len;
    if (which & 1) {
        while (start < end) {
            size_t adv;
            uint32_t cp = str_decode_cp(s->data + start, &adv);
            if (chars ? !in_chars(chars, cp) : !uni_isspace(cp)) break;
            start += adv;
        }
    }
    if (which & 2) {
        while (end > start) {
            size_t k = end - 1;
            while (k > start && ((unsigned char)s->data[k] & 0xC0) == 0x80) k--;
            size_t adv;
            uint32_t cp = str_decode_cp(s->data + k, &adv);
            if (chars ? !in_chars(chars, cp) : !uni_isspace(cp)) break;
            end = k;
        }
    }
    if (start == 0 && end == s->len && s->obj.type == vm->t_str) return args[0];
    return str_new(vm, s->data + start, end - start);
}

static CoilValue m_strip(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return strip_impl(vm, args, nargs, 3, "strip");
}
static CoilValue m_lstrip(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return strip_impl(vm, args, nargs, 1, "lstrip");
}
static CoilValue m_rstrip(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return strip_impl(vm, args, nargs, 2, "rstrip");
}

/* --- searching --------------------------------------------------------------------- */

/* Byte range of code points [start, end) from optional slice arguments. */
static int sub_range(CoilVM *vm, CoilString *s, const CoilValue *args, size_t nargs, size_t first, size_t *bstart,
                     size_t *bend)
{
    int64_t n = (int64_t)s->cplen, start = 0, end = n;
    if (nargs > first && args[first] != VAL_NONE && slice_bound_index(vm, args[first], true, &start) < 0) return -1;
    if (nargs > first + 1 && args[first + 1] != VAL_NONE && slice_bound_index(vm, args[first + 1], true, &end) < 0)
        return -1;
    if (start < 0 && (start += n) < 0) start = 0;
    if (end < 0 && (end += n) < 0) end = 0;
    if (end > n) end = n;
    if (start > n) {
        *bstart = s->len + 1; /* empty, and past the end */
        *bend = s->len;
        return 0;
    }
    if (end < start) end = start;
    *bstart = str_cp_offset(s, (size_t)start);
    *bend = str_cp_offset(s, (size_t)end);
    return 0;
}

static int64_t cp_index_of(const CoilString *s, size_t off)
{
    if (s->ascii) return (int64_t)off;
    int64_t n = 0;
    for (size_t i = 0; i < off; i++) n += ((unsigned char)s->data[i] & 0xC0) != 0x80;
    return n;
}

static int64_t find_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool reverse, const char *name, bool *err)
{
    *err = false;
    if (args_count_tuple(vm, name, nargs - 1, 1, 3) < 0) goto fail;
    CoilString *s = SELF;
    if (!value_is_str(vm, args[1])) {
        vm_raise(vm, vm->e_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
        goto fail;
    }
    CoilString *sub = value_as_str(args[1]);
    size_t a, b;
    if (sub_range(vm, s, args, nargs, 2, &a, &b) < 0) goto fail;
    if (a > s->len || b < a || b - a < sub->len) return -1;
    if (!reverse) {
        const char *hit = str_find_bytes(s->data + a, b - a, sub->data, sub->len);
        return hit ? cp_index_of(s, (size_t)(hit - s->data)) : -1;
    }
    for (size_t k = b - sub->len + 1; k > a; k--)
        if (memcmp(s->data + k - 1, sub->data, sub->len) == 0) return cp_index_of(s, k - 1);
    return -1;
fail:
    *err = true;
    return -1;
}

static CoilValue m_find(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    bool err;
    int64_t r = find_impl(vm, args, nargs, false, "find", &err);
    return err ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_rfind(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    bool err;
    int64_t r = find_impl(vm, args, nargs, true, "rfind", &err);
    return err ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    bool err;
    int64_t r = find_impl(vm, args, nargs, false, "index", &err);
    if (err) return VAL_ERROR;
    if (r < 0) return vm_raise(vm, vm->e_ValueError, "substring not found");
    return value_from_small_int(r);
}

static CoilValue m_rindex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    bool err;
    int64_t r = find_impl(vm, args, nargs, true, "rindex", &err);
    if (err) return VAL_ERROR;
    if (r < 0) return vm_raise(vm, vm->e_ValueError, "substring not found");
    return value_from_small_int(r);
}

static CoilValue m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count_tuple(vm, "count", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
    CoilString *sub = value_as_str(args[1]);
    size_t a, b;
    if (sub_range(vm, s, args, nargs, 2, &a, &b) < 0) return VAL_ERROR;
    if (a > s->len) return value_from_small_int(0);
    if (sub->len == 0) return value_from_small_int(cp_index_of(s, b) - cp_index_of(s, a) + 1);
    int64_t c = 0;
    size_t i = a;
    while (i + sub->len <= b) {
        const char *hit = str_find_bytes(s->data + i, b - i, sub->data, sub->len);
        if (!hit) break;
        c++;
        i = (size_t)(hit - s->data) + sub->len;
    }
    return value_from_small_int(c);
}

static CoilValue affix_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool ends, const char *name)
{
    if (args_count_tuple(vm, name, nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    size_t a, b;
    if (sub_range(vm, s, args, nargs, 2, &a, &b) < 0) return VAL_ERROR;
    CoilValue pre = args[1];
    size_t n = 1;
    const CoilValue *cands = &pre;
    if (value_is_tuple(vm, pre)) {
        cands = value_as_tuple(pre)->items;
        n = value_as_tuple(pre)->len;
    } else if (!value_is_str(vm, pre)) {
        return vm_raise(vm, vm->e_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                        value_type_name(vm, pre));
    }
    for (size_t k = 0; k < n; k++) {
        if (!value_is_str(vm, cands[k]))
            return vm_raise(vm, vm->e_TypeError, "tuple for %s must only contain str, not %s", name,
                            value_type_name(vm, cands[k]));
        CoilString *p = value_as_str(cands[k]);
        if (a > s->len || b - a < p->len) continue;
        const char *at = ends ? s->data + b - p->len : s->data + a;
        if (memcmp(at, p->data, p->len) == 0) return VAL_TRUE;
    }
    return VAL_FALSE;
}

static CoilValue m_startswith(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return affix_impl(vm, args, nargs, false, "startswith");
}

static CoilValue m_endswith(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return affix_impl(vm, args, nargs, true, "endswith");
}

static CoilValue m_replace(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "replace", nargs - 1, 2, 3) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "replace() argument 1 must be str, not %s", value_arg_type_name(vm, args[1]));
    if (!value_is_str(vm, args[2]))
        return vm_raise(vm, vm->e_TypeError, "replace() argument 2 must be str, not %s", value_arg_type_name(vm, args[2]));
    CoilString *old = value_as_str(args[1]), *rep = value_as_str(args[2]);
    int64_t count = -1;
    if (nargs > 3 && vm_index(vm, args[3], &count) < 0) return VAL_ERROR;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = true;
    int64_t done = 0;
    if (old->len == 0) {
        /* Insert rep before every code point and at the end. */
        size_t i = 0;
        while (ok && (count < 0 || done < count)) {
            ok = buf_append(&b, rep->data, rep->len);
            done++;
            if (i >= s->len) break;
            size_t adv;
            str_decode_cp(s->data + i, &adv);
            ok = ok && buf_append(&b, s->data + i, adv);
            i += adv;
        }
        if (i < s->len) ok = ok && buf_append(&b, s->data + i, s->len - i);
    } else {
        size_t i = 0;
        while (ok) {
            const char *hit = (count < 0 || done < count) ? str_find_bytes(s->data + i, s->len - i, old->data, old->len) : NULL;
            if (!hit) {
                ok = buf_append(&b, s->data + i, s->len - i);
                break;
            }
            size_t at = (size_t)(hit - s->data);
            ok = buf_append(&b, s->data + i, at - i) && buf_append(&b, rep->data, rep->len);
            i = at + old->len;
            done++;
        }
    }
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

/* --- case and predicates ----------------------------------------------------------- */

/* Case mapping and the other Unicode predicates are in str_unicode.c. */
static CoilValue predicate(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, int kind)
{
    (void)kind;
    if (args_count(vm, name, nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    if (s->len == 0) return VAL_FALSE;
    for (size_t i = 0; i < s->len;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        i += adv;
        if (!uni_isspace(cp)) return VAL_FALSE;
    }
    return VAL_TRUE;
}

#define PRED_METHOD(fn, name, kind)                                                      \
    static CoilValue fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)   \
    {                                                                                    \
        (void)kw;                                                                        \
        return predicate(vm, args, nargs, name, kind);                                   \
    }
PRED_METHOD(m_isspace, "str.isspace", 3)

static CoilValue m_isascii(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.isascii", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return value_from_bool(SELF->ascii);
}

/* --- padding ----------------------------------------------------------------------- */

static CoilValue pad_impl(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, int where)
{
    if (args_count(vm, name, nargs - 1, 1, 2) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    int64_t width;
    if (vm_index(vm, args[1], &width) < 0) return VAL_ERROR;
    uint32_t fill = ' ';
    if (nargs > 2) {
        if (!value_is_str(vm, args[2]))
            return vm_raise(vm, vm->e_TypeError, "The fill character must be a unicode character, not %s",
                            value_type_name(vm, args[2]));
        if (value_as_str(args[2])->cplen != 1)
            return vm_raise(vm, vm->e_TypeError, "The fill character must be exactly one character long");
        size_t adv;
        fill = str_decode_cp(value_as_str(args[2])->data, &adv);
    }
    if (width <= (int64_t)s->cplen) return s->obj.type == vm->t_str ? args[0] : str_new(vm, s->data, s->len);
    size_t total = (size_t)width - s->cplen, left, right;
    if (where == 0) left = 0, right = total;              /* ljust */
    else if (where == 1) left = total, right = 0;         /* rjust */
    else {                                                /* center, as CPython */
        left = total / 2 + (total & (size_t)width & 1);
        right = total - left;
    }
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_fill_cp(&b, fill, left) && buf_append(&b, s->data, s->len) && buf_fill_cp(&b, fill, right);
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

static CoilValue m_ljust(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, "ljust", 0);
}
static CoilValue m_rjust(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, "rjust", 1);
}
static CoilValue m_center(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, "center", 2);
}

static CoilValue m_zfill(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.zfill", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    int64_t width;
    if (vm_index(vm, args[1], &width) < 0) return VAL_ERROR;
    if (width <= (int64_t)s->cplen) return args[0];
    size_t pad = (size_t)width - s->cplen;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool sign = s->len && (s->data[0] == '+' || s->data[0] == '-');
    bool ok = (!sign || buf_putc(&b, s->data[0])) && buf_fill(&b, '0', pad) &&
              buf_append(&b, s->data + sign, s->len - sign);
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

/* --- partition / encode ------------------------------------------------------------- */

static CoilValue partition_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool right)
{
    if (args_count(vm, right ? "str.rpartition" : "str.partition", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilString *s = SELF;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "must be str, not %s", value_type_name(vm, args[1]));
    CoilString *sep = value_as_str(args[1]);
    if (sep->len == 0) return vm_raise(vm, vm->e_ValueError, "empty separator");
    const char *hit = NULL;
    if (!right) hit = str_find_bytes(s->data, s->len, sep->data, sep->len);
    else if (s->len >= sep->len)
        for (size_t k = s->len - sep->len + 1; k > 0 && !hit; k--)
            if (memcmp(s->data + k - 1, sep->data, sep->len) == 0) hit = s->data + k - 1;
    GC_SAVE(vm);
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    CoilValue empty = value_from_object(vm->names.empty);
    CoilTuple *tt = value_as_tuple(t);
    if (!hit) {
        tt->items[0] = right ? empty : args[0];
        tt->items[1] = empty;
        tt->items[2] = right ? args[0] : empty;
    } else {
        size_t at = (size_t)(hit - s->data);
        CoilValue a = str_new(vm, s->data, at);
        if (value_is_error(a)) return GC_RESTORE(vm), a;
        tt->items[0] = a;
        tt->items[1] = args[1];
        CoilValue c = str_new(vm, s->data + at + sep->len, s->len - at - sep->len);
        if (value_is_error(c)) return GC_RESTORE(vm), c;
        tt->items[2] = c;
    }
    GC_RESTORE(vm);
    return t;
}

static CoilValue m_partition(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return partition_impl(vm, args, nargs, false);
}

static CoilValue m_rpartition(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return partition_impl(vm, args, nargs, true);
}

static CoilValue m_encode(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"encoding", "errors"};
    CoilValue a[2];
    if (args_parse(vm, "encode", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    return codec_encode(vm, args[0], a[0], a[1]);
}

static CoilValue m_removeprefix(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.removeprefix", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "removeprefix() argument must be str, not %s", value_arg_type_name(vm, args[1]));
    CoilString *s = SELF, *p = value_as_str(args[1]);
    if (s->len >= p->len && memcmp(s->data, p->data, p->len) == 0) return str_new(vm, s->data + p->len, s->len - p->len);
    return args[0];
}

static CoilValue m_removesuffix(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "str.removesuffix", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "removesuffix() argument must be str, not %s", value_arg_type_name(vm, args[1]));
    CoilString *s = SELF, *p = value_as_str(args[1]);
    if (p->len && s->len >= p->len && memcmp(s->data + s->len - p->len, p->data, p->len) == 0)
        return str_new(vm, s->data, s->len - p->len);
    return args[0];
}

const CoilMethodDef str_methods[] = {
    {"join", m_join, 0},
    {"split", m_split, METH_KEYWORDS},
    {"rsplit", m_rsplit, METH_KEYWORDS},
    {"splitlines", m_splitlines, METH_KEYWORDS},
    {"strip", m_strip, 0},
    {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0},
    {"find", m_find, 0},
    {"rfind", m_rfind, 0},
    {"index", m_index, 0},
    {"rindex", m_rindex, 0},
    {"count", m_count, 0},
    {"startswith", m_startswith, 0},
    {"endswith", m_endswith, 0},
    {"replace", m_replace, 0},
    {"isspace", m_isspace, 0},
    {"isascii", m_isascii, 0},
    {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0},
    {"center", m_center, 0},
    {"zfill", m_zfill, 0},
    {"partition", m_partition, 0},
    {"rpartition", m_rpartition, 0},
    {"encode", m_encode, METH_KEYWORDS},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {NULL, NULL, 0}};
