/* object.c — the `object` type: default repr/str/hash/equality, object()
 * construction and the methods every class inherits (__init__, __repr__,
 * __eq__ ...) so that super().__init__() and object.__repr__(x) work. */
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/weakref.h"

static CoilValue object_repr(CoilVM *vm, CoilValue self) { return object_default_repr(vm, self); }

static CoilValue object_str(CoilVM *vm, CoilValue self)
{
    /* object.__str__ is repr(self), through the type's repr slot. */
    return vm_repr(vm, self);
}

static int object_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    uint64_t p = value_is_object(self) ? (uint64_t)(uintptr_t)value_as_object(self) : self;
    int64_t h = (int64_t)(p >> 4 | p << 60);
    *out = h == -1 ? -2 : h;
    return 0;
}

static CoilValue object_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (op == CMP_EQ) return a == b ? VAL_TRUE : VAL_NOTIMPLEMENTED;
    if (op == CMP_NE) {
        /* object.__ne__ inverts __eq__ unless that is NotImplemented. */
        CoilType *t = vm_typeof(vm, a);
        if (t->compare && t->compare != object_compare) {
            CoilValue r = t->compare(vm, a, b, CMP_EQ);
            if (value_is_error(r) || r == VAL_NOTIMPLEMENTED) return r;
            int tr = vm_truthy(vm, r);
            if (tr < 0) return VAL_ERROR;
            return value_from_bool(!tr);
        }
        return a == b ? VAL_FALSE : VAL_NOTIMPLEMENTED;
    }
    return VAL_NOTIMPLEMENTED;
}

static size_t count_kw(CoilValue kwnames)
{
    return value_is_object(kwnames) ? value_as_tuple(kwnames)->len : 0;
}

/* Allocates an instance of t (any class whose layout is CoilInstance or a
 * built-in base's), with its dict slot empty. */
/* "Can't instantiate abstract class X with abstract methods a, b" (sorted). */
static CoilValue abstract_error(CoilVM *vm, CoilType *t)
{
    CoilValue am = dict_get_str(vm, value_as_dict(t->dict), vm->names.__abstractmethods__);
    if (am == VAL_EMPTY) am = vm->empty_tuple;
    CoilValue l = list_from_iterable(vm, am);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    CoilList *lst = value_as_list(l);
    if (!list_sort(vm, lst, VAL_NONE, false)) return GC_UNROOT(vm, 1), VAL_ERROR;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = true;
    for (size_t i = 0; i < lst->len && ok; i++) {
        if (i) ok = buf_append_str(&b, ", ");
        CoilValue s = lst->items[i];
        if (ok) ok = value_is_str(vm, s) ? buf_append(&b, value_as_str(s)->data, value_as_str(s)->len) : true;
    }
    if (!ok || !buf_append(&b, "", 1)) {
        buf_free(&b);
        GC_UNROOT(vm, 1);
        return vm_raise_nomem(vm);
    }
    vm_raise(vm, vm->e_TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t->name,
             lst->len == 1 ? "" : "s", b.data);
    buf_free(&b);
    GC_UNROOT(vm, 1);
    return VAL_ERROR;
}

CoilValue object_alloc_instance(CoilVM *vm, CoilType *t)
{
    if (t->flags & TYPE_IS_ABSTRACT) return abstract_error(vm, t);
    if (t->flags & TYPE_INLINE_ATTRS) {
        /* Room for as many attributes as the class's instances have shown
         * so far (a few for the first ones): usually exactly what __init__
         * sets, so the instance never needs a dict. */
        uint32_t cap = inst_inline_new_cap(t);
        CoilInstance *inst = gc_alloc_object_uninit(vm, t, sizeof(CoilInstance) + cap * sizeof(CoilValue));
        if (!inst) return VAL_ERROR;
        inst->dict = inst_inline_tag(0, cap);
        return value_from_object(&inst->obj);
    }
    CoilObject *o = gc_alloc_object(vm, t, t->instance_size);
    if (!o) return VAL_ERROR;
    object_init_fields(o);
    return value_from_object(o);
}

