/* bytes.c — the bytes object and what it shares with bytearray: views,
 * construction from ints/iterables/buffers/str, CPython's repr (b'..' with
 * \x escapes), indexing to ints, slicing, concatenation and repetition,
 * comparisons across both types, hashing like str's bytes.  Named methods
 * are in bytes_methods.c, the mutable type in bytearray.c. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define BYTES(v) ((CoilBytes *)value_as_object(v))

static size_t bytes_size(const CoilObject *o) { return sizeof(CoilBytes) + ((const CoilBytes *)o)->len + 1; }

CoilValue bytes_new(CoilVM *vm, const void *data, size_t len)
{
    CoilBytes *b = gc_alloc_object(vm, vm->t_bytes, sizeof(CoilBytes) + len + 1);
    if (!b) return VAL_ERROR;
    b->len = len;
    b->hash = -1;
    if (len) {
        if (data) memcpy(b->data, data, len);
        else memset(b->data, 0, len);
    }
    b->data[len] = 0;
    return value_from_object(b);
}

bool bytes_view(CoilVM *vm, CoilValue v, BytesView *out)
{
    out->p = (const unsigned char *)"";
    out->n = 0;
    if (!value_is_object(v)) return false;
    CoilType *t = bytes_layout_type(value_as_object(v)->type);
    if (t == vm->t_bytes) {
        out->p = BYTES(v)->data;
        out->n = BYTES(v)->len;
        return true;
    }
    if (t == vm->t_bytearray) {
        out->p = value_as_bytearray(v)->data;
        out->n = value_as_bytearray(v)->len;
        if (!out->p) out->p = (const unsigned char *)"";
        return true;
    }
    if (t == vm->t_memoryview) return memoryview_view(vm, v, out);
    return false;
}

CoilValue bytes_like_new(CoilVM *vm, CoilValue like, const void *data, size_t len)
{
    return value_is_bytearray(vm, like) ? bytearray_new(vm, data, len) : bytes_new(vm, data, len);
}

CoilValue bytes_as_str(CoilVM *vm, CoilValue v)
{
    BytesView b;
    if (!bytes_view(vm, v, &b)) b.n = 0;
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    for (size_t i = 0; i < b.n; i++)
        if (!buf_append_cp(&buf, b.p[i])) {
            buf_free(&buf);
            return vm_raise_nomem(vm);
        }
    return str_from_buf(vm, &buf);
}

CoilValue bytes_repr_of(CoilVM *vm, const unsigned char *p, size_t n, const char *prefix, const char *suffix)
{
    /* bytearray's repr escapes ' even inside "..." (a CPython quirk kept). */
    bool esc_sq = *prefix != 0;
    /* Single quotes unless the text has ' and no " (CPython's rule). */
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = buf_append_str(&buf, prefix) && buf_putc(&buf, 'b') && buf_putc(&buf, q);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; ok && i < n; i++) {
        unsigned char c = p[i];
        if (c == q || c == '\\' || (c == '\'' && esc_sq)) ok = buf_putc(&buf, '\\') && buf_putc(&buf, (char)c);
        else if (c == '\t') ok = buf_append(&buf, "\\t", 2);
        else if (c == '\n') ok = buf_append(&buf, "\\n", 2);
        else if (c == '\r') ok = buf_append(&buf, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            ok = buf_append(&buf, e, 4);
        } else ok = buf_putc(&buf, (char)c);
    }
    ok = ok && buf_putc(&buf, q) && buf_append_str(&buf, suffix);
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &buf);
}

static CoilValue bytes_repr(CoilVM *vm, CoilValue self)
{
    return bytes_repr_of(vm, BYTES(self)->data, BYTES(self)->len, "", "");
}

static int bytes_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    BytesView v;
    bytes_view(vm, self, &v);
    *out = (int64_t)v.n;
    return 0;
}

