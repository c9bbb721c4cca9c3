/* tuple.c — the tuple object and its type slots, plus the helpers every
 * sequence shares: repr of an item array and lexicographic comparison. */
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/generic_alias.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static size_t tuple_size(const CoilObject *o)
{
    return sizeof(CoilTuple) + ((const CoilTuple *)o)->len * sizeof(CoilValue);
}

static void tuple_trace(CoilVM *vm, CoilObject *o)
{
    CoilTuple *t = (CoilTuple *)o;
    gc_mark_values(vm, t->items, t->len);
}

CoilValue tuple_new(CoilVM *vm, size_t n)
{
    if (n == 0 && value_is_object(vm->empty_tuple)) return vm->empty_tuple;
    if (n > (SIZE_MAX - sizeof(CoilTuple)) / sizeof(CoilValue)) return vm_raise_nomem(vm);
    CoilTuple *t = gc_alloc_object(vm, vm->t_tuple, sizeof(CoilTuple) + n * sizeof(CoilValue));
    if (!t) return VAL_ERROR;
    t->len = n;
    t->hash = -1;
    for (size_t i = 0; i < n; i++) t->items[i] = VAL_NONE;
    return value_from_object(t);
}

CoilValue tuple_empty(CoilVM *vm) { return vm->empty_tuple; }

CoilValue tuple_from_array(CoilVM *vm, const CoilValue *items, size_t n)
{
    CoilValue t = tuple_new(vm, n);
    if (value_is_error(t)) return t;
    if (n) values_copy(value_as_tuple(t)->items, items, n);
    return t;
}

CoilValue tuple_pack2(CoilVM *vm, CoilValue a, CoilValue b)
{
    CoilValue items[2] = {a, b};
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue t = tuple_from_array(vm, items, 2);
    GC_UNROOT(vm, 2);
    return t;
}

CoilValue tuple_from_iterable(CoilVM *vm, CoilValue iterable)
{
    if (value_is_type(iterable, vm->t_tuple)) return iterable;
    if (value_is_list(vm, iterable) && vm_typeof(vm, iterable)->iter == vm->t_list->iter) {
        CoilList *l = value_as_list(iterable);
        return tuple_from_array(vm, l->items, l->len);
    }
    CoilValue l = list_from_iterable(vm, iterable);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    CoilValue t = tuple_from_array(vm, value_as_list(l)->items, value_as_list(l)->len);
    GC_UNROOT(vm, 1);
    return t;
}

/* --- shared sequence helpers ---------------------------------------------------------- */

CoilValue seq_repr(CoilVM *vm, const CoilValue *items, size_t n, const char *open,
                   const char *close, bool one_comma)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!buf_append_str(&b, open)) goto nomem;
    /* items may move if the sequence is a list that a __repr__ mutates:
     * re-read through the caller's array on each step is the caller's job;
     * here the array is stable for tuples and re-checked for lists. */
    for (size_t i = 0; i < n; i++) {
        if (i && !buf_append(&b, ", ", 2)) goto nomem;
        CoilValue r = vm_repr(vm, items[i]);
        if (value_is_error(r)) {
            buf_free(&b);
            return r;
        }
        /* The buffer's growth may collect: r must stay rooted. */
        GC_ROOT(vm, r);
        bool ok = buf_append(&b, value_as_str(r)->data, value_as_str(r)->len);
        GC_UNROOT(vm, 1);
        if (!ok) goto nomem;
    }
    if (n == 1 && one_comma && !buf_putc(&b, ',')) goto nomem;
    if (!buf_append_str(&b, close)) goto nomem;
    return str_from_buf(vm, &b);
nomem:
    buf_free(&b);
    return vm_raise_nomem(vm);
}

CoilValue seq_compare(CoilVM *vm, const CoilValue *a, size_t na, const CoilValue *b, size_t nb,
                      CoilCompareOp op)
{
    size_t i = 0;
    /* First index where the items differ (identity implies equality, as CPython). */
    for (; i < na && i < nb; i++) {
        if (a[i] == b[i]) continue;
        int eq = vm_equal(vm, a[i], b[i]);
        if (eq < 0) return VAL_ERROR;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_LT: r = na < nb; break;
        case CMP_LE: r = na <= nb; break;
        case CMP_EQ: r = na == nb; break;
        case CMP_NE: r = na != nb; break;
        case CMP_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return value_from_bool(r);
    }
    if (op == CMP_EQ) return VAL_FALSE;
    if (op == CMP_NE) return VAL_TRUE;
    return vm_compare(vm, a[i], b[i], op);
}