static CoilValue object_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                             CoilValue kwnames);
static CoilValue object_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                            CoilValue kwnames);

/* CPython's excess-argument rules for object.__new__ / object.__init__. */
bool object_init_is_default(CoilVM *vm, CoilType *t)
{
    (void)vm;
    return t->init == object_init;
}

static bool object_new_is_default(CoilType *t) { return t->new_ == object_new; }

static CoilValue object_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                            CoilValue kwnames)
{
    (void)args;
    CoilType *t = (CoilType *)value_as_object(callee);
    if ((nargs || count_kw(kwnames)) && object_init_is_default(vm, t))
        return vm_raise(vm, vm->e_TypeError, "%s() takes no arguments", t->name);
    return object_alloc_instance(vm, t);
}

static CoilValue object_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                             CoilValue kwnames)
{
    (void)args;
    (void)self;
    (void)nargs;
    (void)kwnames;
    (void)vm;
    return VAL_NONE;
}

static CoilValue g_dict(CoilVM *vm, CoilValue self);

static CoilValue object_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilValue v = object_generic_getattr(vm, self, name, true);
    if (v != VAL_EMPTY) return v;
    /* Classes carry their own __dict__ descriptor; built-in types with an
     * instance dict and no descriptor still answer obj.__dict__. */
    if (name == vm->names.__dict__ && vm_typeof(vm, self)->dict_offset) return g_dict(vm, self);
    return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", value_type_name(vm, self),
                    name->data);
}

/* --- methods ----------------------------------------------------------------------- */

static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' of 'object' object needs an argument");
    if (nargs > 1 || count_kw(kw)) {
        CoilType *t = vm_typeof(vm, args[0]);
        if (!object_init_is_default(vm, t))
            return vm_raise(vm, vm->e_TypeError,
                            "object.__init__() takes exactly one argument (the instance to initialize)");
        if (object_new_is_default(t))
            return vm_raise(vm, vm->e_TypeError,
                            "%s.__init__() takes exactly one argument (the instance to initialize)", t->name);
    }
    return VAL_NONE;
}

static CoilValue m_new(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "object.__new__(): not enough arguments");
    if (!value_is_object(args[0]) || !(value_as_object(args[0])->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "object.__new__(X): X is not a type object (%s)",
                        value_type_name(vm, args[0]));
    CoilType *t = (CoilType *)value_as_object(args[0]);
    if (nargs > 1 || count_kw(kw)) {
        if (!object_new_is_default(t))
            return vm_raise(vm, vm->e_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (object_init_is_default(vm, t)) return vm_raise(vm, vm->e_TypeError, "%s() takes no arguments", t->name);
    }
    CoilType *solid = t;
    while (solid->flags & TYPE_HEAPTYPE) solid = solid->base;
    if (solid != vm->t_object)
        return vm_raise(vm, vm->e_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name,
                        solid->name);
    return object_alloc_instance(vm, t);
}

static CoilValue m_repr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return object_default_repr(vm, args[0]);
}

static CoilValue m_str(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return vm_repr(vm, args[0]);
}

static CoilValue m_hash(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    int64_t h;
    object_hash(vm, args[0], &h);
    return value_from_small_int(h >> 16);
}

static CoilValue m_eq(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    return args[0] == args[1] ? VAL_TRUE : VAL_NOTIMPLEMENTED;
}

static CoilValue m_ne(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    return object_compare(vm, args[0], args[1], CMP_NE);
}

static CoilValue m_setattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 3) return vm_raise(vm, vm->e_TypeError, "expected 2 arguments, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'",
                        value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name || object_generic_setattr(vm, args[0], name, args[2]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue m_delattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'",
                        value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name || object_generic_setattr(vm, args[0], name, VAL_EMPTY) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue m_getattribute(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'",
                        value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name) return VAL_ERROR;
    return object_generic_getattr(vm, args[0], name, false);
}

static CoilValue m_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "format() argument 2 must be str, not %s",
                        value_arg_type_name(vm, args[1]));
    if (value_as_str(args[1])->len)
        return vm_raise(vm, vm->e_TypeError, "unsupported format string passed to %s.__format__",
                        value_type_name(vm, args[0]));
    return vm_str(vm, args[0]);
}

