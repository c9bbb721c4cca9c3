/* iter.c — the built-in iterator objects: sequence iterators (list, tuple,
 * reversed list, __getitem__ sequences), iter(callable, sentinel), and the
 * iterator types enumerate, zip, reversed, map and filter. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static void seqiter_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilSeqIter *)o)->seq); }

CoilValue seqiter_new(CoilVM *vm, CoilType *iter_type, CoilValue seq)
{
    GC_ROOT(vm, seq);
    CoilSeqIter *it = gc_alloc_object(vm, iter_type, sizeof(CoilSeqIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->seq = seq;
    it->index = 0;
    if (iter_type == vm->t_list_reverseiterator) it->index = (int64_t)value_as_list(seq)->len - 1;
    return value_from_object(it);
}

static CoilValue iter_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static CoilValue listiter_next(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    if (it->seq == VAL_EMPTY) return VAL_EMPTY;
    CoilList *l = value_as_list(it->seq);
    if ((size_t)it->index < l->len) return l->items[it->index++];
    it->seq = VAL_EMPTY;
    return VAL_EMPTY;
}

static CoilValue tupleiter_next(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    if (it->seq == VAL_EMPTY) return VAL_EMPTY;
    CoilTuple *t = value_as_tuple(it->seq);
    if ((size_t)it->index < t->len) return t->items[it->index++];
    it->seq = VAL_EMPTY;
    return VAL_EMPTY;
}

static CoilValue listrev_next(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    if (it->seq == VAL_EMPTY) return VAL_EMPTY;
    CoilList *l = value_as_list(it->seq);
    if (it->index >= 0 && (size_t)it->index < l->len) return l->items[it->index--];
    it->seq = VAL_EMPTY;
    return VAL_EMPTY;
}

/* it->seq[it->index] for the old sequence protocol, stepping the index by
 * step: the item, or VAL_EMPTY (the iterator letting go of seq) where the
 * sequence raises IndexError or StopIteration, or VAL_ERROR. */
static CoilValue seq_item_step(CoilVM *vm, CoilSeqIter *it, int64_t step)
{
    CoilValue v = vm_getitem(vm, it->seq, int_from_i64(vm, it->index));
    if (value_is_error(v)) {
        if (vm_exception_matches(vm, vm->e_IndexError) || vm_exception_matches(vm, vm->e_StopIteration)) {
            vm_take_exception(vm);
            it->seq = VAL_EMPTY;
            return VAL_EMPTY;
        }
        return v;
    }
    it->index += step;
    return v;
}

/* Old-style sequence protocol: seq[0], seq[1], ... until IndexError. */
static CoilValue seq_iter_next(CoilVM *vm, CoilValue self)
{
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    return it->seq == VAL_EMPTY ? VAL_EMPTY : seq_item_step(vm, it, 1);
}

/* reversed(seq) for a sequence without __reversed__: seq[len-1] down to
 * seq[0], fetched as it goes (CPython's reversed object). */
static CoilValue reversed_next(CoilVM *vm, CoilValue self)
{
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    if (it->seq == VAL_EMPTY || it->index < 0) {
        it->seq = VAL_EMPTY;
        return VAL_EMPTY;
    }
    return seq_item_step(vm, it, -1);
}

static int seqiter_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    *out = 0;
    if (it->seq == VAL_EMPTY) return 0;
    int64_t n;
    if (vm_len(vm, it->seq, &n) < 0) return -1;
    *out = n > it->index ? n - it->index : 0;
    return 0;
}

static int listrev_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(self);
    *out = it->seq == VAL_EMPTY ? 0 : it->index + 1;
    return 0;
}

