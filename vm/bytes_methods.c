/* bytes_methods.c — the named methods bytes and bytearray share: searching,
 * splitting, stripping, replacing, ASCII case mapping and predicates,
 * padding, hex/fromhex, translate/maketrans and decode.  Each reads self
 * through a BytesView and builds its result with bytes_like_new, so a bytes
 * method gives bytes and a bytearray method a bytearray. */
#include <ctype.h>
#include <stdio.h>

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

/* ASCII classes, as CPython's pyctype (never locale-dependent). */
static bool b_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool b_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool b_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool b_alpha(unsigned char c) { return b_lower(c) || b_upper(c); }
static bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static unsigned char b_toupper(unsigned char c) { return b_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char b_tolower(unsigned char c) { return b_upper(c) ? (unsigned char)(c + 32) : c; }

static BytesView self_view(CoilVM *vm, CoilValue self)
{
    BytesView v;
    bytes_view(vm, self, &v);
    return v;
}

/* A bytes-like argument, or "a bytes-like object is required". */
static bool need_bytes(CoilVM *vm, CoilValue v, BytesView *out)
{
    if (bytes_view(vm, v, out)) return true;
    vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, v));
    return false;
}

static CoilValue new_like(CoilVM *vm, CoilValue self, const void *p, size_t n)
{
    return bytes_like_new(vm, self, p, n);
}

/* The result of a builder (consumes buf). */
static CoilValue from_buf(CoilVM *vm, CoilValue self, CoilBuf *buf, bool ok)
{
    if (!ok) {
        buf_free(buf);
        return vm_raise_nomem(vm);
    }
    CoilValue r = new_like(vm, self, buf->data, buf->len);
    buf_free(buf);
    return r;
}

/* Argument counts with CPython's wording, which varies by method: one-
 * or no-argument methods name the type ("bytes.join() takes exactly one
 * argument"), the searching ones say "find() takes at least 1 argument",
 * the rest "center expected at least 1 argument". */
static int argn(CoilVM *vm, CoilValue self, const char *name, size_t n, size_t min, size_t max)
{
    if (n >= min && n <= max) return 0;
    if (min == max && min <= 1) {
        char q[64];
        snprintf(q, sizeof q, "%s.%s", bytes_layout_type(value_as_object(self)->type)->name, name);
        return args_count(vm, q, n, min, max);
    }
    return args_count(vm, name, n, min, max);
}

static int argn_search(CoilVM *vm, const char *name, size_t n)
{
    if (n >= 1 && n <= 3) return 0;
    if (n < 1) vm_raise(vm, vm->e_TypeError, "%s() takes at least 1 argument (0 given)", name);
    else vm_raise(vm, vm->e_TypeError, "%s() takes at most 3 arguments (%zu given)", name, n);
    return -1;
}

/* --- searching --------------------------------------------------------------------- */

/* [start, end) from optional slice arguments (None allowed), clamped. */
static int sub_range(CoilVM *vm, size_t len, const CoilValue *args, size_t nargs, size_t first, size_t *a, size_t *b)
{
    int64_t n = (int64_t)len, start = 0, end = n;
    if (nargs > first && args[first] != VAL_NONE && slice_bound_index(vm, args[first], true, &start) < 0) return -1;
    if (nargs > first + 1 && args[first + 1] != VAL_NONE && slice_bound_index(vm, args[first + 1], true, &end) < 0)
        return -1;
    if (start < 0 && (start += n) < 0) start = 0;
    if (end < 0 && (end += n) < 0) end = 0;
    if (end > n) end = n;
    *a = (size_t)start;
    *b = (size_t)end;
    return 0;
}

/* The needle of find/count/index: a bytes-like or one byte given as an int. */
static int needle_arg(CoilVM *vm, CoilValue v, BytesView *out, unsigned char *one)
{
    if (bytes_view(vm, v, out)) return 0;
    if (value_is_int(vm, v) || vm_typeof(vm, v)->index) {
        int c = bytes_byte_from_value(vm, v);
        if (c < 0) return -1;
        *one = (unsigned char)c;
        out->p = one;
        out->n = 1;
        return 0;
    }
    vm_raise(vm, vm->e_TypeError, "argument should be integer or bytes-like object, not '%s'", value_type_name(vm, v));
    return -1;
}