static CoilValue m_init_subclass(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (count_kw(kw)) {
        /* Bound to the class being created: CPython names it. */
        const char *who = "object";
        if (nargs && value_is_object(args[0]) && (value_as_object(args[0])->type->flags & TYPE_TYPE_SUBCLASS))
            who = ((CoilType *)value_as_object(args[0]))->qualname->data;
        return vm_raise(vm, vm->e_TypeError, "%s.__init_subclass__() takes no keyword arguments", who);
    }
    return VAL_NONE;
}

static CoilValue m_dir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* object.__getstate__(): the instance dict (None if empty), paired with the
 * set __slots__ values when the class has slots. */
static CoilValue m_getstate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 1) return vm_raise(vm, vm->e_TypeError, "object.__getstate__() takes no arguments (%zu given)", nargs - 1);
    CoilValue self = args[0];
    CoilValue d = object_dict(vm, self, false);
    if (value_is_error(d)) return d;
    CoilValue state = value_is_dict(vm, d) && value_as_dict(d)->used ? d : VAL_NONE;
    /* Slot values: the member descriptors along the MRO. */
    CoilTuple *mro = value_as_tuple(vm_typeof(vm, self)->mro);
    CoilValue slots = VAL_EMPTY;
    GC_SAVE(vm);
    GC_ROOT(vm, state);
    for (size_t i = 0; i < mro->len; i++) {
        CoilType *b = (CoilType *)value_as_object(mro->items[i]);
        size_t pos = 0;
        CoilValue k, v;
        while (dict_next(value_as_dict(b->dict), &pos, &k, &v)) {
            if (!value_is_type(v, vm->t_member_descriptor)) continue;
            CoilValue val = vm_typeof(vm, v)->descr_get(vm, v, self, value_from_object(b));
            if (value_is_error(val)) {
                if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), val;
                vm_take_exception(vm);
                continue;
            }
            if (slots == VAL_EMPTY) {
                GC_ROOT(vm, val);
                slots = dict_new(vm);
                if (value_is_error(slots)) return GC_RESTORE(vm), slots;
                GC_ROOT(vm, slots);
            }
            if (dict_set(vm, value_as_dict(slots), k, val) < 0) return GC_RESTORE(vm), VAL_ERROR;
        }
    }
    CoilValue r = slots == VAL_EMPTY ? state : tuple_pack2(vm, state, slots);
    GC_RESTORE(vm);
    return r;
}

/* object.__reduce_ex__(protocol) and __reduce__(): copyreg's reductions
 * (protocol 2 and later: __newobj__ with the state). */
static CoilValue reduce_via_copyreg(CoilVM *vm, CoilValue self, int64_t proto)
{
    CoilString *mod = str_intern_cstr(vm, "copyreg");
    if (!mod) return VAL_ERROR;
    CoilValue m = import_module(vm, mod, VAL_NONE, 0, VAL_NONE);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilValue f = vm_getattr_cstr(vm, m, proto >= 2 ? "_reduce_newobj" : "_reduce_ex");
    GC_UNROOT(vm, 1);
    if (value_is_error(f)) return f;
    GC_ROOT(vm, f);
    CoilValue r = proto >= 2 ? vm_call(vm, f, &self, 1, VAL_EMPTY)
                             : vm_call(vm, f, (CoilValue[]){self, value_from_small_int(proto)}, 2, VAL_EMPTY);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_reduce_ex(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "__reduce_ex__() takes exactly one argument (%zu given)", nargs - 1);
    int64_t proto;
    if (vm_index(vm, args[1], &proto) < 0) return VAL_ERROR;
    /* A class's own __reduce__ wins over the default reduction. */
    CoilValue own = type_lookup(vm, vm_typeof(vm, args[0]), str_intern_cstr(vm, "__reduce__"));
    if (own != VAL_EMPTY && vm_typeof(vm, own) == vm->t_function) {
        CoilValue self = args[0];
        return vm_call(vm, own, &self, 1, VAL_EMPTY);
    }
    return reduce_via_copyreg(vm, args[0], proto);
}