/* __length_hint__ (iterators have no len(); operator.length_hint asks this). */
static CoilValue m_seqiter_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    int64_t n;
    return seqiter_len(vm, args[0], &n) < 0 ? VAL_ERROR : int_from_i64(vm, n);
}
static CoilValue m_listrev_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    int64_t n;
    return listrev_len(vm, args[0], &n) < 0 ? VAL_ERROR : int_from_i64(vm, n);
}
static const CoilMethodDef seqiter_methods[] = {{"__length_hint__", m_seqiter_hint, 0}, {NULL, NULL, 0}};
static const CoilMethodDef listrev_methods[] = {{"__length_hint__", m_listrev_hint, 0}, {NULL, NULL, 0}};

/* reversed's hint: what is left, 0 once exhausted (seq let go). */
static CoilValue m_reversed_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    CoilSeqIter *it = (CoilSeqIter *)value_as_object(args[0]);
    return int_from_i64(vm, it->seq == VAL_EMPTY ? 0 : it->index + 1);
}
static const CoilMethodDef reversed_methods[] = {{"__length_hint__", m_reversed_hint, 0}, {NULL, NULL, 0}};

/* --- iter(callable, sentinel) ---------------------------------------------------- */

typedef struct CallIter {
    CoilObject obj;
    CoilValue callable, sentinel;
} CallIter;

static void calliter_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((CallIter *)o)->callable);
    gc_mark_value(vm, ((CallIter *)o)->sentinel);
}

CoilValue calliter_new(CoilVM *vm, CoilValue callable, CoilValue sentinel)
{
    CallIter *it = gc_alloc_object(vm, vm->t_callable_iterator, sizeof(CallIter));
    if (!it) return VAL_ERROR;
    it->callable = callable;
    it->sentinel = sentinel;
    return value_from_object(it);
}

static CoilValue calliter_next(CoilVM *vm, CoilValue self)
{
    CallIter *it = (CallIter *)value_as_object(self);
    if (it->callable == VAL_EMPTY) return VAL_EMPTY;
    CoilValue v = vm_call0(vm, it->callable);
    if (value_is_error(v)) {
        if (vm_exception_matches(vm, vm->e_StopIteration)) {
            vm_take_exception(vm);
            it->callable = VAL_EMPTY;
            return VAL_EMPTY;
        }
        return v;
    }
    GC_ROOT(vm, v);
    int eq = vm_equal(vm, v, it->sentinel);
    GC_UNROOT(vm, 1);
    if (eq < 0) return VAL_ERROR;
    if (eq) {
        it->callable = VAL_EMPTY;
        return VAL_EMPTY;
    }
    return v;
}

/* --- enumerate ------------------------------------------------------------------- */

typedef struct Enumerate {
    CoilObject obj;
    CoilValue iter;
    CoilValue index; /* an int value (may grow big) */
} Enumerate;

static void enumerate_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((Enumerate *)o)->iter);
    gc_mark_value(vm, ((Enumerate *)o)->index);
}

CoilValue iter_enumerate_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                             CoilValue kwnames)
{
    static const char *const names[] = {"iterable", "start"};
    CoilValue a[2];
    /* CPython 3.11's enumerate call path words these three errors itself. */
    size_t nkw = args_nkw(kwnames);
    if (nargs + nkw > 2) return vm_raise(vm, vm->e_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    if (nargs + nkw == 0) return vm_raise(vm, vm->e_TypeError, "enumerate() missing required argument 'iterable'");
    if (nargs + nkw == 1 && nkw == 1 && !str_eq_cstr(value_as_str(value_as_tuple(kwnames)->items[0]), "iterable"))
        return vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for enumerate()",
                        value_as_str(value_as_tuple(kwnames)->items[0])->data);
    if (args_parse(vm, "enumerate", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return VAL_ERROR;
    CoilValue start = value_from_small_int(0);
    if (a[1] != VAL_EMPTY) {
        if (!value_is_int(vm, a[1]) && !vm_typeof(vm, a[1])->index)
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, a[1]));
        start = vm_index_value(vm, a[1]);
        if (value_is_error(start)) return start;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, start);
    CoilValue it = vm_iter(vm, a[0]);
    if (value_is_error(it)) return GC_RESTORE(vm), it;
    GC_ROOT(vm, it);
    CoilType *t = (CoilType *)value_as_object(callee);
    Enumerate *e = gc_alloc_object(vm, t, t->instance_size);
    GC_RESTORE(vm);
    if (!e) return VAL_ERROR;
    e->iter = it;
    e->index = start;
    return value_from_object(e);
}

