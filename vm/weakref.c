/* weakref.c — weak references: the _weakref module (the ref type,
 * getweakrefcount, getweakrefs) and the table the collector consults.  A ref
 * names its referent without tracing it, so it never keeps it alive; a
 * collection clears the refs to what it found unreachable and queues their
 * callbacks, which run later at a safe point, never inside the collector.
 * stdlib/weakref.py builds proxy, WeakValueDictionary & co. on top. */
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/generic_alias.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/type.h"
#include "vm/weakref.h"

bool slot_wrappers_add(CoilVM *vm, CoilType *t); /* slot_wrappers.c */

typedef struct CoilWeakRef {
    CoilObject obj;
    CoilObject *referent;        /* NULL once cleared; never traced */
    CoilValue callback;          /* None, or called with the ref once cleared */
    int64_t hash;
    bool hashed;
    struct CoilWeakRef *same;    /* the next (older) ref to the same referent */
    struct CoilWeakRef *pending; /* the next ref in vm->weak_pending */
} CoilWeakRef;

#define WREF(v) ((CoilWeakRef *)value_as_object(v))

/* --- the table: referent -> its refs ------------------------------------------------
 * Open addressing on the referent's address, in raw memory from the hook
 * (growing it never starts a collection).  A slot is empty (NULL key), a
 * tombstone (TOMB) or a referent with the head of its chain of refs, newest
 * first.  Only live refs to live referents are in it: the collector takes
 * out the rest before the sweep can free them. */

#define TOMB ((CoilObject *)(uintptr_t)1)

struct CoilWeakTable {
    CoilObject **keys;
    CoilWeakRef **heads;
    size_t cap, used, live; /* used counts tombstones too */
};

static size_t slot_of(const CoilObject *o, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)o >> 3;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (cap - 1);
}

/* The slot holding o, or SIZE_MAX. */
static size_t table_find(const struct CoilWeakTable *t, const CoilObject *o)
{
    if (!t || !t->cap) return SIZE_MAX;
    for (size_t i = slot_of(o, t->cap);; i = (i + 1) & (t->cap - 1)) {
        if (t->keys[i] == o) return i;
        if (!t->keys[i]) return SIZE_MAX;
    }
}

/* Rebuilds the table at `cap` slots without tombstones; false on no memory. */
static bool table_resize(CoilVM *vm, struct CoilWeakTable *t, size_t cap)
{
    CoilObject **keys = vm->alloc.fn(vm->alloc.ud, NULL, 0, cap * sizeof *keys);
    CoilWeakRef **heads = keys ? vm->alloc.fn(vm->alloc.ud, NULL, 0, cap * sizeof *heads) : NULL;
    if (!heads) {
        if (keys) vm->alloc.fn(vm->alloc.ud, keys, cap * sizeof *keys, 0);
        return false;
    }
    memset(keys, 0, cap * sizeof *keys);
    for (size_t i = 0; i < t->cap; i++) {
        CoilObject *k = t->keys[i];
        if (!k || k == TOMB) continue;
        size_t j = slot_of(k, cap);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = k;
        heads[j] = t->heads[i];
    }
    if (t->cap) {
        vm->alloc.fn(vm->alloc.ud, t->keys, t->cap * sizeof *t->keys, 0);
        vm->alloc.fn(vm->alloc.ud, t->heads, t->cap * sizeof *t->heads, 0);
    }
    t->keys = keys;
    t->heads = heads;
    t->cap = cap;
    t->used = t->live;
    return true;
}

/* Adds w at the head of its referent's chain; false (MemoryError) on no memory. */
static bool table_add(CoilVM *vm, CoilWeakRef *w)
{
    struct CoilWeakTable *t = vm->weak_table;
    if (!t) {
        t = vm->alloc.fn(vm->alloc.ud, NULL, 0, sizeof *t);
        if (!t) return vm_raise_nomem(vm), false;
        memset(t, 0, sizeof *t);
        vm->weak_table = t;
    }
    size_t i = table_find(t, w->referent);
    if (i != SIZE_MAX) {
        w->same = t->heads[i];
        t->heads[i] = w;
        return true;
    }
    if ((t->used + 1) * 4 > t->cap * 3) {
        size_t cap = t->cap ? t->cap : 64;
        while ((t->live + 1) * 2 > cap) cap *= 2;
        if (!table_resize(vm, t, cap)) return vm_raise_nomem(vm), false;
    }
    i = slot_of(w->referent, t->cap);
    while (t->keys[i] && t->keys[i] != TOMB) i = (i + 1) & (t->cap - 1);
    if (!t->keys[i]) t->used++;
    t->keys[i] = w->referent;
    t->heads[i] = w;
    w->same = NULL;
    t->live++;
    return true;
}