/* Shared by bytes and bytearray: any two byte strings compare by content. */
static CoilValue bytes_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    BytesView x, y;
    if (!bytes_view(vm, a, &x) || !bytes_view(vm, b, &y)) return VAL_NOTIMPLEMENTED;
    size_t n = x.n < y.n ? x.n : y.n;
    int c = n ? memcmp(x.p, y.p, n) : 0;
    if (!c) c = x.n < y.n ? -1 : x.n > y.n;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return value_from_bool(r);
}

static int bytes_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilBytes *b = BYTES(self);
    /* The same SipHash as str's, as CPython's shared _Py_HashBytes. */
    if (b->hash == -1) b->hash = str_hash_bytes(vm, b->data, b->len);
    *out = b->hash;
    return 0;
}

static CoilValue bytes_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    BytesView b;
    bytes_view(vm, self, &b);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        const size_t *lenp = value_is_bytearray(vm, self) ? &value_as_bytearray(self)->len : &b.n;
        if (slice_unpack_live(vm, key, lenp, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        GC_ROOT(vm, self);
        CoilValue r = bytes_like_new(vm, self, NULL, n > 0 ? (size_t)n : 0);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return r;
        bytes_view(vm, self, &b);
        BytesView rv;
        bytes_view(vm, r, &rv);
        unsigned char *out = (unsigned char *)rv.p;
        /* An __index__ in the slice may have shrunk a bytearray: stay inside. */
        for (int64_t k = 0, i = start; k < n; k++, i += step) out[k] = (uint64_t)i < b.n ? b.p[i] : 0;
        return r;
    }
    bool ba = value_is_bytearray(vm, self);
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
                        value_type_name(vm, key));
    int64_t i;
    if (vm_index(vm, key, &i) < 0) return VAL_ERROR;
    bytes_view(vm, self, &b);
    if (i < 0) i += (int64_t)b.n;
    if (i < 0 || i >= (int64_t)b.n)
        return vm_raise(vm, vm->e_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return value_from_small_int(b.p[i]);
}

static CoilValue bytes_concat(CoilVM *vm, CoilValue a, CoilValue b)
{
    BytesView x, y;
    if (!bytes_view(vm, a, &x) || !bytes_view(vm, b, &y)) return VAL_NOTIMPLEMENTED;
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue r = bytes_like_new(vm, a, NULL, x.n + y.n);
    GC_UNROOT(vm, 2);
    if (value_is_error(r)) return r;
    BytesView rv;
    bytes_view(vm, r, &rv);
    bytes_view(vm, a, &x);
    bytes_view(vm, b, &y);
    if (x.n) memcpy((unsigned char *)rv.p, x.p, x.n);
    if (y.n) memcpy((unsigned char *)rv.p + x.n, y.p, y.n);
    return r;
}

static CoilValue bytes_repeat(CoilVM *vm, CoilValue a, CoilValue b)
{
    CoilValue seq = a, count = b;
    BytesView v;
    if (!bytes_view(vm, seq, &v)) {
        seq = b;
        count = a;
        if (!bytes_view(vm, seq, &v)) return VAL_NOTIMPLEMENTED;
    }
    if (!value_is_int(vm, count) && !vm_typeof(vm, count)->index) return VAL_NOTIMPLEMENTED;
    int64_t n;
    if (vm_index(vm, count, &n) < 0) return VAL_ERROR;
    if (n < 0) n = 0;
    bytes_view(vm, seq, &v);
    if (v.n && (uint64_t)n > (uint64_t)INT64_MAX / v.n) return vm_raise_nomem(vm);
    GC_ROOT(vm, seq);
    CoilValue r = bytes_like_new(vm, seq, NULL, v.n * (size_t)n);
    GC_UNROOT(vm, 1);
    if (value_is_error(r)) return r;
    BytesView rv;
    bytes_view(vm, r, &rv);
    bytes_view(vm, seq, &v);
    for (int64_t k = 0; k < n; k++) memcpy((unsigned char *)rv.p + (size_t)k * v.n, v.p, v.n);
    return r;
}

