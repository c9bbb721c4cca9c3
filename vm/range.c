/* range.c — range objects: construction with CPython's argument errors,
 * length/index/slice arithmetic, membership without iteration, equality as
 * sequences, and the range iterators.  Bounds of any size: small ranges do
 * int64 arithmetic, big ones (range.h) the int type's. */
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
    r->bstart = r->bstop = r->bstep = r->blen = VAL_NONE;
    r->big = false;
    return value_from_object(r);
}

/* --- big ranges: the arithmetic on int values ------------------------------------------- */

#define SMALL_BOUND ((int64_t)1 << 60)

static CoilValue iop(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b) { return int_binary_op(vm, op, a, b); }

static bool fits_small(CoilVM *vm, CoilValue v, int64_t *out)
{
    return int_to_i64(vm, v, out) && *out > -SMALL_BOUND && *out < SMALL_BOUND;
}

/* The range of start, stop, step (ints, step not 0) in whichever form fits. */
static CoilValue range_from_values(CoilVM *vm, CoilValue start, CoilValue stop, CoilValue step)
{
    int64_t a, b, c;
    if (fits_small(vm, start, &a) && fits_small(vm, stop, &b) && fits_small(vm, step, &c))
        return range_new(vm, a, b, c);
    GC_SAVE(vm);
    GC_ROOT(vm, start);
    GC_ROOT(vm, stop);
    GC_ROOT(vm, step);
    /* len = (hi - lo - 1) // |step| + 1 when the range is not empty */
    CoilValue len = value_from_small_int(0);
    int sstep = int_sign(vm, step), c1 = int_cmp(vm, start, stop);
    if ((sstep > 0 && c1 < 0) || (sstep < 0 && c1 > 0)) {
        CoilValue span = sstep > 0 ? iop(vm, BIN_SUB, stop, start) : iop(vm, BIN_SUB, start, stop);
        if (value_is_error(span)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, span);
        CoilValue mag = sstep > 0 ? step : iop(vm, BIN_SUB, value_from_small_int(0), step);
        if (value_is_error(mag)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, mag);
        span = iop(vm, BIN_SUB, span, value_from_small_int(1));
        if (value_is_error(span)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, span);
        len = iop(vm, BIN_FLOORDIV, span, mag);
        if (value_is_error(len)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, len);
        len = iop(vm, BIN_ADD, len, value_from_small_int(1));
        if (value_is_error(len)) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_ROOT(vm, len);
    CoilRange *r = gc_alloc_object(vm, vm->t_range, sizeof(CoilRange));
    GC_RESTORE(vm);
    if (!r) return VAL_ERROR;
    r->start = r->stop = r->len = 0;
    r->step = 1;
    r->bstart = start;
    r->bstop = stop;
    r->bstep = step;
    r->blen = len;
    r->big = true;
    return value_from_object(r);
}

/* The fields as int values, whichever the form. */
static CoilValue r_start(CoilVM *vm, CoilRange *r) { return r->big ? r->bstart : int_from_i64(vm, r->start); }
static CoilValue r_stop(CoilVM *vm, CoilRange *r) { return r->big ? r->bstop : int_from_i64(vm, r->stop); }
static CoilValue r_step(CoilVM *vm, CoilRange *r) { return r->big ? r->bstep : int_from_i64(vm, r->step); }
static CoilValue r_len(CoilVM *vm, CoilRange *r) { return r->big ? r->blen : int_from_i64(vm, r->len); }

/* start + i * step for an int value i. */
static CoilValue r_item(CoilVM *vm, CoilRange *r, CoilValue i)
{
    GC_SAVE(vm);
    GC_ROOT(vm, i);
    CoilValue step = r_step(vm, r);
    if (value_is_error(step)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, step);
    CoilValue off = iop(vm, BIN_MUL, i, step);
    if (value_is_error(off)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, off);
    CoilValue start = r_start(vm, r);
    if (value_is_error(start)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, start);
    CoilValue v = iop(vm, BIN_ADD, start, off);
    GC_RESTORE(vm);
    return v;
}

static void range_trace(CoilVM *vm, CoilObject *o)
{
    CoilRange *r = (CoilRange *)o;
    gc_mark_value(vm, r->bstart);
    gc_mark_value(vm, r->bstop);
    gc_mark_value(vm, r->bstep);
    gc_mark_value(vm, r->blen);
}

static CoilValue range_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "range", kwnames) < 0) return VAL_ERROR;
    if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return vm_raise(vm, vm->e_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1 && value_is_small_int(args[0])) return range_new(vm, 0, value_as_small_int(args[0]), 1);
    if (nargs == 2 && value_is_small_int(args[0]) && value_is_small_int(args[1]))
        return range_new(vm, value_as_small_int(args[0]), value_as_small_int(args[1]), 1);
    CoilValue v[3] = {value_from_small_int(0), VAL_NONE, value_from_small_int(1)};
    GC_SAVE(vm);
    for (size_t i = 0; i < nargs; i++) {
        CoilValue x = vm_index_value(vm, args[i]);
        if (value_is_error(x)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, x);
        v[nargs == 1 ? 1 : i] = x;
    }
    GC_RESTORE(vm);
    if (int_sign(vm, v[2]) == 0) return vm_raise(vm, vm->e_ValueError, "range() arg 3 must not be zero");
    return range_from_values(vm, v[0], v[1], v[2]);
}

