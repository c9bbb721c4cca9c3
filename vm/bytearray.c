/* bytearray.c — the mutable byte string: a growable block owned by the
 * object, item and slice assignment/deletion, += and *=, and the list-like
 * mutators (append, extend, insert, pop, remove, reverse, clear, copy).  The
 * read-only slots and methods are shared with bytes (bytes.c,
 * bytes_methods.c); a bytearray is unhashable. */
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define BA(v) value_as_bytearray(v)

static void bytearray_finalize(CoilVM *vm, CoilObject *o)
{
    CoilByteArray *ba = (CoilByteArray *)o;
    if (ba->data) vm_mem_free(vm, ba->data, ba->cap);
    ba->data = NULL;
    ba->cap = ba->len = 0;
}

bool bytearray_resize(CoilVM *vm, CoilByteArray *ba, size_t len)
{
    if (len > ba->cap) {
        size_t cap = ba->cap + (ba->cap >> 1) + 8;
        if (cap < len) cap = len;
        unsigned char *p = ba->data ? vm_mem_realloc(vm, ba->data, ba->cap, cap) : vm_mem_alloc(vm, cap);
        if (!p) return false;
        ba->data = p;
        ba->cap = cap;
    }
    if (len > ba->len) memset(ba->data + ba->len, 0, len - ba->len);
    ba->len = len;
    return true;
}

static CoilValue bytearray_alloc(CoilVM *vm, CoilType *t)
{
    CoilByteArray *ba = gc_alloc_object(vm, t, t->instance_size);
    if (!ba) return VAL_ERROR;
    object_init_fields(&ba->obj);
    return value_from_object(ba);
}

CoilValue bytearray_new(CoilVM *vm, const void *data, size_t len)
{
    CoilValue r = bytearray_alloc(vm, vm->t_bytearray);
    if (value_is_error(r)) return r;
    GC_ROOT(vm, r);
    bool ok = bytearray_resize(vm, BA(r), len);
    GC_UNROOT(vm, 1);
    if (!ok) return VAL_ERROR;
    if (len && data) memcpy(BA(r)->data, data, len);
    return r;
}

/* Fills ba from bytearray()'s arguments (source, encoding, errors). */
static bool fill_from_args(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    CoilValue a[3];
    if (nargs > 3) {
        vm_raise(vm, vm->e_TypeError, "bytearray() takes at most 3 arguments (%zu given)", nargs);
        return false;
    }
    if (args_parse(vm, "bytearray", args, nargs, kwnames, names, 3, 3, 0, a) < 0) return false;
    CoilValue src = bytes_from_object(vm, a[0], a[1], a[2], "bytearray");
    if (value_is_error(src)) return false;
    GC_ROOT(vm, src);
    CoilBytes *b = value_as_bytes(src);
    bool ok = bytearray_resize(vm, BA(self), b->len);
    if (ok && b->len) memcpy(BA(self)->data, b->data, b->len);
    GC_UNROOT(vm, 1);
    return ok;
}

/* bytearray(x) is built in __new__; for a subclass, as in CPython, __new__
 * makes it empty and __init__ fills it, so the subclass's own __init__
 * decides what its arguments mean. */
static CoilValue bytearray_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                    CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilValue r = bytearray_alloc(vm, t);
    if (value_is_error(r) || t != vm->t_bytearray) return r;
    GC_ROOT(vm, r);
    bool ok = fill_from_args(vm, r, args, nargs, kwnames);
    GC_UNROOT(vm, 1);
    return ok ? r : VAL_ERROR;
}

static CoilValue bytearray_init_slot(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                                     CoilValue kwnames)
{
    if (value_as_object(self)->type == vm->t_bytearray) return VAL_NONE; /* bytearray_new_slot filled it */
    BA(self)->len = 0;
    return fill_from_args(vm, self, args, nargs, kwnames) ? VAL_NONE : VAL_ERROR;
}

static CoilValue bytearray_repr(CoilVM *vm, CoilValue self)
{
    CoilByteArray *ba = BA(self);
    const char *name = value_as_object(self)->type->name;
    char prefix[256];
    snprintf(prefix, sizeof prefix, "%s(", name);
    return bytes_repr_of(vm, ba->data ? ba->data : (const unsigned char *)"", ba->len, prefix, ")");
}

