/* aqueue.h — what the native deque and the Queue fast paths (aqueue.c)
 * share with Event's native methods and Event.wait() (event.c): the deque's
 * layout and operations, and the cached lookups of the instance attributes
 * asyncio's Python classes keep.  Internal to those two files. */
#ifndef COIL_AQUEUE_H
#define COIL_AQUEUE_H

#include "vm/aio.h"
#include "vm/dict.h"
#include "vm/type.h"

typedef struct CoilDeque {
    CoilObject obj;
    CoilValue *items; /* ring buffer */
    size_t head, len, cap;
    uint64_t stamp;   /* changes with every mutation (iterators check it) */
    size_t parked;    /* entries that are parked Event.wait() objects or tasks (event.c) */
} CoilDeque;

#define DQ(v) ((CoilDeque *)value_as_object(v))

static inline CoilValue *dq_at(CoilDeque *d, size_t k) { return &d->items[(d->head + k) % d->cap]; }

/* append (appendleft when left): false with MemoryError. */
bool dq_push(CoilVM *vm, CoilValue dv, CoilValue v, bool left);
/* Removes item k, shifting the shorter side. */
void dq_delete(CoilDeque *d, size_t k);
/* The deque type's len slot, and its append method (a class whose append
 * is this one appends natively). */
int dq_len(CoilVM *vm, CoilValue self, int64_t *out);
CoilValue dq_m_append(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
/* Before script code looks at a deque's entries: parked waits become the
 * futures they stand for (event.c; 0, or -1 with MemoryError). */
int dq_observe(CoilVM *vm, CoilValue dv);
/* iter() of an object that is its own iterator. */
CoilValue aq_self_iter(CoilVM *vm, CoilValue self);

/* An attribute of a (Python-level) instance, from its dict: VAL_EMPTY if absent. */
#define NAME(n) (vm->async->names[AN_##n])

#if defined(__GNUC__) || defined(__clang__)
#define AQ_INLINE static inline __attribute__((always_inline))
#else
#define AQ_INLINE static inline
#endif

/* Where the instance attribute AN_n of self is stored (its inline value or
 * its instance-dict entry), or NULL: tries the position the name had last
 * time first, as the attribute caches do. */
AQ_INLINE CoilValue *inst_slot(CoilVM *vm, CoilValue self, int n)
{
    if (!value_is_object(self)) return NULL;
    CoilObject *o = value_as_object(self);
    uint32_t off = o->type->dict_offset;
    if (!off) return NULL;
    CoilValue dv = off == TYPE_DICT_AT_END ? *object_dict_slot(o) : *(CoilValue *)(void *)((char *)o + off);
    CoilString *name = vm->async->names[n];
    uint32_t h = vm->async->name_hint[n];
    if (inst_is_inline(dv)) { /* type.h: attributes kept inline, in the class's key order */
        if (h < inst_inline_n(dv) && o->type->ikeys[h] == name) return &inst_inline_vals(o)[h];
        CoilValue *p = instance_inline_find(o, dv, name);
        if (p) vm->async->name_hint[n] = (uint32_t)(p - inst_inline_vals(o));
        return p;
    }
    if (!value_is_object(dv)) return NULL;
    CoilDict *d = value_as_dict(dv);
    if (h < d->nentries && d->entries[h].key == value_from_object(name)) return &d->entries[h].value;
    int64_t ix = dict_find_str(vm, d, name);
    if (ix < 0) return NULL;
    vm->async->name_hint[n] = (uint32_t)ix;
    return &d->entries[ix].value;
}

/* self.<AN_n>: the instance dict first (these attributes live there),
 * else the full lookup. */
AQ_INLINE CoilValue get_attr_n(CoilVM *vm, CoilValue self, int n)
{
    CoilValue *slot = inst_slot(vm, self, n);
    if (slot) return *slot;
    return vm_getattr(vm, self, vm->async->names[n]);
}
#define get_attr(vm, self, nm) get_attr_n(vm, self, AN_##nm)

static inline int set_attr(CoilVM *vm, CoilValue self, CoilString *name, CoilValue v)
{
    return vm_setattr(vm, self, name, v);
}

/* The class attribute `name` of type(self) is the native default (or the
 * Python method replacing it must be called). */
bool aq_uses_native(CoilVM *vm, CoilValue self, CoilString *n, CoilNativeFn fn);

/* Event's native methods (event.c), and the wait() object's type. */
CoilValue ev_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
CoilValue ev_clear_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
CoilValue ev_is_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
CoilValue ev_wait_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
void event_init_types(CoilVM *vm);

#endif