static CoilValue m_reduce(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 1) return vm_raise(vm, vm->e_TypeError, "__reduce__() takes no arguments (%zu given)", nargs - 1);
    return reduce_via_copyreg(vm, args[0], 0);
}

/* object.__sizeof__(): the bytes of the object itself (not what it refers to). */
static CoilValue m_sizeof(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    CoilType *t = vm_typeof(vm, args[0]);
    if (!value_is_object(args[0])) return value_from_small_int(t->instance_size);
    CoilObject *o = value_as_object(args[0]);
    return value_from_small_int((int64_t)(t->obj_size ? t->obj_size(o) : t->instance_size));
}

/* object.__subclasshook__(subclass): no opinion (abc's structural checks
 * override it). */
static CoilValue m_subclasshook(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)vm;
    (void)args;
    (void)nargs;
    (void)kw;
    return VAL_NOTIMPLEMENTED;
}

static const CoilMethodDef object_methods[] = {
    {"__init__", m_init, METH_KEYWORDS},
    {"__new__", m_new, METH_KEYWORDS | METH_STATIC},
    {"__repr__", m_repr, 0},
    {"__str__", m_str, 0},
    {"__hash__", m_hash, 0},
    {"__eq__", m_eq, 0},
    {"__ne__", m_ne, 0},
    {"__setattr__", m_setattr, 0},
    {"__delattr__", m_delattr, 0},
    {"__getattribute__", m_getattribute, 0},
    {"__format__", m_format, 0},
    {"__init_subclass__", m_init_subclass, METH_KEYWORDS | METH_CLASS},
    {"__subclasshook__", m_subclasshook, METH_KEYWORDS | METH_CLASS},
    {"__getstate__", m_getstate, 0},
    {"__reduce_ex__", m_reduce_ex, 0},
    {"__reduce__", m_reduce, 0},
    {"__sizeof__", m_sizeof, 0},
    {"__dir__", m_dir, 0},
    {NULL, NULL, 0}};


static bool add_keys(CoilVM *vm, CoilValue seen, CoilValue d)
{
    size_t pos = 0;
    CoilValue k, v;
    if (value_is_dict(vm, d))
        while (dict_next(value_as_dict(d), &pos, &k, &v))
            if (dict_set(vm, value_as_dict(seen), k, VAL_NONE) < 0) return false;
    return true;
}

static bool add_mro_keys(CoilVM *vm, CoilValue seen, CoilType *t)
{
    CoilTuple *mro = value_as_tuple(t->mro);
    for (size_t i = 0; i < mro->len; i++)
        if (!add_keys(vm, seen, ((CoilType *)value_as_object(mro->items[i]))->dict)) return false;
    return true;
}

CoilValue object_dir(CoilVM *vm, CoilValue obj)
{
    GC_SAVE(vm);
    CoilValue seen = dict_new(vm);
    if (value_is_error(seen)) return seen;
    GC_ROOT(vm, seen);
    bool ok;
    CoilType *t = vm_typeof(vm, obj);
    if (t->flags & TYPE_TYPE_SUBCLASS) {
        /* type.__dir__: the class and its bases, not the metaclass. */
        ok = add_mro_keys(vm, seen, (CoilType *)value_as_object(obj));
    } else if (t == vm->t_module) {
        ok = add_keys(vm, seen, object_dict(vm, obj, false));
        CoilValue d = vm_getattr(vm, obj, vm->names.__dict__);
        if (value_is_error(d)) vm_take_exception(vm);
        else ok = ok && add_keys(vm, seen, d);
    } else {
        ok = add_keys(vm, seen, object_dict(vm, obj, false)) && add_mro_keys(vm, seen, t);
    }
    if (!ok) return GC_RESTORE(vm), VAL_ERROR;
    CoilValue out = list_new(vm, value_as_dict(seen)->used);
    if (value_is_error(out)) return GC_RESTORE(vm), out;
    GC_ROOT(vm, out);
    size_t pos = 0;
    CoilValue k, v;
    while (dict_next(value_as_dict(seen), &pos, &k, &v))
        if (!list_append(vm, value_as_list(out), k)) return GC_RESTORE(vm), VAL_ERROR;
    if (!list_sort(vm, value_as_list(out), VAL_NONE, false)) return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return out;
}

