/* mappingproxy.c — the read-only live view of a mapping that cls.__dict__
 * returns (types.MappingProxyType): reads go to the mapping, writes are
 * refused with CPython's messages, comparisons and `|` see the mapping. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/generic_alias.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct MappingProxy {
    CoilObject obj;
    CoilValue mapping;
} MappingProxy;

static void mp_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((MappingProxy *)o)->mapping); }

static inline CoilValue mp_mapping(CoilValue self) { return ((MappingProxy *)value_as_object(self))->mapping; }

CoilValue mappingproxy_new(CoilVM *vm, CoilValue mapping)
{
    GC_ROOT(vm, mapping);
    MappingProxy *p = gc_alloc_object(vm, vm->t_mappingproxy, sizeof(MappingProxy));
    GC_UNROOT(vm, 1);
    if (!p) return VAL_ERROR;
    p->mapping = mapping;
    return value_from_object(p);
}

/* mappingproxy(mapping): anything with __getitem__ except lists and tuples. */
static CoilValue mp_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    (void)callee;
    static const char *const names[] = {"mapping"};
    CoilValue a[1];
    if (args_parse(vm, "mappingproxy", args, nargs, kwnames, names, 1, 1, 1, a) < 0) return VAL_ERROR;
    CoilType *t = vm_typeof(vm, a[0]);
    bool mapping = t->getitem && !type_is_subtype(t, vm->t_list) && !type_is_subtype(t, vm->t_tuple);
    if (!mapping)
        return vm_raise(vm, vm->e_TypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    return mappingproxy_new(vm, a[0]);
}

static CoilValue mp_getitem(CoilVM *vm, CoilValue self, CoilValue key) { return vm_getitem(vm, mp_mapping(self), key); }

static int mp_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    (void)self;
    (void)key;
    vm_raise(vm, vm->e_TypeError, "'mappingproxy' object does not support item %s",
             value == VAL_EMPTY ? "deletion" : "assignment");
    return -1;
}

static int mp_len(CoilVM *vm, CoilValue self, int64_t *out) { return vm_len(vm, mp_mapping(self), out); }

static int mp_contains(CoilVM *vm, CoilValue self, CoilValue item) { return vm_contains(vm, mp_mapping(self), item); }

static CoilValue mp_iter(CoilVM *vm, CoilValue self) { return vm_iter(vm, mp_mapping(self)); }

static CoilValue mp_repr(CoilVM *vm, CoilValue self)
{
    CoilValue r = vm_repr(vm, mp_mapping(self));
    if (value_is_error(r)) return r;
    return str_format(vm, "mappingproxy(%s)", value_as_str(r)->data);
}

static CoilValue mp_str(CoilVM *vm, CoilValue self) { return vm_str(vm, mp_mapping(self)); }

static int mp_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)self;
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: 'mappingproxy'");
    return -1;
}

/* Comparisons are the mapping's own (never NotImplemented, as CPython). */
static CoilValue mp_compare(CoilVM *vm, CoilValue self, CoilValue other, CoilCompareOp op)
{
    return vm_compare(vm, mp_mapping(self), other, op);
}

/* a | b with either side a proxy: the same on what they view (a new dict). */
static CoilValue mp_or(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (value_is_type(a, vm->t_mappingproxy)) a = mp_mapping(a);
    if (value_is_type(b, vm->t_mappingproxy)) b = mp_mapping(b);
    return vm_binary(vm, BIN_OR, a, b);
}

static CoilValue mp_ior(CoilVM *vm, CoilValue a, CoilValue b)
{
    (void)b;
    return vm_raise(vm, vm->e_TypeError, "'|=' is not supported by %s; use '|' instead", value_type_name(vm, a));
}

/* The methods call the mapping's own, so a proxy of any mapping behaves as it does. */
static CoilValue call_on_mapping(CoilVM *vm, CoilValue self, const char *name, const CoilValue *args, size_t nargs)
{
    CoilString *s = str_intern_cstr(vm, name);
    if (!s) return VAL_ERROR;
    return vm_call_method(vm, mp_mapping(self), s, args, nargs);
}

static CoilValue m_get(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "get", nargs - 1, 1, 2) < 0) return VAL_ERROR;
    CoilValue a[2] = {args[1], nargs > 2 ? args[2] : VAL_NONE};
    return call_on_mapping(vm, args[0], "get", a, 2);
}

#define MP_NOARG(fn, name) \
    static CoilValue fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw) \
    { \
        (void)kw; \
        if (args_count(vm, name, nargs - 1, 0, 0) < 0) return VAL_ERROR; \
        return call_on_mapping(vm, args[0], name, NULL, 0); \
    }
MP_NOARG(m_keys, "keys")
MP_NOARG(m_values, "values")
MP_NOARG(m_items, "items")
MP_NOARG(m_copy, "copy")
#undef MP_NOARG

static CoilValue m_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__reversed__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return vm_call1(vm, value_from_object(vm->t_reversed), mp_mapping(args[0]));
}

static CoilValue m_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__class_getitem__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return generic_alias_new(vm, args[0], args[1]);
}

static const CoilMethodDef mp_methods[] = {
    {"get", m_get, 0},
    {"keys", m_keys, 0},
    {"values", m_values, 0},
    {"items", m_items, 0},
    {"copy", m_copy, 0},
    {"__reversed__", m_reversed, 0},
    {"__class_getitem__", m_class_getitem, METH_CLASS},
    {NULL, NULL, 0}};

void mappingproxy_init_type(CoilVM *vm)
{
    CoilType *t = type_new_builtin(vm, "mappingproxy", vm->t_object, sizeof(MappingProxy), 0);
    if (!t) return;
    t->trace = mp_trace;
    t->new_ = mp_new_slot;
    t->getitem = mp_getitem;
    t->setitem = mp_setitem;
    t->len = mp_len;
    t->contains = mp_contains;
    t->iter = mp_iter;
    t->repr = mp_repr;
    t->str = mp_str;
    t->hash = mp_hash;
    t->compare = mp_compare;
    t->binary[BIN_OR] = mp_or;
    t->inplace[BIN_OR] = mp_ior;
    type_add_methods(vm, t, mp_methods);
    vm->t_mappingproxy = t;
}
