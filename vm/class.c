/* class.c — user classes: building a class from the CLASS instruction's
 * namespace (metaclass choice, C3 MRO, instance layout with __slots__
 * members, __set_name__, __init_subclass__), the slot wrappers that route
 * C-level slots to Python dunder methods, and super(). */
#include <stdio.h>
#include <stdlib.h>

#include "vm/args.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp_ops.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* --- calling special methods ------------------------------------------------------- */

CoilValue type_call_special(CoilVM *vm, CoilValue self, CoilString *name, const CoilValue *args,
                            size_t nargs, bool *found)
{
    CoilType *t = vm_typeof(vm, self);
    CoilValue f = type_lookup(vm, t, name);
    if (f == VAL_EMPTY) {
        *found = false;
        return VAL_EMPTY;
    }
    *found = true;
    CoilType *ft = vm_typeof(vm, f);
    if (ft == vm->t_function || ft == vm->t_method_descriptor) {
        CoilValue small[4];
        if (nargs < 4) {
            small[0] = self;
            for (size_t i = 0; i < nargs; i++) small[i + 1] = args[i];
            return vm_call(vm, f, small, nargs + 1, VAL_EMPTY);
        }
    }
    CoilValue bound = f;
    if (ft->descr_get) {
        bound = ft->descr_get(vm, f, self, value_from_object(t));
        if (value_is_error(bound)) return bound;
    } else if (ft == vm->t_function) {
        bound = method_new(vm, f, self);
        if (value_is_error(bound)) return bound;
    }
    GC_ROOT(vm, bound);
    CoilValue r = vm_call(vm, bound, args, nargs, VAL_EMPTY);
    GC_UNROOT(vm, 1);
    return r;
}

/* --- slot wrappers --------------------------------------------------------------------- */

static CoilValue call_unary(CoilVM *vm, CoilValue self, CoilString *name)
{
    bool found;
    CoilValue r = type_call_special(vm, self, name, NULL, 0, &found);
    if (!found)
        return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'",
                        value_type_name(vm, self), name->data);
    return r;
}

static CoilValue slot_repr(CoilVM *vm, CoilValue self) { return call_unary(vm, self, vm->names.__repr__); }
static CoilValue slot_str(CoilVM *vm, CoilValue self) { return call_unary(vm, self, vm->names.__str__); }

static int slot_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilValue r = call_unary(vm, self, vm->names.__hash__);
    if (value_is_error(r)) return -1;
    if (!value_is_int(vm, r)) {
        vm_raise(vm, vm->e_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* CPython uses the value itself when it fits a Py_ssize_t. */
    int64_t h;
    if (!int_to_i64(vm, r, &h)) h = int_hash(vm, r);
    *out = h == -1 ? -2 : h;
    return 0;
}

static int slot_bool(CoilVM *vm, CoilValue self)
{
    CoilValue r = call_unary(vm, self, vm->names.__bool__);
    if (value_is_error(r)) return -1;
    if (!value_is_bool(r)) {
        vm_raise(vm, vm->e_TypeError, "__bool__ should return bool, returned %s", value_type_name(vm, r));
        return -1;
    }
    return r == VAL_TRUE;
}

static int slot_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilValue r = call_unary(vm, self, vm->names.__len__);
    if (value_is_error(r)) return -1;
    if (!value_is_int(vm, r)) {
        vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(vm, r));
        return -1;
    }
    if (int_sign(vm, r) < 0) {
        vm_raise(vm, vm->e_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (!int_to_i64(vm, r, out)) {
        vm_raise(vm, vm->e_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return 0;
}

static CoilValue slot_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    bool found;
    CoilValue r = type_call_special(vm, a, vm->cmp_names[op], &b, 1, &found);
    if (!found) return VAL_NOTIMPLEMENTED;
    return r;
}

static CoilValue slot_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilType *t = vm_typeof(vm, self);
    CoilValue ga = type_lookup(vm, t, vm->names.__getattribute__);
    CoilValue r;
    bool custom = ga != VAL_EMPTY && vm_typeof(vm, ga) == vm->t_function;
    if (custom) {
        CoilValue args[2] = {self, value_from_object(name)};
        r = vm_call(vm, ga, args, 2, VAL_EMPTY);
    } else if (t->flags & TYPE_TYPE_SUBCLASS) {
        r = type_getattr_generic(vm, self, name); /* a metaclass's __getattr__ */
    } else {
        r = object_generic_getattr(vm, self, name, true);
        if (r == VAL_EMPTY) r = VAL_ERROR;
    }
    if (!value_is_error(r)) return r;
    if (vm_has_exception(vm) && !vm_exception_matches(vm, vm->e_AttributeError)) return r;
    CoilValue hook = type_lookup(vm, t, vm->names.__getattr__);
    if (hook == VAL_EMPTY) {
        if (!vm_has_exception(vm))
            return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        return r;
    }
    if (vm_has_exception(vm)) vm_take_exception(vm);
    CoilValue args[2] = {self, value_from_object(name)};
    if (vm_typeof(vm, hook) == vm->t_function) return vm_call(vm, hook, args, 2, VAL_EMPTY);
    bool found;
    return type_call_special(vm, self, vm->names.__getattr__, &args[1], 1, &found);
}

static int slot_setattr(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value)
{
    bool found;
    CoilValue r;
    if (value == VAL_EMPTY) {
        CoilValue n = value_from_object(name);
        r = type_call_special(vm, self, vm->names.__delattr__, &n, 1, &found);
    } else {
        CoilValue args[2] = {value_from_object(name), value};
        r = type_call_special(vm, self, vm->names.__setattr__, args, 2, &found);
    }
    if (!found) {
        if (vm_typeof(vm, self)->flags & TYPE_TYPE_SUBCLASS) return type_setattr_generic(vm, self, name, value);
        return object_generic_setattr(vm, self, name, value);
    }
    return value_is_error(r) ? -1 : 0;
}

static CoilValue slot_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                           CoilValue kwnames)
{
    CoilValue f = type_lookup(vm, vm_typeof(vm, callee), vm->names.__call__);
    if (f == VAL_EMPTY)
        return vm_raise(vm, vm->e_TypeError, "'%s' object is not callable", value_type_name(vm, callee));
    CoilType *ft = vm_typeof(vm, f);
    GC_SAVE(vm);
    CoilValue bound = ft->descr_get ? ft->descr_get(vm, f, callee, value_from_object(vm_typeof(vm, callee))) : f;
    if (value_is_error(bound)) return bound;
    GC_ROOT(vm, bound);
    CoilValue r = vm_call(vm, bound, args, nargs, kwnames);
    GC_RESTORE(vm);
    return r;
}

