/* bytes.c — the bytes object: construction, CPython's repr (b'..' with \x
 * escapes), indexing to ints, slicing, concatenation, hashing like str's
 * bytes, iteration and decode('utf-8'). */
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

CoilValue bytes_as_str(CoilVM *vm, CoilValue v)
{
    CoilBytes *b = BYTES(v);
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    for (size_t i = 0; i < b->len; i++)
        if (!buf_append_cp(&buf, b->data[i])) {
            buf_free(&buf);
            return vm_raise_nomem(vm);
        }
    return str_from_buf(vm, &buf);
}

static CoilValue bytes_repr(CoilVM *vm, CoilValue self)
{
    CoilBytes *b = BYTES(self);
    bool sq = memchr(b->data, '\'', b->len) != NULL, dq = memchr(b->data, '"', b->len) != NULL;
    char q = sq && !dq ? '"' : '\'';
    CoilBuf buf;
    buf_init(&buf, &vm->counted);
    bool ok = buf_putc(&buf, 'b') && buf_putc(&buf, q);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; ok && i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == q || c == '\\') ok = buf_putc(&buf, '\\') && buf_putc(&buf, (char)c);
        else if (c == '\t') ok = buf_append(&buf, "\\t", 2);
        else if (c == '\n') ok = buf_append(&buf, "\\n", 2);
        else if (c == '\r') ok = buf_append(&buf, "\\r", 2);
        else if (c < 0x20 || c >= 0x7f) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            ok = buf_append(&buf, e, 4);
        } else ok = buf_putc(&buf, (char)c);
    }
    ok = ok && buf_putc(&buf, q);
    if (!ok) {
        buf_free(&buf);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &buf);
}

static int bytes_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)BYTES(self)->len;
    return 0;
}

static CoilValue bytes_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_type(a, vm->t_bytes) || !value_is_type(b, vm->t_bytes)) return VAL_NOTIMPLEMENTED;
    CoilBytes *x = BYTES(a), *y = BYTES(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (!c) c = x->len < y->len ? -1 : x->len > y->len;
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
    CoilBytes *b = BYTES(self);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)b->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        GC_ROOT(vm, self);
        CoilValue r = bytes_new(vm, NULL, n > 0 ? (size_t)n : 0);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return r;
        for (int64_t k = 0, i = start; k < n; k++, i += step) BYTES(r)->data[k] = b->data[i];
        return r;
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "byte indices must be integers or slices, not %s",
                        value_type_name(vm, key));
    int64_t i;
    if (vm_index(vm, key, &i) < 0) return VAL_ERROR;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || i >= (int64_t)b->len) return vm_raise(vm, vm->e_IndexError, "index out of range");
    return value_from_small_int(b->data[i]);
}

static CoilValue bytes_concat(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_type(a, vm->t_bytes) || !value_is_type(b, vm->t_bytes)) return VAL_NOTIMPLEMENTED;
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue r = bytes_new(vm, NULL, BYTES(a)->len + BYTES(b)->len);
    GC_UNROOT(vm, 2);
    if (value_is_error(r)) return r;
    memcpy(BYTES(r)->data, BYTES(a)->data, BYTES(a)->len);
    memcpy(BYTES(r)->data + BYTES(a)->len, BYTES(b)->data, BYTES(b)->len);
    return r;
}

static int bytes_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilBytes *b = BYTES(self);
    if (value_is_int(vm, item)) {
        int64_t v;
        if (vm_index(vm, item, &v) < 0) return -1;
        if (v < 0 || v > 255) {
            vm_raise(vm, vm->e_ValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(b->data, (int)v, b->len) != NULL;
    }
    if (!value_is_type(item, vm->t_bytes)) {
        vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, item));
        return -1;
    }
    return str_find_bytes((const char *)b->data, b->len, (const char *)BYTES(item)->data, BYTES(item)->len) != NULL;
}

static int bytes_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return BYTES(self)->len != 0;
}

static CoilValue bytes_iter(CoilVM *vm, CoilValue self) { return seqiter_new(vm, vm->t_seq_iterator, self); }

static CoilValue bytes_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    (void)callee;
    static const char *const names[] = {"source", "encoding", "errors"};
    CoilValue a[3];
    if (args_parse(vm, "bytes", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return VAL_ERROR;
    if (a[0] == VAL_EMPTY) return bytes_new(vm, NULL, 0);
    if (value_is_str(vm, a[0])) {
        if (a[1] == VAL_EMPTY) return vm_raise(vm, vm->e_TypeError, "string argument without an encoding");
        return bytes_new(vm, value_as_str(a[0])->data, value_as_str(a[0])->len);
    }
    if (value_is_int(vm, a[0])) {
        int64_t n;
        if (vm_index(vm, a[0], &n) < 0) return VAL_ERROR;
        if (n < 0) return vm_raise(vm, vm->e_ValueError, "negative count");
        return bytes_new(vm, NULL, (size_t)n);
    }
    if (value_is_type(a[0], vm->t_bytes)) return a[0];
    CoilValue l = list_from_iterable(vm, a[0]);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    CoilList *lst = value_as_list(l);
    CoilValue r = bytes_new(vm, NULL, lst->len);
    if (!value_is_error(r)) {
        for (size_t i = 0; i < lst->len; i++) {
            int64_t v;
            if (vm_index(vm, lst->items[i], &v) < 0) {
                r = VAL_ERROR;
                break;
            }
            if (v < 0 || v > 255) {
                r = vm_raise(vm, vm->e_ValueError, "bytes must be in range(0, 256)");
                break;
            }
            BYTES(r)->data[i] = (unsigned char)v;
        }
    }
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_decode(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"encoding", "errors"};
    CoilValue a[2];
    if (args_parse(vm, "decode", args + 1, nargs - 1, kw, names, 2, 2, 0, a) < 0) return VAL_ERROR;
    CoilBytes *b = BYTES(args[0]);
    /* Validate UTF-8 (the default codec). */
    size_t i = 0;
    while (i < b->len) {
        unsigned char c = b->data[i];
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = n && i + n <= b->len;
        for (size_t k = 1; ok && k < n; k++) ok = (b->data[i + k] & 0xC0) == 0x80;
        if (!ok)
            return vm_raise(vm, vm->e_UnicodeError,
                            "'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte", c, i);
        i += n;
    }
    return str_new(vm, (const char *)b->data, b->len);
}

static const CoilMethodDef bytes_methods[] = {{"decode", m_decode, METH_KEYWORDS}, {NULL, NULL, 0}};

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
    t->iter = bytes_iter;
    t->new_ = bytes_new_slot;
    type_add_methods(vm, t, bytes_methods);
}
