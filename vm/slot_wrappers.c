/* slot_wrappers.c — `tuple.__repr__`, `int.__add__`, `list.__len__`...: the
 * dunder entries of built-in types (CPython's wrapper_descriptor).  Each
 * calls its owner's C slot directly, so `tuple.__repr__(self)` and
 * `super().__eq__(other)` in a subclass reach the built-in behaviour even
 * when the subclass overrides the dunder. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef enum {
    SW_REPR, SW_STR, SW_HASH, SW_LEN, SW_BOOL, SW_ITER, SW_NEXT, SW_GETITEM, SW_SETITEM, SW_DELITEM,
    SW_CONTAINS, SW_CALL, SW_NEG, SW_POS, SW_ABS, SW_INVERT, SW_INDEX, SW_INT, SW_FLOAT,
    SW_GET, SW_SET, SW_DELETE,
    SW_CMP,      /* + CoilCompareOp */
    SW_BINARY = SW_CMP + 6,           /* + CoilBinaryOp */
    SW_RBINARY = SW_BINARY + BIN__COUNT, /* reflected */
    SW_INPLACE = SW_RBINARY + BIN__COUNT, /* __iadd__ ... */
    SW__COUNT = SW_INPLACE + BIN__COUNT
} SlotKind;

typedef struct SlotWrapper {
    CoilObject obj;
    CoilType *owner;
    CoilString *name;
    uint16_t kind;
} SlotWrapper;

static void sw_trace(CoilVM *vm, CoilObject *o)
{
    SlotWrapper *w = (SlotWrapper *)o;
    gc_mark_object(vm, &w->owner->obj);
    gc_mark_object(vm, &w->name->obj);
}

