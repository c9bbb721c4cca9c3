/* type.c — type objects: bootstrapping the built-in types, MRO lookup, the
 * generic attribute protocol shared by every object, method tables, and the
 * slots of `type` itself (repr, call, class attribute access). */
#include <stdio.h>

#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/union_type.h"

static bool add_new_wrappers(CoilVM *vm);
bool slot_wrappers_add(CoilVM *vm, CoilType *t);
void slot_wrappers_init_type(CoilVM *vm);

/* The per-module slot initialisers, run once the type objects exist. */
void object_init_type(CoilVM *vm);
void type_init_type_slots(CoilVM *vm);
void float_init_type(CoilVM *vm);
void complex_init_type(CoilVM *vm);
void singletons_init_types(CoilVM *vm);
void range_init_type(CoilVM *vm);
void slice_init_type(CoilVM *vm);
void module_init_type(CoilVM *vm);
void iter_init_types(CoilVM *vm);
void bytes_init_type(CoilVM *vm);
void class_init_types(CoilVM *vm);
void gen_init_types(CoilVM *vm);
void generic_alias_init_type(CoilVM *vm);
void frameobj_init_type(CoilVM *vm);

static void type_trace(CoilVM *vm, CoilObject *o)
{
    CoilType *t = (CoilType *)o;
    gc_mark_object(vm, (CoilObject *)t->name_str);
    gc_mark_object(vm, (CoilObject *)t->qualname);
    gc_mark_object(vm, (CoilObject *)t->base);
    gc_mark_value(vm, t->bases);
    gc_mark_value(vm, t->mro);
    gc_mark_value(vm, t->dict);
    for (uint32_t i = 0; i < t->nikeys; i++) gc_mark_object(vm, &t->ikeys[i]->obj);
}

/* Records t as a subclass of each of its bases (type.__subclasses__). */
bool type_register_subclass(CoilVM *vm, CoilType *t)
{
    if (!value_is_object(t->bases)) return true;
    CoilTuple *bt = value_as_tuple(t->bases);
    for (size_t i = 0; i < bt->len; i++) {
        CoilType *b = (CoilType *)value_as_object(bt->items[i]);
        if (b->nsubclasses == b->capsubclasses) {
            uint32_t cap = b->capsubclasses ? b->capsubclasses * 2 : 4;
            CoilType **a = vm_mem_realloc(vm, b->subclasses, b->capsubclasses * sizeof *a, cap * sizeof *a);
            if (!a) return false;
            b->subclasses = a;
            b->capsubclasses = cap;
        }
        b->subclasses[b->nsubclasses++] = t;
    }
    return true;
}

static void type_unregister_subclass(CoilVM *vm, CoilType *t)
{
    if (!value_is_object(t->bases)) return;
    CoilTuple *bt = value_as_tuple(t->bases);
    for (size_t i = 0; i < bt->len; i++) {
        CoilType *b = (CoilType *)value_as_object(bt->items[i]);
        for (uint32_t k = 0; k < b->nsubclasses; k++)
            if (b->subclasses[k] == t) {
                memmove(b->subclasses + k, b->subclasses + k + 1, (b->nsubclasses - k - 1) * sizeof *b->subclasses);
                b->nsubclasses--;
                break;
            }
    }
    (void)vm;
}

static void type_finalize(CoilVM *vm, CoilObject *o)
{
    vm->type_epoch++; /* its address may be reused by a new class */
    CoilType *t = (CoilType *)o;
    /* A dying base may already be finalized (its array gone): then it has
     * no entries left to remove. */
    type_unregister_subclass(vm, t);
    if (t->subclasses) vm_mem_free(vm, t->subclasses, t->capsubclasses * sizeof *t->subclasses);
    t->subclasses = NULL;
    t->nsubclasses = t->capsubclasses = 0;
    if (t->ikeys) vm_mem_free(vm, t->ikeys, t->capikeys * sizeof *t->ikeys);
    t->ikeys = NULL;
    t->nikeys = t->capikeys = 0;
    /* Heap classes own a copy of their name. */
    if ((t->flags & TYPE_HEAPTYPE) && t->name) vm_mem_free(vm, (char *)t->name, strlen(t->name) + 1);
    t->name = NULL;
}

static CoilType *type_alloc(CoilVM *vm, const char *name)
{
    CoilType *t = gc_alloc_object(vm, vm->t_type, sizeof(CoilType));
    if (!t) return NULL;
    t->name = name;
    t->instance_size = sizeof(CoilObject);
    t->module_name = "builtins";
    t->bases = VAL_EMPTY;
    t->mro = VAL_EMPTY;
    t->dict = VAL_EMPTY;
    return t;
}

static bool compute_builtin_mro(CoilVM *vm, CoilType *t)
{
    size_t n = 0;
    for (CoilType *b = t; b; b = b->base) n++;
    CoilValue mro = tuple_new(vm, n);
    if (value_is_error(mro)) return false;
    size_t i = 0;
    for (CoilType *b = t; b; b = b->base) value_as_tuple(mro)->items[i++] = value_from_object(b);
    t->mro = mro;
    vm->type_epoch++;
    if (t->base) {
        CoilValue bases = tuple_new(vm, 1);
        if (value_is_error(bases)) return false;
        value_as_tuple(bases)->items[0] = value_from_object(t->base);
        t->bases = bases;
    } else {
        t->bases = tuple_empty(vm);
    }
    return true;
}

static bool type_finish_names(CoilVM *vm, CoilType *t)
{
    if (!t->name_str && !(t->name_str = str_intern_cstr(vm, t->name))) return false;
    if (!t->qualname) t->qualname = t->name_str;
    if (!value_is_object(t->dict)) {
        CoilValue d = dict_new(vm);
        if (value_is_error(d)) return false;
        t->dict = d;
    }
    return true;
}