static CoilValue enumerate_next(CoilVM *vm, CoilValue self)
{
    Enumerate *e = (Enumerate *)value_as_object(self);
    CoilValue v = vm_next(vm, e->iter);
    if (v == VAL_EMPTY || value_is_error(v)) return v;
    GC_ROOT(vm, v);
    CoilValue idx = e->index;
    CoilValue next = value_is_small_int(idx) && value_as_small_int(idx) < VAL_SMALL_INT_MAX
                         ? value_from_small_int(value_as_small_int(idx) + 1)
                         : int_binary_op(vm, BIN_ADD, idx, value_from_small_int(1));
    if (value_is_error(next)) return GC_UNROOT(vm, 1), next;
    e->index = next;
    CoilValue t = tuple_pack2(vm, idx, v);
    GC_UNROOT(vm, 1);
    return t;
}

/* --- zip ------------------------------------------------------------------------- */

typedef struct Zip {
    CoilObject obj;
    CoilValue iters; /* tuple of iterators, or VAL_EMPTY once exhausted */
    bool strict;
} Zip;

static void zip_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((Zip *)o)->iters); }

static CoilValue zip_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                         CoilValue kwnames)
{
    bool strict = false;
    size_t nkw = args_nkw(kwnames);
    /* CPython parses the keywords as "|$p:zip". */
    if (nkw > 1) return vm_raise(vm, vm->e_TypeError, "zip() takes at most 1 keyword argument (%zu given)", nkw);
    for (size_t k = 0; k < nkw; k++) {
        CoilString *n = value_as_str(value_as_tuple(kwnames)->items[k]);
        if (!str_eq_cstr(n, "strict"))
            return vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for zip()", n->data);
        int t = vm_truthy(vm, args[nargs + k]);
        if (t < 0) return VAL_ERROR;
        strict = t;
    }
    GC_SAVE(vm);
    CoilValue iters = tuple_new(vm, nargs);
    if (value_is_error(iters)) return iters;
    GC_ROOT(vm, iters);
    for (size_t i = 0; i < nargs; i++) {
        CoilValue it = vm_iter(vm, args[i]);
        if (value_is_error(it)) return GC_RESTORE(vm), VAL_ERROR; /* 3.11: "'int' object is not iterable" */
        value_as_tuple(iters)->items[i] = it;
    }
    CoilType *t = (CoilType *)value_as_object(callee);
    Zip *z = gc_alloc_object(vm, t, t->instance_size);
    GC_RESTORE(vm);
    if (!z) return VAL_ERROR;
    z->iters = iters;
    z->strict = strict;
    return value_from_object(z);
}

static CoilValue zip_next(CoilVM *vm, CoilValue self)
{
    Zip *z = (Zip *)value_as_object(self);
    if (z->iters == VAL_EMPTY) return VAL_EMPTY;
    CoilTuple *its = value_as_tuple(z->iters);
    if (its->len == 0) return VAL_EMPTY;
    CoilValue out = tuple_new(vm, its->len);
    if (value_is_error(out)) return out;
    GC_ROOT(vm, out);
    for (size_t i = 0; i < its->len; i++) {
        CoilValue v = vm_next(vm, its->items[i]);
        if (value_is_error(v)) return GC_UNROOT(vm, 1), v;
        if (v == VAL_EMPTY) {
            GC_UNROOT(vm, 1);
            if (z->strict) {
                if (i > 0) {
                    z->iters = VAL_EMPTY;
                    return vm_raise(vm, vm->e_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                                    i + 1, i == 1 ? " " : "s 1-", i);
                }
                for (size_t j = 1; j < its->len; j++) {
                    CoilValue w = vm_next(vm, its->items[j]);
                    if (value_is_error(w)) return w;
                    if (w != VAL_EMPTY) {
                        z->iters = VAL_EMPTY;
                        return vm_raise(vm, vm->e_ValueError, "zip() argument %zu is longer than argument%s%zu",
                                        j + 1, j == 1 ? " " : "s 1-", j);
                    }
                }
            }
            z->iters = VAL_EMPTY;
            return VAL_EMPTY;
        }
        value_as_tuple(out)->items[i] = v;
    }
    GC_UNROOT(vm, 1);
    return out;
}