/* __init__(self, *args, **kw) */
CoilValue class_slot_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                           CoilValue kwnames)
{
    CoilValue f = type_lookup(vm, vm_typeof(vm, self), vm->names.__init__);
    if (f == VAL_EMPTY) return VAL_NONE;
    size_t total = nargs + args_nkw(kwnames) + 1;
    CoilValue small[8];
    CoilValue *buf = small;
    if (total > 8 && !(buf = vm_mem_alloc(vm, total * sizeof(CoilValue)))) return VAL_ERROR;
    buf[0] = self;
    values_copy(buf + 1, args, total - 1);
    CoilValue r;
    CoilType *ft = vm_typeof(vm, f);
    if (ft == vm->t_function || ft == vm->t_method_descriptor || ft == vm->t_builtin_function_or_method) {
        r = vm_call(vm, f, buf, nargs + 1, kwnames);
    } else {
        CoilValue bound = ft->descr_get ? ft->descr_get(vm, f, self, value_from_object(vm_typeof(vm, self))) : f;
        if (value_is_error(bound)) r = bound;
        else {
            GC_ROOT(vm, bound);
            r = vm_call(vm, bound, args, nargs, kwnames);
            GC_UNROOT(vm, 1);
        }
    }
    if (buf != small) vm_mem_free(vm, buf, total * sizeof(CoilValue));
    return r;
}

/* __new__(cls, *args, **kw): __new__ is stored as a staticmethod. */
static CoilValue slot_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                          CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilValue f = type_lookup(vm, t, vm->names.__new__);
    if (value_is_type(f, vm->t_staticmethod)) f = ((CoilWrapper *)value_as_object(f))->func;
    size_t total = nargs + args_nkw(kwnames) + 1;
    CoilValue small[8];
    CoilValue *buf = small;
    if (total > 8 && !(buf = vm_mem_alloc(vm, total * sizeof(CoilValue)))) return VAL_ERROR;
    buf[0] = callee;
    values_copy(buf + 1, args, total - 1);
    CoilValue r = vm_call(vm, f, buf, nargs + 1, kwnames);
    if (buf != small) vm_mem_free(vm, buf, total * sizeof(CoilValue));
    return r;
}

/* A dunder set to None switches its protocol off (__iter__ = None). */
static bool disabled(CoilVM *vm, CoilValue self, CoilString *name)
{
    return type_lookup(vm, vm_typeof(vm, self), name) == VAL_NONE;
}

static CoilValue slot_iter(CoilVM *vm, CoilValue self)
{
    if (disabled(vm, self, vm->names.__iter__))
        return vm_raise(vm, vm->e_TypeError, "'%s' object is not iterable", value_type_name(vm, self));
    return call_unary(vm, self, vm->names.__iter__);
}

static CoilValue slot_next(CoilVM *vm, CoilValue self)
{
    CoilValue r = call_unary(vm, self, vm->names.__next__);
    if (value_is_error(r) && vm_exception_matches(vm, vm->e_StopIteration)) {
        /* Exhaustion travels as VAL_EMPTY, not as an exception object. */
        vm->stop_value = value_as_exc(vm_take_exception(vm))->value;
        return VAL_EMPTY;
    }
    return r;
}

static CoilValue slot_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    bool found;
    CoilValue r = type_call_special(vm, self, vm->names.__getitem__, &key, 1, &found);
    if (!found) return vm_raise(vm, vm->e_TypeError, "'%s' object is not subscriptable", value_type_name(vm, self));
    return r;
}

static int slot_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    bool found;
    CoilValue r;
    if (value == VAL_EMPTY) {
        r = type_call_special(vm, self, vm->names.__delitem__, &key, 1, &found);
        if (!found) {
            vm_raise(vm, vm->e_AttributeError, "__delitem__");
            return -1;
        }
    } else {
        CoilValue args[2] = {key, value};
        r = type_call_special(vm, self, vm->names.__setitem__, args, 2, &found);
        if (!found) {
            vm_raise(vm, vm->e_AttributeError, "__setitem__");
            return -1;
        }
    }
    return value_is_error(r) ? -1 : 0;
}

static int slot_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    if (type_lookup(vm, vm_typeof(vm, self), vm->names.__contains__) == VAL_NONE) {
        vm_raise(vm, vm->e_TypeError, "'%s' object is not a container", value_type_name(vm, self));
        return -1;
    }
    bool found;
    CoilValue r = type_call_special(vm, self, vm->names.__contains__, &item, 1, &found);
    if (value_is_error(r)) return -1;
    GC_ROOT(vm, r);
    int t = vm_truthy(vm, r);
    GC_UNROOT(vm, 1);
    return t;
}

static CoilValue slot_descr_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    CoilValue args[2] = {obj == VAL_EMPTY ? VAL_NONE : obj, owner == VAL_EMPTY ? VAL_NONE : owner};
    bool found;
    return type_call_special(vm, descr, vm->names.__get__, args, 2, &found);
}

static int slot_descr_set(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue value)
{
    bool found;
    CoilValue r;
    if (value == VAL_EMPTY) {
        r = type_call_special(vm, descr, vm->names.__delete__, &obj, 1, &found);
    } else {
        CoilValue args[2] = {obj, value};
        r = type_call_special(vm, descr, vm->names.__set__, args, 2, &found);
    }
    if (!found) {
        vm_raise(vm, vm->e_AttributeError, value == VAL_EMPTY ? "__delete__" : "__set__");
        return -1;
    }
    return value_is_error(r) ? -1 : 0;
}

static CoilValue slot_format(CoilVM *vm, CoilValue self, CoilValue spec)
{
    bool found;
    return type_call_special(vm, self, vm->names.__format__, &spec, 1, &found);
}

#define UNARY_SLOT(fn, field)                                                              \
    static CoilValue fn(CoilVM *vm, CoilValue self) { return call_unary(vm, self, vm->names.field); }
UNARY_SLOT(slot_neg, __neg__)
UNARY_SLOT(slot_pos, __pos__)
UNARY_SLOT(slot_abs, __abs__)
UNARY_SLOT(slot_invert, __invert__)
UNARY_SLOT(slot_index, __index__)
UNARY_SLOT(slot_int, __int__)
UNARY_SLOT(slot_float, __float__)

/* CPython's SLOT1BINFULL: a Python-level __op__/__rop__ pair, with the
 * right operand's reflected method first when its type is a subclass. */
static CoilValue slot_binary_op(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b);

#define BIN_SLOT(fn, op) \
    static CoilValue fn(CoilVM *vm, CoilValue a, CoilValue b) { return slot_binary_op(vm, op, a, b); }
BIN_SLOT(slot_add, BIN_ADD)
BIN_SLOT(slot_sub, BIN_SUB)
BIN_SLOT(slot_mul, BIN_MUL)
BIN_SLOT(slot_truediv, BIN_TRUEDIV)
BIN_SLOT(slot_floordiv, BIN_FLOORDIV)
BIN_SLOT(slot_mod, BIN_MOD)
BIN_SLOT(slot_pow, BIN_POW)
BIN_SLOT(slot_matmul, BIN_MATMUL)
BIN_SLOT(slot_lshift, BIN_LSHIFT)
BIN_SLOT(slot_rshift, BIN_RSHIFT)
BIN_SLOT(slot_and, BIN_AND)
BIN_SLOT(slot_or, BIN_OR)
BIN_SLOT(slot_xor, BIN_XOR)