CoilType *type_new_builtin(CoilVM *vm, const char *name, CoilType *base, size_t instance_size,
                           uint32_t flags)
{
    CoilType *t = type_alloc(vm, name);
    if (!t) return NULL;
    GC_ROOT_OBJ(vm, t);
    t->base = base;
    t->instance_size = (uint32_t)instance_size;
    t->flags = flags;
    t->trace = NULL;
    bool ok = type_finish_names(vm, t) && compute_builtin_mro(vm, t);
    GC_UNROOT(vm, 1);
    if (!ok) return NULL;
    /* Inherit what the creator does not override; creators set their own
     * slots afterwards, so inheriting first is harmless. */
    if (base) type_inherit_slots(t);
    return t;
}

void type_inherit_slots(CoilType *t)
{
    CoilType *b = t->base;
    if (!b) return;
#define INHERIT(f) \
    if (!t->f) t->f = b->f;
    INHERIT(trace) INHERIT(finalize) INHERIT(obj_size)
    INHERIT(repr) INHERIT(str) INHERIT(hash) INHERIT(bool_) INHERIT(len) INHERIT(compare)
    INHERIT(format) INHERIT(getattr) INHERIT(setattr) INHERIT(call) INHERIT(descr_get)
    INHERIT(descr_set) INHERIT(new_) INHERIT(init)
    INHERIT(neg) INHERIT(pos) INHERIT(abs) INHERIT(invert) INHERIT(index) INHERIT(int_)
    INHERIT(float_) INHERIT(getitem) INHERIT(setitem) INHERIT(contains) INHERIT(iter)
    INHERIT(next) INHERIT(await) INHERIT(aiter) INHERIT(anext) INHERIT(aenter) INHERIT(aexit)
    INHERIT(enter) INHERIT(exit)
#undef INHERIT
    for (int i = 0; i < BIN__COUNT; i++) {
        if (!t->binary[i]) t->binary[i] = b->binary[i];
        if (!t->inplace[i]) t->inplace[i] = b->inplace[i];
    }
    if (!t->dict_offset) t->dict_offset = b->dict_offset;
    if (t->instance_size < b->instance_size) t->instance_size = b->instance_size;
    t->flags |= b->flags & (TYPE_EXCEPTION | TYPE_INT_SUBCLASS | TYPE_STR_SUBCLASS |
                            TYPE_TUPLE_SUBCLASS | TYPE_LIST_SUBCLASS | TYPE_DICT_SUBCLASS |
                            TYPE_TYPE_SUBCLASS);
}

/* Built-in types at init: a base's own inheritance happens before its
 * subclass copies from it. */
static void inherit_with_bases(CoilType *t)
{
    if (t->base) inherit_with_bases(t->base);
    type_inherit_slots(t);
}

#define TYPE_PTR(n) &vm->t_##n,
#define EXC_PTR(n, b) &vm->e_##n,
#define ALL_TYPE_PTRS(var) CoilType **var[] = {COIL_BUILTIN_TYPES(TYPE_PTR)}
#define ALL_EXC_PTRS(var) CoilType **var[] = {COIL_BUILTIN_EXCEPTIONS(EXC_PTR)}
#define COUNT(a) (sizeof(a) / sizeof *(a))