static void table_drop_slot(struct CoilWeakTable *t, size_t i)
{
    t->keys[i] = TOMB;
    t->heads[i] = NULL;
    t->live--;
}

/* --- the collector's side ---------------------------------------------------------- */

static void queue_pending(CoilVM *vm, CoilWeakRef *w)
{
    w->pending = NULL;
    if (vm->weak_pending_tail) vm->weak_pending_tail->pending = w;
    else vm->weak_pending = w;
    vm->weak_pending_tail = w;
}

void weakref_gc_clear(CoilVM *vm)
{
    struct CoilWeakTable *t = vm->weak_table;
    if (!t) return;
    bool queued = false;
    for (size_t i = 0; i < t->cap; i++) {
        CoilObject *k = t->keys[i];
        if (!k || k == TOMB) continue;
        bool dead = !gc_is_marked(k);
        CoilWeakRef **link = &t->heads[i];
        while (*link) {
            CoilWeakRef *w = *link;
            if (!gc_is_marked(&w->obj)) {
                *link = w->same; /* the ref itself dies: it leaves the chain */
                continue;
            }
            if (!dead) {
                link = &w->same;
                continue;
            }
            /* A live ref to a dying referent: cleared now; its callback (kept
             * alive by the ref, so already marked) runs at a safe point. */
            w->referent = NULL;
            *link = w->same;
            w->same = NULL;
            if (w->callback != VAL_NONE) {
                queue_pending(vm, w);
                queued = true;
            }
        }
        if (!t->heads[i]) table_drop_slot(t, i);
    }
    if (queued) vm->check_counter = 1; /* run them at the next check point */
}

void weakref_gc_mark_pending(CoilVM *vm)
{
    for (CoilWeakRef *w = vm->weak_pending; w; w = w->pending) gc_mark_object(vm, &w->obj);
}

void weakref_run_pending(CoilVM *vm)
{
    if (vm->weak_running || !vm->weak_pending) return;
    vm->weak_running = true;
    CoilValue saved = vm->exc;
    vm->exc = VAL_EMPTY;
    GC_ROOT(vm, saved);
    while (vm->weak_pending) {
        CoilWeakRef *w = vm->weak_pending;
        vm->weak_pending = w->pending;
        if (!vm->weak_pending) vm->weak_pending_tail = NULL;
        w->pending = NULL;
        CoilValue wv = value_from_object(w), cb = w->callback;
        w->callback = VAL_NONE; /* as CPython: a cleared ref has no __callback__ */
        GC_ROOT(vm, wv);
        GC_ROOT(vm, cb);
        CoilValue r = vm_call(vm, cb, &wv, 1, VAL_EMPTY);
        if (value_is_error(r)) {
            /* CPython's unraisable hook: the callback, then the traceback. */
            CoilValue exc = vm_take_exception(vm);
            GC_ROOT(vm, exc);
            CoilValue s = vm_repr(vm, cb);
            fflush(stdout);
            if (value_is_error(s)) {
                vm_take_exception(vm);
                fprintf(stderr, "Exception ignored in: <weakref callback>\n");
            } else {
                fprintf(stderr, "Exception ignored in: %s\n", value_as_str(s)->data);
            }
            exc_print_one(vm, exc, stderr, "Traceback (most recent call last):\n");
            fflush(stderr);
            GC_UNROOT(vm, 1);
        }
        GC_UNROOT(vm, 2);
    }
    GC_UNROOT(vm, 1);
    vm->exc = saved;
    vm->weak_running = false;
}

void weakref_free_all(CoilVM *vm)
{
    struct CoilWeakTable *t = vm->weak_table;
    if (!t) return;
    if (t->cap) {
        vm->alloc.fn(vm->alloc.ud, t->keys, t->cap * sizeof *t->keys, 0);
        vm->alloc.fn(vm->alloc.ud, t->heads, t->cap * sizeof *t->heads, 0);
    }
    vm->alloc.fn(vm->alloc.ud, t, sizeof *t, 0);
    vm->weak_table = NULL;
    vm->weak_pending = vm->weak_pending_tail = NULL;
}

static CoilWeakRef *chain_of(CoilVM *vm, CoilValue o)
{
    if (!value_is_object(o)) return NULL;
    size_t i = table_find(vm->weak_table, value_as_object(o));
    return i == SIZE_MAX ? NULL : vm->weak_table->heads[i];
}

CoilValue weakref_first(CoilVM *vm, CoilValue o)
{
    /* CPython keeps the plain ref (no callback, exact type) at the head. */
    CoilWeakRef *head = chain_of(vm, o);
    for (CoilWeakRef *w = head; w; w = w->same)
        if (w->obj.type == vm->t_weakref && w->callback == VAL_NONE) return value_from_object(w);
    return head ? value_from_object(head) : VAL_NONE;
}