static CoilValue bytes_mod(CoilVM *vm, CoilValue a, CoilValue b)
{
    BytesView v;
    if (!bytes_view(vm, a, &v)) return VAL_NOTIMPLEMENTED;
    return bytes_percent_format(vm, a, b);
}

int bytes_byte_from_value(CoilVM *vm, CoilValue v)
{
    int64_t n;
    if (!value_is_int(vm, v) && !vm_typeof(vm, v)->index) {
        vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(vm, v));
        return -1;
    }
    if (vm_index(vm, v, &n) < 0) return -1;
    if (n < 0 || n > 255) {
        vm_raise(vm, vm->e_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)n;
}

static int bytes_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    BytesView b, s;
    if (value_is_int(vm, item) || (!bytes_view(vm, item, &s) && vm_typeof(vm, item)->index)) {
        int c = bytes_byte_from_value(vm, item);
        if (c < 0) return -1;
        bytes_view(vm, self, &b);
        return b.n && memchr(b.p, c, b.n) != NULL;
    }
    if (!bytes_view(vm, item, &s)) {
        vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, item));
        return -1;
    }
    bytes_view(vm, self, &b);
    return str_find_bytes((const char *)b.p, b.n, (const char *)s.p, s.n) != NULL;
}

static int bytes_bool(CoilVM *vm, CoilValue self)
{
    BytesView b;
    bytes_view(vm, self, &b);
    return b.n != 0;
}

static CoilValue bytes_iter(CoilVM *vm, CoilValue self) { return seqiter_new(vm, vm->t_seq_iterator, self); }