static const CoilBinaryFn bin_slots[BIN__COUNT] = {
    slot_add, slot_sub, slot_mul, slot_truediv, slot_floordiv, slot_mod, slot_pow,
    slot_matmul, slot_lshift, slot_rshift, slot_and, slot_or, slot_xor};

static CoilValue call_maybe(CoilVM *vm, CoilValue self, CoilString *name, CoilValue other)
{
    bool found;
    CoilValue r = type_call_special(vm, self, name, &other, 1, &found);
    return found ? r : VAL_NOTIMPLEMENTED;
}

static CoilValue slot_binary_op(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    CoilBinaryFn mine = bin_slots[op];
    bool do_other = ta != tb && tb->binary[op] == mine;
    if (ta->binary[op] == mine) {
        if (do_other && type_is_subtype(tb, ta)) {
            CoilValue r = call_maybe(vm, b, vm->bin_names[op][1], a);
            if (r != VAL_NOTIMPLEMENTED) return r;
            do_other = false;
        }
        CoilValue r = call_maybe(vm, a, vm->bin_names[op][0], b);
        if (r != VAL_NOTIMPLEMENTED || ta == tb) return r;
    }
    if (do_other) return call_maybe(vm, b, vm->bin_names[op][1], a);
    return VAL_NOTIMPLEMENTED;
}

/* The script function the binary slot of a user class would call for
 * `a op b` (a of type ta, b of type tb) when the interpreter can run it as a
 * frame instead: ta's own __op__, a plain function of two parameters, and no
 * reflected method of b's class to try first.  If it returns NotImplemented
 * the interpreter finishes with vm_binary_rest.  NULL: take the slot. */
CoilFunction *class_binary_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilBinaryOp op)
{
    if (ta->binary[op] != bin_slots[op] || (tb != ta && tb->binary[op] == bin_slots[op])) return NULL;
    CoilValue f = type_lookup(vm, ta, vm->bin_names[op][0]);
    if (!value_is_type(f, vm->t_function)) return NULL;
    CoilFunction *fn = (CoilFunction *)value_as_object(f);
    return fn->simple && fn->code->argcount == 2 ? fn : NULL;
}

/* Likewise for `a op b` with a an exact int or float and b an instance of a
 * user class that is no subclass of it: int's and float's own slots give
 * NotImplemented for such a b, so b's __rop__ is what runs (called with b
 * as self); its NotImplemented is the TypeError (vm_binary_fail). */
CoilFunction *class_rbinary_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilBinaryOp op)
{
    if ((ta != vm->t_int && ta != vm->t_float) || !(tb->flags & TYPE_HEAPTYPE) || tb->binary[op] != bin_slots[op] ||
        type_is_subtype(tb, ta))
        return NULL;
    CoilValue f = type_lookup(vm, tb, vm->bin_names[op][1]);
    if (!value_is_type(f, vm->t_function)) return NULL;
    CoilFunction *fn = (CoilFunction *)value_as_object(f);
    return fn->simple && fn->code->argcount == 2 ? fn : NULL;
}

/* Likewise for a rich comparison `a op b`: ta's own __lt__ (etc.) when
 * b's class does not get its reflected method tried first; a NotImplemented
 * result is finished by vm_compare_rest. */
CoilFunction *class_compare_dunder(CoilVM *vm, CoilType *ta, CoilType *tb, CoilCompareOp op)
{
    if (ta->compare != slot_compare || (ta != tb && tb->compare && type_is_subtype(tb, ta))) return NULL;
    CoilValue f = type_lookup(vm, ta, vm->cmp_names[op]);
    if (!value_is_type(f, vm->t_function)) return NULL;
    CoilFunction *fn = (CoilFunction *)value_as_object(f);
    return fn->simple && fn->code->argcount == 2 ? fn : NULL;
}

/* Likewise for unary minus: t's __neg__ as a plain one-parameter function. */
CoilFunction *class_neg_dunder(CoilVM *vm, CoilType *t)
{
    if (t->neg != slot_neg) return NULL;
    CoilValue f = type_lookup(vm, t, vm->names.__neg__);
    if (!value_is_type(f, vm->t_function)) return NULL;
    CoilFunction *fn = (CoilFunction *)value_as_object(f);
    return fn->simple && fn->code->argcount == 1 ? fn : NULL;
}

static CoilValue slot_inplace_op(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    return call_maybe(vm, a, vm->bin_names[op][2], b);
}

#define INPLACE_SLOT(fn, op) \
    static CoilValue fn(CoilVM *vm, CoilValue a, CoilValue b) { return slot_inplace_op(vm, op, a, b); }
INPLACE_SLOT(islot_add, BIN_ADD)
INPLACE_SLOT(islot_sub, BIN_SUB)
INPLACE_SLOT(islot_mul, BIN_MUL)
INPLACE_SLOT(islot_truediv, BIN_TRUEDIV)
INPLACE_SLOT(islot_floordiv, BIN_FLOORDIV)
INPLACE_SLOT(islot_mod, BIN_MOD)
INPLACE_SLOT(islot_pow, BIN_POW)
INPLACE_SLOT(islot_matmul, BIN_MATMUL)
INPLACE_SLOT(islot_lshift, BIN_LSHIFT)
INPLACE_SLOT(islot_rshift, BIN_RSHIFT)
INPLACE_SLOT(islot_and, BIN_AND)
INPLACE_SLOT(islot_or, BIN_OR)
INPLACE_SLOT(islot_xor, BIN_XOR)

static const CoilBinaryFn inplace_slots[BIN__COUNT] = {
    islot_add, islot_sub, islot_mul, islot_truediv, islot_floordiv, islot_mod, islot_pow,
    islot_matmul, islot_lshift, islot_rshift, islot_and, islot_or, islot_xor};

/* Whether `name` resolves, along t's MRO, to something a class defined in
 * Python (so the slot must call it) rather than a built-in's method. */
static bool defined_in_python(CoilVM *vm, CoilType *t, CoilString *name)
{
    CoilTuple *m = value_as_tuple(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        CoilType *b = (CoilType *)value_as_object(m->items[i]);
        CoilValue v = dict_get_str(vm, value_as_dict(b->dict), name);
        if (v != VAL_EMPTY) return (b->flags & TYPE_HEAPTYPE) != 0;
    }
    return false;
}