/* --- the ref type ------------------------------------------------------------------ */

/* What CPython lets a weak reference point to: instances of classes with a
 * __weakref__ slot, classes, functions, sets, generators, modules, code. */
static bool weakrefable(CoilVM *vm, CoilValue o)
{
    if (!value_is_object(o)) return false;
    CoilType *t = value_as_object(o)->type;
    if (t->flags & TYPE_TYPE_SUBCLASS) return true; /* a class */
    if (t == vm->t_weakref) return false;
    if (t == vm->t_function || t == vm->t_builtin_function_or_method || t == vm->t_method || t == vm->t_set ||
        t == vm->t_frozenset || t == vm->t_generator || t == vm->t_coroutine || t == vm->t_async_generator ||
        t == vm->t_module || t == vm->t_code || t == vm->t_io_text || t == vm->t_io_reader ||
        t == vm->t_io_writer || t == vm->t_io_random)
        return true;
    return (t->flags & TYPE_HEAPTYPE) && type_lookup(vm, t, vm->names.__weakref__) != VAL_EMPTY;
}

static CoilValue ref_make(CoilVM *vm, CoilType *t, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (kw != VAL_EMPTY && value_as_tuple(kw)->len && !(t->flags & TYPE_HEAPTYPE))
        return vm_raise(vm, vm->e_TypeError, "ref() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return vm_raise(vm, vm->e_TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
    CoilValue ob = args[0], cb = nargs > 1 ? args[1] : VAL_NONE;
    if (!weakrefable(vm, ob))
        return vm_raise(vm, vm->e_TypeError, "cannot create weak reference to '%s' object", value_type_name(vm, ob));
    /* A plain ref is shared, as CPython's is: ref(o) is ref(o). */
    if (t == vm->t_weakref && cb == VAL_NONE) {
        for (CoilWeakRef *w = chain_of(vm, ob); w; w = w->same)
            if (w->obj.type == t && w->callback == VAL_NONE) return value_from_object(w);
    }
    GC_SAVE(vm);
    GC_ROOT(vm, ob);
    GC_ROOT(vm, cb);
    CoilValue self = object_alloc_instance(vm, t);
    if (value_is_error(self)) return GC_RESTORE(vm), self;
    CoilWeakRef *w = WREF(self);
    w->referent = value_as_object(ob);
    w->callback = cb;
    w->hashed = false;
    w->same = w->pending = NULL;
    GC_ROOT(vm, self);
    bool ok = table_add(vm, w);
    GC_RESTORE(vm);
    if (!ok) {
        w->referent = NULL;
        return VAL_ERROR;
    }
    return self;
}

static CoilValue ref_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return ref_make(vm, (CoilType *)value_as_object(callee), args, nargs, kw);
}

/* ref.__new__(cls, ob, callback=None), for subclasses' __new__ */
static CoilValue m_new(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "ReferenceType.__new__(): not enough arguments");
    CoilValue cls = args[0];
    if (!value_is_object(cls) || !(value_as_object(cls)->type->flags & TYPE_TYPE_SUBCLASS))
        return vm_raise(vm, vm->e_TypeError, "ReferenceType.__new__(X): X is not a type object (%s)",
                        value_type_name(vm, cls));
    CoilType *t = (CoilType *)value_as_object(cls);
    if (!type_is_subtype(t, vm->t_weakref))
        return vm_raise(vm, vm->e_TypeError, "ReferenceType.__new__(%s): %s is not a subtype of ReferenceType",
                        t->name, t->name);
    return ref_make(vm, t, args + 1, nargs - 1, kw);
}

static CoilValue check_init_args(CoilVM *vm, size_t nargs)
{
    if (nargs < 1) return vm_raise(vm, vm->e_TypeError, "__init__ expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return vm_raise(vm, vm->e_TypeError, "__init__ expected at most 2 arguments, got %zu", nargs);
    return VAL_NONE;
}

static CoilValue ref_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)self;
    (void)args;
    (void)kw;
    return check_init_args(vm, nargs);
}

/* ref.__init__(self, ob, callback=None): the work is done by __new__. */
static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    return check_init_args(vm, nargs - 1);
}

static CoilValue ref_call(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "weakref", kw) < 0) return VAL_ERROR;
    if (nargs) return vm_raise(vm, vm->e_TypeError, "weakref() takes no arguments (%zu given)", nargs);
    CoilObject *o = WREF(self)->referent;
    return o ? value_from_object(o) : VAL_NONE;
}

static int ref_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    CoilWeakRef *w = WREF(self);
    if (!w->hashed) {
        if (!w->referent) {
            vm_raise(vm, vm->e_TypeError, "weak object has gone away");
            return -1;
        }
        if (vm_hash(vm, value_from_object(w->referent), &w->hash) < 0) return -1;
        w->hashed = true;
    }
    *out = w->hash;
    return 0;
}

