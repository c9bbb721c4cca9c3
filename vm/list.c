/* list.c — the list object: storage, growth, type slots (repr with cycle
 * detection, comparison, indexing and slice assignment, concatenation).  The
 * sort is in list_sort.c, the Python-visible methods in list_methods.c. */
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static void list_trace(CoilVM *vm, CoilObject *o)
{
    CoilList *l = (CoilList *)o;
    gc_mark_values(vm, l->items, l->len);
}

static void list_finalize(CoilVM *vm, CoilObject *o)
{
    CoilList *l = (CoilList *)o;
    vm_mem_free(vm, l->items, l->cap * sizeof(CoilValue));
    l->items = NULL;
    l->cap = l->len = 0;
}

CoilValue list_new(CoilVM *vm, size_t cap)
{
    CoilList *l = gc_alloc_object(vm, vm->t_list, sizeof(CoilList));
    if (!l) return VAL_ERROR;
    if (cap) {
        GC_ROOT_OBJ(vm, l);
        l->items = vm_mem_alloc(vm, cap * sizeof(CoilValue));
        GC_UNROOT(vm, 1);
        if (!l->items) return VAL_ERROR;
        l->cap = cap;
    }
    return value_from_object(l);
}

CoilValue list_from_array(CoilVM *vm, const CoilValue *items, size_t n)
{
    CoilValue l = list_new(vm, n);
    if (value_is_error(l)) return l;
    if (n) values_copy(value_as_list(l)->items, items, n);
    value_as_list(l)->len = n;
    return l;
}

bool list_reserve(CoilVM *vm, CoilList *l, size_t cap)
{
    if (cap <= l->cap) return true;
    if (cap > SIZE_MAX / sizeof(CoilValue) / 2) {
        vm_raise_nomem(vm);
        return false;
    }
    /* Growth like CPython's list_resize: ~1.125x plus a constant. */
    size_t nc = cap + (cap >> 3) + (cap < 9 ? 3 : 6);
    CoilValue *items = vm_mem_realloc(vm, l->items, l->cap * sizeof(CoilValue), nc * sizeof(CoilValue));
    if (!items) return false;
    l->items = items;
    l->cap = nc;
    return true;
}

bool list_append(CoilVM *vm, CoilList *l, CoilValue v)
{
    if (l->len == l->cap) {
        GC_ROOT(vm, v);
        bool ok = list_reserve(vm, l, l->len + 1);
        GC_UNROOT(vm, 1);
        if (!ok) return false;
    }
    l->items[l->len++] = v;
    return true;
}

bool list_extend(CoilVM *vm, CoilList *l, CoilValue iterable)
{
    /* Copy directly unless a subclass iterates its own way (__iter__). */
    CoilUnaryFn it_slot = vm_typeof(vm, iterable)->iter;
    if ((value_is_list(vm, iterable) && it_slot == vm->t_list->iter) ||
        (value_is_tuple(vm, iterable) && it_slot == vm->t_tuple->iter)) {
        const CoilValue *src;
        size_t n;
        if (value_is_list(vm, iterable)) {
            src = value_as_list(iterable)->items;
            n = value_as_list(iterable)->len;
        } else {
            src = value_as_tuple(iterable)->items;
            n = value_as_tuple(iterable)->len;
        }
        GC_ROOT(vm, iterable);
        bool ok = list_reserve(vm, l, l->len + n);
        GC_UNROOT(vm, 1);
        if (!ok) return false;
        /* Re-read: extending a list by itself reads the pre-growth items. */
        if (value_is_list(vm, iterable)) src = value_as_list(iterable)->items;
        if (n) values_copy(l->items + l->len, src, n);
        l->len += n;
        return true;
    }
    GC_SAVE(vm);
    CoilValue it = vm_iter(vm, iterable);
    if (value_is_error(it)) return false;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue v = vm_next(vm, it);
        if (v == VAL_EMPTY) break;
        if (value_is_error(v) || !list_append(vm, l, v)) {
            GC_RESTORE(vm);
            return false;
        }
    }
    GC_RESTORE(vm);
    return true;
}

CoilValue list_from_iterable(CoilVM *vm, CoilValue iterable)
{
    GC_ROOT(vm, iterable);
    CoilValue l = list_new(vm, 0);
    GC_UNROOT(vm, 1);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    bool ok = list_extend(vm, value_as_list(l), iterable);
    GC_UNROOT(vm, 1);
    return ok ? l : VAL_ERROR;
}

/* --- slots -------------------------------------------------------------------------- */

static CoilValue list_repr(CoilVM *vm, CoilValue self)
{
    CoilList *l = value_as_list(self);
    if (l->len == 0) return str_from_cstr(vm, "[]");
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "[...]");
    /* Snapshot so a __repr__ that mutates the list cannot make us read freed
     * memory (CPython re-checks the length each step; the output is the same
     * for well-behaved items). */
    CoilValue snap = tuple_from_array(vm, l->items, l->len);
    CoilValue s = VAL_ERROR;
    if (!value_is_error(snap)) {
        GC_ROOT(vm, snap);
        s = seq_repr(vm, value_as_tuple(snap)->items, value_as_tuple(snap)->len, "[", "]", false);
        GC_UNROOT(vm, 1);
    }
    vm_repr_leave(vm, self);
    return s;
}