/* --- reversed --------------------------------------------------------------------- */

static CoilValue reversed_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "reversed", kwnames) < 0 || args_check_positional(vm, "reversed", nargs, 1, 1) < 0)
        return VAL_ERROR;
    CoilValue seq = args[0];
    CoilType *t = vm_typeof(vm, seq);
    /* A list subclass may override __reversed__. */
    if (t == vm->t_list) return seqiter_new(vm, vm->t_list_reverseiterator, seq);
    CoilValue m = type_lookup(vm, t, vm->names.__reversed__);
    if (m != VAL_EMPTY) {
        if (m == VAL_NONE) return vm_raise(vm, vm->e_TypeError, "'%s' object is not reversible", t->name);
        return vm_call1(vm, m, seq);
    }
    if (!t->getitem || !t->len || value_is_dict(vm, seq) || t == vm->t_set || t == vm->t_frozenset)
        return vm_raise(vm, vm->e_TypeError, "'%s' object is not reversible", t->name);
    /* A sequence: walked backwards from its length now, item by item. */
    int64_t n;
    if (vm_len(vm, seq, &n) < 0) return VAL_ERROR;
    CoilValue it = seqiter_new(vm, vm->t_reversed, seq);
    if (!value_is_error(it)) ((CoilSeqIter *)value_as_object(it))->index = n - 1;
    return it;
}

/* --- map / filter -------------------------------------------------------------------- */

typedef struct MapObj {
    CoilObject obj;
    CoilValue func;
    CoilValue iters; /* tuple */
} MapObj;

static void map_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((MapObj *)o)->func);
    gc_mark_value(vm, ((MapObj *)o)->iters);
}

static CoilValue map_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                         CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    bool is_map = t == vm->t_map;
    const char *name = is_map ? "map" : "filter";
    if (args_no_kw(vm, name, kwnames) < 0) return VAL_ERROR;
    if (is_map && nargs < 2) return vm_raise(vm, vm->e_TypeError, "map() must have at least two arguments.");
    if (!is_map && args_count(vm, "filter", nargs, 2, 2) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    CoilValue iters = tuple_new(vm, nargs - 1);
    if (value_is_error(iters)) return iters;
    GC_ROOT(vm, iters);
    for (size_t i = 1; i < nargs; i++) {
        CoilValue it = vm_iter(vm, args[i]);
        if (value_is_error(it)) return GC_RESTORE(vm), it;
        value_as_tuple(iters)->items[i - 1] = it;
    }
    MapObj *m = gc_alloc_object(vm, t, t->instance_size);
    GC_RESTORE(vm);
    if (!m) return VAL_ERROR;
    m->func = args[0];
    m->iters = iters;
    return value_from_object(m);
}

/* A StopIteration raised by the function map() or filter() calls ends the
 * iteration, as it would leave a C iterator's next in CPython. */
static CoilValue stop_is_end(CoilVM *vm, CoilValue r)
{
    if (value_is_error(r) && vm_exception_matches(vm, vm->e_StopIteration)) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return r;
}