static int bytearray_unhashable(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

/* The bytes of a value assigned to a slice: a bytes-like (copied, as it may
 * be self) or an iterable of ints; never a str or an int. */
static CoilValue assigned_bytes(CoilVM *vm, CoilValue v)
{
    BytesView bv;
    if (bytes_view(vm, v, &bv)) return bytes_new(vm, bv.p, bv.n);
    CoilType *t = vm_typeof(vm, v);
    if (value_is_str(vm, v) || value_is_int(vm, v) || t->index || (!t->iter && !t->getitem))
        return vm_raise(vm, vm->e_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return bytes_from_object(vm, v, VAL_EMPTY, VAL_EMPTY, "bytearray");
}

/* Replaces ba[start:stop] (a simple slice) with n bytes from src. */
static bool splice(CoilVM *vm, CoilByteArray *ba, size_t start, size_t stop, const unsigned char *src, size_t n)
{
    /* Indices were computed before any __index__ ran: clamp to the body now. */
    if (stop > ba->len) stop = ba->len;
    if (start > stop) start = stop;
    size_t old = ba->len, tail = old - stop, newlen = old - (stop - start) + n;
    if (newlen > old) {
        if (!bytearray_resize(vm, ba, newlen)) return false;
        memmove(ba->data + start + n, ba->data + stop, tail);
    } else if (tail) {
        memmove(ba->data + start + n, ba->data + stop, tail);
    }
    if (n) memcpy(ba->data + start, src, n);
    ba->len = newlen;
    return true;
}

static int bytearray_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    CoilByteArray *ba = BA(self);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_live(vm, key, &ba->len, &start, &stop, &step, &n) < 0) return -1;
        if (value == VAL_EMPTY) {
            if (step == 1) return splice(vm, ba, (size_t)start, (size_t)(stop < start ? start : stop), NULL, 0) ? 0 : -1;
            if (n <= 0) return 0;
            /* Extended slice deletion: keep the bytes not on the slice. */
            if (step < 0) {
                start += step * (n - 1);
                step = -step;
            }
            size_t w = 0;
            for (size_t i = 0; i < ba->len; i++) {
                bool hit = (int64_t)i >= start && ((int64_t)i - start) % step == 0 && ((int64_t)i - start) / step < n;
                if (!hit) ba->data[w++] = ba->data[i];
            }
            ba->len = w;
            return 0;
        }
        CoilValue src = assigned_bytes(vm, value);
        if (value_is_error(src)) return -1;
        CoilBytes *b = value_as_bytes(src);
        GC_ROOT(vm, src);
        int r = 0;
        if (step == 1) {
            if (!splice(vm, ba, (size_t)start, (size_t)(stop < start ? start : stop), b->data, b->len)) r = -1;
        } else if ((int64_t)b->len != n) {
            vm_raise(vm, vm->e_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", b->len,
                     (long long)n);
            r = -1;
        } else {
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                if ((uint64_t)i < ba->len) ba->data[i] = b->data[k]; /* ba may have shrunk meanwhile */
        }
        GC_UNROOT(vm, 1);
        return r;
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index) {
        vm_raise(vm, vm->e_TypeError, "bytearray indices must be integers or slices, not %s", value_type_name(vm, key));
        return -1;
    }
    int64_t i;
    if (vm_index(vm, key, &i) < 0) return -1;
    int c = 0;
    if (value != VAL_EMPTY && (c = bytes_byte_from_value(vm, value)) < 0) return -1;
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len) {
        vm_raise(vm, vm->e_IndexError, "bytearray index out of range");
        return -1;
    }
    if (value == VAL_EMPTY) return splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0) ? 0 : -1;
    ba->data[i] = (unsigned char)c;
    return 0;
}

static CoilValue bytearray_iadd(CoilVM *vm, CoilValue a, CoilValue b)
{
    BytesView v;
    if (!value_is_bytearray(vm, a)) return VAL_NOTIMPLEMENTED;
    if (!bytes_view(vm, b, &v))
        return vm_raise(vm, vm->e_TypeError, "can't concat %s to %s", value_type_name(vm, b), value_type_name(vm, a));
    CoilByteArray *ba = BA(a);
    size_t old = ba->len, n = v.n;
    if (!bytearray_resize(vm, ba, old + n)) return VAL_ERROR;
    bytes_view(vm, b, &v); /* b may be a itself: re-read after the resize */
    if (n) memmove(ba->data + old, v.p, n);
    return a;
}

static CoilValue bytearray_imul(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_bytearray(vm, a) || (!value_is_int(vm, b) && !vm_typeof(vm, b)->index)) return VAL_NOTIMPLEMENTED;
    int64_t n;
    if (vm_index(vm, b, &n) < 0) return VAL_ERROR;
    CoilByteArray *ba = BA(a);
    size_t len = ba->len;
    if (n <= 0 || !len) {
        ba->len = 0;
        return a;
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / len) return vm_raise_nomem(vm);
    if (!bytearray_resize(vm, ba, len * (size_t)n)) return VAL_ERROR;
    for (int64_t k = 1; k < n; k++) memcpy(ba->data + (size_t)k * len, ba->data, len);
    return a;
}

/* --- methods ------------------------------------------------------------------------- */

#define SELF BA(args[0])

static CoilValue m_append(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.append", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int c = bytes_byte_from_value(vm, args[1]);
    if (c < 0) return VAL_ERROR;
    CoilByteArray *ba = SELF;
    if (!bytearray_resize(vm, ba, ba->len + 1)) return VAL_ERROR;
    ba->data[ba->len - 1] = (unsigned char)c;
    return VAL_NONE;
}