CoilValue bytes_from_object(CoilVM *vm, CoilValue src, CoilValue encoding, CoilValue errors, const char *who)
{
    /* The argument parser checks the types of encoding and errors first. */
    if (encoding != VAL_EMPTY && !value_is_str(vm, encoding))
        return vm_raise(vm, vm->e_TypeError, "%s() argument 'encoding' must be str, not %s", who,
                        value_arg_type_name(vm, encoding));
    if (errors != VAL_EMPTY && !value_is_str(vm, errors))
        return vm_raise(vm, vm->e_TypeError, "%s() argument 'errors' must be str, not %s", who,
                        value_arg_type_name(vm, errors));
    if (src == VAL_EMPTY) {
        if (encoding != VAL_EMPTY || errors != VAL_EMPTY)
            return vm_raise(vm, vm->e_TypeError, encoding != VAL_EMPTY ? "encoding without a string argument"
                                                                       : "errors without a string argument");
        return bytes_new(vm, NULL, 0);
    }
    if (value_is_str(vm, src)) {
        if (encoding == VAL_EMPTY) return vm_raise(vm, vm->e_TypeError, "string argument without an encoding");
        return codec_encode(vm, src, encoding, errors);
    }
    if (encoding != VAL_EMPTY) return vm_raise(vm, vm->e_TypeError, "encoding without a string argument");
    if (errors != VAL_EMPTY) return vm_raise(vm, vm->e_TypeError, "errors without a string argument");
    BytesView v;
    if (bytes_view(vm, src, &v)) return bytes_new(vm, v.p, v.n);
    CoilType *t = vm_typeof(vm, src);
    CoilString *dunder = str_intern_cstr(vm, "__bytes__");
    if (!dunder) return VAL_ERROR;
    CoilValue m = type_lookup(vm, t, dunder);
    if (m != VAL_EMPTY && m != VAL_NONE) {
        CoilValue r = vm_call1(vm, m, src);
        if (value_is_error(r)) return r;
        if (!value_is_bytes(vm, r))
            return vm_raise(vm, vm->e_TypeError, "__bytes__ returned non-bytes (type %s)", value_type_name(vm, r));
        return r;
    }
    if (value_is_int(vm, src) || t->index) {
        int64_t n;
        CoilValue iv = vm_index_value(vm, src);
        if (value_is_error(iv)) return iv;
        if (!int_to_i64(vm, iv, &n))
            return vm_raise(vm, vm->e_OverflowError, "cannot fit 'int' into an index-sized integer");
        if (n < 0) return vm_raise(vm, vm->e_ValueError, "negative count");
        return bytes_new(vm, NULL, (size_t)n);
    }
    if (!t->iter && !t->getitem)
        return vm_raise(vm, vm->e_TypeError, "cannot convert '%s' object to %s", t->name, who);
    CoilValue l = list_from_iterable(vm, src);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    CoilList *lst = value_as_list(l);
    CoilValue r = bytes_new(vm, NULL, lst->len);
    if (!value_is_error(r)) {
        GC_ROOT(vm, r);
        for (size_t i = 0; i < lst->len; i++) {
            CoilValue item = lst->items[i];
            int64_t c;
            if (!value_is_int(vm, item) && !vm_typeof(vm, item)->index) {
                r = vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                             value_type_name(vm, item));
                break;
            }
            if (vm_index(vm, item, &c) < 0) {
                r = VAL_ERROR;
                break;
            }
            if (c < 0 || c > 255) {
                /* bytes() words it in the plural, bytearray() does not. */
                r = vm_raise(vm, vm->e_ValueError, "%s must be in range(0, 256)", strcmp(who, "bytes") == 0 ? "bytes" : "byte");
                break;
            }
            BYTES(r)->data[i] = (unsigned char)c;
        }
        GC_UNROOT(vm, 1);
    }
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue bytes_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    CoilValue a[3];
    if (nargs > 3) {
        vm_raise(vm, vm->e_TypeError, "bytes() takes at most 3 arguments (%zu given)", nargs);
        return VAL_ERROR;
    }
    if (args_parse(vm, "bytes", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return VAL_ERROR;
    CoilType *t = (CoilType *)value_as_object(callee);
    if (t == vm->t_bytes && value_is_type(a[0], vm->t_bytes) && a[1] == VAL_EMPTY && a[2] == VAL_EMPTY) return a[0];
    CoilValue exact = bytes_from_object(vm, a[0], a[1], a[2], "bytes");
    if (value_is_error(exact) || t == vm->t_bytes) return exact;
    /* A subclass instance: the exact body, then the dict slot. */
    size_t body = (sizeof(CoilBytes) + BYTES(exact)->len + 1 + 7) & ~(size_t)7;
    GC_ROOT(vm, exact);
    CoilBytes *r = gc_alloc_object(vm, t, body + sizeof(CoilValue));
    GC_UNROOT(vm, 1);
    if (!r) return VAL_ERROR;
    r->len = BYTES(exact)->len;
    r->hash = -1;
    memcpy(r->data, BYTES(exact)->data, r->len + 1);
    *object_dict_slot(&r->obj) = VAL_EMPTY;
    return value_from_object(r);
}

void bytes_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_bytes;
    t->flags |= TYPE_BASETYPE;
    t->instance_size = sizeof(CoilBytes);
    t->obj_size = bytes_size;
    t->repr = bytes_repr;
    t->len = bytes_len;
    t->bool_ = bytes_bool;
    t->compare = bytes_compare;
    t->hash = bytes_hash;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->binary[BIN_ADD] = bytes_concat;
    t->binary[BIN_MUL] = bytes_repeat;
    t->binary[BIN_MOD] = bytes_mod;
    t->iter = bytes_iter;
    t->new_ = bytes_new_slot;
    type_add_methods(vm, t, bytes_shared_methods);
    bytearray_init_type(vm);
    memoryview_init_type(vm);
}

void bytes_share_slots(CoilType *t)
{
    t->len = bytes_len;
    t->bool_ = bytes_bool;
    t->compare = bytes_compare;
    t->getitem = bytes_getitem;
    t->contains = bytes_contains;
    t->binary[BIN_ADD] = bytes_concat;
    t->binary[BIN_MUL] = bytes_repeat;
    t->binary[BIN_MOD] = bytes_mod;
    t->iter = bytes_iter;
}