static CoilValue m_dir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return object_dir(vm, args[0]);
}

static CoilValue g_class(CoilVM *vm, CoilValue self) { return value_from_object(vm_typeof(vm, self)); }

static CoilValue g_dict(CoilVM *vm, CoilValue self)
{
    CoilValue d = object_dict(vm, self, true);
    if (d == VAL_EMPTY)
        return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '__dict__'", value_type_name(vm, self));
    return d;
}

static int s_dict(CoilVM *vm, CoilValue self, CoilValue v)
{
    CoilType *t = vm_typeof(vm, self);
    if (!t->dict_offset) {
        vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '__dict__'", t->name);
        return -1;
    }
    if (!value_is_dict(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "__dict__ must be set to a dictionary, not a '%s'", value_type_name(vm, v));
        return -1;
    }
    *object_dict_slot(value_as_object(self)) = v;
    return 0;
}

static CoilValue g_weakref(CoilVM *vm, CoilValue self) { return weakref_first(vm, self); }

/* obj.__class__ = C: only between classes (not built-ins) whose instances
 * have the same layout, as CPython's object_set_class allows. */
static int s_class(CoilVM *vm, CoilValue self, CoilValue v)
{
    if (v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!value_is_object(v) || !(value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS)) {
        vm_raise(vm, vm->e_TypeError, "__class__ must be set to a class, not '%s' object", value_type_name(vm, v));
        return -1;
    }
    CoilType *old = vm_typeof(vm, self), *new = (CoilType *)value_as_object(v);
    if (!value_is_object(self) || !(old->flags & TYPE_HEAPTYPE) || !(new->flags & TYPE_HEAPTYPE)) {
        vm_raise(vm, vm->e_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    CoilType *ob = old, *nb = new;
    while (ob->flags & TYPE_HEAPTYPE) ob = ob->base;
    while (nb->flags & TYPE_HEAPTYPE) nb = nb->base;
    if (ob != nb || old->instance_size != new->instance_size || old->dict_offset != new->dict_offset) {
        vm_raise(vm, vm->e_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", new->name, old->name);
        return -1;
    }
    /* Inline values are named by the old class's keys: the new class
     * sees them through a dict. */
    CoilInstance *inst = (CoilInstance *)(void *)value_as_object(self);
    if ((old->flags & TYPE_INLINE_ATTRS) && inst_is_inline(inst->dict) && inst_inline_n(inst->dict) &&
        value_is_error(instance_to_dict(vm, value_as_object(self))))
        return -1;
    value_as_object(self)->type = new;
    return 0;
}

static const CoilGetSetDef object_getsets[] = {{"__class__", g_class, s_class}, {NULL, NULL, NULL}};

/* The descriptors a class that adds an instance dict gets (CPython's
 * subtype_getsets): __dict__ and __weakref__. */
const CoilGetSetDef class_dict_getsets[] = {{"__dict__", g_dict, s_dict}, {NULL, NULL, NULL}};
const CoilGetSetDef class_weakref_getsets[] = {{"__weakref__", g_weakref, NULL}, {NULL, NULL, NULL}};

void object_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_object;
    t->base = NULL;
    t->flags |= TYPE_BASETYPE;
    t->instance_size = sizeof(CoilObject); /* heap classes put their dict right after */
    t->repr = object_repr;
    t->str = object_str;
    t->hash = object_hash;
    t->compare = object_compare;
    t->getattr = object_getattr;
    t->setattr = object_generic_setattr;
    t->new_ = object_new;
    t->init = object_init;
    type_add_methods(vm, t, object_methods);
    type_add_getsets(vm, t, object_getsets);
    type_set_attr_str(vm, t, "__doc__", VAL_NONE);
}
