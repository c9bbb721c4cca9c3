/* union_type.c — types.UnionType, what `int | None` evaluates to (PEP 604):
 * the `|` of classes, None, GenericAliases and unions.  It keeps its
 * flattened, de-duplicated arguments, prints as `int | None`, and works as
 * the second argument of isinstance()/issubclass(). */
#include "vm/generic_alias.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/union_type.h"

typedef struct UnionType {
    CoilObject obj;
    CoilValue args; /* tuple, at least 2 items */
} UnionType;

#define UT(v) ((UnionType *)value_as_object(v))

static void ut_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((UnionType *)o)->args); }

static bool is_class(CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS);
}

/* What `|` accepts on either side: a class, None, list[int], a union. */
static bool unionable(CoilVM *vm, CoilValue v)
{
    return v == VAL_NONE || is_class(v) || value_is_type(v, vm->t_generic_alias) ||
           value_is_type(v, vm->t_union_type);
}

/* Appends v (None as NoneType; a union's members one by one) unless it is
 * already there.  false on error. */
static bool add_arg(CoilVM *vm, CoilList *out, CoilValue v)
{
    if (value_is_type(v, vm->t_union_type)) {
        CoilTuple *t = value_as_tuple(UT(v)->args);
        for (size_t i = 0; i < t->len; i++)
            if (!add_arg(vm, out, t->items[i])) return false;
        return true;
    }
    if (v == VAL_NONE) v = value_from_object(vm->t_NoneType);
    for (size_t i = 0; i < out->len; i++) {
        int eq = out->items[i] == v ? 1 : vm_equal(vm, out->items[i], v);
        if (eq < 0) return false;
        if (eq) return true;
    }
    return list_append(vm, out, v);
}

/* a | b for unionable operands; NotImplemented otherwise, so typing's
 * objects get their __ror__ turn.  A single distinct argument is returned
 * as itself (`int | int` is int). */
CoilValue union_type_or(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!unionable(vm, a) || !unionable(vm, b)) return VAL_NOTIMPLEMENTED;
    GC_SAVE(vm);
    CoilValue l = list_new(vm, 4);
    if (value_is_error(l)) return GC_RESTORE(vm), l;
    GC_ROOT(vm, l);
    if (!add_arg(vm, value_as_list(l), a) || !add_arg(vm, value_as_list(l), b)) return GC_RESTORE(vm), VAL_ERROR;
    CoilList *lst = value_as_list(l);
    if (lst->len == 1) return GC_RESTORE(vm), lst->items[0];
    CoilValue args = tuple_from_array(vm, lst->items, lst->len);
    if (value_is_error(args)) return GC_RESTORE(vm), args;
    GC_ROOT(vm, args);
    UnionType *u = gc_alloc_object(vm, vm->t_union_type, sizeof(UnionType));
    GC_RESTORE(vm);
    if (!u) return VAL_ERROR;
    u->args = args;
    return value_from_object(u);
}

/* Members print as in CPython: as GenericAlias members, NoneType as None. */
static bool repr_item(CoilVM *vm, CoilValue v, CoilBuf *b)
{
    if (v == value_from_object(vm->t_NoneType)) return buf_append_str(b, "None");
    return generic_alias_repr_item(vm, v, b);
}

static CoilValue ut_repr(CoilVM *vm, CoilValue self)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    CoilTuple *a = value_as_tuple(UT(self)->args);
    bool ok = true;
    for (size_t i = 0; ok && i < a->len; i++) ok = (i == 0 || buf_append(&b, " | ", 3)) && repr_item(vm, a->items[i], &b);
    if (!ok) {
        buf_free(&b);
        return vm_has_exception(vm) ? VAL_ERROR : vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

static CoilValue ut_args(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return UT(self)->args;
}

static CoilValue ut_parameters(CoilVM *vm, CoilValue self)
{
    (void)self;
    return vm->empty_tuple;
}

static const CoilGetSetDef ut_getsets[] = {
    {"__args__", ut_args, NULL},
    {"__parameters__", ut_parameters, NULL},
    {NULL, NULL, NULL},
};

/* Order does not matter: int | str == str | int. */
static int same_members(CoilVM *vm, CoilTuple *x, CoilTuple *y)
{
    if (x->len != y->len) return 0;
    for (size_t i = 0; i < x->len; i++) {
        int found = 0;
        for (size_t j = 0; !found && j < y->len; j++) {
            found = x->items[i] == y->items[j] ? 1 : vm_equal(vm, x->items[i], y->items[j]);
            if (found < 0) return -1;
        }
        if (!found) return 0;
    }
    return 1;
}

static CoilValue ut_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, vm->t_union_type) ||
        !value_is_type(b, vm->t_union_type))
        return VAL_NOTIMPLEMENTED;
    int eq = same_members(vm, value_as_tuple(UT(a)->args), value_as_tuple(UT(b)->args));
    if (eq < 0) return VAL_ERROR;
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

/* Order-independent, like CPython's hash of the frozenset of members. */
static int ut_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilTuple *t = value_as_tuple(UT(self)->args);
    uint64_t h = 0x5a17;
    for (size_t i = 0; i < t->len; i++) {
        int64_t x;
        if (vm_hash(vm, t->items[i], &x) < 0) return -1;
        h ^= (uint64_t)x * 0x9e3779b97f4a7c15ull;
    }
    *out = (int64_t)(h >> 1);
    return 0;
}

CoilValue union_type_args(CoilValue u) { return UT(u)->args; }

void union_type_init_type(CoilVM *vm)
{
    CoilType *t = type_new_builtin(vm, "UnionType", vm->t_object, sizeof(UnionType), 0);
    if (!t) return;
    t->module_name = "types";
    t->trace = ut_trace;
    t->repr = ut_repr;
    t->compare = ut_compare;
    t->hash = ut_hash;
    t->binary[BIN_OR] = union_type_or;
    vm->t_union_type = t;
    type_add_getsets(vm, t, ut_getsets);
    /* `int | None`, `list[int] | None`: type and GenericAlias share the operator. */
    vm->t_type->binary[BIN_OR] = union_type_or;
    if (vm->t_generic_alias) vm->t_generic_alias->binary[BIN_OR] = union_type_or;
}