#define RANGE(v) ((CoilRange *)value_as_object(v))

static CoilValue range_repr(CoilVM *vm, CoilValue self)
{
    CoilRange *r = RANGE(self);
    if (!r->big) {
        if (r->step == 1) return str_format(vm, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        return str_format(vm, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                          (long long)r->step);
    }
    CoilValue a = vm_repr(vm, r->bstart);
    if (value_is_error(a)) return a;
    GC_ROOT(vm, a);
    CoilValue b = vm_repr(vm, r->bstop);
    if (value_is_error(b)) return GC_UNROOT(vm, 1), b;
    GC_ROOT(vm, b);
    CoilValue res;
    if (r->bstep == value_from_small_int(1)) {
        res = str_format(vm, "range(%s, %s)", value_as_str(a)->data, value_as_str(b)->data);
    } else {
        CoilValue c = vm_repr(vm, r->bstep);
        if (value_is_error(c)) return GC_UNROOT(vm, 2), c;
        GC_ROOT(vm, c);
        res = str_format(vm, "range(%s, %s, %s)", value_as_str(a)->data, value_as_str(b)->data,
                         value_as_str(c)->data);
        GC_UNROOT(vm, 1);
    }
    GC_UNROOT(vm, 2);
    return res;
}

static int range_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilRange *r = RANGE(self);
    if (!r->big) {
        *out = r->len;
        return 0;
    }
    if (!int_to_i64(vm, r->blen, out)) {
        vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

static int range_bool(CoilVM *vm, CoilValue self)
{
    CoilRange *r = RANGE(self);
    return r->big ? int_sign(vm, r->blen) != 0 : r->len != 0;
}

/* PySlice_GetLongIndices clamping of one bound (an int value or None). */
static CoilValue slice_bound(CoilVM *vm, CoilValue v, CoilValue dflt, CoilValue len, CoilValue lower, CoilValue upper)
{
    if (v == VAL_NONE) return dflt;
    if (!value_is_int(vm, v) && !vm_typeof(vm, v)->index)
        return vm_raise(vm, vm->e_TypeError, "slice indices must be integers or None or have an __index__ method");
    v = vm_index_value(vm, v);
    if (value_is_error(v)) return v;
    if (int_sign(vm, v) < 0) {
        v = iop(vm, BIN_ADD, v, len);
        if (value_is_error(v)) return v;
        return int_cmp(vm, v, lower) < 0 ? lower : v;
    }
    return int_cmp(vm, v, upper) > 0 ? upper : v;
}

static CoilValue range_slice(CoilVM *vm, CoilRange *r, CoilValue slice)
{
    CoilValue sstart, sstop, sstep;
    slice_parts(slice, &sstart, &sstop, &sstep);
    GC_SAVE(vm);
    CoilValue step = value_from_small_int(1);
    if (sstep != VAL_NONE) {
        if (!value_is_int(vm, sstep) && !vm_typeof(vm, sstep)->index) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        step = vm_index_value(vm, sstep);
        if (value_is_error(step)) return GC_RESTORE(vm), VAL_ERROR;
        if (int_sign(vm, step) == 0) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "slice step cannot be zero");
    }
    GC_ROOT(vm, step);
    bool neg = int_sign(vm, step) < 0;
    CoilValue len = r_len(vm, r);
    if (value_is_error(len)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, len);
    CoilValue lower = neg ? value_from_small_int(-1) : value_from_small_int(0);
    CoilValue upper = neg ? iop(vm, BIN_SUB, len, value_from_small_int(1)) : len;
    if (value_is_error(upper)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, upper);
    CoilValue a = slice_bound(vm, sstart, neg ? upper : lower, len, lower, upper);
    if (value_is_error(a)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, a);
    CoilValue b = slice_bound(vm, sstop, neg ? lower : upper, len, lower, upper);
    if (value_is_error(b)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, b);
    CoilValue nstart = r_item(vm, r, a);
    if (value_is_error(nstart)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, nstart);
    CoilValue nstop = r_item(vm, r, b);
    if (value_is_error(nstop)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, nstop);
    CoilValue rstep = r_step(vm, r);
    if (value_is_error(rstep)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, rstep);
    CoilValue nstep = iop(vm, BIN_MUL, step, rstep);
    if (value_is_error(nstep)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, nstep);
    CoilValue res = range_from_values(vm, nstart, nstop, nstep);
    GC_RESTORE(vm);
    return res;
}

static CoilValue range_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilRange *r = RANGE(self);
    if (value_is_type(key, vm->t_slice)) {
        CoilValue s0, s1, s2;
        slice_parts(key, &s0, &s1, &s2);
        /* an int64 step is clamped by the sequence arithmetic: a huge one takes the exact path */
        bool plain_step = s2 == VAL_NONE || (value_is_small_int(s2) && value_as_small_int(s2) > -SMALL_BOUND &&
                                             value_as_small_int(s2) < SMALL_BOUND);
        if (!r->big && plain_step) {
            int64_t start, stop, step, n;
            if (slice_unpack_indices(vm, key, r->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
            (void)n;
            int64_t nstep;
            /* small bounds: only the step product can leave int64 */
            if (!__builtin_mul_overflow(r->step, step, &nstep))
                return range_from_values(vm, int_from_i64(vm, r->start + start * r->step),
                                         int_from_i64(vm, r->start + stop * r->step), int_from_i64(vm, nstep));
        }
        return range_slice(vm, r, key);
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "range indices must be integers or slices, not %s",
                        value_type_name(vm, key));
    if (!r->big && value_is_small_int(key)) {
        int64_t i = value_as_small_int(key);
        if (i < 0) i += r->len;
        if (i < 0 || i >= r->len) return vm_raise(vm, vm->e_IndexError, "range object index out of range");
        return int_from_i64(vm, r->start + i * r->step);
    }
    CoilValue i = vm_index_value(vm, key);
    if (value_is_error(i)) return i;
    GC_SAVE(vm);
    GC_ROOT(vm, i);
    CoilValue len = r_len(vm, r);
    if (value_is_error(len)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, len);
    if (int_sign(vm, i) < 0) {
        i = iop(vm, BIN_ADD, i, len);
        if (value_is_error(i)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, i);
    }
    if (int_sign(vm, i) < 0 || int_cmp(vm, i, len) >= 0) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_IndexError, "range object index out of range");
    }
    CoilValue v = r_item(vm, r, i);
    GC_RESTORE(vm);
    return v;
}