static CoilValue expect_args(CoilVM *vm, SlotWrapper *w, size_t nargs, size_t want)
{
    (void)w;
    if (nargs == want) return VAL_NONE;
    if (want == 0) return vm_raise(vm, vm->e_TypeError, "expected 0 arguments, got %zu", nargs);
    return vm_raise(vm, vm->e_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", nargs);
}

static CoilValue from_int(CoilVM *vm, int r) { return r < 0 ? VAL_ERROR : value_from_bool(r); }

static CoilValue sw_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    SlotWrapper *w = (SlotWrapper *)value_as_object(callee);
    CoilType *t = w->owner;
    if (args_nkw(kwnames)) return vm_raise(vm, vm->e_TypeError, "wrapper %s() takes no keyword arguments", w->name->data);
    if (nargs == 0)
        return vm_raise(vm, vm->e_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name->data, t->name);
    CoilValue self = args[0];
    if (!type_is_subtype(vm_typeof(vm, self), t))
        return vm_raise(vm, vm->e_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                        w->name->data, t->name, value_type_name(vm, self));
    args++;
    nargs--;
    unsigned k = w->kind;
    CoilValue chk = VAL_NONE;
    if (k >= SW_BINARY && k < SW__COUNT) {
        if (value_is_error(chk = expect_args(vm, w, nargs, 1))) return chk;
        CoilValue r = k < SW_RBINARY    ? t->binary[k - SW_BINARY](vm, self, args[0])
                      : k < SW_INPLACE ? t->binary[k - SW_RBINARY](vm, args[0], self)
                                       : VAL_EMPTY;
        if (r != VAL_EMPTY) {
            /* A sequence's concatenation / repetition wrapper raises the operator's error. */
            unsigned op = k < SW_RBINARY ? k - SW_BINARY : k - SW_RBINARY;
            if (r == VAL_NOTIMPLEMENTED && op == BIN_ADD && vm_is_concat_seq(vm, t))
                return vm_binary_error(vm, BIN_ADD, self, args[0], false);
            if (r == VAL_NOTIMPLEMENTED && op == BIN_MUL && vm_is_concat_seq(vm, t)) /* the count, as an index */
                return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                                value_type_name(vm, args[0]));
            return r;
        }
        return t->inplace[k - SW_INPLACE](vm, self, args[0]);
    }
    if (k >= SW_CMP) {
        if (value_is_error(chk = expect_args(vm, w, nargs, 1))) return chk;
        return t->compare(vm, self, args[0], (CoilCompareOp)(k - SW_CMP));
    }
    int64_t n;
    switch (k) {
    case SW_REPR: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->repr(vm, self);
    case SW_STR: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->str(vm, self);
    case SW_HASH:
        if (value_is_error(chk = expect_args(vm, w, nargs, 0))) return chk;
        return t->hash(vm, self, &n) < 0 ? VAL_ERROR : int_from_i64(vm, n);
    case SW_LEN:
        if (value_is_error(chk = expect_args(vm, w, nargs, 0))) return chk;
        return t->len(vm, self, &n) < 0 ? VAL_ERROR : int_from_i64(vm, n);
    case SW_BOOL:
        if (value_is_error(chk = expect_args(vm, w, nargs, 0))) return chk;
        return from_int(vm, t->bool_(vm, self));
    case SW_ITER: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->iter(vm, self);
    case SW_NEXT: {
        if (value_is_error(chk = expect_args(vm, w, nargs, 0))) return chk;
        CoilValue v = t->next(vm, self);
        if (v == VAL_EMPTY) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
        return v;
    }
    case SW_GETITEM: return value_is_error(chk = expect_args(vm, w, nargs, 1)) ? chk : t->getitem(vm, self, args[0]);
    case SW_SETITEM:
        if (value_is_error(chk = expect_args(vm, w, nargs, 2))) return chk;
        return t->setitem(vm, self, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
    case SW_DELITEM:
        if (value_is_error(chk = expect_args(vm, w, nargs, 1))) return chk;
        return t->setitem(vm, self, args[0], VAL_EMPTY) < 0 ? VAL_ERROR : VAL_NONE;
    case SW_CONTAINS:
        if (value_is_error(chk = expect_args(vm, w, nargs, 1))) return chk;
        return from_int(vm, t->contains(vm, self, args[0]));
    case SW_CALL: return t->call(vm, self, args, nargs, kwnames);
    case SW_GET: {
        /* __get__(instance, owner=None): None instance means class access. */
        if (nargs < 1 || nargs > 2)
            return vm_raise(vm, vm->e_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        CoilValue obj = args[0] == VAL_NONE ? VAL_EMPTY : args[0];
        CoilValue owner = nargs == 2 && args[1] != VAL_NONE ? args[1] : VAL_EMPTY;
        if (obj == VAL_EMPTY && owner == VAL_EMPTY)
            return vm_raise(vm, vm->e_TypeError, "__get__(None, None) is invalid");
        if (owner == VAL_EMPTY) owner = value_from_object(vm_typeof(vm, obj));
        return t->descr_get(vm, self, obj, owner);
    }
    case SW_SET:
        if (value_is_error(chk = expect_args(vm, w, nargs, 2))) return chk;
        return t->descr_set(vm, self, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
    case SW_DELETE:
        if (value_is_error(chk = expect_args(vm, w, nargs, 1))) return chk;
        return t->descr_set(vm, self, args[0], VAL_EMPTY) < 0 ? VAL_ERROR : VAL_NONE;
    case SW_NEG: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->neg(vm, self);
    case SW_POS: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->pos(vm, self);
    case SW_ABS: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->abs(vm, self);
    case SW_INVERT: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->invert(vm, self);
    case SW_INDEX: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->index(vm, self);
    case SW_INT: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->int_(vm, self);
    default: return value_is_error(chk = expect_args(vm, w, nargs, 0)) ? chk : t->float_(vm, self);
    }
}

static CoilValue sw_descr_get(CoilVM *vm, CoilValue descr, CoilValue obj, CoilValue owner)
{
    (void)owner;
    if (obj == VAL_EMPTY) return descr;
    return method_new(vm, descr, obj);
}

static CoilValue sw_repr(CoilVM *vm, CoilValue self)
{
    SlotWrapper *w = (SlotWrapper *)value_as_object(self);
    return str_format(vm, "<slot wrapper '%s' of '%s' objects>", w->name->data, w->owner->name);
}

static bool add_wrapper(CoilVM *vm, CoilType *t, const char *name, unsigned kind)
{
    CoilString *n = str_intern_cstr(vm, name);
    if (!n) return false;
    if (dict_get_str(vm, value_as_dict(t->dict), n) != VAL_EMPTY) return true; /* a method already */
    SlotWrapper *w = gc_alloc_object(vm, vm->t_wrapper_descriptor, sizeof(SlotWrapper));
    if (!w) return false;
    w->owner = t;
    w->name = n;
    w->kind = (uint16_t)kind;
    return type_set_attr_str(vm, t, name, value_from_object(w));
}

/* Installs wrappers for the slots t defines itself (not inherited). */
bool slot_wrappers_add(CoilVM *vm, CoilType *t)
{
    CoilType *b = t->base;
#define OWN(f) (t->f && (!b || t->f != b->f))
#define ADD(f, name, kind) \
    if (OWN(f) && !add_wrapper(vm, t, name, kind)) return false;
    ADD(repr, "__repr__", SW_REPR)
    ADD(str, "__str__", SW_STR)
    ADD(hash, "__hash__", SW_HASH)
    ADD(len, "__len__", SW_LEN)
    /* A sized type's bool slot is only a fast len() != 0 for truth tests;
     * CPython's str, list, dict... have no __bool__ to call or list (range,
     * a number-like sequence, has one). */
    if (!t->len || t == vm->t_range) ADD(bool_, "__bool__", SW_BOOL)
    ADD(iter, "__iter__", SW_ITER)
    ADD(next, "__next__", SW_NEXT)
    ADD(getitem, "__getitem__", SW_GETITEM)
    ADD(setitem, "__setitem__", SW_SETITEM)
    ADD(setitem, "__delitem__", SW_DELITEM)
    ADD(contains, "__contains__", SW_CONTAINS)
    ADD(call, "__call__", SW_CALL)
    ADD(neg, "__neg__", SW_NEG)
    ADD(pos, "__pos__", SW_POS)
    ADD(abs, "__abs__", SW_ABS)
    ADD(invert, "__invert__", SW_INVERT)
    ADD(index, "__index__", SW_INDEX)
    ADD(int_, "__int__", SW_INT)
    ADD(float_, "__float__", SW_FLOAT)
    ADD(descr_get, "__get__", SW_GET)
    ADD(descr_set, "__set__", SW_SET)
    ADD(descr_set, "__delete__", SW_DELETE)
#undef ADD
    if (OWN(compare)) {
        static const char *const names[6] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++)
            if (!add_wrapper(vm, t, names[op], SW_CMP + (unsigned)op)) return false;
    }
    for (int op = 0; op < BIN__COUNT; op++) {
        if (!t->binary[op] || (b && t->binary[op] == b->binary[op])) continue;
        if (!add_wrapper(vm, t, vm->bin_names[op][0]->data, SW_BINARY + (unsigned)op)) return false;
        if (op == BIN_ADD && vm_is_concat_seq(vm, t)) continue; /* concatenation has no __radd__ */
        if (!add_wrapper(vm, t, vm->bin_names[op][1]->data, SW_RBINARY + (unsigned)op)) return false;
    }
    for (int op = 0; op < BIN__COUNT; op++) {
        if (!t->inplace[op] || (b && t->inplace[op] == b->inplace[op])) continue;
        if (!add_wrapper(vm, t, vm->bin_names[op][2]->data, SW_INPLACE + (unsigned)op)) return false;
    }
#undef OWN
    return true;
}

/* __name__, __qualname__ ('list.__len__') and __objclass__, which reprs
 * of bound wrappers and introspecting code read. */
static CoilValue sw_get_name(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((SlotWrapper *)value_as_object(self))->name);
}

static CoilValue sw_get_qualname(CoilVM *vm, CoilValue self)
{
    SlotWrapper *w = (SlotWrapper *)value_as_object(self);
    return str_format(vm, "%s.%s", w->owner->name, w->name->data);
}

static CoilValue sw_get_objclass(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((SlotWrapper *)value_as_object(self))->owner);
}

static const CoilGetSetDef sw_getsets[] = {
    {"__name__", sw_get_name, NULL},
    {"__qualname__", sw_get_qualname, NULL},
    {"__objclass__", sw_get_objclass, NULL},
    {NULL, NULL, NULL}};

void slot_wrappers_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_wrapper_descriptor;
    t->instance_size = sizeof(SlotWrapper);
    t->trace = sw_trace;
    t->call = sw_call;
    t->descr_get = sw_descr_get;
    t->repr = sw_repr;
    type_add_getsets(vm, t, sw_getsets);
}
