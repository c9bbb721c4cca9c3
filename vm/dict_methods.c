/* dict_methods.c — the methods of dict (get, pop, items, update, ...).  Add a
 * method by writing a CoilNativeFn and one line in dict_methods[]. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/generic_alias.h"
#include "vm/str.h"
#include "vm/tuple.h"

#define SELF value_as_dict(args[0])

bool dict_update_from_args(CoilVM *vm, CoilDict *d, const char *fname, const CoilValue *args,
                           size_t nargs, CoilValue kwnames);

static CoilValue m_keys(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.keys", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return dict_view_new(vm, vm->t_dict_keys, args[0]);
}

static CoilValue m_values(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.values", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return dict_view_new(vm, vm->t_dict_values, args[0]);
}

static CoilValue m_items(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.items", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return dict_view_new(vm, vm->t_dict_items, args[0]);
}

static CoilValue m_get(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "get", nargs - 1, 1, 2) < 0) return VAL_ERROR;
    CoilValue v;
    int r = dict_get(vm, SELF, args[1], &v);
    if (r < 0) return VAL_ERROR;
    return r ? v : nargs > 2 ? args[2] : VAL_NONE;
}

static CoilValue m_setdefault(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "setdefault", nargs - 1, 1, 2) < 0) return VAL_ERROR;
    CoilValue v;
    int r = dict_get(vm, SELF, args[1], &v);
    if (r < 0) return VAL_ERROR;
    if (r) return v;
    v = nargs > 2 ? args[2] : VAL_NONE;
    return dict_set(vm, SELF, args[1], v) < 0 ? VAL_ERROR : v;
}

static CoilValue m_pop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "pop", nargs - 1, 1, 2) < 0) return VAL_ERROR;
    CoilValue v;
    int r = dict_del(vm, SELF, args[1], &v);
    if (r < 0) return VAL_ERROR;
    if (r) return v;
    if (nargs > 2) return args[2];
    return vm_raise_key_error(vm, args[1]);
}

static CoilValue m_popitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.popitem", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilDict *d = SELF;
    if (d->used == 0) return vm_raise(vm, vm->e_KeyError, "popitem(): dictionary is empty");
    size_t i = d->nentries;
    while (i > 0 && d->entries[i - 1].key == VAL_EMPTY) i--;
    CoilValue k = d->entries[i - 1].key, v = d->entries[i - 1].value;
    CoilValue t = tuple_pack2(vm, k, v);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    int r = dict_del(vm, d, k, NULL);
    GC_UNROOT(vm, 1);
    return r < 0 ? VAL_ERROR : t;
}

/* dict.__init__(self, ...) for subclasses that call it explicitly; self is not an argument. */
static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1 || !value_is_dict(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' of 'dict' object needs an argument");
    return dict_update_from_args(vm, SELF, "dict", args + 1, nargs - 1, kw) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_update(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return dict_update_from_args(vm, SELF, "update", args + 1, nargs - 1, kw) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    dict_clear(vm, SELF);
    return VAL_NONE;
}

static CoilValue m_copy(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.copy", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return dict_copy(vm, SELF);
}

static CoilValue m_fromkeys(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "fromkeys", nargs - 1, 1, 2) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    CoilValue d = vm_call0(vm, args[0]);
    if (value_is_error(d)) return d;
    GC_ROOT(vm, d);
    CoilValue it = vm_iter(vm, args[1]);
    if (value_is_error(it)) return GC_RESTORE(vm), it;
    GC_ROOT(vm, it);
    CoilValue v = nargs > 2 ? args[2] : VAL_NONE;
    for (;;) {
        CoilValue k = vm_next(vm, it);
        if (k == VAL_EMPTY) break;
        if (value_is_error(k) || vm_setitem(vm, d, k, v) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return d;
}

static CoilValue m_contains(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.__contains__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue v;
    int r = dict_get(vm, SELF, args[1], &v);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

static CoilValue m_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dict.__getitem__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    /* dict's own lookup, not the subclass's __getitem__ (super().__getitem__). */
    return vm->t_dict->getitem(vm, args[0], args[1]);
}

const CoilMethodDef dict_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"get", m_get, 0},
    {"setdefault", m_setdefault, 0},
    {"pop", m_pop, 0},
    {"popitem", m_popitem, 0},
    {"__init__", m_init, METH_KEYWORDS},
    {"update", m_update, METH_KEYWORDS},
    {"clear", m_clear, 0},
    {"copy", m_copy, 0},
    {"fromkeys", m_fromkeys, METH_CLASS},
    {"__contains__", m_contains, 0},
    {"__getitem__", m_getitem, 0},
    {NULL, NULL, 0}};
