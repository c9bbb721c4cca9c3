/* slice.c — slice objects and PySlice_GetIndicesEx's index arithmetic, which
 * every sequence's slicing uses. */
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/slice.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct CoilSlice {
    CoilObject obj;
    CoilValue start, stop, step;
} CoilSlice;

#define SLICE(v) ((CoilSlice *)value_as_object(v))

static void slice_trace(CoilVM *vm, CoilObject *o)
{
    CoilSlice *s = (CoilSlice *)o;
    gc_mark_value(vm, s->start);
    gc_mark_value(vm, s->stop);
    gc_mark_value(vm, s->step);
}

CoilValue slice_new(CoilVM *vm, CoilValue start, CoilValue stop, CoilValue step)
{
    GC_ROOT(vm, start);
    GC_ROOT(vm, stop);
    GC_ROOT(vm, step);
    CoilSlice *s = gc_alloc_object(vm, vm->t_slice, sizeof(CoilSlice));
    GC_UNROOT(vm, 3);
    if (!s) return VAL_ERROR;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return value_from_object(s);
}

void slice_parts(CoilValue slice, CoilValue *start, CoilValue *stop, CoilValue *step)
{
    *start = SLICE(slice)->start;
    *stop = SLICE(slice)->stop;
    *step = SLICE(slice)->step;
}

int slice_bound_index(CoilVM *vm, CoilValue v, bool none_ok, int64_t *out)
{
    if (value_is_small_int(v)) {
        *out = value_as_small_int(v);
        return 0;
    }
    if (!value_is_int(vm, v) && !vm_typeof(vm, v)->index) {
        vm_raise(vm, vm->e_TypeError, none_ok ? "slice indices must be integers or None or have an __index__ method"
                                              : "slice indices must be integers or have an __index__ method");
        return -1;
    }
    CoilValue i = vm_index_value(vm, v);
    if (value_is_error(i)) return -1;
    if (!int_to_i64(vm, i, out)) *out = int_sign(vm, i) < 0 ? INT64_MIN : INT64_MAX;
    return 0;
}

static int slice_index(CoilVM *vm, CoilValue v, int64_t *out) { return slice_bound_index(vm, v, true, out); }

int slice_unpack_indices(CoilVM *vm, CoilValue slice, int64_t len, int64_t *startp,
                         int64_t *stopp, int64_t *stepp, int64_t *slicelen)
{
    size_t n = (size_t)len;
    return slice_unpack_live(vm, slice, &n, startp, stopp, stepp, slicelen);
}

int slice_unpack_live(CoilVM *vm, CoilValue slice, const size_t *lenp, int64_t *startp, int64_t *stopp,
                      int64_t *stepp, int64_t *slicelen)
{
    CoilSlice *s = SLICE(slice);
    int64_t start, stop, step = 1;
    if (s->step != VAL_NONE) {
        if (slice_index(vm, s->step, &step) < 0) return -1;
        if (step == 0) {
            vm_raise(vm, vm->e_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (step < -INT64_MAX) step = -INT64_MAX;
    }
    if (s->start == VAL_NONE) start = step < 0 ? INT64_MAX : 0;
    else if (slice_index(vm, s->start, &start) < 0) return -1;
    if (s->stop == VAL_NONE) stop = step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_index(vm, s->stop, &stop) < 0) return -1;
    /* PySlice_AdjustIndices, with the length as it is after any __index__ */
    int64_t len = (int64_t)*lenp;
    if (start < 0) {
        start += len;
        if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }
    int64_t n = 0;
    if (step < 0) {
        if (stop < start) n = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        n = (stop - start - 1) / step + 1;
    }
    *startp = start;
    *stopp = stop;
    *stepp = step;
    *slicelen = n;
    return 0;
}

static CoilValue slice_repr(CoilVM *vm, CoilValue self)
{
    CoilSlice *s = SLICE(self);
    CoilValue parts[3] = {s->start, s->stop, s->step};
    CoilValue r = seq_repr(vm, parts, 3, "slice(", ")", false);
    return r;
}

static CoilValue slice_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_type(a, vm->t_slice) || !value_is_type(b, vm->t_slice)) return VAL_NOTIMPLEMENTED;
    CoilValue x[3] = {SLICE(a)->start, SLICE(a)->stop, SLICE(a)->step};
    CoilValue y[3] = {SLICE(b)->start, SLICE(b)->stop, SLICE(b)->step};
    return seq_compare(vm, x, 3, y, 3, op);
}

static int slice_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

static CoilValue slice_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "slice", kwnames) < 0) return VAL_ERROR;
    if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3) return vm_raise(vm, vm->e_TypeError, "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1) return slice_new(vm, VAL_NONE, args[0], VAL_NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : VAL_NONE);
}

static CoilValue m_indices(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "slice.indices", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t len, start, stop, step, n;
    if (vm_index(vm, args[1], &len) < 0) return VAL_ERROR;
    if (len < 0) return vm_raise(vm, vm->e_ValueError, "length should not be negative");
    if (slice_unpack_indices(vm, args[0], len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    value_as_tuple(t)->items[0] = value_from_small_int(start);
    value_as_tuple(t)->items[1] = value_from_small_int(stop);
    value_as_tuple(t)->items[2] = value_from_small_int(step);
    return t;
}

static const CoilMethodDef slice_methods[] = {{"indices", m_indices, 0}, {NULL, NULL, 0}};

static CoilValue g_start(CoilVM *vm, CoilValue self) { (void)vm; return SLICE(self)->start; }
static CoilValue g_stop(CoilVM *vm, CoilValue self) { (void)vm; return SLICE(self)->stop; }
static CoilValue g_step(CoilVM *vm, CoilValue self) { (void)vm; return SLICE(self)->step; }

static const CoilGetSetDef slice_getsets[] = {
    {"start", g_start, NULL}, {"stop", g_stop, NULL}, {"step", g_step, NULL}, {NULL, NULL, NULL}};

void slice_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_slice;
    t->instance_size = sizeof(CoilSlice);
    t->trace = slice_trace;
    t->repr = slice_repr;
    t->compare = slice_compare;
    t->hash = slice_hash;
    t->new_ = slice_new_slot;
    type_add_methods(vm, t, slice_methods);
    type_add_getsets(vm, t, slice_getsets);
}