static void fixup_slots(CoilVM *vm, CoilType *t)
{
    CoilNames *n = &vm->names;
#define SLOT_IF(name, field, fn) \
    if (defined_in_python(vm, t, n->name)) t->field = fn;
    SLOT_IF(__repr__, repr, slot_repr)
    SLOT_IF(__str__, str, slot_str)
    /* Built-ins other than str and exceptions print with their repr (their
     * str slot is a shortcut): a class's own __repr__ then shows in str(). */
    if (t->repr == slot_repr && t->str != slot_str && !(t->flags & (TYPE_STR_SUBCLASS | TYPE_EXCEPTION)))
        t->str = vm->t_object->str;
    SLOT_IF(__bool__, bool_, slot_bool)
    SLOT_IF(__len__, len, slot_len)
    SLOT_IF(__iter__, iter, slot_iter)
    SLOT_IF(__next__, next, slot_next)
    SLOT_IF(__getitem__, getitem, slot_getitem)
    SLOT_IF(__setitem__, setitem, slot_setitem)
    SLOT_IF(__delitem__, setitem, slot_setitem)
    SLOT_IF(__contains__, contains, slot_contains)
    SLOT_IF(__call__, call, slot_call)
    SLOT_IF(__init__, init, class_slot_init)
    SLOT_IF(__new__, new_, slot_new)
    SLOT_IF(__getattr__, getattr, slot_getattr)
    SLOT_IF(__getattribute__, getattr, slot_getattr)
    SLOT_IF(__setattr__, setattr, slot_setattr)
    SLOT_IF(__delattr__, setattr, slot_setattr)
    SLOT_IF(__get__, descr_get, slot_descr_get)
    SLOT_IF(__set__, descr_set, slot_descr_set)
    SLOT_IF(__delete__, descr_set, slot_descr_set)
    SLOT_IF(__format__, format, slot_format)
    /* These slots (and the async ones) also revert to the base's when the
     * dunder is deleted (`del C.__neg__`). */
#define ASYNC_SLOT(name, field, fn) \
    if (defined_in_python(vm, t, n->name)) t->field = fn; \
    else if (t->field == fn) t->field = t->base && t->base->field != fn ? t->base->field : NULL;
    ASYNC_SLOT(__neg__, neg, slot_neg)
    ASYNC_SLOT(__pos__, pos, slot_pos)
    ASYNC_SLOT(__abs__, abs, slot_abs)
    ASYNC_SLOT(__invert__, invert, slot_invert)
    ASYNC_SLOT(__index__, index, slot_index)
    ASYNC_SLOT(__int__, int_, slot_int)
    ASYNC_SLOT(__float__, float_, slot_float)
    ASYNC_SLOT(__await__, await, coro_slot_await)
    ASYNC_SLOT(__aiter__, aiter, coro_slot_aiter)
    ASYNC_SLOT(__anext__, anext, coro_slot_anext)
    ASYNC_SLOT(__aenter__, aenter, coro_slot_aenter)
    ASYNC_SLOT(__aexit__, aexit, coro_slot_aexit)
#undef ASYNC_SLOT
#undef SLOT_IF
    for (int op = 0; op < 6; op++)
        if (defined_in_python(vm, t, vm->cmp_names[op])) t->compare = slot_compare;
    for (int op = 0; op < BIN__COUNT; op++) {
        if (defined_in_python(vm, t, vm->bin_names[op][0]) || defined_in_python(vm, t, vm->bin_names[op][1]))
            t->binary[op] = bin_slots[op];
        if (defined_in_python(vm, t, vm->bin_names[op][2])) t->inplace[op] = inplace_slots[op];
    }
    /* __hash__ = None (set explicitly, or implied by __eq__ without __hash__). */
    CoilValue h = type_lookup(vm, t, n->__hash__);
    if (h == VAL_NONE) t->hash = NULL;
    else if (defined_in_python(vm, t, n->__hash__)) t->hash = slot_hash;
}

void type_update_slot(CoilVM *vm, CoilType *t, CoilString *name)
{
    (void)name;
    fixup_slots(vm, t);
}

/* --- building a class --------------------------------------------------------------- */