/* == and != compare the referents while both live, identity otherwise. */
static CoilValue ref_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !vm_isinstance(vm, a, vm->t_weakref) ||
        !vm_isinstance(vm, b, vm->t_weakref))
        return VAL_NOTIMPLEMENTED;
    CoilObject *x = WREF(a)->referent, *y = WREF(b)->referent;
    if (!x || !y) return value_from_bool((a == b) == (op == CMP_EQ));
    return vm_compare(vm, value_from_object(x), value_from_object(y), op);
}

static CoilValue ref_repr(CoilVM *vm, CoilValue self)
{
    CoilObject *o = WREF(self)->referent;
    if (!o) return str_format(vm, "<weakref at %p; dead>", (void *)value_as_object(self));
    CoilValue ov = value_from_object(o);
    GC_SAVE(vm);
    GC_ROOT(vm, ov);
    /* The referent's __name__, when it has one, follows in parentheses. */
    CoilValue name = vm_getattr(vm, ov, vm->names.__name__);
    if (value_is_error(name)) {
        vm_take_exception(vm);
        name = VAL_EMPTY;
    }
    CoilType *t = o->type;
    const char *tn = t->flags & TYPE_HEAPTYPE ? t->name : value_type_name(vm, ov);
    CoilValue r = value_is_str(vm, name)
                      ? str_format(vm, "<weakref at %p; to '%s' at %p (%s)>", (void *)value_as_object(self), tn,
                                   (void *)o, value_as_str(name)->data)
                      : str_format(vm, "<weakref at %p; to '%s' at %p>", (void *)value_as_object(self), tn,
                                   (void *)o);
    GC_RESTORE(vm);
    return r;
}

static void ref_trace(CoilVM *vm, CoilObject *o)
{
    /* The referent is deliberately not marked. */
    gc_mark_value(vm, ((CoilWeakRef *)o)->callback);
}

static CoilValue g_callback(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return WREF(self)->callback;
}

static CoilValue m_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__class_getitem__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return generic_alias_new(vm, args[0], args[1]);
}

static const CoilMethodDef ref_methods[] = {{"__new__", m_new, METH_KEYWORDS | METH_STATIC},
                                            {"__init__", m_init, METH_KEYWORDS},
                                            {"__class_getitem__", m_class_getitem, METH_CLASS},
                                            {NULL, NULL, 0}};
static const CoilGetSetDef ref_getsets[] = {{"__callback__", g_callback, NULL}, {NULL, NULL, NULL}};

/* --- the _weakref module --------------------------------------------------------- */

static CoilValue w_getweakrefcount(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "getweakrefcount", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t n = 0;
    for (CoilWeakRef *w = chain_of(vm, args[0]); w; w = w->same) n++;
    return value_from_small_int(n);
}

static CoilValue w_getweakrefs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "getweakrefs", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    /* Plain refs first, as CPython lists them. */
    CoilValue first = weakref_first(vm, args[0]);
    if (first != VAL_NONE && !list_append(vm, value_as_list(l), first)) return GC_UNROOT(vm, 1), VAL_ERROR;
    for (CoilWeakRef *w = chain_of(vm, args[0]); w; w = w->same) {
        CoilValue wv = value_from_object(w);
        if (wv != first && !list_append(vm, value_as_list(l), wv)) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return l;
}

static const CoilMethodDef weakref_functions[] = {
    {"getweakrefcount", w_getweakrefcount, 0}, {"getweakrefs", w_getweakrefs, 0}, {NULL, NULL, 0}};

static CoilType *ref_type(CoilVM *vm)
{
    if (vm->t_weakref) return vm->t_weakref;
    CoilType *t = type_new_builtin(vm, "ReferenceType", vm->t_object, sizeof(CoilWeakRef), TYPE_BASETYPE);
    if (!t) return NULL;
    vm->t_weakref = t; /* a root from here on (COIL_EXTRA_TYPES) */
    t->module_name = "weakref";
    t->trace = ref_trace;
    t->new_ = ref_new;
    t->init = ref_init;
    t->call = ref_call;
    t->hash = ref_hash;
    t->compare = ref_compare;
    t->repr = ref_repr;
    if (!type_add_methods(vm, t, ref_methods) || !type_add_getsets(vm, t, ref_getsets) || !slot_wrappers_add(vm, t))
        return NULL;
    return t;
}

CoilValue mod_weakref_create(CoilVM *vm)
{
    CoilType *t = ref_type(vm);
    if (!t) return VAL_ERROR;
    CoilValue m = module_new_native(vm, "_weakref", weakref_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilValue tv = value_from_object(t);
    bool ok = module_set(vm, m, "ref", tv) == 0 && module_set(vm, m, "ReferenceType", tv) == 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