/* Position of the int v in the range as an int value, VAL_NONE if absent. */
static CoilValue range_find(CoilVM *vm, CoilRange *r, CoilValue v)
{
    int64_t x;
    if (!r->big && int_to_i64(vm, v, &x)) {
        if (r->len == 0) return VAL_NONE;
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return VAL_NONE;
        int64_t d = x - r->start;
        if (d % r->step) return VAL_NONE;
        return int_from_i64(vm, d / r->step);
    }
    GC_SAVE(vm);
    GC_ROOT(vm, v);
    CoilValue start = r_start(vm, r), stop = VAL_NONE, step = VAL_NONE;
    if (value_is_error(start)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, start);
    stop = r_stop(vm, r);
    if (value_is_error(stop)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, stop);
    step = r_step(vm, r);
    if (value_is_error(step)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, step);
    bool in = int_sign(vm, step) > 0 ? int_cmp(vm, start, v) <= 0 && int_cmp(vm, v, stop) < 0
                                     : int_cmp(vm, stop, v) < 0 && int_cmp(vm, v, start) <= 0;
    if (!in) return GC_RESTORE(vm), VAL_NONE;
    CoilValue d = iop(vm, BIN_SUB, v, start);
    if (value_is_error(d)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, d);
    CoilValue m = iop(vm, BIN_MOD, d, step);
    if (value_is_error(m)) return GC_RESTORE(vm), VAL_ERROR;
    if (int_sign(vm, m) != 0) return GC_RESTORE(vm), VAL_NONE;
    CoilValue q = iop(vm, BIN_FLOORDIV, d, step);
    GC_RESTORE(vm);
    return q;
}