/* C3 linearisation of t's bases into a tuple (t first). */
static CoilValue compute_mro(CoilVM *vm, CoilType *t, CoilValue bases)
{
    CoilTuple *bt = value_as_tuple(bases);
    size_t nseq = bt->len + 1;
    GC_SAVE(vm);
    /* seqs[i] is a list; we pop heads by advancing an index. */
    CoilValue seqs = tuple_new(vm, nseq);
    if (value_is_error(seqs)) return seqs;
    GC_ROOT(vm, seqs);
    size_t *heads = vm_mem_alloc(vm, nseq * sizeof(size_t));
    if (!heads) return GC_RESTORE(vm), VAL_ERROR;
    for (size_t i = 0; i < bt->len; i++) {
        value_as_tuple(seqs)->items[i] = ((CoilType *)value_as_object(bt->items[i]))->mro;
        heads[i] = 0;
    }
    value_as_tuple(seqs)->items[bt->len] = bases;
    heads[bt->len] = 0;
    CoilValue out = list_new(vm, 8);
    if (value_is_error(out)) goto fail;
    GC_ROOT(vm, out);
    if (!list_append(vm, value_as_list(out), value_from_object(t))) goto fail;
    for (;;) {
        bool any = false;
        CoilValue cand = VAL_EMPTY;
        for (size_t i = 0; i < nseq; i++) {
            CoilTuple *s = value_as_tuple(value_as_tuple(seqs)->items[i]);
            if (heads[i] >= s->len) continue;
            any = true;
            CoilValue c = s->items[heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < nseq && !in_tail; j++) {
                CoilTuple *sj = value_as_tuple(value_as_tuple(seqs)->items[j]);
                for (size_t k = heads[j] + 1; k < sj->len; k++)
                    if (sj->items[k] == c) {
                        in_tail = true;
                        break;
                    }
            }
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (!any) break;
        if (cand == VAL_EMPTY) {
            /* CPython's set_mro_error: the remaining heads, each once. */
            char msg[1024];
            size_t off = (size_t)snprintf(msg, sizeof msg, "Cannot create a consistent method resolution\norder (MRO) for bases");
            CoilValue seen[64];
            size_t nseen = 0;
            for (size_t i = 0; i < nseq; i++) {
                CoilTuple *s = value_as_tuple(value_as_tuple(seqs)->items[i]);
                if (heads[i] >= s->len) continue;
                CoilValue c = s->items[heads[i]];
                bool dup = false;
                for (size_t k = 0; k < nseen; k++) dup = dup || seen[k] == c;
                if (!dup && nseen < 64) seen[nseen++] = c;
            }
            for (size_t k = 0; k < nseen && off < sizeof msg - 1; k++)
                off += (size_t)snprintf(msg + off, sizeof msg - off, " %s%s",
                                        ((CoilType *)value_as_object(seen[k]))->name, k + 1 < nseen ? "," : "");
            vm_raise(vm, vm->e_TypeError, "%s", msg);
            goto fail;
        }
        if (!list_append(vm, value_as_list(out), cand)) goto fail;
        for (size_t i = 0; i < nseq; i++) {
            CoilTuple *s = value_as_tuple(value_as_tuple(seqs)->items[i]);
            if (heads[i] < s->len && s->items[heads[i]] == cand) heads[i]++;
        }
    }
    vm_mem_free(vm, heads, nseq * sizeof(size_t));
    CoilValue r = tuple_from_array(vm, value_as_list(out)->items, value_as_list(out)->len);
    GC_RESTORE(vm);
    return r;
fail:
    vm_mem_free(vm, heads, nseq * sizeof(size_t));
    GC_RESTORE(vm);
    return VAL_ERROR;
}

/* The nearest built-in ancestor: its trace function and body come first
 * in an instance; every field a class adds after it is a CoilValue. */
static CoilType *builtin_base(CoilType *t)
{
    while (t->flags & TYPE_HEAPTYPE) t = t->base;
    return t;
}

static size_t round8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Whether heap class t added __slots__ fields to its base's layout (the
 * dict slot it may add does not count, as in CPython's extra_ivars). */
static bool adds_slots(CoilType *t)
{
    if (!(t->flags & TYPE_HEAPTYPE) || t->dict_offset == TYPE_DICT_AT_END) return false;
    size_t base = round8(t->base->instance_size);
    size_t dict = t->dict_offset && t->dict_offset != t->base->dict_offset ? sizeof(CoilValue) : 0;
    return t->instance_size > base + dict;
}

/* The ancestor that fixes the instance layout (CPython's solid_base):
 * built-in types and classes with __slots__. */
static CoilType *solid_base(CoilType *t)
{
    while ((t->flags & TYPE_HEAPTYPE) && !adds_slots(t)) t = t->base;
    return t;
}

/* For the lay-out conflict test: as CPython's solid_base, a built-in type
 * that adds no fields to its base (ValueError over Exception) shares its
 * base's lay-out, so class X(OSError, ValueError) is allowed. */
static CoilType *layout_base(CoilType *t)
{
    t = solid_base(t);
    while (t->base && t->instance_size == t->base->instance_size && t->dict_offset == t->base->dict_offset &&
           t->trace == t->base->trace && t->obj_size == t->base->obj_size)
        t = t->base;
    return t;
}

static void heap_trace(CoilVM *vm, CoilObject *o)
{
    CoilType *t = o->type;
    CoilType *solid = builtin_base(t);
    if (solid->trace) solid->trace(vm, o);
    if (t->dict_offset == TYPE_DICT_AT_END) {
        gc_mark_value(vm, *object_dict_slot(o));
        return;
    }
    for (size_t off = round8(solid->instance_size); off < t->instance_size; off += sizeof(CoilValue))
        gc_mark_value(vm, *(CoilValue *)(void *)((char *)o + off));
    if (t->flags & TYPE_INLINE_ATTRS) instance_inline_trace(vm, o);
}

void object_init_fields(CoilObject *o)
{
    CoilType *t = o->type;
    if (!(t->flags & TYPE_HEAPTYPE)) {
        if (t->dict_offset && t->dict_offset != TYPE_DICT_AT_END) *object_dict_slot(o) = VAL_EMPTY;
        return;
    }
    if (t->dict_offset == TYPE_DICT_AT_END) {
        *object_dict_slot(o) = VAL_EMPTY;
        return;
    }
    if (t->dict_offset) *object_dict_slot(o) = VAL_EMPTY; /* may lie inside the built-in body */
    for (size_t off = round8(builtin_base(t)->instance_size); off < t->instance_size; off += sizeof(CoilValue))
        *(CoilValue *)(void *)((char *)o + off) = VAL_EMPTY;
}

/* --- __slots__ members ------------------------------------------------------------- */

/* A slot's descriptor on the class (CPython's member_descriptor): the
 * value lives at a fixed offset in instances; VAL_EMPTY there is unset. */
typedef struct CoilMember {
    CoilObject obj;
    CoilType *owner;
    CoilString *name;
    uint32_t offset;
} CoilMember;

static void member_trace(CoilVM *vm, CoilObject *o)
{
    CoilMember *m = (CoilMember *)o;
    gc_mark_object(vm, &m->owner->obj);
    gc_mark_object(vm, &m->name->obj);
}

static bool member_check(CoilVM *vm, CoilMember *m, CoilValue obj)
{
    if (type_is_subtype(vm_typeof(vm, obj), m->owner)) return true;
    vm_raise(vm, vm->e_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m->name->data,
             m->owner->name, value_type_name(vm, obj));
    return false;
}

static CoilValue member_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)owner;
    CoilMember *m = (CoilMember *)value_as_object(descr);
    if (obj == VAL_EMPTY) return descr;
    if (!member_check(vm, m, obj)) return VAL_ERROR;
    CoilValue v = *(CoilValue *)(void *)((char *)value_as_object(obj) + m->offset);
    if (v == VAL_EMPTY)
        return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", value_type_name(vm, obj),
                        m->name->data);
    return v;
}

static int member_set(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue value)
{
    CoilMember *m = (CoilMember *)value_as_object(descr);
    if (!member_check(vm, m, obj)) return -1;
    CoilValue *slot = (CoilValue *)(void *)((char *)value_as_object(obj) + m->offset);
    if (value == VAL_EMPTY && *slot == VAL_EMPTY) {
        vm_raise(vm, vm->e_AttributeError, "%s", m->name->data);
        return -1;
    }
    *slot = value;
    return 0;
}

static CoilValue member_repr(CoilVM *vm, CoilValue self)
{
    CoilMember *m = (CoilMember *)value_as_object(self);
    return str_format(vm, "<member '%s' of '%s' objects>", m->name->data, m->owner->name);
}

static CoilValue member_get_name(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((CoilMember *)value_as_object(self))->name);
}

static CoilValue member_get_objclass(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((CoilMember *)value_as_object(self))->owner);
}

static const CoilGetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL}, {"__objclass__", member_get_objclass, NULL}, {NULL, NULL, NULL}};

/* A private name in class `cls` is stored mangled: __x -> _cls__x. */
static CoilString *mangle(CoilVM *vm, CoilString *cls, CoilString *name)
{
    if (name->len < 3 || name->data[0] != '_' || name->data[1] != '_' ||
        (name->data[name->len - 1] == '_' && name->data[name->len - 2] == '_'))
        return name;
    const char *c = cls->data;
    while (*c == '_') c++;
    if (!*c) return name;
    CoilValue m = str_format(vm, "_%s%s", c, name->data);
    return value_is_error(m) ? NULL : value_as_str(m);
}