bool type_init_builtins(CoilVM *vm)
{
    ALL_TYPE_PTRS(types);
    ALL_EXC_PTRS(excs);
    /* `type` is its own type; every other type object is an instance of it. */
    CoilType *tt = gc_alloc_object(vm, NULL, sizeof(CoilType));
    if (!tt) return false;
    tt->obj.type = tt;
    vm->t_type = tt;
    tt->name = "type";
    tt->module_name = "builtins";
    tt->bases = tt->mro = tt->dict = VAL_EMPTY;
#define ALLOC_TYPE(n) \
    if (!vm->t_##n && !(vm->t_##n = type_alloc(vm, #n))) return false;
    COIL_BUILTIN_TYPES(ALLOC_TYPE)
#undef ALLOC_TYPE
    vm->t_builtin_function_or_method->name = "builtin_function_or_method";
    vm->t_NotImplementedType->name = "NotImplementedType";
    for (size_t i = 0; i < COUNT(types); i++)
        if (*types[i] != vm->t_object) (*types[i])->base = vm->t_object;
    vm->t_type->instance_size = sizeof(CoilType);
    vm->t_type->flags = TYPE_TYPE_SUBCLASS | TYPE_BASETYPE;
    vm->t_type->trace = type_trace;
    vm->t_type->finalize = type_finalize;
#define ALLOC_EXC(n, b) \
    if (!(vm->e_##n = type_alloc(vm, #n))) return false;
    COIL_BUILTIN_EXCEPTIONS(ALLOC_EXC)
#undef ALLOC_EXC
#define EXC_BASE(n, b) vm->e_##n->base = vm->e_##b ? vm->e_##b : vm->t_object;
#define e_object t_object
    COIL_BUILTIN_EXCEPTIONS(EXC_BASE)
#undef e_object
#undef EXC_BASE

    /* Names need interned strings, which need the str type's size hook. */
    if (!str_init_names(vm)) return false;
    for (size_t i = 0; i < COUNT(types); i++)
        if (!type_finish_names(vm, *types[i])) return false;
    for (size_t i = 0; i < COUNT(excs); i++)
        if (!type_finish_names(vm, *excs[i])) return false;
    vm->empty_tuple = VAL_EMPTY;
    vm->empty_tuple = tuple_new(vm, 0);
    if (value_is_error(vm->empty_tuple)) return false;
    /* Descriptor types first: every method table and getset needs them. */
    vm->t_method_descriptor = type_new_builtin(vm, "method_descriptor", vm->t_object, sizeof(CoilBuiltin), 0);
    vm->t_classmethod_descriptor = type_new_builtin(vm, "classmethod_descriptor", vm->t_object, sizeof(CoilBuiltin), 0);
    vm->t_getset_descriptor = type_new_builtin(vm, "getset_descriptor", vm->t_object, sizeof(CoilGetSet), 0);
    vm->t_wrapper_descriptor = type_new_builtin(vm, "wrapper_descriptor", vm->t_object, sizeof(CoilObject) + 24, 0);
    if (!vm->t_method_descriptor || !vm->t_classmethod_descriptor || !vm->t_getset_descriptor ||
        !vm->t_wrapper_descriptor)
        return false;

    object_init_type(vm);
    type_init_type_slots(vm);
    str_init_types(vm);
    int_init_type(vm);
    float_init_type(vm);
    complex_init_type(vm);
    singletons_init_types(vm);
    tuple_init_type(vm);
    list_init_type(vm);
    dict_init_type(vm);
    set_init_type(vm);
    range_init_type(vm);
    slice_init_type(vm);
    func_init_types(vm);
    module_init_type(vm);
    iter_init_types(vm);
    bytes_init_type(vm);
    class_init_types(vm);
    gen_init_types(vm);
    generic_alias_init_type(vm);
    union_type_init_type(vm);
    frameobj_init_type(vm);
    exc_init_types(vm);
    if (vm_has_exception(vm)) return false;

    /* bool is listed before its base int: give int object's slots first,
     * or bool would copy int's still-empty ones (True.bit_length crashed). */
    type_inherit_slots(vm->t_int);
    for (size_t i = 0; i < COUNT(types); i++) {
        /* The bases first: bool may come before int here, and must not copy
         * int's still-empty slots (True.x crashed on a NULL getattr).  Only
         * empty slots are filled, so inheriting a base twice is harmless. */
        inherit_with_bases(*types[i]);
        if (!compute_builtin_mro(vm, *types[i])) return false;
    }
    /* bool is listed before its base int: inherit again now that int has
     * its own inherited slots (getattr, setattr...). */
    for (size_t i = 0; i < COUNT(types); i++) type_inherit_slots(*types[i]);
    for (size_t i = 0; i < COUNT(excs); i++) {
        type_inherit_slots(*excs[i]);
        if (!compute_builtin_mro(vm, *excs[i])) return false;
    }
    if (!add_new_wrappers(vm)) return false;
    slot_wrappers_init_type(vm);
    for (size_t i = 0; i < COUNT(types); i++)
        if (!slot_wrappers_add(vm, *types[i])) return false;
    for (size_t i = 0; i < COUNT(excs); i++)
        if (!slot_wrappers_add(vm, *excs[i])) return false;
    /* The extra types (iterators, views, descriptors) get their dunder
     * entries too (it.__next__(), view.__len__()...). */
#define WRAP_EXTRA(n) \
    if (vm->t_##n && !slot_wrappers_add(vm, vm->t_##n)) return false;
    COIL_EXTRA_TYPES(WRAP_EXTRA)
#undef WRAP_EXTRA
    /* Unhashable built-ins say so in their namespace (collections.abc.Hashable reads it). */
    CoilType *unhashable[5] = {vm->t_list, vm->t_dict, vm->t_set, vm->t_dict_keys, vm->t_dict_items};
    for (size_t i = 0; i < 5; i++)
        if (!type_set_attr_str(vm, unhashable[i], "__hash__", VAL_NONE)) return false;
    /* The built-in hierarchy as __subclasses__ reports it. */
    for (size_t i = 0; i < COUNT(types); i++)
        if (!type_register_subclass(vm, *types[i])) return false;
    for (size_t i = 0; i < COUNT(excs); i++)
        if (!type_register_subclass(vm, *excs[i])) return false;
#define INHERIT_EXTRA(n) \
    if (vm->t_##n) type_inherit_slots(vm->t_##n);
    COIL_EXTRA_TYPES(INHERIT_EXTRA)
#undef INHERIT_EXTRA
    return true;
}

/* --- lookup --------------------------------------------------------------------- */

bool type_is_subtype(const CoilType *t, const CoilType *base)
{
    if (t == base) return true;
    if (value_is_object(t->mro)) {
        const CoilTuple *m = (const CoilTuple *)value_as_object(t->mro);
        for (size_t i = 0; i < m->len; i++)
            if (value_as_object(m->items[i]) == (const CoilObject *)base) return true;
        return false;
    }
    for (const CoilType *b = t->base; b; b = b->base)
        if (b == base) return true;
    return false;
}

static CoilValue type_lookup_uncached(CoilVM *vm, CoilType *t, CoilString *name)
{
    if (!value_is_object(t->mro)) {
        for (CoilType *b = t; b; b = b->base) {
            CoilValue v = dict_get_str(vm, value_as_dict(b->dict), name);
            if (v != VAL_EMPTY) return v;
        }
        return VAL_EMPTY;
    }
    CoilTuple *m = value_as_tuple(t->mro);
    for (size_t i = 0; i < m->len; i++) {
        CoilType *b = (CoilType *)value_as_object(m->items[i]);
        CoilValue v = dict_get_str(vm, value_as_dict(b->dict), name);
        if (v != VAL_EMPTY) return v;
    }
    return VAL_EMPTY;
}

CoilValue type_lookup(CoilVM *vm, CoilType *t, CoilString *name)
{
    if (!name->interned) return type_lookup_uncached(vm, t, name);
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 2654435761u) & (COIL_METHOD_CACHE_SIZE - 1);
    CoilMethodCacheEntry *e = &vm->mcache[h];
    if (e->type == t && e->name == name && e->epoch == vm->type_epoch) return e->value;
    CoilValue v = type_lookup_uncached(vm, t, name);
    e->type = t;
    e->name = name;
    e->value = v;
    e->epoch = vm->type_epoch;
    return v;
}

void type_modified(CoilVM *vm) { vm->type_epoch++; }

const char *value_type_name(CoilVM *vm, CoilValue v) { return vm_typeof(vm, v)->name; }

const char *value_arg_type_name(CoilVM *vm, CoilValue v)
{
    return v == VAL_NONE ? "None" : vm_typeof(vm, v)->name;
}

CoilType *vm_type_of(CoilVM *vm, CoilValue v) { return vm_typeof(vm, v); }

/* --- generic attributes --------------------------------------------------------- */

/* The built-in ancestor that fixes an object's layout. */
static CoilType *layout_base(CoilType *t)
{
    while (t->flags & TYPE_HEAPTYPE) t = t->base;
    return t;
}

static size_t varsize_body(const CoilObject *o)
{
    return (layout_base(o->type)->obj_size(o) + 7) & ~(size_t)7;
}

size_t object_varsize_size(const CoilObject *o) { return varsize_body(o) + sizeof(CoilValue); }

CoilValue *object_dict_slot(CoilObject *o)
{
    uint32_t off = o->type->dict_offset;
    if (off == TYPE_DICT_AT_END) return (CoilValue *)(void *)((char *)o + varsize_body(o));
    return (CoilValue *)(void *)((char *)o + off);
}

/* --- inline attributes (type.h) ---------------------------------------------------- */

CoilValue *instance_inline_find(CoilObject *o, CoilValue slot, CoilString *name)
{
    uint32_t n = inst_inline_n(slot);
    CoilString **keys = o->type->ikeys;
    for (uint32_t i = 0; i < n; i++)
        if (keys[i] == name) return &inst_inline_vals(o)[i];
    /* Keys are interned: only a name that is not needs comparing by text. */
    if (!name->interned)
        for (uint32_t i = 0; i < n; i++)
            if (str_eq(keys[i], name)) return &inst_inline_vals(o)[i];
    return NULL;
}

void instance_inline_trace(CoilVM *vm, CoilObject *o)
{
    CoilValue slot = ((CoilInstance *)(void *)o)->dict;
    if (inst_is_inline(slot)) gc_mark_values(vm, inst_inline_vals(o), inst_inline_n(slot));
}

CoilValue instance_to_dict(CoilVM *vm, CoilObject *o)
{
    CoilInstance *inst = (CoilInstance *)(void *)o;
    if (!inst_is_inline(inst->dict)) return inst->dict;
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, o); /* its inline values stay traced until the switch */
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return GC_RESTORE(vm), d;
    GC_ROOT(vm, d);
    uint32_t n = inst_inline_n(inst->dict);
    for (uint32_t i = 0; i < n; i++)
        if (dict_set_str(vm, value_as_dict(d), o->type->ikeys[i], inst_inline_vals(o)[i]) < 0)
            return GC_RESTORE(vm), VAL_ERROR;
    inst->dict = d;
    GC_RESTORE(vm);
    return d;
}

/* Appends name to t's inline keys; false when full or out of memory (then
 * the caller simply goes to dict mode: no error). */
static bool ikeys_append(CoilVM *vm, CoilType *t, CoilString *name)
{
    if (t->nikeys >= INST_INLINE_MAX) return false;
    if (t->nikeys == t->capikeys) {
        uint32_t cap = t->capikeys ? t->capikeys * 2 : 4;
        if (cap > INST_INLINE_MAX) cap = INST_INLINE_MAX;
        GC_ROOT_OBJ(vm, name);
        CoilString **k = vm_mem_realloc(vm, t->ikeys, t->capikeys * sizeof *k, cap * sizeof *k);
        GC_UNROOT(vm, 1);
        if (!k) {
            (void)vm_take_exception(vm);
            return false;
        }
        t->ikeys = k;
        t->capikeys = cap;
    }
    t->ikeys[t->nikeys++] = name;
    return true;
}

int instance_inline_set(CoilVM *vm, CoilObject *o, CoilString *name, CoilValue value)
{
    CoilInstance *inst = (CoilInstance *)(void *)o;
    CoilValue slot = inst->dict;
    CoilValue *p = instance_inline_find(o, slot, name);
    if (p) {
        *p = value;
        return 1;
    }
    CoilType *t = o->type;
    uint32_t n = inst_inline_n(slot), cap = inst_inline_cap(slot);
    if (!name->interned && name->obj.type == vm->t_str) {
        /* A computed name (setattr(o, "a%d" % i, v)): interned, as CPython
         * interns attribute names it stores. */
        GC_ROOT_OBJ(vm, o);
        GC_ROOT(vm, value);
        CoilString *in = str_intern_obj(vm, name);
        GC_UNROOT(vm, 2);
        if (in) name = in;
        else (void)vm_take_exception(vm);
    }
    if (name->interned && name->obj.type == vm->t_str) {
        /* The next key of the class's sequence, or a new key at its end. */
        bool next = n < t->nikeys && t->ikeys[n] == name;
        if (!next && n == t->nikeys) {
            GC_ROOT_OBJ(vm, o);
            GC_ROOT(vm, value);
            next = ikeys_append(vm, t, name);
            GC_UNROOT(vm, 2);
        }
        if (next && n < cap) {
            inst_inline_vals(o)[n] = value;
            inst->dict = inst_inline_tag(n + 1, cap);
            return 1;
        }
    }
    GC_ROOT(vm, value);
    CoilValue d = instance_to_dict(vm, o);
    GC_UNROOT(vm, 1);
    return value_is_error(d) ? -1 : 0;
}

CoilValue object_dict(CoilVM *vm, CoilValue obj, bool create)
{
    if (!value_is_object(obj)) return VAL_EMPTY;
    CoilObject *o = value_as_object(obj);
    uint32_t off = o->type->dict_offset;
    if (!off) return VAL_EMPTY;
    CoilValue *slot = object_dict_slot(o);
    if (value_is_object(*slot)) return *slot;
    /* Whoever asks for the dict gets the real one from now on. */
    if (inst_is_inline(*slot) && (create || inst_inline_n(*slot))) return instance_to_dict(vm, o);
    if (!create) return VAL_EMPTY;
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return VAL_ERROR;
    *slot = d;
    return d;
}

CoilValue object_generic_getattr(CoilVM *vm, CoilValue obj, CoilString *name, bool missing_ok)
{
    CoilType *t = vm_typeof(vm, obj);
    CoilValue attr = type_lookup(vm, t, name);
    CoilType *at = NULL;
    if (attr != VAL_EMPTY) {
        at = vm_typeof(vm, attr);
        if (at->descr_get && at->descr_set) return at->descr_get(vm, attr, obj, value_from_object(t));
    }
    if ((t->flags & TYPE_INLINE_ATTRS) && inst_is_inline(((CoilInstance *)value_as_object(obj))->dict)) {
        CoilObject *o = value_as_object(obj);
        CoilValue *p = instance_inline_find(o, ((CoilInstance *)(void *)o)->dict, name);
        if (p) return *p;
    } else if (t->dict_offset) {
        CoilValue d = object_dict(vm, obj, false);
        if (value_is_object(d)) {
            CoilValue v = dict_get_str(vm, value_as_dict(d), name);
            if (v != VAL_EMPTY) return v;
        }
    }
    if (attr != VAL_EMPTY) {
        if (at->descr_get) return at->descr_get(vm, attr, obj, value_from_object(t));
        return attr;
    }
    if (missing_ok) return VAL_EMPTY;
    return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
}

int object_generic_setattr(CoilVM *vm, CoilValue obj, CoilString *name, CoilValue value)
{
    CoilType *t = vm_typeof(vm, obj);
    CoilValue attr = type_lookup(vm, t, name);
    if (attr != VAL_EMPTY) {
        CoilType *at = vm_typeof(vm, attr);
        if (at->descr_set) return at->descr_set(vm, attr, obj, value);
    }
    if (!t->dict_offset) {
        if (attr == VAL_EMPTY)
            vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        else
            vm_raise(vm, vm->e_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                     name->data);
        return -1;
    }
    if ((t->flags & TYPE_INLINE_ATTRS) && inst_is_inline(((CoilInstance *)value_as_object(obj))->dict)) {
        CoilObject *o = value_as_object(obj);
        if (value != VAL_EMPTY) {
            int r = instance_inline_set(vm, o, name, value);
            if (r != 0) return r < 0 ? -1 : 0;
        } else if (!instance_inline_find(o, ((CoilInstance *)(void *)o)->dict, name)) {
            vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
            return -1;
        } else if (value_is_error(instance_to_dict(vm, o))) {
            return -1;
        }
    }
    CoilValue d = object_dict(vm, obj, value != VAL_EMPTY);
    if (value_is_error(d)) return -1;
    if (value == VAL_EMPTY) {
        int r = value_is_object(d) ? dict_del(vm, value_as_dict(d), value_from_object(name), NULL) : 0;
        if (r == 0)
            vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
        return r > 0 ? 0 : -1;
    }
    return dict_set_str(vm, value_as_dict(d), name, value);
}

CoilValue object_default_repr(CoilVM *vm, CoilValue self)
{
    CoilType *t = vm_typeof(vm, self);
    CoilValue mod = VAL_EMPTY;
    if (t->flags & TYPE_HEAPTYPE) mod = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
    const void *addr = value_is_object(self) ? (const void *)value_as_object(self) : NULL;
    if (value_is_str(vm, mod) && !str_eq_cstr(value_as_str(mod), "builtins"))
        return str_format(vm, "<%s.%s object at %p>", value_as_str(mod)->data, t->qualname->data, addr);
    return str_format(vm, "<%s object at %p>", t->qualname->data, addr);
}

/* --- method tables ---------------------------------------------------------------- */

bool type_set_attr_str(CoilVM *vm, CoilType *t, const char *name, CoilValue v)
{
    vm->type_epoch++;
    /* Types are often filled right after creation: keep t alive too. */
    GC_ROOT_OBJ(vm, t);
    GC_ROOT(vm, v);
    CoilString *s = str_intern_cstr(vm, name);
    bool ok = s && dict_set_str(vm, value_as_dict(t->dict), s, v) == 0;
    GC_UNROOT(vm, 2);
    return ok;
}

bool type_add_methods(CoilVM *vm, CoilType *t, const CoilMethodDef *defs)
{
    GC_ROOT_OBJ(vm, t);
    for (; defs && defs->name; defs++) {
        CoilValue b = builtin_new(vm, defs, VAL_EMPTY, t);
        if (value_is_error(b) || !type_set_attr_str(vm, t, defs->name, b)) return GC_UNROOT(vm, 1), false;
    }
    GC_UNROOT(vm, 1);
    return true;
}

bool type_add_getsets(CoilVM *vm, CoilType *t, const CoilGetSetDef *defs)
{
    GC_ROOT_OBJ(vm, t);
    for (; defs && defs->name; defs++) {
        CoilValue g = getset_new(vm, defs, t);
        if (value_is_error(g) || !type_set_attr_str(vm, t, defs->name, g)) return GC_UNROOT(vm, 1), false;
    }
    GC_UNROOT(vm, 1);
    return true;
}

/* --- T.__new__ for built-in types ------------------------------------------------------ */

/* tuple.__new__(cls, ...) and friends: the owner's constructor slot, run for
 * the (sub)class given as the first argument. */
static CoilValue tp_new_call(CoilVM *vm, CoilType *owner, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "%s.__new__(): not enough arguments", owner->name);
    CoilValue cls = args[0];
    if (!value_is_object(cls) || !(value_as_object(cls)->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                        value_type_name(vm, cls));
    CoilType *t = (CoilType *)value_as_object(cls);
    if (!type_is_subtype(t, owner))
        return vm_raise(vm, vm->e_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name, t->name,
                        t->name, owner->name);
    return owner->new_(vm, cls, args + 1, nargs - 1, kw);
}

#define NEW_WRAPPER(field)                                                                       \
    static CoilValue new_##field(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)  \
    {                                                                                            \
        return tp_new_call(vm, vm->field, args, nargs, kw);                                      \
    }                                                                                            \
    static const CoilMethodDef new_def_##field[] = {{"__new__", new_##field, METH_KEYWORDS | METH_STATIC}, \
                                                    {NULL, NULL, 0}};
NEW_WRAPPER(t_int)
NEW_WRAPPER(t_float)
NEW_WRAPPER(t_str)
NEW_WRAPPER(t_bytes)
NEW_WRAPPER(t_bytearray)
NEW_WRAPPER(t_tuple)
NEW_WRAPPER(t_list)
NEW_WRAPPER(t_dict)
NEW_WRAPPER(t_set)
NEW_WRAPPER(t_frozenset)
NEW_WRAPPER(t_type)
NEW_WRAPPER(e_BaseException)
#undef NEW_WRAPPER

static bool add_new_wrappers(CoilVM *vm)
{
    return type_add_methods(vm, vm->t_int, new_def_t_int) && type_add_methods(vm, vm->t_float, new_def_t_float) &&
           type_add_methods(vm, vm->t_str, new_def_t_str) && type_add_methods(vm, vm->t_tuple, new_def_t_tuple) &&
           type_add_methods(vm, vm->t_bytes, new_def_t_bytes) &&
           type_add_methods(vm, vm->t_bytearray, new_def_t_bytearray) &&
           type_add_methods(vm, vm->t_list, new_def_t_list) && type_add_methods(vm, vm->t_dict, new_def_t_dict) &&
           type_add_methods(vm, vm->t_set, new_def_t_set) &&
           type_add_methods(vm, vm->t_frozenset, new_def_t_frozenset) &&
           type_add_methods(vm, vm->t_type, new_def_t_type) &&
           type_add_methods(vm, vm->e_BaseException, new_def_e_BaseException);
}

/* --- the `type` type's slots -------------------------------------------------------- */

static CoilValue type_repr(CoilVM *vm, CoilValue self)
{
    CoilType *t = (CoilType *)value_as_object(self);
    if (t->flags & TYPE_HEAPTYPE) {
        CoilValue mod = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
        if (value_is_str(vm, mod) && !str_eq_cstr(value_as_str(mod), "builtins"))
            return str_format(vm, "<class '%s.%s'>", value_as_str(mod)->data, t->qualname->data);
    }
    if (t->module_name && strcmp(t->module_name, "builtins") != 0) /* types of native modules */
        return str_format(vm, "<class '%s.%s'>", t->module_name, t->qualname->data);
    return str_format(vm, "<class '%s'>", t->qualname->data);
}

static int type_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    uint64_t p = (uint64_t)(uintptr_t)value_as_object(self);
    *out = (int64_t)(p >> 4 | p << 60);
    if (*out == -1) *out = -2;
    return 0;
}

static CoilValue type_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                           CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    size_t nkw = value_is_object(kwnames) ? value_as_tuple(kwnames)->len : 0;
    if (t == vm->t_type && nargs == 1 && nkw == 0) return value_from_object(vm_typeof(vm, args[0]));
    if (!t->new_)
        return vm_raise(vm, vm->e_TypeError, "cannot create '%s' instances", t->name);
    CoilValue obj = t->new_(vm, callee, args, nargs, kwnames);
    if (value_is_error(obj)) return obj;
    CoilType *ot = vm_typeof(vm, obj);
    if (t->init && type_is_subtype(ot, t)) {
        GC_ROOT(vm, obj);
        CoilValue r = t->init(vm, obj, args, nargs, kwnames);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return r;
        if (r != VAL_NONE)
            return vm_raise(vm, vm->e_TypeError, "__init__() should return None, not '%s'",
                            value_type_name(vm, r));
    }
    return obj;
}