/* Exact ints and bools are located by arithmetic; anything else by
 * comparing with each element, as CPython does. */
static bool arithmetic_member(CoilVM *vm, CoilValue item)
{
    return value_is_small_int(item) || value_is_bool(item) || value_is_type(item, vm->t_int);
}

static CoilValue range_elem(CoilVM *vm, CoilRange *r, int64_t i)
{
    return r->big ? r_item(vm, r, int_from_i64(vm, i)) : int_from_i64(vm, r->start + i * r->step);
}

static int range_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilRange *r = RANGE(self);
    if (arithmetic_member(vm, item)) {
        CoilValue pos = range_find(vm, r, item);
        return value_is_error(pos) ? -1 : pos != VAL_NONE;
    }
    int64_t n;
    if (range_len(vm, self, &n) < 0) return -1;
    for (int64_t i = 0; i < n; i++) {
        CoilValue x = range_elem(vm, r, i);
        if (value_is_error(x)) return -1;
        int eq = vm_equal(vm, x, item);
        if (eq) return eq;
    }
    return 0;
}

static CoilValue range_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, vm->t_range) || !value_is_type(b, vm->t_range))
        return VAL_NOTIMPLEMENTED;
    CoilRange *x = RANGE(a), *y = RANGE(b);
    bool eq;
    if (!x->big && !y->big) {
        eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    } else {
        CoilValue vals[6];
        CoilValue (*get[3])(CoilVM *, CoilRange *) = {r_len, r_start, r_step};
        GC_SAVE(vm);
        for (int k = 0; k < 3; k++) {
            vals[2 * k] = get[k](vm, x);
            if (value_is_error(vals[2 * k])) return GC_RESTORE(vm), VAL_ERROR;
            GC_ROOT(vm, vals[2 * k]);
            vals[2 * k + 1] = get[k](vm, y);
            if (value_is_error(vals[2 * k + 1])) return GC_RESTORE(vm), VAL_ERROR;
            GC_ROOT(vm, vals[2 * k + 1]);
        }
        GC_RESTORE(vm);
        int lx = int_sign(vm, vals[0]);
        eq = int_cmp(vm, vals[0], vals[1]) == 0 &&
             (lx == 0 || (int_cmp(vm, vals[2], vals[3]) == 0 &&
                          (int_cmp(vm, vals[0], value_from_small_int(1)) == 0 || int_cmp(vm, vals[4], vals[5]) == 0)));
    }
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static int range_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilRange *r = RANGE(self);
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return -1;
    GC_ROOT(vm, t);
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = tt->items[1] = tt->items[2] = VAL_NONE;
    CoilValue len = r_len(vm, r);
    if (value_is_error(len)) return GC_UNROOT(vm, 1), -1;
    tt->items[0] = len;
    int nonempty = int_sign(vm, len);
    if (nonempty) {
        CoilValue st = r_start(vm, r);
        if (value_is_error(st)) return GC_UNROOT(vm, 1), -1;
        tt->items[1] = st;
        if (int_cmp(vm, len, value_from_small_int(1)) > 0) {
            CoilValue sp = r_step(vm, r);
            if (value_is_error(sp)) return GC_UNROOT(vm, 1), -1;
            tt->items[2] = sp;
        }
    }
    int rc = vm_hash(vm, t, out);
    GC_UNROOT(vm, 1);
    return rc;
}

