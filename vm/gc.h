/* gc.h — memory for a VM: every byte goes through the allocator hook and is
 * counted; objects are linked into one list and reclaimed by a precise,
 * non-moving mark-sweep collection that runs when the count passes a
 * threshold (or at every allocation under COIL_GC_STRESS).  Weak references
 * (weakref.h) are cleared between marking and sweeping.
 *
 * Rooting rule: a collection can run inside any allocation.  An object C code
 * holds only in a local variable must be rooted across every call that may
 * allocate — store it in a register, a rooted container, or push it with
 * GC_ROOT (popped by GC_UNROOT / GC_RESTORE). */
#ifndef COIL_GC_H
#define COIL_GC_H

#include "vm/state.h"

/* A new object of `type` with `size` bytes (header included), zero-filled
 * and linked into the heap; NULL with MemoryError pending on failure. */
void *gc_alloc_object(CoilVM *vm, CoilType *type, size_t size);
/* The same without the zero-fill: for objects whose every byte past the
 * type is written before anything (trace, finalize, sweep) reads it. */
void *gc_alloc_object_uninit(CoilVM *vm, CoilType *type, size_t size);

/* gc_alloc_object_uninit's common case, inlined where allocation is hot (the
 * dispatch loop building instances): a block of at most COIL_SMALL_MAX bytes
 * popped off its class's free list, for a type without a finalize slot.  An
 * empty list, stress mode, start-up or a finalizer take the full path.  The
 * class number and the free-list link are gc.c's obj_class and block_link. */
static inline void *gc_alloc_small_uninit(CoilVM *vm, CoilType *type, size_t size)
{
    if (size > COIL_SMALL_MAX) return gc_alloc_object_uninit(vm, type, size);
    size_t c = size <= 16 ? 2 : (size + 7) >> 3;
    CoilObject *o = vm->obj_free[c];
    if (!o || vm->gc_stress || vm->gc_inhibit || type->finalize || type == vm->t_generator)
        return gc_alloc_object_uninit(vm, type, size);
    vm->obj_free[c] = *(CoilObject **)(void *)(o + 1);
    o->type = type;
    return o;
}

/* Raw memory owned by objects (item arrays, tables): counted like objects. */
void *vm_mem_alloc(CoilVM *vm, size_t size);
void *vm_mem_realloc(CoilVM *vm, void *p, size_t old_size, size_t new_size);
void vm_mem_free(CoilVM *vm, void *p, size_t size);

/* Gives the small-block caches back to the hook (VM teardown). */
void gc_release_caches(CoilVM *vm);

/* Runs a full collection now (no-op while inhibited or already running). */
void gc_collect(CoilVM *vm);
/* Frees every object (VM teardown). */
void gc_free_all(CoilVM *vm);
/* For tests and debugging: how many objects the heap holds, and whether o is
 * one of them (allocated and not yet freed). */
size_t gc_object_count(CoilVM *vm);
bool gc_object_is_live(CoilVM *vm, const CoilObject *o);

/* For trace functions: mark what an object references. */
void gc_mark_object(CoilVM *vm, CoilObject *o);
static inline void gc_mark_value(CoilVM *vm, CoilValue v)
{
    if (value_is_object(v)) gc_mark_object(vm, value_as_object(v));
}
static inline void gc_mark_values(CoilVM *vm, const CoilValue *v, size_t n)
{
    for (size_t i = 0; i < n; i++) gc_mark_value(vm, v[i]);
}
/* Marks a frame's code, function, namespaces and registers. */
void gc_mark_frame(CoilVM *vm, CoilFrame *f);
/* During a collection: o has been reached. */
bool gc_is_marked(const CoilObject *o);
/* A "visited" bit for a walk over objects that allocates nothing, so that
 * no collection can run meanwhile: the mark bit, clear between
 * collections.  gc_visit sets it (false when it was set already);
 * gc_unvisit must clear every bit the walk set before it returns. */
bool gc_visit(CoilObject *o);
void gc_unvisit(CoilObject *o);

/* --- temporary roots -------------------------------------------------------- */

bool gc_grow_roots(CoilVM *vm);

static inline void gc_root(CoilVM *vm, CoilValue v)
{
    if (vm->nroots < vm->caproots || gc_grow_roots(vm)) vm->roots[vm->nroots] = v;
    vm->nroots++;
}

#define GC_ROOT(vm, v) gc_root((vm), (v))
#define GC_ROOT_OBJ(vm, o) gc_root((vm), value_from_object(o))
#define GC_UNROOT(vm, n) ((vm)->nroots -= (n))
/* Save/restore the root stack around a block: every exit path restores. */
#define GC_SAVE(vm) size_t gc_saved_roots_ = (vm)->nroots
#define GC_RESTORE(vm) ((vm)->nroots = gc_saved_roots_)

#endif