CoilValue type_getattr_generic(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilType *t = (CoilType *)value_as_object(self);
    CoilType *meta = vm_typeof(vm, self);
    CoilValue mattr = type_lookup(vm, meta, name);
    CoilType *mt = NULL;
    if (mattr != VAL_EMPTY) {
        mt = vm_typeof(vm, mattr);
        if (mt->descr_get && mt->descr_set) return mt->descr_get(vm, mattr, self, value_from_object(meta));
    }
    CoilValue attr = type_lookup(vm, t, name);
    if (attr != VAL_EMPTY) {
        CoilType *at = vm_typeof(vm, attr);
        if (at->descr_get) return at->descr_get(vm, attr, VAL_EMPTY, self);
        return attr;
    }
    if (mattr != VAL_EMPTY) {
        if (mt->descr_get) return mt->descr_get(vm, mattr, self, value_from_object(meta));
        return mattr;
    }
    return vm_raise(vm, vm->e_AttributeError, "type object '%s' has no attribute '%s'",
                    t->qualname->data, name->data);
}

int type_setattr_generic(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value)
{
    CoilType *t = (CoilType *)value_as_object(self);
    if (!(t->flags & TYPE_HEAPTYPE)) {
        vm_raise(vm, vm->e_TypeError,
                 "cannot set '%s' attribute of immutable type '%s'", name->data, t->name);
        return -1;
    }
    CoilValue mattr = type_lookup(vm, vm_typeof(vm, self), name);
    if (mattr != VAL_EMPTY && vm_typeof(vm, mattr)->descr_set)
        return vm_typeof(vm, mattr)->descr_set(vm, mattr, self, value);
    int r;
    vm->type_epoch++;
    if (value == VAL_EMPTY) {
        r = dict_del(vm, value_as_dict(t->dict), value_from_object(name), NULL);
        if (r == 0) {
            vm_raise(vm, vm->e_AttributeError, "type object '%s' has no attribute '%s'", t->name,
                     name->data);
            return -1;
        }
        r = r > 0 ? 0 : -1;
    } else {
        r = dict_set_str(vm, value_as_dict(t->dict), name, value);
    }
    if (r == 0 && name->len > 4 && name->data[0] == '_' && name->data[1] == '_')
        type_update_slot(vm, t, name);
    return r;
}