/* --- slots ------------------------------------------------------------------------- */

static CoilValue tuple_repr(CoilVM *vm, CoilValue self)
{
    CoilTuple *t = value_as_tuple(self);
    if (t->len == 0) return str_from_cstr(vm, "()");
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "(...)");
    CoilValue s = seq_repr(vm, t->items, t->len, "(", ")", true);
    vm_repr_leave(vm, self);
    return s;
}

/* CPython's tuplehash (xxHash-based), so hashes of tuples match. */
static int tuple_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilTuple *t = value_as_tuple(self);
    if (t->hash != -1) {
        *out = t->hash;
        return 0;
    }
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->len; i++) {
        int64_t h;
        if (vm_hash(vm, t->items[i], &h) < 0) return -1;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->len ^ (P5 ^ 3527539UL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = h;
    *out = h;
    return 0;
}

static int tuple_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_tuple(self)->len;
    return 0;
}

static int tuple_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_as_tuple(self)->len != 0;
}

static CoilValue tuple_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_tuple(vm, a) || !value_is_tuple(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilTuple *x = value_as_tuple(a), *y = value_as_tuple(b);
    return seq_compare(vm, x->items, x->len, y->items, y->len, op);
}


/* Normalises a sequence index: 0 or -1 (IndexError "<what> index out of range"). */
int seq_index(CoilVM *vm, CoilValue key, int64_t len, int64_t *out, const char *what)
{
    int64_t i;
    if (value_is_small_int(key)) i = value_as_small_int(key);
    else {
        if (vm_index(vm, key, &i) < 0) {
            if (vm_exception_matches(vm, vm->e_OverflowError)) {
                vm_take_exception(vm);
                vm_raise(vm, vm->e_IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return -1;
        }
    }
    if (i < 0) i += len;
    if (i < 0 || i >= len) {
        vm_raise(vm, vm->e_IndexError, "%s index out of range", what);
        return -1;
    }
    *out = i;
    return 0;
}

static CoilValue tuple_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilTuple *t = value_as_tuple(self);
    if (value_is_type(key, vm->t_slice)) {
        int64_t start, stop, step, n;
        if (slice_unpack_indices(vm, key, (int64_t)t->len, &start, &stop, &step, &n) < 0)
            return VAL_ERROR;
        if (step == 1 && n == (int64_t)t->len && t->obj.type == vm->t_tuple) return self;
        GC_ROOT(vm, self);
        CoilValue r = tuple_new(vm, n > 0 ? (size_t)n : 0);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return r;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            value_as_tuple(r)->items[k] = t->items[i];
        return r;
    }
    if (!value_is_int(vm, key) && !vm_typeof(vm, key)->index)
        return vm_raise(vm, vm->e_TypeError, "tuple indices must be integers or slices, not %s",
                        value_type_name(vm, key));
    int64_t i;
    if (seq_index(vm, key, (int64_t)t->len, &i, "tuple") < 0) return VAL_ERROR;
    return t->items[i];
}

static int tuple_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilTuple *t = value_as_tuple(self);
    for (size_t i = 0; i < t->len; i++) {
        if (t->items[i] == item) return 1;
        int eq = vm_equal(vm, t->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static CoilValue tuple_concat(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_tuple(vm, a) || !value_is_tuple(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilTuple *x = value_as_tuple(a), *y = value_as_tuple(b);
    if (y->len == 0 && x->obj.type == vm->t_tuple) return a;
    if (x->len == 0 && y->obj.type == vm->t_tuple) return b;
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue r = tuple_new(vm, x->len + y->len);
    GC_UNROOT(vm, 2);
    if (value_is_error(r)) return r;
    values_copy(value_as_tuple(r)->items, x->items, x->len);
    values_copy(value_as_tuple(r)->items + x->len, y->items, y->len);
    return r;
}

static CoilValue tuple_repeat(CoilVM *vm, CoilValue a, CoilValue b)
{
    CoilValue seq = a, count = b;
    if (!value_is_tuple(vm, seq)) {
        seq = b;
        count = a;
    }
    if (!value_is_tuple(vm, seq) || !(value_is_int(vm, count) || vm_typeof(vm, count)->index))
        return VAL_NOTIMPLEMENTED;
    int64_t n;
    if (vm_index(vm, count, &n) < 0) return VAL_ERROR;
    CoilTuple *t = value_as_tuple(seq);
    if (n <= 0 || t->len == 0) return tuple_empty(vm);
    if (n == 1 && t->obj.type == vm->t_tuple) return seq;
    if ((uint64_t)n > (SIZE_MAX / 16) / t->len) return vm_raise_nomem(vm);
    GC_ROOT(vm, seq);
    CoilValue r = tuple_new(vm, t->len * (size_t)n);
    GC_UNROOT(vm, 1);
    if (value_is_error(r)) return r;
    for (int64_t k = 0; k < n; k++)
        values_copy(value_as_tuple(r)->items + k * t->len, t->items, t->len);
    return r;
}

static CoilValue tuple_iter(CoilVM *vm, CoilValue self)
{
    return seqiter_new(vm, vm->t_tuple_iterator, self);
}

/* An instance of a tuple subclass: the tuple body, then the dict slot. */
static CoilValue tuple_subclass_instance(CoilVM *vm, CoilType *t, CoilValue items)
{
    CoilTuple *src = value_as_tuple(items);
    size_t body = (sizeof(CoilTuple) + src->len * sizeof(CoilValue) + 7) & ~(size_t)7;
    GC_ROOT(vm, items);
    CoilTuple *r = gc_alloc_object(vm, t, body + (t->dict_offset ? sizeof(CoilValue) : 0)); /* __slots__ = (): none */
    GC_UNROOT(vm, 1);
    if (!r) return VAL_ERROR;
    r->len = src->len;
    r->hash = -1;
    values_copy(r->items, src->items, src->len);
    object_init_fields(&r->obj);
    return value_from_object(r);
}

static CoilValue tuple_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    if (value_is_object(kwnames) && value_as_tuple(kwnames)->len && t == vm->t_tuple)
        return vm_raise(vm, vm->e_TypeError, "tuple() takes no keyword arguments");
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "tuple expected at most 1 argument, got %zu", nargs);
    CoilValue items = nargs == 0 ? tuple_empty(vm) : tuple_from_iterable(vm, args[0]);
    if (t == vm->t_tuple || value_is_error(items)) return items;
    if (!value_is_type(items, vm->t_tuple)) {
        items = tuple_from_array(vm, value_as_tuple(items)->items, value_as_tuple(items)->len);
        if (value_is_error(items)) return items;
    }
    return tuple_subclass_instance(vm, t, items);
}

/* --- methods ----------------------------------------------------------------------- */

static CoilValue tuple_m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs < 2 || nargs > 4)
        return vm_raise(vm, vm->e_TypeError, "index expected at least 1 argument, got %zu", nargs - 1);
    CoilTuple *t = value_as_tuple(args[0]);
    int64_t start = 0, stop = (int64_t)t->len;
    if (nargs > 2 && slice_bound_index(vm, args[2], false, &start) < 0) return VAL_ERROR;
    if (nargs > 3 && slice_bound_index(vm, args[3], false, &stop) < 0) return VAL_ERROR;
    if (start < 0 && (start += (int64_t)t->len) < 0) start = 0;
    if (stop < 0 && (stop += (int64_t)t->len) < 0) stop = 0;
    for (int64_t i = start; i < stop && i < (int64_t)t->len; i++) {
        int eq = t->items[i] == args[1] ? 1 : vm_equal(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERROR;
        if (eq) return value_from_small_int(i);
    }
    return vm_raise(vm, vm->e_ValueError, "tuple.index(x): x not in tuple");
}

static CoilValue tuple_m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "tuple.count() takes exactly one argument (%zu given)", nargs - 1);
    CoilTuple *t = value_as_tuple(args[0]);
    int64_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = t->items[i] == args[1] ? 1 : vm_equal(vm, t->items[i], args[1]);
        if (eq < 0) return VAL_ERROR;
        n += eq;
    }
    return value_from_small_int(n);
}

const CoilMethodDef tuple_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"index", tuple_m_index, 0},
    {"count", tuple_m_count, 0},
    {NULL, NULL, 0}};

void tuple_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_tuple;
    t->flags |= TYPE_BASETYPE | TYPE_TUPLE_SUBCLASS;
    t->instance_size = sizeof(CoilTuple);
    t->obj_size = tuple_size;
    t->trace = tuple_trace;
    t->repr = tuple_repr;
    t->hash = tuple_hash;
    t->len = tuple_len;
    t->bool_ = tuple_bool;
    t->compare = tuple_compare;
    t->getitem = tuple_getitem;
    t->contains = tuple_contains;
    t->binary[BIN_ADD] = tuple_concat;
    t->binary[BIN_MUL] = tuple_repeat;
    t->iter = tuple_iter;
    t->new_ = tuple_new_slot;
    type_add_methods(vm, t, tuple_methods);
}
