/* set_methods.c — the methods of set and frozenset (add, discard, union,
 * issubset, ...).  Add a method with a CoilNativeFn and one table line. */
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/generic_alias.h"
#include "vm/set.h"
#include "vm/str.h"

#define SELF value_as_set(args[0])

/* "set.issubset" or "frozenset.issubset", for argument-count errors. */
static const char *set_method_name(CoilVM *vm, CoilValue self, const char *method)
{
    bool frozen = type_is_subtype(vm_typeof(vm, self), vm->t_frozenset);
    static const char *const names[2][4] = {
        {"set.symmetric_difference", "set.issubset", "set.issuperset", "set.isdisjoint"},
        {"frozenset.symmetric_difference", "frozenset.issubset", "frozenset.issuperset", "frozenset.isdisjoint"}};
    static const char *const methods[4] = {"symmetric_difference", "issubset", "issuperset", "isdisjoint"};
    for (int i = 0; i < 4; i++)
        if (strcmp(method, methods[i]) == 0) return names[frozen][i];
    return method;
}

static CoilValue m_add(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.add", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return set_add(vm, SELF, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue m_discard(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.discard", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return set_discard(vm, SELF, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue m_remove(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.remove", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int r = set_discard(vm, SELF, args[1]);
    if (r < 0) return VAL_ERROR;
    if (r == 0) return vm_raise_key_error(vm, args[1]);
    return VAL_NONE;
}

static CoilValue m_pop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.pop", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilSet *s = SELF;
    if (s->used == 0) return vm_raise(vm, vm->e_KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (s->table[i].key == VAL_EMPTY || s->table[i].key == SET_DUMMY) i = (i + 1) & s->mask;
    CoilValue k = s->table[i].key;
    s->table[i].key = SET_DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->version++;
    s->finger = i + 1;
    return k;
}

static CoilValue m_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    set_clear(vm, SELF);
    return VAL_NONE;
}

static CoilValue m_copy(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set.copy", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    if (value_is_type(args[0], vm->t_frozenset)) return args[0];
    return set_from_iterable(vm, type_is_subtype(vm_typeof(vm, args[0]), vm->t_frozenset) ? vm->t_frozenset : vm->t_set, args[0]);
}

static CoilValue m_update(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    for (size_t i = 1; i < nargs; i++)
        if (!set_update(vm, SELF, args[i])) return VAL_ERROR;
    return VAL_NONE;
}

/* The multi-argument methods run CPython's steps (one result set, updated
 * per argument), since the result's printed order depends on them. */
static CoilValue m_union(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue r = set_copy(vm, args[0]);
    if (value_is_error(r)) return r;
    GC_ROOT(vm, r);
    for (size_t i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (!set_update(vm, value_as_set(r), args[i])) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue intersection_multi(CoilVM *vm, const CoilValue *args, size_t nargs)
{
    if (nargs == 1) return set_copy(vm, args[0]);
    GC_SAVE(vm);
    CoilValue r = args[0];
    for (size_t i = 1; i < nargs && !value_is_error(r); i++) {
        GC_ROOT(vm, r);
        r = set_intersection(vm, r, args[i]);
    }
    GC_RESTORE(vm);
    return r;
}

static CoilValue m_intersection(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return intersection_multi(vm, args, nargs);
}

static CoilValue m_difference(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs == 1) return set_copy(vm, args[0]);
    CoilValue r = set_difference(vm, args[0], args[1]);
    if (value_is_error(r)) return r;
    GC_ROOT(vm, r);
    for (size_t i = 2; i < nargs; i++)
        if (!set_difference_update(vm, value_as_set(r), args[i])) return GC_UNROOT(vm, 1), VAL_ERROR;
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_symdiff(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, set_method_name(vm, args[0], "symmetric_difference"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return set_symmetric_difference(vm, args[0], args[1]);
}

static CoilValue m_intersection_update(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue r = intersection_multi(vm, args, nargs);
    if (value_is_error(r)) return r;
    set_take_body(vm, SELF, r);
    return VAL_NONE;
}

static CoilValue m_difference_update(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    for (size_t i = 1; i < nargs; i++)
        if (!set_difference_update(vm, SELF, args[i])) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue m_symdiff_update(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "symmetric_difference_update", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return set_symmetric_difference_update(vm, SELF, args[1]) ? VAL_NONE : VAL_ERROR;
}

/* Coerces a non-set argument to a set for the predicates. */
static CoilValue as_set(CoilVM *vm, CoilValue v)
{
    if (value_is_anyset(vm, v)) return v;
    return set_from_iterable(vm, vm->t_set, v);
}

static CoilValue m_issubset(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, set_method_name(vm, args[0], "issubset"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue o = as_set(vm, args[1]);
    if (value_is_error(o)) return o;
    GC_ROOT(vm, o);
    CoilValue r = vm_compare(vm, args[0], o, CMP_LE);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_issuperset(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, set_method_name(vm, args[0], "issuperset"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue o = as_set(vm, args[1]);
    if (value_is_error(o)) return o;
    GC_ROOT(vm, o);
    CoilValue r = vm_compare(vm, args[0], o, CMP_GE);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_isdisjoint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, set_method_name(vm, args[0], "isdisjoint"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue r = set_intersection(vm, args[0], args[1]);
    if (value_is_error(r)) return r;
    return value_from_bool(value_as_set(r)->used == 0);
}

const CoilMethodDef set_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"add", m_add, 0},
    {"discard", m_discard, 0},
    {"remove", m_remove, 0},
    {"pop", m_pop, 0},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"update", m_update, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symdiff, 0},
    {"intersection_update", m_intersection_update, 0},
    {"difference_update", m_difference_update, 0},
    {"symmetric_difference_update", m_symdiff_update, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0}};

const CoilMethodDef frozenset_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"copy", m_copy, 0},
    {"union", m_union, 0},
    {"intersection", m_intersection, 0},
    {"difference", m_difference, 0},
    {"symmetric_difference", m_symdiff, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {NULL, NULL, 0}};