static CoilValue type_get_name(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((CoilType *)value_as_object(self))->name_str);
}
static CoilValue type_get_qualname(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_object(((CoilType *)value_as_object(self))->qualname);
}
static int type_set_names(CoilVM *vm, CoilValue self, CoilValue v, bool qual)
{
    CoilType *t = (CoilType *)value_as_object(self);
    const char *which = qual ? "__qualname__" : "__name__";
    if (v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "cannot delete '%s' attribute of immutable type '%s'", which, t->name);
        return -1;
    }
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "can only assign string to %s.%s, not '%s'", t->name, which,
                 value_type_name(vm, v));
        return -1;
    }
    CoilString *s = value_as_str(v);
    if (qual) {
        t->qualname = s;
        return 0;
    }
    if (strlen(s->data) != s->len) {
        vm_raise(vm, vm->e_ValueError, "type name must not contain null characters");
        return -1;
    }
    CoilString *in = str_intern_obj(vm, s);
    if (!in) return -1;
    char *cname = vm_mem_alloc(vm, s->len + 1);
    if (!cname) return -1;
    memcpy(cname, s->data, s->len + 1);
    vm_mem_free(vm, (char *)t->name, strlen(t->name) + 1);
    t->name = cname;
    t->name_str = in;
    return 0;
}
static int type_set_name(CoilVM *vm, CoilValue self, CoilValue v) { return type_set_names(vm, self, v, false); }
static int type_set_qualname(CoilVM *vm, CoilValue self, CoilValue v) { return type_set_names(vm, self, v, true); }
static CoilValue type_get_module(CoilVM *vm, CoilValue self)
{
    CoilType *t = (CoilType *)value_as_object(self);
    /* A built-in type's dict may hold its instances' __module__ descriptor. */
    if (t->flags & TYPE_HEAPTYPE) {
        CoilValue m = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
        if (m != VAL_EMPTY) return m;
    }
    return str_from_cstr(vm, t->module_name ? t->module_name : "builtins");
}
/* __module__ and __doc__ of a class live in its namespace. */
static int type_set_in_dict(CoilVM *vm, CoilValue self, CoilString *name, CoilValue v)
{
    CoilType *t = (CoilType *)value_as_object(self);
    if (!(t->flags & TYPE_HEAPTYPE) || v == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError, "cannot %s '%s' attribute of immutable type '%s'",
                 v == VAL_EMPTY ? "delete" : "set", name->data, t->name);
        return -1;
    }
    vm->type_epoch++;
    return dict_set_str(vm, value_as_dict(t->dict), name, v);
}
static int type_set_module(CoilVM *vm, CoilValue self, CoilValue v)
{
    return type_set_in_dict(vm, self, vm->names.__module__, v);
}
static int type_set_doc(CoilVM *vm, CoilValue self, CoilValue v)
{
    return type_set_in_dict(vm, self, vm->names.__doc__, v);
}
/* __abstractmethods__ lives in the class dict (type itself has none); a
 * non-empty value marks the class abstract for object.__new__. */