static int64_t find_in(const unsigned char *p, size_t a, size_t b, BytesView sub, bool reverse)
{
    if (a > b || b - a < sub.n) return -1;
    if (!reverse) {
        const char *hit = str_find_bytes((const char *)p + a, b - a, (const char *)sub.p, sub.n);
        return hit ? (int64_t)((const unsigned char *)hit - p) : -1;
    }
    for (size_t k = b - sub.n + 1; k > a; k--)
        if (memcmp(p + k - 1, sub.p, sub.n) == 0) return (int64_t)(k - 1);
    return -1;
}

/* find/rfind/index/rindex: the position, -1, or -2 on error. */
static int64_t find_impl(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, bool reverse)
{
    if (argn_search(vm, name, nargs - 1) < 0) return -2;
    /* start and end are parsed before the needle, as CPython does. */
    size_t a, b;
    BytesView s = self_view(vm, args[0]);
    if (sub_range(vm, s.n, args, nargs, 2, &a, &b) < 0) return -2;
    BytesView sub;
    unsigned char one;
    if (needle_arg(vm, args[1], &sub, &one) < 0) return -2;
    s = self_view(vm, args[0]);
    if (b > s.n) b = s.n;
    if (sub.p != &one) bytes_view(vm, args[1], &sub);
    return find_in(s.p, a, b, sub, reverse);
}

static CoilValue m_find(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t r = find_impl(vm, args, nargs, "find", false);
    return r == -2 ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_rfind(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t r = find_impl(vm, args, nargs, "rfind", true);
    return r == -2 ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t r = find_impl(vm, args, nargs, "index", false);
    if (r == -1) return vm_raise(vm, vm->e_ValueError, "subsection not found");
    return r == -2 ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_rindex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t r = find_impl(vm, args, nargs, "rindex", true);
    if (r == -1) return vm_raise(vm, vm->e_ValueError, "subsection not found");
    return r == -2 ? VAL_ERROR : value_from_small_int(r);
}

static CoilValue m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (argn_search(vm, "count", nargs - 1) < 0) return VAL_ERROR;
    size_t a, b;
    BytesView s = self_view(vm, args[0]);
    if (sub_range(vm, s.n, args, nargs, 2, &a, &b) < 0) return VAL_ERROR;
    BytesView sub;
    unsigned char one;
    if (needle_arg(vm, args[1], &sub, &one) < 0) return VAL_ERROR;
    s = self_view(vm, args[0]);
    if (b > s.n) b = s.n;
    if (sub.p != &one) bytes_view(vm, args[1], &sub);
    if (a > b) return value_from_small_int(0);
    if (!sub.n) return value_from_small_int((int64_t)(b - a + 1));
    int64_t n = 0;
    for (size_t i = a; i + sub.n <= b;) {
        if (memcmp(s.p + i, sub.p, sub.n) == 0) {
            n++;
            i += sub.n;
        } else i++;
    }
    return value_from_small_int(n);
}