static CoilValue m_extend(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.extend", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue v = args[1];
    CoilType *t = vm_typeof(vm, v);
    BytesView bv;
    if (!bytes_view(vm, v, &bv) && !t->iter && !t->getitem)
        return vm_raise(vm, vm->e_TypeError, "can't extend bytearray with %s", t->name);
    if (value_is_str(vm, v)) { /* iterated: its items are not ints */
        if (!value_as_str(v)->len) return VAL_NONE;
        return vm_raise(vm, vm->e_TypeError, "'str' object cannot be interpreted as an integer");
    }
    CoilValue src = bytes_view(vm, v, &bv) ? bytes_new(vm, bv.p, bv.n)
                                            : bytes_from_object(vm, v, VAL_EMPTY, VAL_EMPTY, "bytearray");
    if (value_is_error(src)) return src;
    GC_ROOT(vm, src);
    CoilByteArray *ba = SELF;
    size_t old = ba->len, n = value_as_bytes(src)->len;
    bool ok = bytearray_resize(vm, ba, old + n);
    if (ok && n) memcpy(ba->data + old, value_as_bytes(src)->data, n);
    GC_UNROOT(vm, 1);
    return ok ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_insert(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "insert", nargs - 1, 2, 2) < 0) return VAL_ERROR;
    int64_t i;
    if (!value_is_int(vm, args[1]) && !vm_typeof(vm, args[1])->index)
        return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                        value_type_name(vm, args[1]));
    if (vm_index(vm, args[1], &i) < 0) return VAL_ERROR;
    int c = bytes_byte_from_value(vm, args[2]);
    if (c < 0) return VAL_ERROR;
    CoilByteArray *ba = SELF;
    int64_t n = (int64_t)ba->len;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    unsigned char byte = (unsigned char)c;
    return splice(vm, ba, (size_t)i, (size_t)i, &byte, 1) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_pop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "pop", nargs - 1, 0, 1) < 0) return VAL_ERROR;
    int64_t i = -1;
    if (nargs > 1) {
        if (!value_is_int(vm, args[1]) && !vm_typeof(vm, args[1])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, args[1]));
        if (vm_index(vm, args[1], &i) < 0) return VAL_ERROR;
    }
    CoilByteArray *ba = SELF;
    if (!ba->len) return vm_raise(vm, vm->e_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len) return vm_raise(vm, vm->e_IndexError, "pop index out of range");
    int c = ba->data[i];
    splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
    return value_from_small_int(c);
}

static CoilValue m_remove(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.remove", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int c = bytes_byte_from_value(vm, args[1]);
    if (c < 0) return VAL_ERROR;
    CoilByteArray *ba = SELF;
    unsigned char *hit = ba->len ? memchr(ba->data, c, ba->len) : NULL;
    if (!hit) return vm_raise(vm, vm->e_ValueError, "value not found in bytearray");
    size_t i = (size_t)(hit - ba->data);
    splice(vm, ba, i, i + 1, NULL, 0);
    return VAL_NONE;
}

static CoilValue m_reverse(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.reverse", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilByteArray *ba = SELF;
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        unsigned char t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return VAL_NONE;
}

static CoilValue m_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF->len = 0;
    return VAL_NONE;
}

static CoilValue m_copy(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "bytearray.copy", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return bytearray_new(vm, SELF->data, SELF->len);
}

/* bytearray.__init__(self, ...) for subclasses that call it explicitly. */
static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1 || !value_is_bytearray(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' of 'bytearray' object needs an argument");
    SELF->len = 0;
    return fill_from_args(vm, args[0], args + 1, nargs - 1, kw) ? VAL_NONE : VAL_ERROR;
}

static const CoilMethodDef bytearray_methods[] = {
    {"__init__", m_init, METH_KEYWORDS},
    {"append", m_append, 0},   {"extend", m_extend, 0},   {"insert", m_insert, 0},
    {"pop", m_pop, 0},         {"remove", m_remove, 0},   {"reverse", m_reverse, 0},
    {"clear", m_clear, 0},     {"copy", m_copy, 0},       {NULL, NULL, 0}};

void bytearray_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_bytearray;
    t->flags |= TYPE_BASETYPE;
    t->instance_size = sizeof(CoilByteArray);
    t->finalize = bytearray_finalize;
    bytes_share_slots(t);
    t->repr = bytearray_repr;
    t->hash = bytearray_unhashable;
    t->setitem = bytearray_setitem;
    t->inplace[BIN_ADD] = bytearray_iadd;
    t->inplace[BIN_MUL] = bytearray_imul;
    t->new_ = bytearray_new_slot;
    t->init = bytearray_init_slot;
    type_add_methods(vm, t, bytes_shared_methods);
    type_add_methods(vm, t, bytearray_methods);
}