static CoilValue type_get_abstract(CoilVM *vm, CoilValue self)
{
    CoilType *t = (CoilType *)value_as_object(self);
    CoilValue v = t == vm->t_type ? VAL_EMPTY : dict_get_str(vm, value_as_dict(t->dict), vm->names.__abstractmethods__);
    if (v == VAL_EMPTY || vm_typeof(vm, v) == vm->t_getset_descriptor)
        return vm_raise(vm, vm->e_AttributeError, "__abstractmethods__");
    return v;
}
static int type_set_abstract(CoilVM *vm, CoilValue self, CoilValue v)
{
    CoilType *t = (CoilType *)value_as_object(self);
    int truth = 0;
    if (v != VAL_EMPTY && (truth = vm_truthy(vm, v)) < 0) return -1;
    vm->type_epoch++;
    if (v == VAL_EMPTY) {
        int r = dict_del(vm, value_as_dict(t->dict), value_from_object(vm->names.__abstractmethods__), NULL);
        if (r == 0) vm_raise(vm, vm->e_AttributeError, "__abstractmethods__");
        if (r <= 0) return -1;
    } else if (dict_set_str(vm, value_as_dict(t->dict), vm->names.__abstractmethods__, v) < 0) {
        return -1;
    }
    if (truth) t->flags |= TYPE_IS_ABSTRACT;
    else t->flags &= ~(uint32_t)TYPE_IS_ABSTRACT;
    return 0;
}
static CoilValue type_get_mro(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return ((CoilType *)value_as_object(self))->mro;
}
static CoilValue type_get_bases(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return ((CoilType *)value_as_object(self))->bases;
}
static CoilValue type_get_base(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilType *b = ((CoilType *)value_as_object(self))->base;
    return b ? value_from_object(b) : VAL_NONE;
}
static CoilValue type_get_dict(CoilVM *vm, CoilValue self)
{
    /* A read-only live view of the namespace (mappingproxy.c). */
    return mappingproxy_new(vm, ((CoilType *)value_as_object(self))->dict);
}
static CoilValue type_get_doc(CoilVM *vm, CoilValue self)
{
    CoilValue d = dict_get_str(vm, value_as_dict(((CoilType *)value_as_object(self))->dict),
                               vm->names.__doc__);
    return d == VAL_EMPTY ? VAL_NONE : d;
}