static CoilValue map_next(CoilVM *vm, CoilValue self)
{
    MapObj *m = (MapObj *)value_as_object(self);
    CoilTuple *its = value_as_tuple(m->iters);
    CoilValue small[8];
    CoilValue *argv = small;
    CoilValue holder = VAL_EMPTY;
    if (its->len > 8) {
        holder = tuple_new(vm, its->len);
        if (value_is_error(holder)) return holder;
        argv = value_as_tuple(holder)->items;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, holder);
    for (size_t i = 0; i < its->len; i++) {
        CoilValue v = vm_next(vm, its->items[i]);
        if (v == VAL_EMPTY || value_is_error(v)) return GC_RESTORE(vm), v;
        argv[i] = v;
        GC_ROOT(vm, v);
    }
    CoilValue r = vm_call(vm, m->func, argv, its->len, VAL_EMPTY);
    GC_RESTORE(vm);
    return stop_is_end(vm, r);
}

static CoilValue filter_next(CoilVM *vm, CoilValue self)
{
    MapObj *m = (MapObj *)value_as_object(self);
    CoilValue it = value_as_tuple(m->iters)->items[0];
    for (;;) {
        CoilValue v = vm_next(vm, it);
        if (v == VAL_EMPTY || value_is_error(v)) return v;
        GC_ROOT(vm, v);
        int t;
        if (m->func == VAL_NONE || m->func == value_from_object(vm->t_bool)) {
            t = vm_truthy(vm, v);
        } else {
            CoilValue r = vm_call1(vm, m->func, v);
            t = value_is_error(r) ? -1 : vm_truthy(vm, r);
        }
        GC_UNROOT(vm, 1);
        if (t < 0) return stop_is_end(vm, VAL_ERROR);
        if (t) return v;
    }
}

static CoilType *iter_type(CoilVM *vm, const char *name, size_t size, CoilTraceFn trace, CoilNextFn next)
{
    CoilType *t = type_new_builtin(vm, name, vm->t_object, size, 0);
    if (!t) return NULL;
    t->trace = trace;
    t->iter = iter_self;
    t->next = next;
    return t;
}

void iter_init_types(CoilVM *vm)
{
    vm->t_list_iterator = iter_type(vm, "list_iterator", sizeof(CoilSeqIter), seqiter_trace, listiter_next);
    vm->t_tuple_iterator = iter_type(vm, "tuple_iterator", sizeof(CoilSeqIter), seqiter_trace, tupleiter_next);
    vm->t_list_reverseiterator =
        iter_type(vm, "list_reverseiterator", sizeof(CoilSeqIter), seqiter_trace, listrev_next);
    vm->t_seq_iterator = iter_type(vm, "iterator", sizeof(CoilSeqIter), seqiter_trace, seq_iter_next);
    vm->t_callable_iterator =
        iter_type(vm, "callable_iterator", sizeof(CallIter), calliter_trace, calliter_next);
    vm->t_enumerate = iter_type(vm, "enumerate", sizeof(Enumerate), enumerate_trace, enumerate_next);
    vm->t_zip = iter_type(vm, "zip", sizeof(Zip), zip_trace, zip_next);
    vm->t_reversed = iter_type(vm, "reversed", sizeof(CoilSeqIter), seqiter_trace, reversed_next);
    vm->t_map = iter_type(vm, "map", sizeof(MapObj), map_trace, map_next);
    vm->t_filter = iter_type(vm, "filter", sizeof(MapObj), map_trace, filter_next);
    if (!vm->t_list_iterator || !vm->t_tuple_iterator || !vm->t_list_reverseiterator || !vm->t_seq_iterator ||
        !vm->t_callable_iterator || !vm->t_enumerate || !vm->t_zip || !vm->t_reversed || !vm->t_map ||
        !vm->t_filter)
        return;
    type_add_methods(vm, vm->t_list_iterator, seqiter_methods);
    type_add_methods(vm, vm->t_tuple_iterator, seqiter_methods);
    type_add_methods(vm, vm->t_list_reverseiterator, listrev_methods);
    type_add_methods(vm, vm->t_reversed, reversed_methods);
    vm->t_enumerate->new_ = iter_enumerate_new;
    vm->t_enumerate->flags |= TYPE_BASETYPE;
    vm->t_zip->new_ = zip_new;
    vm->t_reversed->new_ = reversed_new;
    vm->t_map->new_ = map_new;
    vm->t_filter->new_ = map_new;
}