/* --- iterators ------------------------------------------------------------------------- */

/* longrange_iterator: a big range's, on int values. */
typedef struct CoilLongRangeIter {
    CoilObject obj;
    CoilValue next, step, remaining;
} CoilLongRangeIter;

static void longiter_trace(CoilVM *vm, CoilObject *o)
{
    CoilLongRangeIter *it = (CoilLongRangeIter *)o;
    gc_mark_value(vm, it->next);
    gc_mark_value(vm, it->step);
    gc_mark_value(vm, it->remaining);
}

static CoilValue longiter_new(CoilVM *vm, CoilValue first, CoilValue step, CoilValue len)
{
    GC_ROOT(vm, first);
    GC_ROOT(vm, step);
    GC_ROOT(vm, len);
    CoilLongRangeIter *it = gc_alloc_object(vm, vm->t_longrange_iterator, sizeof(CoilLongRangeIter));
    GC_UNROOT(vm, 3);
    if (!it) return VAL_ERROR;
    it->next = first;
    it->step = step;
    it->remaining = len;
    return value_from_object(it);
}

static CoilValue longiter_next(CoilVM *vm, CoilValue self)
{
    CoilLongRangeIter *it = (CoilLongRangeIter *)value_as_object(self);
    if (int_sign(vm, it->remaining) <= 0) return VAL_EMPTY;
    CoilValue v = it->next;
    GC_ROOT(vm, v);
    CoilValue n = iop(vm, BIN_ADD, v, it->step);
    if (value_is_error(n)) return GC_UNROOT(vm, 1), n;
    it->next = n;
    CoilValue rem = iop(vm, BIN_SUB, it->remaining, value_from_small_int(1));
    GC_UNROOT(vm, 1);
    if (value_is_error(rem)) return rem;
    it->remaining = rem;
    return v;
}

static CoilValue m_longiter_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return ((CoilLongRangeIter *)value_as_object(args[0]))->remaining;
}

static const CoilMethodDef longiter_methods[] = {{"__length_hint__", m_longiter_hint, 0}, {NULL, NULL, 0}};

static CoilValue range_iter(CoilVM *vm, CoilValue self)
{
    CoilRange *r = RANGE(self);
    if (r->big) return longiter_new(vm, r->bstart, r->bstep, r->blen);
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

static CoilValue iter_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static CoilValue m_rangeiter_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    CoilRangeIter *it = (CoilRangeIter *)value_as_object(args[0]);
    return int_from_i64(vm, it->remaining > 0 ? it->remaining : 0);
}