static const CoilGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstract, type_set_abstract},
    {NULL, NULL, NULL}};

/* type.__new__(meta, name, bases, ns, **kw) (and type(name, bases, ns)). */
static CoilValue type_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    size_t nkw = args_nkw(kwnames);
    CoilType *meta = (CoilType *)value_as_object(callee);
    if (nargs != 3) {
        if (meta == vm->t_type && nargs + nkw != 3)
            return vm_raise(vm, vm->e_TypeError, "type() takes 1 or 3 arguments");
        return vm_raise(vm, vm->e_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    }
    static const char *const what[3] = {"str", "tuple", "dict"};
    bool ok[3] = {value_is_str(vm, args[0]), value_is_tuple(vm, args[1]), value_is_dict(vm, args[2])};
    for (int i = 0; i < 3; i++)
        if (!ok[i])
            return vm_raise(vm, vm->e_TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, what[i],
                            value_type_name(vm, args[i]));
    /* A more derived metaclass among the bases' builds the class itself. */
    CoilType *winner = class_calculate_meta(vm, meta, args[1]);
    if (!winner) return VAL_ERROR;
    if (winner != meta && winner->new_ != type_new_slot)
        return vm_call(vm, value_from_object(winner), args, nargs, kwnames);
    CoilValue kwds = VAL_NONE;
    GC_SAVE(vm);
    if (nkw) {
        kwds = dict_new(vm);
        if (value_is_error(kwds)) return GC_RESTORE(vm), kwds;
        GC_ROOT(vm, kwds);
        for (size_t i = 0; i < nkw; i++)
            if (dict_set(vm, value_as_dict(kwds), value_as_tuple(kwnames)->items[i], args[nargs + i]) < 0)
                return GC_RESTORE(vm), VAL_ERROR;
    }
    CoilValue r = type_new_class_meta(vm, winner, value_as_str(args[0]), args[1], args[2], kwds);
    GC_RESTORE(vm);
    return r;
}