static int list_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_list(self)->len;
    return 0;
}

static int list_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_as_list(self)->len != 0;
}

static CoilValue list_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_list(vm, a) || !value_is_list(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilList *x = value_as_list(a), *y = value_as_list(b);
    if ((op == CMP_EQ || op == CMP_NE) && x->len != y->len) return value_from_bool(op == CMP_NE);
    /* Compare snapshots: an __eq__ may mutate either list. */
    GC_SAVE(vm);
    CoilValue sa = tuple_from_array(vm, x->items, x->len);
    if (value_is_error(sa)) return sa;
    GC_ROOT(vm, sa);
    CoilValue sb = tuple_from_array(vm, y->items, y->len);
    if (value_is_error(sb)) return GC_RESTORE(vm), sb;
    GC_ROOT(vm, sb);
    CoilValue r = seq_compare(vm, value_as_tuple(sa)->items, value_as_tuple(sa)->len,
                              value_as_tuple(sb)->items, value_as_tuple(sb)->len, op);
    GC_RESTORE(vm);
    return r;
}


static CoilValue list_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilList *l = value_as_list(self);
    if (value_is_small_int(key)) {
        int64_t i = value_as_small_int(key);
        if (i < 0) i += (int64_t)l->len;
        if (i < 0 || i >= (int64_t)l->len) return vm_raise(vm, vm->e_IndexError, "list index out of range");
        return l->items[i];
    }
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)l->len, &start, &stop, &step, &n) < 0)
            return VAL_ERROR;
        GC_ROOT(vm, self);
        CoilValue r = list_new(vm, n > 0 ? (size_t)n : 0);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return r;
        CoilList *out = value_as_list(r);
        for (int64_t k = 0, i = start; k < n && i < (int64_t)l->len; k++, i += step)
            out->items[out->len++] = l->items[i];
        return r;
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "list indices must be integers or slices, not %s",
                        value_type_name(vm, key));
    int64_t i;
    if (seq_index(vm, key, (int64_t)l->len, &i, "list") < 0) return VAL_ERROR;
    return l->items[i];
}

/* del l[a:b:c] */
static int list_del_slice(CoilVM *vm, CoilList *l, int64_t start, int64_t step, int64_t n)
{
    (void)vm;
    if (n <= 0) return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start, k = 0; r < l->len; r++) {
        if (k < (size_t)n && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->len = w;
    return 0;
}

static int list_ass_slice(CoilVM *vm, CoilList *l, CoilValue slice, CoilValue value)
{
    int64_t start, stop, step, n;
    if (slice_unpack_indices(vm, slice, (int64_t)l->len, &start, &stop, &step, &n) < 0) return -1;
    if (value == VAL_EMPTY) return list_del_slice(vm, l, start, step, n);
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, l);
    /* The new items, snapshotted first (l[:] = l must work). */
    CoilValue seq = value_is_tuple(vm, value) ? value : list_from_iterable(vm, value);
    if (value_is_error(seq)) {
        if (vm_exception_matches(vm, vm->e_TypeError) && !value_is_list(vm, value)) {
            vm_take_exception(vm);
            vm_raise(vm, vm->e_TypeError, step == 1 ? "can only assign an iterable"
                                                    : "must assign iterable to extended slice");
        }
        GC_RESTORE(vm);
        return -1;
    }
    GC_ROOT(vm, seq);
    const CoilValue *src = value_is_tuple(vm, seq) ? value_as_tuple(seq)->items : value_as_list(seq)->items;
    size_t m = value_is_tuple(vm, seq) ? value_as_tuple(seq)->len : value_as_list(seq)->len;
    if (step == 1) {
        if (n < 0) n = 0;
        if (stop < start) stop = start;
        size_t old = (size_t)n, newlen = l->len - old + m;
        if (m > old && !list_reserve(vm, l, newlen)) {
            GC_RESTORE(vm);
            return -1;
        }
        src = value_is_tuple(vm, seq) ? value_as_tuple(seq)->items : value_as_list(seq)->items;
        /* An empty list may have no array yet: skip empty moves. */
        size_t tail = l->len - (size_t)start - old;
        if (tail) values_copy(l->items + start + m, l->items + start + old, tail);
        if (m) values_copy(l->items + start, src, m);
        l->len = newlen;
        GC_RESTORE(vm);
        return 0;
    }
    if ((int64_t)m != n) {
        vm_raise(vm, vm->e_ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld",
                 m, (long long)n);
        GC_RESTORE(vm);
        return -1;
    }
    for (int64_t k = 0, i = start; k < n; k++, i += step) l->items[i] = src[k];
    GC_RESTORE(vm);
    return 0;
}