static const CoilMethodDef rangeiter_methods[] = {{"__length_hint__", m_rangeiter_hint, 0}, {NULL, NULL, 0}};

static CoilValue m_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    CoilRange *r = RANGE(args[0]);
    if (r->big) {
        GC_SAVE(vm);
        CoilValue last = iop(vm, BIN_SUB, r->blen, value_from_small_int(1));
        if (value_is_error(last)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, last);
        CoilValue first = r_item(vm, r, last);
        if (value_is_error(first)) return GC_RESTORE(vm), VAL_ERROR;
        GC_ROOT(vm, first);
        CoilValue step = iop(vm, BIN_SUB, value_from_small_int(0), r->bstep);
        if (value_is_error(step)) return GC_RESTORE(vm), VAL_ERROR;
        CoilValue it = longiter_new(vm, first, step, r->blen);
        GC_RESTORE(vm);
        return it;
    }
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
    CoilRange *r = RANGE(args[0]);
    CoilValue pos = VAL_NONE;
    if (arithmetic_member(vm, args[1])) {
        pos = range_find(vm, r, args[1]);
        if (value_is_error(pos)) return pos;
    } else {
        int64_t n;
        if (range_len(vm, args[0], &n) < 0) return VAL_ERROR;
        for (int64_t i = 0; i < n && pos == VAL_NONE; i++) {
            CoilValue x = range_elem(vm, r, i);
            if (value_is_error(x)) return x;
            int eq = vm_equal(vm, x, args[1]);
            if (eq < 0) return VAL_ERROR;
            if (eq) pos = int_from_i64(vm, i);
        }
    }
    if (pos == VAL_NONE) {
        CoilValue rep = vm_repr(vm, args[1]);
        if (value_is_error(rep)) return rep;
        return vm_raise(vm, vm->e_ValueError, "%s is not in range", value_as_str(rep)->data);
    }
    return pos;
}

static CoilValue m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "range.count", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilRange *r = RANGE(args[0]);
    if (arithmetic_member(vm, args[1])) {
        int in = range_contains(vm, args[0], args[1]);
        return in < 0 ? VAL_ERROR : value_from_small_int(in);
    }
    int64_t n, count = 0;
    if (range_len(vm, args[0], &n) < 0) return VAL_ERROR;
    for (int64_t i = 0; i < n; i++) {
        CoilValue x = range_elem(vm, r, i);
        if (value_is_error(x)) return x;
        int eq = vm_equal(vm, x, args[1]);
        if (eq < 0) return VAL_ERROR;
        count += eq;
    }
    return int_from_i64(vm, count);
}

static const CoilMethodDef range_methods[] = {
    {"__reversed__", m_reversed, 0}, {"index", m_index, 0}, {"count", m_count, 0}, {NULL, NULL, 0}};

static CoilValue g_start(CoilVM *vm, CoilValue self) { return r_start(vm, RANGE(self)); }
static CoilValue g_stop(CoilVM *vm, CoilValue self) { return r_stop(vm, RANGE(self)); }
static CoilValue g_step(CoilVM *vm, CoilValue self) { return r_step(vm, RANGE(self)); }

static const CoilGetSetDef range_getsets[] = {
    {"start", g_start, NULL}, {"stop", g_stop, NULL}, {"step", g_step, NULL}, {NULL, NULL, NULL}};

void range_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_range;
    t->instance_size = sizeof(CoilRange);
    t->trace = range_trace;
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
    type_add_methods(vm, it, rangeiter_methods);
    vm->t_range_iterator = it;
    CoilType *lit = type_new_builtin(vm, "longrange_iterator", vm->t_object, sizeof(CoilLongRangeIter), 0);
    if (!lit) return;
    lit->trace = longiter_trace;
    lit->iter = iter_self;
    lit->next = longiter_next;
    type_add_methods(vm, lit, longiter_methods);
    vm->t_longrange_iterator = lit;
}