/* type.__init__(cls, name, bases, ns, **kw): the class is built by __new__. */
static CoilValue type_init_slot(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    (void)self;
    (void)args;
    if (nargs == 1 && args_nkw(kwnames))
        return vm_raise(vm, vm->e_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3) return vm_raise(vm, vm->e_TypeError, "type.__init__() takes 1 or 3 arguments");
    return VAL_NONE;
}

static CoilValue type_m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1 || !value_is_object(args[0]) || !(value_as_object(args[0])->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' requires a 'type' object but received a '%s'",
                        nargs ? value_type_name(vm, args[0]) : "NoneType");
    return type_init_slot(vm, args[0], args + 1, nargs - 1, kw);
}

/* type.__prepare__(name, bases, **kw): the namespace a class body fills. */
static CoilValue type_m_prepare(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return dict_new(vm);
}

static CoilValue type_m_instancecheck(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "type.__instancecheck__() takes exactly one argument (%zu given)", nargs - 1);
    return value_from_bool(vm_isinstance(vm, args[1], (CoilType *)value_as_object(args[0])));
}

static CoilValue type_m_subclasscheck(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "type.__subclasscheck__() takes exactly one argument (%zu given)", nargs - 1);
    if (!value_is_object(args[1]) || !(value_as_object(args[1])->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "issubclass() arg 1 must be a class");
    return value_from_bool(type_is_subtype((CoilType *)value_as_object(args[1]), (CoilType *)value_as_object(args[0])));
}

static CoilValue type_m_getattribute(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'", value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name) return VAL_ERROR;
    return type_getattr_generic(vm, args[0], name);
}

static CoilValue type_m_setattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 3 && nargs != 2)
        return vm_raise(vm, vm->e_TypeError, "expected 2 arguments, got %zu", nargs - 1);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'", value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name) return VAL_ERROR;
    return type_setattr_generic(vm, args[0], name, nargs == 3 ? args[2] : VAL_EMPTY) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue type_m_delattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "expected 1 argument, got %zu", nargs - 1);
    return type_m_setattr(vm, args, nargs, kw);
}

static CoilValue type_mro_method(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    CoilType *t = (CoilType *)value_as_object(args[0]);
    CoilTuple *m = value_as_tuple(t->mro);
    return list_from_array(vm, m->items, m->len);
}

static CoilValue type_m_subclasses(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 1) return vm_raise(vm, vm->e_TypeError, "type.__subclasses__() takes no arguments (%zu given)", nargs - 1);
    CoilType *t = (CoilType *)value_as_object(args[0]);
    CoilValue l = list_new(vm, t->nsubclasses);
    if (value_is_error(l)) return l;
    /* No allocation below: the weak entries stay valid while we copy. */
    for (uint32_t i = 0; i < t->nsubclasses; i++) value_as_list(l)->items[i] = value_from_object(t->subclasses[i]);
    value_as_list(l)->len = t->nsubclasses;
    return l;
}

static const CoilMethodDef type_methods[] = {
    {"mro", type_mro_method, 0},
    {"__subclasses__", type_m_subclasses, 0},
    {"__init__", type_m_init, METH_KEYWORDS},
    {"__prepare__", type_m_prepare, METH_KEYWORDS | METH_CLASS},
    {"__instancecheck__", type_m_instancecheck, 0},
    {"__subclasscheck__", type_m_subclasscheck, 0},
    {"__getattribute__", type_m_getattribute, 0},
    {"__setattr__", type_m_setattr, 0},
    {"__delattr__", type_m_delattr, 0},
    {NULL, NULL, 0}};

void type_init_type_slots(CoilVM *vm)
{
    CoilType *t = vm->t_type;
    t->repr = type_repr;
    t->hash = type_hash;
    t->call = type_call;
    t->getattr = type_getattr_generic;
    t->setattr = type_setattr_generic;
    t->init = type_init_slot;
    t->new_ = type_new_slot;
    t->dict_offset = 0;
    type_add_getsets(vm, t, type_getsets);
    type_add_methods(vm, t, type_methods);
}