static CoilValue affix_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool ends, const char *name)
{
    if (argn_search(vm, name, nargs - 1) < 0) return VAL_ERROR;
    size_t a, b;
    if (sub_range(vm, self_view(vm, args[0]).n, args, nargs, 2, &a, &b) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    CoilValue arg = args[1];
    bool tuple = value_is_tuple(vm, arg);
    size_t count = tuple ? value_as_tuple(arg)->len : 1;
    BytesView x;
    if (!tuple && !bytes_view(vm, arg, &x))
        return vm_raise(vm, vm->e_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        value_type_name(vm, arg));
    for (size_t i = 0; i < count; i++) {
        if (tuple && !need_bytes(vm, value_as_tuple(arg)->items[i], &x)) return VAL_ERROR;
        if (a > s.n || a > b || b - a < x.n) continue;
        if (memcmp(s.p + (ends ? b - x.n : a), x.p, x.n) == 0) return VAL_TRUE;
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

/* --- splitting and joining ----------------------------------------------------------------- */

static bool push_piece(CoilVM *vm, CoilValue list, CoilValue self, const unsigned char *p, size_t n)
{
    CoilValue piece = new_like(vm, self, p, n);
    return !value_is_error(piece) && list_append(vm, value_as_list(list), piece);
}

static CoilValue split_impl(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw, bool right)
{
    static const char *const names[] = {"sep", "maxsplit"};
    CoilValue a[2];
    if (args_parse(vm, right ? "rsplit" : "split", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    int64_t maxsplit = -1;
    if (a[1] != VAL_EMPTY) {
        if (!value_is_int(vm, a[1]) && !vm_typeof(vm, a[1])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[1]));
        if (vm_index(vm, a[1], &maxsplit) < 0) return VAL_ERROR;
    }
    BytesView sep = {NULL, 0};
    bool have_sep = a[0] != VAL_EMPTY && a[0] != VAL_NONE;
    if (have_sep && !need_bytes(vm, a[0], &sep)) return VAL_ERROR;
    if (have_sep && !sep.n) return vm_raise(vm, vm->e_ValueError, "empty separator");
    CoilValue list = list_new(vm, 0);
    if (value_is_error(list)) return list;
    GC_ROOT(vm, list);
    CoilValue self = args[0];
    /* Pieces are collected as (start, len) first: appending allocates, and a
     * bytearray's body never moves while we only read it. */
    BytesView s = self_view(vm, self);
    size_t n = s.n;
    CoilBuf spans;
    buf_init(&spans, &vm->counted);
    bool ok = true;
    size_t npieces = 0;
#define SPAN(st, ln)                                                                 \
    do {                                                                             \
        size_t sp_[2] = {(st), (ln)};                                                \
        ok = ok && buf_append(&spans, sp_, sizeof sp_);                              \
        npieces++;                                                                   \
    } while (0)
    if (!have_sep) {
        if (!right) {
            size_t i = 0;
            while (ok) {
                while (i < n && b_space(s.p[i])) i++;
                if (i >= n) break;
                if (maxsplit >= 0 && (int64_t)npieces == maxsplit) {
                    SPAN(i, n - i); /* the rest, trailing whitespace kept */
                    break;
                }
                size_t st = i;
                while (i < n && !b_space(s.p[i])) i++;
                SPAN(st, i - st);
            }
        } else {
            size_t i = n;
            while (ok) {
                while (i > 0 && b_space(s.p[i - 1])) i--;
                if (!i) break;
                if (maxsplit >= 0 && (int64_t)npieces == maxsplit) {
                    SPAN(0, i);
                    break;
                }
                size_t e = i;
                while (i > 0 && !b_space(s.p[i - 1])) i--;
                SPAN(i, e - i);
            }
        }
    } else if (!right) {
        size_t i = 0;
        int64_t splits = 0;
        while (ok) {
            int64_t hit = maxsplit >= 0 && splits >= maxsplit ? -1 : find_in(s.p, i, n, sep, false);
            if (hit < 0) {
                SPAN(i, n - i);
                break;
            }
            SPAN(i, (size_t)hit - i);
            i = (size_t)hit + sep.n;
            splits++;
        }
    } else {
        size_t e = n;
        int64_t splits = 0;
        while (ok) {
            int64_t hit = maxsplit >= 0 && splits >= maxsplit ? -1 : find_in(s.p, 0, e, sep, true);
            if (hit < 0) {
                SPAN(0, e);
                break;
            }
            SPAN((size_t)hit + sep.n, e - (size_t)hit - sep.n);
            e = (size_t)hit;
            splits++;
        }
    }
#undef SPAN
    const size_t *sp = (const size_t *)(void *)spans.data;
    for (size_t k = 0; ok && k < npieces; k++) {
        size_t idx = right && have_sep ? npieces - 1 - k : right ? npieces - 1 - k : k;
        s = self_view(vm, self);
        ok = push_piece(vm, list, self, s.p + sp[2 * idx], sp[2 * idx + 1]);
    }
    buf_free(&spans);
    GC_UNROOT(vm, 1);
    return ok ? list : VAL_ERROR;
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
        if (!value_is_int(vm, a[0]) && !vm_typeof(vm, a[0])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[0]));
        int64_t k;
        if (vm_index(vm, a[0], &k) < 0) return VAL_ERROR;
        keep = k != 0;
    }
    CoilValue list = list_new(vm, 0);
    if (value_is_error(list)) return list;
    GC_ROOT(vm, list);
    size_t i = 0;
    bool ok = true;
    for (;;) {
        BytesView s = self_view(vm, args[0]);
        if (i >= s.n) break;
        size_t st = i;
        while (i < s.n && s.p[i] != '\n' && s.p[i] != '\r') i++;
        size_t e = i;
        if (i < s.n) i += s.p[i] == '\r' && i + 1 < s.n && s.p[i + 1] == '\n' ? 2 : 1;
        if (!push_piece(vm, list, args[0], s.p + st, (keep ? i : e) - st)) {
            ok = false;
            break;
        }
    }
    GC_UNROOT(vm, 1);
    return ok ? list : VAL_ERROR;
}

static CoilValue partition_impl(CoilVM *vm, const CoilValue *args, size_t nargs, bool right)
{
    if (argn(vm, args[0], right ? "rpartition" : "partition", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    BytesView sep;
    if (!need_bytes(vm, args[1], &sep)) return VAL_ERROR;
    if (!sep.n) return vm_raise(vm, vm->e_ValueError, "empty separator");
    BytesView s = self_view(vm, args[0]);
    int64_t hit = find_in(s.p, 0, s.n, sep, right);
    size_t sizes[3];
    size_t starts[3];
    if (hit < 0) {
        starts[0] = starts[1] = starts[2] = right ? 0 : s.n;
        sizes[0] = sizes[1] = sizes[2] = 0;
        if (right) sizes[2] = s.n, starts[0] = 0;
        else sizes[0] = s.n, starts[0] = 0;
    } else {
        starts[0] = 0;
        sizes[0] = (size_t)hit;
        starts[1] = (size_t)hit;
        sizes[1] = sep.n;
        starts[2] = (size_t)hit + sep.n;
        sizes[2] = s.n - starts[2];
    }
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    for (int k = 0; k < 3; k++) value_as_tuple(t)->items[k] = VAL_NONE;
    GC_ROOT(vm, t);
    for (int k = 0; k < 3; k++) {
        CoilValue piece;
        if (k == 1 && hit >= 0) {
            bytes_view(vm, args[1], &sep);
            piece = new_like(vm, args[0], sep.p, sep.n);
        } else {
            s = self_view(vm, args[0]);
            piece = new_like(vm, args[0], s.p + starts[k], sizes[k]);
        }
        if (value_is_error(piece)) return GC_UNROOT(vm, 1), VAL_ERROR;
        value_as_tuple(t)->items[k] = piece;
    }
    GC_UNROOT(vm, 1);
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

static CoilValue m_join(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (argn(vm, args[0], "join", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilType *it = vm_typeof(vm, args[1]);
    if (!it->iter && !it->getitem) return vm_raise(vm, vm->e_TypeError, "can only join an iterable");
    CoilValue items = list_from_iterable(vm, args[1]);
    if (value_is_error(items)) return items;
    GC_ROOT(vm, items);
    CoilList *l = value_as_list(items);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = true;
    for (size_t i = 0; ok && i < l->len; i++) {
        BytesView x;
        if (!bytes_view(vm, l->items[i], &x)) {
            buf_free(&buf);
            GC_UNROOT(vm, 1);
            return vm_raise(vm, vm->e_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                            value_type_name(vm, l->items[i]));
        }
        BytesView sep = self_view(vm, args[0]);
        if (i) ok = buf_append(&buf, sep.p, sep.n);
        ok = ok && buf_append(&buf, x.p, x.n);
    }
    CoilValue r = from_buf(vm, args[0], &buf, ok);
    GC_UNROOT(vm, 1);
    return r;
}

/* --- stripping, replacing ---------------------------------------------------------------- */

static CoilValue strip_impl(CoilVM *vm, const CoilValue *args, size_t nargs, int which, const char *name)
{
    if (argn(vm, args[0], name, nargs - 1, 0, 1) < 0) return VAL_ERROR;
    BytesView chars = {NULL, 0};
    bool have = nargs > 1 && args[1] != VAL_NONE;
    if (have && !need_bytes(vm, args[1], &chars)) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    size_t a = 0, b = s.n;
#define STRIPPED(c) (have ? chars.n && memchr(chars.p, (c), chars.n) != NULL : b_space(c))
    if (which & 1)
        while (a < b && STRIPPED(s.p[a])) a++;
    if (which & 2)
        while (b > a && STRIPPED(s.p[b - 1])) b--;
#undef STRIPPED
    return new_like(vm, args[0], s.p + a, b - a);
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

static CoilValue m_replace(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (argn(vm, args[0], "replace", nargs - 1, 2, 3) < 0) return VAL_ERROR;
    BytesView old, rep;
    if (!need_bytes(vm, args[1], &old) || !need_bytes(vm, args[2], &rep)) return VAL_ERROR;
    int64_t count = -1;
    if (nargs > 3) {
        if (!value_is_int(vm, args[3]) && !vm_typeof(vm, args[3])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, args[3]));
        if (vm_index(vm, args[3], &count) < 0) return VAL_ERROR;
    }
    bytes_view(vm, args[1], &old);
    bytes_view(vm, args[2], &rep);
    BytesView s = self_view(vm, args[0]);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = true;
    size_t i = 0;
    int64_t done = 0;
    if (!old.n) {
        /* An empty pattern matches before every byte and at the end. */
        while (ok && (count < 0 || done < count) && i <= s.n) {
            ok = buf_append(&buf, rep.p, rep.n);
            done++;
            if (i < s.n) ok = ok && buf_putc(&buf, (char)s.p[i]);
            i++;
        }
        if (i < s.n) ok = ok && buf_append(&buf, s.p + i, s.n - i);
        return from_buf(vm, args[0], &buf, ok);
    }
    while (ok && (count < 0 || done < count)) {
        int64_t hit = find_in(s.p, i, s.n, old, false);
        if (hit < 0) break;
        ok = buf_append(&buf, s.p + i, (size_t)hit - i) && buf_append(&buf, rep.p, rep.n);
        i = (size_t)hit + old.n;
        done++;
    }
    ok = ok && buf_append(&buf, s.p + i, s.n - i);
    return from_buf(vm, args[0], &buf, ok);
}

static CoilValue affix_remove(CoilVM *vm, const CoilValue *args, size_t nargs, bool suffix)
{
    if (argn(vm, args[0], suffix ? "removesuffix" : "removeprefix", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    BytesView x;
    if (!need_bytes(vm, args[1], &x)) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    if (x.n && x.n <= s.n && memcmp(s.p + (suffix ? s.n - x.n : 0), x.p, x.n) == 0)
        return new_like(vm, args[0], s.p + (suffix ? 0 : x.n), s.n - x.n);
    return new_like(vm, args[0], s.p, s.n);
}

static CoilValue m_removeprefix(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return affix_remove(vm, args, nargs, false);
}

static CoilValue m_removesuffix(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return affix_remove(vm, args, nargs, true);
}

/* --- case mapping and predicates ------------------------------------------------------------ */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static CoilValue case_map(CoilVM *vm, const CoilValue *args, size_t nargs, int how, const char *name)
{
    if (argn(vm, args[0], name, nargs - 1, 0, 0) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    CoilValue r = new_like(vm, args[0], s.p, s.n);
    if (value_is_error(r)) return r;
    BytesView rv = self_view(vm, r);
    unsigned char *p = (unsigned char *)rv.p;
    bool prev_cased = false;
    for (size_t i = 0; i < rv.n; i++) {
        unsigned char c = p[i];
        switch (how) {
        case CASE_UPPER: p[i] = b_toupper(c); break;
        case CASE_LOWER: p[i] = b_tolower(c); break;
        case CASE_SWAP: p[i] = b_lower(c) ? b_toupper(c) : b_tolower(c); break;
        case CASE_TITLE:
            p[i] = prev_cased ? b_tolower(c) : b_toupper(c);
            prev_cased = b_alpha(c);
            break;
        default: p[i] = i ? b_tolower(c) : b_toupper(c); break;
        }
    }
    return r;
}

static CoilValue m_upper(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return case_map(vm, args, nargs, CASE_UPPER, "upper");
}

static CoilValue m_lower(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return case_map(vm, args, nargs, CASE_LOWER, "lower");
}

static CoilValue m_swapcase(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return case_map(vm, args, nargs, CASE_SWAP, "swapcase");
}

static CoilValue m_title(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return case_map(vm, args, nargs, CASE_TITLE, "title");
}

static CoilValue m_capitalize(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return case_map(vm, args, nargs, CASE_CAPITALIZE, "capitalize");
}

enum { PRED_ALNUM, PRED_ALPHA, PRED_ASCII, PRED_DIGIT, PRED_LOWER, PRED_UPPER, PRED_SPACE, PRED_TITLE };

static CoilValue predicate(CoilVM *vm, const CoilValue *args, size_t nargs, int kind, const char *name)
{
    if (argn(vm, args[0], name, nargs - 1, 0, 0) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    if (kind == PRED_ASCII) {
        for (size_t i = 0; i < s.n; i++)
            if (s.p[i] >= 0x80) return VAL_FALSE;
        return VAL_TRUE;
    }
    if (!s.n) return VAL_FALSE;
    if (kind == PRED_LOWER || kind == PRED_UPPER) {
        bool cased = false;
        for (size_t i = 0; i < s.n; i++) {
            if (kind == PRED_LOWER ? b_upper(s.p[i]) : b_lower(s.p[i])) return VAL_FALSE;
            cased = cased || b_alpha(s.p[i]);
        }
        return value_from_bool(cased);
    }
    if (kind == PRED_TITLE) {
        bool cased = false, prev = false;
        for (size_t i = 0; i < s.n; i++) {
            unsigned char c = s.p[i];
            if (b_upper(c)) {
                if (prev) return VAL_FALSE;
                prev = cased = true;
            } else if (b_lower(c)) {
                if (!prev) return VAL_FALSE;
                prev = cased = true;
            } else prev = false;
        }
        return value_from_bool(cased);
    }
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = s.p[i];
        bool ok = kind == PRED_ALNUM ? b_alpha(c) || b_digit(c) : kind == PRED_ALPHA ? b_alpha(c)
                : kind == PRED_DIGIT ? b_digit(c) : b_space(c);
        if (!ok) return VAL_FALSE;
    }
    return VAL_TRUE;
}

#define PRED(fn, kind, name)                                                              \
    static CoilValue fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)    \
    {                                                                                     \
        (void)kw;                                                                         \
        return predicate(vm, args, nargs, kind, name);                                    \
    }
PRED(m_isalnum, PRED_ALNUM, "isalnum")
PRED(m_isalpha, PRED_ALPHA, "isalpha")
PRED(m_isascii, PRED_ASCII, "isascii")
PRED(m_isdigit, PRED_DIGIT, "isdigit")
PRED(m_islower, PRED_LOWER, "islower")
PRED(m_isupper, PRED_UPPER, "isupper")
PRED(m_isspace, PRED_SPACE, "isspace")
PRED(m_istitle, PRED_TITLE, "istitle")
#undef PRED

/* --- padding ------------------------------------------------------------------------ */

static int width_arg(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (!value_is_int(vm, v) && !vm_typeof(vm, v)->index) {
        vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(vm, v));
        return -1;
    }
    return vm_index(vm, v, out);
}

/* where: 0 ljust, 1 rjust, 2 center. */
static CoilValue pad_impl(CoilVM *vm, const CoilValue *args, size_t nargs, int where, const char *name)
{
    if (argn(vm, args[0], name, nargs - 1, 1, 2) < 0) return VAL_ERROR;
    int64_t width;
    if (width_arg(vm, args[1], &width) < 0) return VAL_ERROR;
    unsigned char fill = ' ';
    if (nargs > 2) {
        BytesView f;
        if (!bytes_view(vm, args[2], &f) || f.n != 1)
            return vm_raise(vm, vm->e_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                            value_type_name(vm, args[2]));
        fill = f.p[0];
    }
    BytesView s = self_view(vm, args[0]);
    if (width <= (int64_t)s.n) return new_like(vm, args[0], s.p, s.n);
    size_t total = (size_t)width - s.n, left;
    if (where == 0) left = 0;
    else if (where == 1) left = total;
    else left = total / 2 + (total & (size_t)width & 1); /* CPython's centring rule */
    CoilValue r = new_like(vm, args[0], NULL, (size_t)width);
    if (value_is_error(r)) return r;
    s = self_view(vm, args[0]);
    unsigned char *p = (unsigned char *)self_view(vm, r).p;
    memset(p, fill, (size_t)width);
    memcpy(p + left, s.p, s.n);
    return r;
}

static CoilValue m_ljust(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, 0, "ljust");
}

static CoilValue m_rjust(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, 1, "rjust");
}

static CoilValue m_center(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return pad_impl(vm, args, nargs, 2, "center");
}

static CoilValue m_zfill(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (argn(vm, args[0], "zfill", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t width;
    if (width_arg(vm, args[1], &width) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    if (width <= (int64_t)s.n) return new_like(vm, args[0], s.p, s.n);
    size_t fill = (size_t)width - s.n;
    CoilValue r = new_like(vm, args[0], NULL, (size_t)width);
    if (value_is_error(r)) return r;
    s = self_view(vm, args[0]);
    unsigned char *p = (unsigned char *)self_view(vm, r).p;
    memset(p, '0', fill);
    memcpy(p + fill, s.p, s.n);
    if (s.n && (s.p[0] == '+' || s.p[0] == '-')) {
        p[0] = s.p[0];
        p[fill] = '0';
    }
    return r;
}

static CoilValue m_expandtabs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"tabsize"};
    CoilValue a[1];
    if (args_parse(vm, "expandtabs", args + 1, nargs - 1, kw, names, 1, 1, 0, a) < 0) return VAL_ERROR;
    int64_t tab = 8;
    if (a[0] != VAL_EMPTY && width_arg(vm, a[0], &tab) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = true;
    size_t col = 0;
    for (size_t i = 0; ok && i < s.n; i++) {
        unsigned char c = s.p[i];
        if (c == '\t') {
            if (tab > 0) {
                size_t n = (size_t)tab - col % (size_t)tab;
                ok = buf_fill(&buf, ' ', n);
                col += n;
            }
        } else {
            ok = buf_putc(&buf, (char)c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    return from_buf(vm, args[0], &buf, ok);
}

/* --- hex, translate, decode ----------------------------------------------------------------- */

static CoilValue m_hex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    CoilValue a[2];
    if (args_parse(vm, "hex", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    char sep = 0;
    int64_t per = 1;
    if (a[0] != VAL_EMPTY) {
        BytesView sv;
        if (value_is_str(vm, a[0])) {
            CoilString *ss = value_as_str(a[0]);
            if (ss->cplen != 1) return vm_raise(vm, vm->e_ValueError, "sep must be length 1.");
            if (!ss->ascii) return vm_raise(vm, vm->e_ValueError, "sep must be ASCII.");
            sep = ss->data[0];
        } else if (bytes_view(vm, a[0], &sv)) {
            if (sv.n != 1) return vm_raise(vm, vm->e_ValueError, "sep must be length 1.");
            if (sv.p[0] >= 0x80) return vm_raise(vm, vm->e_ValueError, "sep must be ASCII.");
            sep = (char)sv.p[0];
        } else {
            /* CPython measures the separator before checking its type. */
            CoilType *st = vm_typeof(vm, a[0]);
            if (!st->len) return vm_raise(vm, vm->e_TypeError, "object of type '%s' has no len()", st->name);
            return vm_raise(vm, vm->e_TypeError, "sep must be str or bytes.");
        }
        if (a[1] != VAL_EMPTY && width_arg(vm, a[1], &per) < 0) return VAL_ERROR;
    }
    BytesView s = self_view(vm, args[0]);
    static const char hexd[] = "0123456789abcdef";
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = buf_reserve(&buf, s.n * 3);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    for (size_t i = 0; ok && i < s.n; i++) {
        if (sep && group && i) {
            /* Groups count from the right for a positive bytes_per_sep. */
            bool cut = per > 0 ? (s.n - i) % group == 0 : i % group == 0;
            if (cut) ok = buf_putc(&buf, sep);
        }
        ok = ok && buf_putc(&buf, hexd[s.p[i] >> 4]) && buf_putc(&buf, hexd[s.p[i] & 15]);
    }
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &buf);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static CoilValue m_fromhex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (argn(vm, args[0], "fromhex", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "fromhex() argument must be str, not %s", value_arg_type_name(vm, args[1]));
    CoilString *s = value_as_str(args[1]);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = true;
    size_t i = 0, cpi = 0;
    const unsigned char *p = (const unsigned char *)s->data;
    while (ok && i < s->len) {
        if (b_space(p[i])) {
            i++;
            cpi++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < s->len ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            buf_free(&buf);
            /* CPython reports the position (in code points) of the bad digit. */
            size_t pos = hi < 0 ? cpi : cpi + 1;
            return vm_raise(vm, vm->e_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                            pos);
        }
        ok = buf_putc(&buf, (char)(hi * 16 + lo));
        i += 2;
        cpi += 2;
    }
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    CoilType *cls = (CoilType *)value_as_object(args[0]);
    CoilValue r = bytes_layout_type(cls) == vm->t_bytearray ? bytearray_new(vm, buf.data, buf.len)
                                                             : bytes_new(vm, buf.data, buf.len);
    buf_free(&buf);
    if (value_is_error(r) || cls == vm->t_bytes || cls == vm->t_bytearray) return r;
    GC_ROOT(vm, r);
    CoilValue sub = vm_call1(vm, args[0], r); /* a subclass: cls(result), as CPython does */
    GC_UNROOT(vm, 1);
    return sub;
}

static CoilValue m_maketrans(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "maketrans", nargs, 2, 2) < 0) return VAL_ERROR;
    BytesView from, to;
    if (!need_bytes(vm, args[0], &from) || !need_bytes(vm, args[1], &to)) return VAL_ERROR;
    if (from.n != to.n) return vm_raise(vm, vm->e_ValueError, "maketrans arguments must have same length");
    unsigned char table[256];
    for (int i = 0; i < 256; i++) table[i] = (unsigned char)i;
    for (size_t i = 0; i < from.n; i++) table[from.p[i]] = to.p[i];
    return bytes_new(vm, table, 256);
}

static CoilValue m_translate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"", "delete"};
    CoilValue a[2];
    if (args_parse(vm, "translate", args + 1, nargs - 1, kw, names, 2, 2, 1, a) < 0) return VAL_ERROR;
    BytesView table = {NULL, 0}, del = {NULL, 0};
    if (a[0] != VAL_NONE) {
        if (!need_bytes(vm, a[0], &table)) return VAL_ERROR;
        if (table.n != 256) return vm_raise(vm, vm->e_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] != VAL_EMPTY && !need_bytes(vm, a[1], &del)) return VAL_ERROR;
    bool drop[256] = {false};
    for (size_t i = 0; i < del.n; i++) drop[del.p[i]] = true;
    BytesView s = self_view(vm, args[0]);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = buf_reserve(&buf, s.n);
    for (size_t i = 0; ok && i < s.n; i++)
        if (!drop[s.p[i]]) ok = buf_putc(&buf, (char)(table.p ? table.p[s.p[i]] : s.p[i]));
    return from_buf(vm, args[0], &buf, ok);
}

static CoilValue m_decode(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"encoding", "errors"};
    CoilValue a[2];
    if (args_parse(vm, "decode", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    BytesView s = self_view(vm, args[0]);
    return codec_decode(vm, s.p, s.n, a[0], a[1]);
}

const CoilMethodDef bytes_shared_methods[] = {
    {"find", m_find, 0},
    {"rfind", m_rfind, 0},
    {"index", m_index, 0},
    {"rindex", m_rindex, 0},
    {"count", m_count, 0},
    {"startswith", m_startswith, 0},
    {"endswith", m_endswith, 0},
    {"split", m_split, METH_KEYWORDS},
    {"rsplit", m_rsplit, METH_KEYWORDS},
    {"splitlines", m_splitlines, METH_KEYWORDS},
    {"partition", m_partition, 0},
    {"rpartition", m_rpartition, 0},
    {"join", m_join, 0},
    {"strip", m_strip, 0},
    {"lstrip", m_lstrip, 0},
    {"rstrip", m_rstrip, 0},
    {"replace", m_replace, 0},
    {"removeprefix", m_removeprefix, 0},
    {"removesuffix", m_removesuffix, 0},
    {"upper", m_upper, 0},
    {"lower", m_lower, 0},
    {"swapcase", m_swapcase, 0},
    {"title", m_title, 0},
    {"capitalize", m_capitalize, 0},
    {"isalnum", m_isalnum, 0},
    {"isalpha", m_isalpha, 0},
    {"isascii", m_isascii, 0},
    {"isdigit", m_isdigit, 0},
    {"islower", m_islower, 0},
    {"isupper", m_isupper, 0},
    {"isspace", m_isspace, 0},
    {"istitle", m_istitle, 0},
    {"center", m_center, 0},
    {"ljust", m_ljust, 0},
    {"rjust", m_rjust, 0},
    {"zfill", m_zfill, 0},
    {"expandtabs", m_expandtabs, METH_KEYWORDS},
    {"hex", m_hex, METH_KEYWORDS},
    {"fromhex", m_fromhex, METH_CLASS},
    {"maketrans", m_maketrans, METH_STATIC},
    {"translate", m_translate, METH_KEYWORDS},
    {"decode", m_decode, METH_KEYWORDS},
    {NULL, NULL, 0}};

const CoilMethodDef bytes_hex_methods[] = {{"hex", m_hex, METH_KEYWORDS}, {NULL, NULL, 0}};