static bool is_identifier(const CoilString *s)
{
    if (s->len == 0 || (s->data[0] >= '0' && s->data[0] <= '9')) return false;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char ch = (unsigned char)s->data[i];
        if (!(ch == '_' || ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9')))
            return false;
    }
    return true;
}

/* Reads __slots__ from the namespace: a tuple of the (mangled) member
 * names in *members, and whether "__dict__" was listed.  VAL_EMPTY in
 * *members when the class has no __slots__. */
static int parse_slots(CoilVM *vm, CoilType *t, CoilDict *dict, CoilValue *members, bool *want_dict,
                       bool *want_weakref)
{
    *members = VAL_EMPTY;
    *want_dict = false;
    *want_weakref = false;
    CoilValue slots = dict_get_str(vm, dict, vm->names.__slots__);
    if (slots == VAL_EMPTY) return 0;
    GC_SAVE(vm);
    CoilValue names;
    if (value_is_str(vm, slots)) names = tuple_from_array(vm, &slots, 1);
    else names = tuple_from_iterable(vm, slots);
    if (value_is_error(names)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, names);
    CoilValue out = list_new(vm, 0);
    if (value_is_error(out)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, out);
    CoilTuple *nt = value_as_tuple(names);
    for (size_t i = 0; i < nt->len; i++) {
        CoilValue n = nt->items[i];
        if (!value_is_str(vm, n)) {
            vm_raise(vm, vm->e_TypeError, "__slots__ items must be strings, not '%s'", value_type_name(vm, n));
            return GC_RESTORE(vm), -1;
        }
        CoilString *ns = value_as_str(n);
        if (!is_identifier(ns)) {
            vm_raise(vm, vm->e_TypeError, "__slots__ must be identifiers");
            return GC_RESTORE(vm), -1;
        }
        if (str_eq_cstr(ns, "__dict__")) {
            if (*want_dict || t->base->dict_offset) {
                vm_raise(vm, vm->e_TypeError, "__dict__ slot disallowed: we already got one");
                return GC_RESTORE(vm), -1;
            }
            *want_dict = true;
            continue;
        }
        if (str_eq_cstr(ns, "__weakref__")) {
            *want_weakref = true; /* instances may be weakly referenced (weakref.c) */
            continue;
        }
        CoilString *m = mangle(vm, t->name_str, ns);
        if (!m || !(m = str_intern_obj(vm, m))) return GC_RESTORE(vm), -1;
        if (dict_get_str(vm, dict, m) != VAL_EMPTY) {
            CoilValue r = str_repr(vm, m);
            if (!value_is_error(r))
                vm_raise(vm, vm->e_ValueError, "%s in __slots__ conflicts with class variable", value_as_str(r)->data);
            return GC_RESTORE(vm), -1;
        }
        if (!list_append(vm, value_as_list(out), value_from_object(m))) return GC_RESTORE(vm), -1;
    }
    CoilList *ol = value_as_list(out);
    *members = tuple_from_array(vm, ol->items, ol->len);
    GC_RESTORE(vm);
    return value_is_error(*members) ? -1 : 0;
}

/* CPython's _PyType_CalculateMetaclass: the most derived of meta and the
 * metaclasses of the bases; NULL (TypeError set) when none derives from all. */
CoilType *class_calculate_meta(CoilVM *vm, CoilType *meta, CoilValue bases)
{
    CoilTuple *bt = value_as_tuple(bases);
    CoilType *winner = meta;
    for (size_t i = 0; i < bt->len; i++) {
        CoilType *bm = vm_typeof(vm, bt->items[i]);
        if (type_is_subtype(winner, bm)) continue;
        if (type_is_subtype(bm, winner)) {
            winner = bm;
            continue;
        }
        vm_raise(vm, vm->e_TypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                 "of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

CoilValue type_new_class(CoilVM *vm, CoilString *name, CoilValue bases, CoilValue ns, CoilValue kwds)
{
    return type_new_class_meta(vm, vm->t_type, name, bases, ns, kwds);
}

CoilValue type_new_class_meta(CoilVM *vm, CoilType *meta, CoilString *name, CoilValue bases, CoilValue ns,
                              CoilValue kwds)
{
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, name);
    GC_ROOT(vm, ns);
    GC_ROOT(vm, kwds);
    if (value_as_tuple(bases)->len == 0) {
        bases = tuple_from_array(vm, (CoilValue[]){value_from_object(vm->t_object)}, 1);
        if (value_is_error(bases)) return GC_RESTORE(vm), bases;
    }
    GC_ROOT(vm, bases);
    CoilTuple *bt = value_as_tuple(bases);
    CoilType *best = NULL;
    for (size_t i = 0; i < bt->len; i++) {
        CoilValue b = bt->items[i];
        if (!value_is_object(b) || !(value_as_object(b)->type->flags & TYPE_TYPE_SUBCLASS)) {
            vm_raise(vm, vm->e_TypeError, "bases must be types");
            return GC_RESTORE(vm), VAL_ERROR;
        }
        CoilType *bty = (CoilType *)value_as_object(b);
        if (!(bty->flags & TYPE_BASETYPE)) {
            vm_raise(vm, vm->e_TypeError, "type '%s' is not an acceptable base type", bty->name);
            return GC_RESTORE(vm), VAL_ERROR;
        }
        for (size_t j = 0; j < i; j++)
            if (bt->items[j] == b) {
                vm_raise(vm, vm->e_TypeError, "duplicate base class %s", bty->name);
                return GC_RESTORE(vm), VAL_ERROR;
            }
        if (!best) best = bty;
        else {
            CoilType *sb = layout_base(best), *sn = layout_base(bty);
            if (type_is_subtype(sn, sb) && sn != sb) best = bty;
            else if (!type_is_subtype(sb, sn)) {
                vm_raise(vm, vm->e_TypeError, "multiple bases have instance lay-out conflict");
                return GC_RESTORE(vm), VAL_ERROR;
            }
        }
    }
    CoilType *solid = solid_base(best);
    bool varsize = solid->obj_size != NULL;
    if (varsize && solid != vm->t_tuple && solid != vm->t_str && solid != vm->t_bytes && solid != vm->t_int) {
        vm_raise(vm, vm->e_TypeError, "subclassing '%s' is not supported yet", solid->name);
        return GC_RESTORE(vm), VAL_ERROR;
    }

    /* The class of the class: the most derived metaclass of meta and the bases'. */
    meta = class_calculate_meta(vm, meta, bases);
    if (!meta) return GC_RESTORE(vm), VAL_ERROR;
    CoilType *t = gc_alloc_object(vm, meta, sizeof(CoilType));
    if (!t) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT_OBJ(vm, t);
    t->bases = bases;
    t->mro = VAL_EMPTY;
    t->dict = VAL_EMPTY;
    t->base = best;
    t->module_name = NULL;
    char *cname = vm_mem_alloc(vm, name->len + 1);
    if (!cname) return GC_RESTORE(vm), VAL_ERROR;
    memcpy(cname, name->data, name->len + 1);
    t->name = cname;
    t->flags = TYPE_HEAPTYPE | TYPE_BASETYPE | TYPE_HAS_DICT;
    t->name_str = str_intern_obj(vm, name);
    if (!t->name_str) return GC_RESTORE(vm), VAL_ERROR;
    t->qualname = t->name_str;
    CoilValue d = dict_copy(vm, value_as_dict(ns));
    if (value_is_error(d)) return GC_RESTORE(vm), d;
    t->dict = d;
    CoilDict *dict = value_as_dict(d);
    CoilValue qn = dict_get_str(vm, dict, vm->names.__qualname__);
    if (qn != VAL_EMPTY) {
        if (!value_is_str(vm, qn)) {
            vm_raise(vm, vm->e_TypeError, "type __qualname__ must be a str, not %s", value_type_name(vm, qn));
            return GC_RESTORE(vm), VAL_ERROR;
        }
        t->qualname = value_as_str(qn);
        dict_del(vm, dict, value_from_object(vm->names.__qualname__), NULL);
    }
    dict_del(vm, dict, value_from_object(vm->names.__classcell__), NULL);
    /* type(name, bases, ns) takes __module__ from the calling code's globals. */
    if (dict_get_str(vm, dict, vm->names.__module__) == VAL_EMPTY && vm->frame && value_is_dict(vm, vm->frame->globals)) {
        CoilValue mn = dict_get_str(vm, value_as_dict(vm->frame->globals), vm->names.__name__);
        if (mn != VAL_EMPTY && dict_set_str(vm, dict, vm->names.__module__, mn) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    if (dict_get_str(vm, dict, vm->names.__doc__) == VAL_EMPTY &&
        dict_set_str(vm, dict, vm->names.__doc__, VAL_NONE) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    /* __new__, __init_subclass__, __class_getitem__ are implicitly static/class methods. */
    CoilString *implicit[3] = {vm->names.__new__, vm->names.__init_subclass__, vm->names.__class_getitem__};
    for (int i = 0; i < 3; i++) {
        CoilValue f = dict_get_str(vm, dict, implicit[i]);
        if (value_is_type(f, vm->t_function)) {
            CoilType *wt = i == 0 ? vm->t_staticmethod : vm->t_classmethod;
            CoilWrapper *w = gc_alloc_object(vm, wt, sizeof(CoilWrapper));
            if (!w) return GC_RESTORE(vm), VAL_ERROR;
            w->dict = VAL_EMPTY;
            w->func = f;
            w->fset = w->fdel = w->doc = VAL_NONE;
            if (dict_set_str(vm, dict, implicit[i], value_from_object(w)) < 0) return GC_RESTORE(vm), VAL_ERROR;
        }
    }
    /* __eq__ without __hash__ makes instances unhashable. */
    if (dict_get_str(vm, dict, vm->names.__eq__) != VAL_EMPTY &&
        dict_get_str(vm, dict, vm->names.__hash__) == VAL_EMPTY &&
        dict_set_str(vm, dict, vm->names.__hash__, VAL_NONE) < 0)
        return GC_RESTORE(vm), VAL_ERROR;

    vm->type_epoch++; /* a new class (maybe at a recycled address) */
    CoilValue mro = compute_mro(vm, t, bases);
    if (value_is_error(mro)) return GC_RESTORE(vm), mro;
    t->mro = mro;
    if (!type_register_subclass(vm, t)) return GC_RESTORE(vm), VAL_ERROR;

    /* Layout: the best base's, then one value per __slots__ member, then a
     * dict slot unless __slots__ leaves it out or a base has one. */
    CoilValue members;
    bool want_dict, slots_list_weakref;
    if (parse_slots(vm, t, dict, &members, &want_dict, &slots_list_weakref) < 0) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, members);
    size_t nmembers = members == VAL_EMPTY ? 0 : value_as_tuple(members)->len;
    if (nmembers && (varsize || solid == vm->t_type)) {
        vm_raise(vm, vm->e_TypeError, "nonempty __slots__ not supported for subtype of '%s'", solid->name);
        return GC_RESTORE(vm), VAL_ERROR;
    }
    type_inherit_slots(t);
    t->trace = heap_trace;
    if (varsize) {
        /* tuple/str/bytes bodies vary in length: the dict slot goes after
         * (none with __slots__ = (), as namedtuple classes have). */
        if (best->dict_offset || members == VAL_EMPTY || want_dict) {
            t->dict_offset = TYPE_DICT_AT_END;
            t->obj_size = object_varsize_size;
        } else {
            t->dict_offset = 0;
        }
    } else if (solid == vm->t_type) {
        /* A metaclass: its instances are classes, whose namespace is their dict. */
        t->instance_size = sizeof(CoilType);
        t->dict_offset = 0;
    } else {
        size_t off = round8(best->instance_size);
        for (size_t i = 0; i < nmembers; i++) {
            CoilMember *m = gc_alloc_object(vm, vm->t_member_descriptor, sizeof(CoilMember));
            if (!m) return GC_RESTORE(vm), VAL_ERROR;
            m->owner = t;
            m->name = value_as_str(value_as_tuple(members)->items[i]);
            m->offset = (uint32_t)off;
            off += sizeof(CoilValue);
            GC_ROOT_OBJ(vm, m);
            if (dict_set_str(vm, dict, m->name, value_from_object(m)) < 0) return GC_RESTORE(vm), VAL_ERROR;
            GC_UNROOT(vm, 1);
        }
        t->dict_offset = best->dict_offset;
        if (!best->dict_offset && (members == VAL_EMPTY || want_dict)) {
            t->dict_offset = (uint32_t)off;
            off += sizeof(CoilValue);
        }
        t->instance_size = (uint32_t)off;
    }
    if (!t->dict_offset) t->flags &= ~(uint32_t)TYPE_HAS_DICT;
    /* Exactly object's layout plus the dict slot: attributes may live inline. */
    t->flags &= ~(uint32_t)TYPE_INLINE_ATTRS;
    if (builtin_base(t) == vm->t_object && t->dict_offset == offsetof(CoilInstance, dict) &&
        t->instance_size == sizeof(CoilInstance))
        t->flags |= TYPE_INLINE_ATTRS;
    /* A class that adds the instance dict describes it (__dict__), and one
     * without __slots__ gets a __weakref__ slot as in CPython (its value
     * comes from weakref.c's table; the slot also marks the instances as
     * weakly referenceable). */
    if (t->dict_offset && t->dict_offset != best->dict_offset && dict_get_str(vm, dict, vm->names.__dict__) == VAL_EMPTY &&
        !type_add_getsets(vm, t, class_dict_getsets))
        return GC_RESTORE(vm), VAL_ERROR;
    bool wants_weakref = members == VAL_EMPTY || slots_list_weakref;
    if (wants_weakref && solid != vm->t_type && type_lookup(vm, t, vm->names.__weakref__) == VAL_EMPTY &&
        !type_add_getsets(vm, t, class_weakref_getsets))
        return GC_RESTORE(vm), VAL_ERROR;
    if (solid == vm->t_object) t->new_ = vm->t_object->new_;
    fixup_slots(vm, t);
    CoilValue tv = value_from_object(t);

    /* __set_name__ on the new class's attributes. */
    size_t pos = 0;
    CoilValue k, v;
    while (dict_next(dict, &pos, &k, &v)) {
        CoilType *vt = vm_typeof(vm, v);
        if (!(vt->flags & TYPE_HEAPTYPE) && vt != vm->t_property) continue; /* no other built-in has one */
        CoilValue sn = type_lookup(vm, vt, vm->names.__set_name__);
        if (sn == VAL_EMPTY) continue;
        CoilValue args[3] = {v, tv, k};
        CoilValue r = vm_call(vm, sn, args, 3, VAL_EMPTY);
        if (value_is_error(r)) {
            /* 3.11 reports it as a RuntimeError caused by the original. */
            CoilValue orig = vm_take_exception(vm);
            GC_ROOT(vm, orig);
            CoilValue kr = vm_repr(vm, k);
            if (value_is_error(kr)) return GC_RESTORE(vm), kr;
            vm_raise(vm, vm->e_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'", vt->name,
                     value_as_str(kr)->data, t->name);
            if (value_is_exception(vm, vm->exc) && value_is_exception(vm, orig)) {
                CoilException *x = value_as_exc(vm->exc);
                x->cause = x->context = orig;
                x->suppress_context = true;
            }
            return GC_RESTORE(vm), VAL_ERROR;
        }
    }
    /* super(cls, cls).__init_subclass__(**kwds) */
    CoilTuple *m = value_as_tuple(mro);
    for (size_t i = 1; i < m->len; i++) {
        CoilType *b = (CoilType *)value_as_object(m->items[i]);
        CoilValue f = dict_get_str(vm, value_as_dict(b->dict), vm->names.__init_subclass__);
        if (f == VAL_EMPTY) continue;
        CoilValue bound = vm_typeof(vm, f)->descr_get ? vm_typeof(vm, f)->descr_get(vm, f, VAL_EMPTY, tv) : f;
        if (value_is_error(bound)) return GC_RESTORE(vm), bound;
        GC_ROOT(vm, bound);
        CoilValue r = iop_call_ex(vm, bound, vm->empty_tuple, kwds);
        if (value_is_error(r)) return GC_RESTORE(vm), r;
        break;
    }
    GC_RESTORE(vm);
    vm->type_epoch++;
    return tv;
}

/* --- super ----------------------------------------------------------------------------- */

typedef struct CoilSuper {
    CoilObject obj;
    CoilType *type;     /* the class super() was called in */
    CoilValue self;     /* the instance or class, or VAL_EMPTY (unbound) */
    CoilType *self_type;
} CoilSuper;

static void super_trace(CoilVM *vm, CoilObject *o)
{
    CoilSuper *s = (CoilSuper *)o;
    gc_mark_object(vm, (CoilObject *)s->type);
    gc_mark_value(vm, s->self);
    gc_mark_object(vm, (CoilObject *)s->self_type);
}

static CoilValue super_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                           CoilValue kwnames)
{
    (void)callee;
    if (args_no_kw(vm, "super", kwnames) < 0) return VAL_ERROR;
    CoilValue type, self = VAL_EMPTY;
    if (nargs == 0) {
        /* Zero-argument form: the calling frame's __class__ cell and first argument. */
        CoilFrame *f = vm->frame;
        if (!f || !f->code) return vm_raise(vm, vm->e_RuntimeError, "super(): no current frame");
        CoilCode *c = f->code;
        if (c->argcount == 0 && !(c->flags & PROTO_VARARGS))
            return vm_raise(vm, vm->e_RuntimeError, "super(): no arguments");
        self = frame_regs(f)[0];
        for (size_t i = 0; i < c->ncellvars; i++)
            if (c->cellregs[i] == 0 && value_is_type(self, vm->t_cell)) self = ((CoilCell *)value_as_object(self))->ref;
        if (self == VAL_EMPTY) return vm_raise(vm, vm->e_RuntimeError, "super(): arg[0] deleted");
        if (value_is_type(self, vm->t_str)) str_seal(value_as_str(self)); /* read behind the compiler's back */
        type = VAL_EMPTY;
        for (size_t i = 0; i < c->nfreevars; i++) {
            if (str_eq_cstr(c->cellnames[c->ncellvars + i], "__class__")) {
                CoilValue cell = frame_regs(f)[c->freeregs[i]];
                if (!value_is_type(cell, vm->t_cell)) break;
                type = ((CoilCell *)value_as_object(cell))->ref;
                if (type == VAL_EMPTY) return vm_raise(vm, vm->e_RuntimeError, "super(): empty __class__ cell");
                break;
            }
        }
        if (type == VAL_EMPTY) return vm_raise(vm, vm->e_RuntimeError, "super(): __class__ cell not found");
    } else {
        if (args_check_positional(vm, "super()", nargs, 0, 2) < 0) return VAL_ERROR;
        type = args[0];
        if (nargs == 2) self = args[1];
    }
    if (!value_is_object(type) || !(value_as_object(type)->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "super() argument 1 must be a type, not %s", value_type_name(vm, type));
    CoilType *t = (CoilType *)value_as_object(type);
    CoilType *st = NULL;
    if (self != VAL_EMPTY) {
        if (value_is_object(self) && (value_as_object(self)->type->flags & TYPE_TYPE_SUBCLASS) &&
            type_is_subtype((CoilType *)value_as_object(self), t))
            st = (CoilType *)value_as_object(self);
        else if (type_is_subtype(vm_typeof(vm, self), t))
            st = vm_typeof(vm, self);
        else
            return vm_raise(vm, vm->e_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    CoilSuper *s = gc_alloc_object(vm, vm->t_super, sizeof(CoilSuper));
    if (!s) return VAL_ERROR;
    s->type = t;
    s->self = self;
    s->self_type = st;
    return value_from_object(s);
}

static CoilValue super_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilSuper *s = (CoilSuper *)value_as_object(self);
    if (s->self_type && !str_eq_cstr(name, "__class__")) {
        CoilTuple *mro = value_as_tuple(s->self_type->mro);
        size_t i = 0;
        while (i < mro->len && value_as_object(mro->items[i]) != &s->type->obj) i++;
        for (i++; i < mro->len; i++) {
            CoilType *b = (CoilType *)value_as_object(mro->items[i]);
            CoilValue v = dict_get_str(vm, value_as_dict(b->dict), name);
            if (v == VAL_EMPTY) continue;
            CoilType *vt = vm_typeof(vm, v);
            if (vt->descr_get) {
                CoilValue obj = s->self == value_from_object(s->self_type) ? VAL_EMPTY : s->self;
                return vt->descr_get(vm, v, obj, value_from_object(s->self_type));
            }
            return v;
        }
    }
    CoilValue v = object_generic_getattr(vm, self, name, true);
    if (v != VAL_EMPTY) return v;
    return vm_raise(vm, vm->e_AttributeError, "'super' object has no attribute '%s'", name->data);
}

static CoilValue super_repr(CoilVM *vm, CoilValue self)
{
    CoilSuper *s = (CoilSuper *)value_as_object(self);
    if (s->self_type)
        return str_format(vm, "<super: <class '%s'>, <%s object>>", s->type->name, s->self_type->name);
    return str_format(vm, "<super: <class '%s'>, NULL>", s->type->name);
}

void class_init_types(CoilVM *vm)
{
    CoilType *mt = type_new_builtin(vm, "member_descriptor", vm->t_object, sizeof(CoilMember), 0);
    if (!mt) return;
    vm->t_member_descriptor = mt;
    mt->trace = member_trace;
    mt->descr_get = member_get;
    mt->descr_set = member_set;
    mt->repr = member_repr;
    type_add_getsets(vm, mt, member_getsets);

    CoilType *t = vm->t_super;
    t->instance_size = sizeof(CoilSuper);
    t->trace = super_trace;
    t->new_ = super_new;
    t->getattr = super_getattr;
    t->repr = super_repr;
    t->flags |= TYPE_BASETYPE;
}
