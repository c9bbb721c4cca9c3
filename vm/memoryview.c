/* memoryview.c — a minimal memoryview: one-dimensional, format 'B', over a
 * bytes (read-only) or bytearray (writable).  Indexing, contiguous slicing
 * (a view on the same memory), item and slice assignment, tobytes/tolist/
 * hex, release and `with`.  A slice with a step of a view on bytes views a
 * copy of the picked bytes; over a bytearray it, and cast(), are not
 * supported (NotImplementedError).  A bytearray under a view is not locked against
 * resizing as in CPython; the view reads the current body, bounds-checked. */
#include <stdio.h>

#include "vm/args.h"
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

typedef struct CoilMemoryView {
    CoilObject obj;
    CoilValue base;     /* the bytes or bytearray viewed */
    size_t start, len;  /* the window, in bytes */
    bool released;
} CoilMemoryView;

#define MV(v) ((CoilMemoryView *)value_as_object(v))

static void mv_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilMemoryView *)o)->base); }

bool memoryview_view(CoilVM *vm, CoilValue v, BytesView *out)
{
    CoilMemoryView *m = MV(v);
    BytesView b;
    if (m->released || !bytes_view(vm, m->base, &b)) {
        out->p = (const unsigned char *)"";
        out->n = 0;
        return !m->released; /* a released view is no longer bytes-like */
    }
    size_t start = m->start < b.n ? m->start : b.n;
    size_t n = m->len < b.n - start ? m->len : b.n - start;
    out->p = b.p + start;
    out->n = n;
    return true;
}

static bool released(CoilVM *vm, CoilValue self)
{
    if (!MV(self)->released) return false;
    vm_raise(vm, vm->e_ValueError, "operation forbidden on released memoryview object");
    return true;
}

static bool readonly(CoilVM *vm, CoilValue self) { return !value_is_bytearray(vm, MV(self)->base); }

static CoilValue mv_make(CoilVM *vm, CoilValue base, size_t start, size_t len)
{
    GC_ROOT(vm, base);
    CoilMemoryView *m = gc_alloc_object(vm, vm->t_memoryview, sizeof(CoilMemoryView));
    GC_UNROOT(vm, 1);
    if (!m) return VAL_ERROR;
    m->base = base;
    m->start = start;
    m->len = len;
    m->released = false;
    return value_from_object(m);
}

static CoilValue mv_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    (void)callee;
    static const char *const names[] = {"object"};
    CoilValue a[1];
    if (args_parse(vm, "memoryview", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return VAL_ERROR;
    CoilValue o = a[0];
    if (value_is_object(o) && value_as_object(o)->type == vm->t_memoryview) {
        if (released(vm, o)) return VAL_ERROR;
        return mv_make(vm, MV(o)->base, MV(o)->start, MV(o)->len);
    }
    BytesView b;
    if (!bytes_view(vm, o, &b))
        return vm_raise(vm, vm->e_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                        value_type_name(vm, o));
    return mv_make(vm, o, 0, b.n);
}

static CoilValue mv_repr(CoilVM *vm, CoilValue self)
{
    return str_format(vm, "<%smemory at %p>", MV(self)->released ? "released " : "", (void *)value_as_object(self));
}

static int mv_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    if (released(vm, self)) return -1;
    BytesView v;
    memoryview_view(vm, self, &v);
    *out = (int64_t)v.n;
    return 0;
}

static CoilValue mv_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    if (released(vm, self)) return VAL_ERROR;
    BytesView v;
    memoryview_view(vm, self, &v);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)v.n, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        if (step != 1 && n > 1) {
            /* Over immutable bytes a strided view reads what a view on a
             * copy of the picked bytes reads; over a bytearray writes would
             * have to reach it, which a copy cannot do. */
            if (!readonly(vm, self))
                return vm_raise(vm, vm->e_NotImplementedError,
                                "memoryview: slices with a step of a bytearray's view are not supported");
            CoilValue copy = bytes_new(vm, NULL, (size_t)n);
            if (value_is_error(copy)) return copy;
            memoryview_view(vm, self, &v);
            unsigned char *d = (unsigned char *)((CoilBytes *)value_as_object(copy))->data;
            for (int64_t k = 0, i = start; k < n; k++, i += step) d[k] = v.p[i];
            return mv_make(vm, copy, 0, (size_t)n);
        }
        return mv_make(vm, MV(self)->base, MV(self)->start + (size_t)(n > 0 ? start : 0), n > 0 ? (size_t)n : 0);
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "memoryview: invalid slice key");
    int64_t i;
    if (vm_index(vm, key, &i) < 0) return VAL_ERROR;
    memoryview_view(vm, self, &v);
    if (i < 0) i += (int64_t)v.n;
    if (i < 0 || i >= (int64_t)v.n) return vm_raise(vm, vm->e_IndexError, "index out of bounds on dimension 1");
    return value_from_small_int(v.p[i]);
}

