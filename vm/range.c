/* range.c — range objects: construction with CPython's argument errors,
 * length/index/slice arithmetic, membership without iteration, equality as
 * sequences, and the range iterator.  Bounds are limited to int64. */
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/range.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    /* Unsigned arithmetic: the span of two int64 values fits in uint64. */
    if (step > 0 && start < stop) return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    if (step < 0 && start > stop)
        return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
    return 0;
}

CoilValue range_new(CoilVM *vm, int64_t start, int64_t stop, int64_t step)
{
    CoilRange *r = gc_alloc_object(vm, vm->t_range, sizeof(CoilRange));
    if (!r) return VAL_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return value_from_object(r);
}

static int range_arg(CoilVM *vm, CoilValue v, int64_t *out)
{
    if (value_is_small_int(v)) {
        *out = value_as_small_int(v);
        return 0;
    }
    if (vm_index(vm, v, out) < 0) {
        if (vm_exception_matches(vm, vm->e_OverflowError)) {
            vm_take_exception(vm);
            vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return -1;
    }
    return 0;
}

static CoilValue range_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "range", kwnames) < 0) return VAL_ERROR;
    if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return vm_raise(vm, vm->e_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(vm, args[0], &stop) < 0) return VAL_ERROR;
    } else {
        if (range_arg(vm, args[0], &start) < 0 || range_arg(vm, args[1], &stop) < 0) return VAL_ERROR;
        if (nargs == 3) {
            if (range_arg(vm, args[2], &step) < 0) return VAL_ERROR;
            if (step == 0) return vm_raise(vm, vm->e_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_new(vm, start, stop, step);
}

#define RANGE(v) ((CoilRange *)value_as_object(v))

static CoilValue range_repr(CoilVM *vm, CoilValue self)
{
    CoilRange *r = RANGE(self);
    if (r->step == 1) return str_format(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_format(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
}

static int range_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = RANGE(self)->len;
    return 0;
}

static int range_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return RANGE(self)->len != 0;
}


static CoilValue range_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilRange *r = RANGE(self);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, r->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
        (void)n;
        int64_t nstep = r->step * step;
        int64_t nstart = r->start + start * r->step;
        int64_t nstop = r->start + stop * r->step;
        return range_new(vm, nstart, nstop, nstep);
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "range indices must be integers or slices, not %s",
                        value_type_name(vm, key));
    int64_t i;
    if (vm_index(vm, key, &i) < 0) return VAL_ERROR;
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return vm_raise(vm, vm->e_IndexError, "range object index out of range");
    return int_from_i64(vm, r->start + i * r->step);
}

/* Position of an int in the range, or -1. */
static int64_t range_find(CoilRange *r, int64_t v)
{
    if (r->len == 0) return -1;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    int64_t d = v - r->start;
    if (d % r->step) return -1;
    return d / r->step;
}

static int range_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilRange *r = RANGE(self);
    if (value_is_small_int(item) || value_is_bool(item) || value_is_type(item, vm->t_int)) {
        int64_t v;
        if (!int_to_i64(vm, item, &v)) return 0;
        return range_find(r, v) >= 0;
    }
    /* Other types: compare with each element, as CPython's fallback. */
    for (int64_t i = 0; i < r->len; i++) {
        int eq = vm_equal(vm, value_from_small_int(r->start + i * r->step), item);
        if (eq) return eq;
    }
    return 0;
}

static CoilValue range_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, vm->t_range) || !value_is_type(b, vm->t_range))
        return VAL_NOTIMPLEMENTED;
    CoilRange *x = RANGE(a), *y = RANGE(b);
    bool eq = x->len == y->len &&
              (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static int range_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilRange *r = RANGE(self);
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return -1;
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = value_from_small_int(r->len);
    tt->items[1] = r->len ? value_from_small_int(r->start) : VAL_NONE;
    tt->items[2] = r->len > 1 ? value_from_small_int(r->step) : VAL_NONE;
    return vm_hash(vm, t, out);
}

static CoilValue range_iter(CoilVM *vm, CoilValue self)
{
    CoilRange *r = RANGE(self);
    CoilRangeIter *it = gc_alloc_object(vm, vm->t_range_iterator, sizeof(CoilRangeIter));
    if (!it) return VAL_ERROR;
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->len;
    return value_from_object(it);
}

static CoilValue rangeiter_next(CoilVM *vm, CoilValue self)
{
    CoilRangeIter *it = (CoilRangeIter *)value_as_object(self);
    if (it->remaining <= 0) return VAL_EMPTY;
    int64_t v = it->next;
    it->next += it->step;
    it->remaining--;
    return int_from_i64(vm, v);
}

static int rangeiter_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = ((CoilRangeIter *)value_as_object(self))->remaining;
    return 0;
}

static CoilValue iter_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static CoilValue m_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    CoilRange *r = RANGE(args[0]);
    CoilRangeIter *it = gc_alloc_object(vm, vm->t_range_iterator, sizeof(CoilRangeIter));
    if (!it) return VAL_ERROR;
    it->next = r->start + (r->len - 1) * r->step;
    it->step = -r->step;
    it->remaining = r->len;
    return value_from_object(it);
}

static CoilValue m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "range.index", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t v, i = -1;
    if (value_is_int(vm, args[1]) && int_to_i64(vm, args[1], &v)) i = range_find(RANGE(args[0]), v);
    if (i < 0) {
        CoilValue rep = vm_repr(vm, args[1]);
        if (value_is_error(rep)) return rep;
        return vm_raise(vm, vm->e_ValueError, "%s is not in range", value_as_str(rep)->data);
    }
    return value_from_small_int(i);
}

static CoilValue m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "range.count", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int r = range_contains(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : value_from_small_int(r);
}

static const CoilMethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0}, {"index", m_index, 0}, {"count", m_count, 0}, {NULL, NULL, 0}};

static CoilValue g_start(CoilVM *vm, CoilValue self) { return int_from_i64(vm, RANGE(self)->start); }
static CoilValue g_stop(CoilVM *vm, CoilValue self) { return int_from_i64(vm, RANGE(self)->stop); }
static CoilValue g_step(CoilVM *vm, CoilValue self) { return int_from_i64(vm, RANGE(self)->step); }

static const CoilGetSetDef range_getsets[] = {
    {"start", g_start, NULL}, {"stop", g_stop, NULL}, {"step", g_step, NULL}, {NULL, NULL, NULL}};

void range_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_range;
    t->instance_size = sizeof(CoilRange);
    t->repr = range_repr;
    t->len = range_len;
    t->bool_ = range_bool;
    t->getitem = range_getitem;
    t->contains = range_contains;
    t->compare = range_compare;
    t->hash = range_hash;
    t->iter = range_iter;
    t->new_ = range_new_slot;
    type_add_methods(vm, t, range_methods);
    type_add_getsets(vm, t, range_getsets);
    CoilType *it = type_new_builtin(vm, "range_iterator", vm->t_object, sizeof(CoilRangeIter), 0);
    if (!it) return;
    it->iter = iter_self;
    it->next = rangeiter_next;
    it->len = rangeiter_len;
    vm->t_range_iterator = it;
}