static int list_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    CoilList *l = value_as_list(self);
    if (value_is_type(key, vm->t_slice)) return list_ass_slice(vm, l, key, value);
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index) {
        vm_raise(vm, vm->e_TypeError, "list indices must be integers or slices, not %s",
                 value_type_name(vm, key));
        return -1;
    }
    int64_t i;
    if (seq_index(vm, key, (int64_t)l->len, &i, "list assignment") < 0)
        return -1;
    if (value == VAL_EMPTY) {
        values_copy(l->items + i, l->items + i + 1, l->len - (size_t)i - 1);
        l->len--;
    } else {
        l->items[i] = value;
    }
    return 0;
}

static int list_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilList *l = value_as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        CoilValue x = l->items[i];
        if (x == item) return 1;
        int eq = vm_equal(vm, x, item);
        if (eq) return eq;
    }
    return 0;
}

static CoilValue list_concat(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_list(vm, a) || !value_is_list(vm, b)) return VAL_NOTIMPLEMENTED;
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilList *x = value_as_list(a), *y = value_as_list(b);
    CoilValue r = list_new(vm, x->len + y->len);
    GC_UNROOT(vm, 2);
    if (value_is_error(r)) return r;
    CoilList *l = value_as_list(r);
    values_copy(l->items, x->items, x->len);
    if (y->len) values_copy(l->items + x->len, y->items, y->len);
    l->len = x->len + y->len;
    return r;
}

static CoilValue list_repeat(CoilVM *vm, CoilValue a, CoilValue b)
{
    CoilValue seq = a, count = b;
    if (!value_is_list(vm, seq)) {
        seq = b;
        count = a;
    }
    if (!value_is_list(vm, seq) || !(value_is_int(vm, count) || vm_typeof(vm, count)->index))
        return VAL_NOTIMPLEMENTED;
    int64_t n;
    if (vm_index(vm, count, &n) < 0) return VAL_ERROR;
    CoilList *src = value_as_list(seq);
    if (n < 0) n = 0;
    if (src->len && (uint64_t)n > (SIZE_MAX / 16) / src->len) return vm_raise_nomem(vm);
    GC_ROOT(vm, seq);
    CoilValue r = list_new(vm, src->len * (size_t)n);
    GC_UNROOT(vm, 1);
    if (value_is_error(r)) return r;
    CoilList *l = value_as_list(r);
    for (int64_t k = 0; k < n && src->len; k++) values_copy(l->items + k * src->len, src->items, src->len);
    l->len = src->len * (size_t)n;
    return r;
}

static CoilValue list_iadd(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_list(vm, a)) return VAL_NOTIMPLEMENTED;
    if (!list_extend(vm, value_as_list(a), b)) return VAL_ERROR;
    return a;
}

static CoilValue list_imul(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_list(vm, a) || !(value_is_int(vm, b) || vm_typeof(vm, b)->index))
        return VAL_NOTIMPLEMENTED;
    int64_t n;
    if (vm_index(vm, b, &n) < 0) return VAL_ERROR;
    CoilList *l = value_as_list(a);
    if (n <= 0) {
        l->len = 0;
        return a;
    }
    size_t len = l->len;
    if (len && (uint64_t)n > (SIZE_MAX / 16) / len) return vm_raise_nomem(vm);
    if (!list_reserve(vm, l, len * (size_t)n)) return VAL_ERROR;
    for (int64_t k = 1; k < n && len; k++) values_copy(l->items + k * len, l->items, len);
    l->len = len * (size_t)n;
    return a;
}

static CoilValue list_iter(CoilVM *vm, CoilValue self)
{
    return seqiter_new(vm, vm->t_list_iterator, self);
}

static CoilValue list_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    if (value_is_object(kwnames) && value_as_tuple(kwnames)->len)
        return vm_raise(vm, vm->e_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "list expected at most 1 argument, got %zu", nargs);
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilValue l;
    if (t == vm->t_list) {
        l = nargs ? list_from_iterable(vm, args[0]) : list_new(vm, 0);
    } else {
        /* A subclass instance: the list layout plus the subclass's dict. */
        CoilList *o = gc_alloc_object(vm, t, t->instance_size);
        if (!o) return VAL_ERROR;
        object_init_fields(&o->obj);
        l = value_from_object(o);
        if (nargs) {
            GC_ROOT(vm, l);
            bool ok = list_extend(vm, o, args[0]);
            GC_UNROOT(vm, 1);
            if (!ok) return VAL_ERROR;
        }
    }
    return l;
}

static int unhashable(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

void list_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_list;
    t->flags |= TYPE_BASETYPE | TYPE_LIST_SUBCLASS;
    t->instance_size = sizeof(CoilList);
    t->trace = list_trace;
    t->finalize = list_finalize;
    t->repr = list_repr;
    t->hash = unhashable;
    t->len = list_len;
    t->bool_ = list_bool;
    t->compare = list_compare;
    t->getitem = list_getitem;
    t->setitem = list_setitem;
    t->contains = list_contains;
    t->binary[BIN_ADD] = list_concat;
    t->binary[BIN_MUL] = list_repeat;
    t->inplace[BIN_ADD] = list_iadd;
    t->inplace[BIN_MUL] = list_imul;
    t->iter = list_iter;
    t->new_ = list_new_slot;
    type_add_methods(vm, t, list_methods);
}