static int mv_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    if (released(vm, self)) return -1;
    if (readonly(vm, self)) {
        vm_raise(vm, vm->e_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "cannot delete memory");
        return -1;
    }
    BytesView v;
    memoryview_view(vm, self, &v);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)v.n, &start, &stop, &step, &n) < 0) return -1;
        BytesView src;
        if (!bytes_view(vm, value, &src)) {
            vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, value));
            return -1;
        }
        if ((int64_t)src.n != (n > 0 ? n : 0)) {
            vm_raise(vm, vm->e_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        memoryview_view(vm, self, &v);
        unsigned char *dst = (unsigned char *)v.p;
        unsigned char tmp[256];
        const unsigned char *from = src.p;
        if (src.n <= sizeof tmp) { /* the source may overlap the target */
            memcpy(tmp, src.p, src.n);
            from = tmp;
        }
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            if ((uint64_t)i < v.n) dst[i] = from[k];
        return 0;
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index) {
        vm_raise(vm, vm->e_TypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i, c;
    if (vm_index(vm, key, &i) < 0) return -1;
    if (!value_is_int(vm, value)) {
        vm_raise(vm, vm->e_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    if (!int_to_i64(vm, value, &c) || c < 0 || c > 255) {
        vm_raise(vm, vm->e_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    memoryview_view(vm, self, &v);
    if (i < 0) i += (int64_t)v.n;
    if (i < 0 || i >= (int64_t)v.n) {
        vm_raise(vm, vm->e_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    ((unsigned char *)v.p)[i] = (unsigned char)c;
    return 0;
}

static CoilValue mv_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (op != CMP_EQ && op != CMP_NE) return VAL_NOTIMPLEMENTED;
    if (a == b) return value_from_bool(op == CMP_EQ);
    BytesView x, y;
    bool ra = value_is_object(a) && value_as_object(a)->type == vm->t_memoryview && MV(a)->released;
    bool rb = value_is_object(b) && value_as_object(b)->type == vm->t_memoryview && MV(b)->released;
    if (ra || rb || !bytes_view(vm, a, &x) || !bytes_view(vm, b, &y)) {
        if (ra || rb) return value_from_bool(op == CMP_NE);
        return VAL_NOTIMPLEMENTED;
    }
    bool eq = x.n == y.n && (!x.n || memcmp(x.p, y.p, x.n) == 0);
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static int mv_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    if (released(vm, self)) return -1;
    if (!readonly(vm, self)) {
        vm_raise(vm, vm->e_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    BytesView v;
    memoryview_view(vm, self, &v);
    *out = str_hash_bytes(vm, v.p, v.n); /* equal to the hash of the same bytes */
    return 0;
}

static CoilValue mv_iter(CoilVM *vm, CoilValue self)
{
    if (released(vm, self)) return VAL_ERROR;
    return seqiter_new(vm, vm->t_seq_iterator, self);
}

/* --- methods and attributes ------------------------------------------------------------- */

static CoilValue m_tobytes(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "tobytes", nargs - 1, 0, 1) < 0 || released(vm, args[0])) return VAL_ERROR;
    BytesView v;
    memoryview_view(vm, args[0], &v);
    return bytes_new(vm, v.p, v.n);
}

static CoilValue m_tolist(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "memoryview.tolist", nargs - 1, 0, 0) < 0 || released(vm, args[0])) return VAL_ERROR;
    BytesView v;
    memoryview_view(vm, args[0], &v);
    CoilValue l = list_new(vm, v.n);
    if (value_is_error(l)) return l;
    memoryview_view(vm, args[0], &v);
    CoilList *lst = value_as_list(l);
    for (size_t i = 0; i < v.n; i++) lst->items[i] = value_from_small_int(v.p[i]);
    lst->len = v.n;
    return l;
}

static CoilValue m_release(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "memoryview.release", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    MV(args[0])->released = true;
    return VAL_NONE;
}

static CoilValue m_toreadonly(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "memoryview.toreadonly", nargs - 1, 0, 0) < 0 || released(vm, args[0])) return VAL_ERROR;
    BytesView v;
    memoryview_view(vm, args[0], &v);
    CoilValue b = bytes_new(vm, v.p, v.n); /* a read-only snapshot */
    if (value_is_error(b)) return b;
    return mv_make(vm, b, 0, v.n);
}

static CoilValue m_enter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "memoryview.__enter__", nargs - 1, 0, 0) < 0 || released(vm, args[0])) return VAL_ERROR;
    return args[0];
}

static CoilValue m_exit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    (void)vm;
    MV(args[0])->released = true;
    return VAL_FALSE;
}

static const CoilMethodDef mv_methods[] = {
    {"tobytes", m_tobytes, METH_KEYWORDS}, {"tolist", m_tolist, 0},       {"release", m_release, 0},
    {"toreadonly", m_toreadonly, 0},       {"__enter__", m_enter, 0},     {"__exit__", m_exit, 0},
    {NULL, NULL, 0}};

static CoilValue g_obj(CoilVM *vm, CoilValue self) { return released(vm, self) ? VAL_ERROR : MV(self)->base; }
static CoilValue g_nbytes(CoilVM *vm, CoilValue self)
{
    if (released(vm, self)) return VAL_ERROR;
    BytesView v;
    memoryview_view(vm, self, &v);
    return value_from_small_int((int64_t)v.n);
}
static CoilValue g_readonly(CoilVM *vm, CoilValue self)
{
    return released(vm, self) ? VAL_ERROR : value_from_bool(readonly(vm, self));
}
static CoilValue g_itemsize(CoilVM *vm, CoilValue self) { return released(vm, self) ? VAL_ERROR : value_from_small_int(1); }
static CoilValue g_ndim(CoilVM *vm, CoilValue self) { return released(vm, self) ? VAL_ERROR : value_from_small_int(1); }
static CoilValue g_format(CoilVM *vm, CoilValue self) { return released(vm, self) ? VAL_ERROR : str_from_cstr(vm, "B"); }
static CoilValue g_true(CoilVM *vm, CoilValue self) { return released(vm, self) ? VAL_ERROR : VAL_TRUE; }
static CoilValue g_shape(CoilVM *vm, CoilValue self)
{
    CoilValue n = g_nbytes(vm, self);
    return value_is_error(n) ? n : tuple_from_array(vm, &n, 1);
}
static CoilValue g_strides(CoilVM *vm, CoilValue self)
{
    CoilValue one = value_from_small_int(1);
    return released(vm, self) ? VAL_ERROR : tuple_from_array(vm, &one, 1);
}

static const CoilGetSetDef mv_getsets[] = {
    {"obj", g_obj, NULL},         {"nbytes", g_nbytes, NULL},     {"readonly", g_readonly, NULL},
    {"itemsize", g_itemsize, NULL}, {"ndim", g_ndim, NULL},       {"format", g_format, NULL},
    {"shape", g_shape, NULL},     {"strides", g_strides, NULL},   {"contiguous", g_true, NULL},
    {"c_contiguous", g_true, NULL}, {NULL, NULL, NULL}};

void memoryview_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_memoryview;
    t->instance_size = sizeof(CoilMemoryView);
    t->trace = mv_trace;
    t->repr = mv_repr;
    t->len = mv_len;
    t->getitem = mv_getitem;
    t->setitem = mv_setitem;
    t->compare = mv_compare;
    t->hash = mv_hash;
    t->iter = mv_iter;
    t->new_ = mv_new;
    type_add_methods(vm, t, mv_methods);
    type_add_methods(vm, t, bytes_hex_methods);
    type_add_getsets(vm, t, mv_getsets);
}
