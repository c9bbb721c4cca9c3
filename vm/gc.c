/* gc.c — the VM's heap: counted allocation through the host's hook, the
 * memory limit, and the mark-sweep collector (roots, an explicit mark stack so
 * deep structures never recurse on the C stack, and a two-pass sweep so a
 * dying class outlives its dying instances until they are freed). */
#include <stdlib.h>
#include <string.h>

#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/str.h"

#define GC_MIN_THRESHOLD ((size_t)4 << 20)

/* Small blocks are rounded to 16-byte classes so a freed block can serve
 * any later request of its class; the rounding is applied on both sides. */
static inline size_t small_class(size_t n) { return (n + 15) >> 4; }

/* Gets memory from the hook: collects first when the threshold (or stress
 * mode) says so, enforces the limit, and retries once after a collection. */
static void *mem_get(CoilVM *vm, void *p, size_t old_size, size_t new_size)
{
    size_t grow = new_size > old_size ? new_size - old_size : 0;
    if (vm->gc_stress || vm->heap_bytes + grow > vm->gc_threshold) gc_collect(vm);
    if (vm->mem_limit && vm->heap_bytes + grow > vm->mem_limit) {
        gc_collect(vm);
        if (vm->heap_bytes + grow > vm->mem_limit) return NULL;
    }
    void *q = vm->alloc.fn(vm->alloc.ud, p, old_size, new_size);
    if (!q) {
        gc_collect(vm);
        q = vm->alloc.fn(vm->alloc.ud, p, old_size, new_size);
        if (!q) return NULL;
    }
    vm->heap_bytes = vm->heap_bytes - old_size + new_size;
    return q;
}

static void *mem_alloc_raw(CoilVM *vm, size_t size)
{
    if (size <= COIL_SMALL_MAX) {
        size_t c = small_class(size);
        if (vm->gc_stress) gc_collect(vm);
        void *b = vm->small_free[c];
        if (b) {
            vm->small_free[c] = *(void **)b;
            vm->small_count[c]--;
            return b;
        }
        return mem_get(vm, NULL, 0, c << 4);
    }
    return mem_get(vm, NULL, 0, size);
}

void *vm_mem_alloc(CoilVM *vm, size_t size)
{
    if (size == 0) size = 1;
    void *p = mem_alloc_raw(vm, size);
    if (!p) vm_raise_nomem(vm);
    return p;
}

void vm_mem_free(CoilVM *vm, void *p, size_t size)
{
    if (!p) return;
    if (size == 0) size = 1;
    if (size <= COIL_SMALL_MAX) {
        size_t c = small_class(size);
        if (vm->small_count[c] < COIL_SMALL_KEEP) {
            *(void **)p = vm->small_free[c];
            vm->small_free[c] = p;
            vm->small_count[c]++;
            return;
        }
        size = c << 4;
    }
    vm->alloc.fn(vm->alloc.ud, p, size, 0);
    vm->heap_bytes -= size;
}

void *vm_mem_realloc(CoilVM *vm, void *p, size_t old_size, size_t new_size)
{
    if (!p) return vm_mem_alloc(vm, new_size);
    if (old_size == 0) old_size = 1;
    if (new_size == 0) new_size = 1;
    if (old_size > COIL_SMALL_MAX && new_size > COIL_SMALL_MAX) {
        void *q = mem_get(vm, p, old_size, new_size);
        if (!q) vm_raise_nomem(vm);
        return q;
    }
    if (old_size <= COIL_SMALL_MAX && new_size <= COIL_SMALL_MAX && small_class(old_size) == small_class(new_size))
        return p;
    void *q = mem_alloc_raw(vm, new_size);
    if (!q) {
        vm_raise_nomem(vm);
        return NULL;
    }
    memcpy(q, p, old_size < new_size ? old_size : new_size);
    vm_mem_free(vm, p, old_size);
    return q;
}

/* Returns the cached small blocks to the hook (VM teardown). */
void gc_release_caches(CoilVM *vm)
{
    for (size_t c = 1; c <= COIL_SMALL_CLASSES; c++) {
        while (vm->small_free[c]) {
            void *b = vm->small_free[c];
            vm->small_free[c] = *(void **)b;
            vm->alloc.fn(vm->alloc.ud, b, c << 4, 0);
            vm->heap_bytes -= c << 4;
        }
        vm->small_count[c] = 0;
    }
}

void *gc_alloc_object(CoilVM *vm, CoilType *type, size_t size)
{
    CoilObject *o = mem_alloc_raw(vm, size);
    if (!o) {
        vm_raise_nomem(vm);
        return NULL;
    }
    memset(o, 0, size);
    o->type = type;
    o->gc_link = (uintptr_t)vm->objects;
    vm->objects = o;
    return o;
}

bool gc_grow_roots(CoilVM *vm)
{
    /* Only the first overflowing push grows; later ones see nroots > cap. */
    if (vm->nroots != vm->caproots) return false;
    size_t cap = vm->caproots ? vm->caproots * 2 : 256;
    CoilValue *r = vm->alloc.fn(vm->alloc.ud, vm->roots, vm->caproots * sizeof *r, cap * sizeof *r);
    if (!r) return false;
    vm->roots = r;
    vm->caproots = cap;
    return true;
}

/* --- mark --------------------------------------------------------------------- */

void gc_mark_object(CoilVM *vm, CoilObject *o)
{
    if (!o || (o->gc_link & GC_MARK_BIT)) return;
    o->gc_link |= GC_MARK_BIT;
    if (vm->ngray == vm->capgray) {
        size_t cap = vm->capgray ? vm->capgray * 2 : 1024;
        CoilObject **g = vm->alloc.fn(vm->alloc.ud, vm->gray, vm->capgray * sizeof *g,
                                      cap * sizeof *g);
        if (!g) {
            /* Marked but not traced: a rescan of the heap finds it. */
            vm->gray_overflow = true;
            return;
        }
        vm->gray = g;
        vm->capgray = cap;
    }
    vm->gray[vm->ngray++] = o;
}

static void trace_object(CoilVM *vm, CoilObject *o)
{
    /* A class is an object too: instances keep their (heap) class alive. */
    gc_mark_object(vm, &o->type->obj);
    if (o->type->trace) o->type->trace(vm, o);
}

static void drain(CoilVM *vm)
{
    for (;;) {
        while (vm->ngray) trace_object(vm, vm->gray[--vm->ngray]);
        if (!vm->gray_overflow) break;
        vm->gray_overflow = false;
        for (CoilObject *o = vm->objects; o; o = (CoilObject *)(o->gc_link & ~GC_MARK_BIT))
            if (o->gc_link & GC_MARK_BIT) trace_object(vm, o);
    }
}

void gc_mark_frame(CoilVM *vm, CoilFrame *f)
{
    gc_mark_object(vm, (CoilObject *)f->code);
    gc_mark_object(vm, (CoilObject *)f->func);
    gc_mark_value(vm, f->globals);
    gc_mark_value(vm, f->locals);
    gc_mark_value(vm, f->saved_handled);
    gc_mark_value(vm, f->gen_handled);
    gc_mark_value(vm, f->yf_iter);
    if (f->code) gc_mark_values(vm, f->regs, f->code->nregs);
}

static void mark_roots(CoilVM *vm)
{
#define MARK_TYPE(n) gc_mark_object(vm, (CoilObject *)vm->t_##n);
    COIL_BUILTIN_TYPES(MARK_TYPE)
#undef MARK_TYPE
#define MARK_EXC(n, b) gc_mark_object(vm, (CoilObject *)vm->e_##n);
    COIL_BUILTIN_EXCEPTIONS(MARK_EXC)
#undef MARK_EXC
#define MARK_EXTRA(n) gc_mark_object(vm, (CoilObject *)vm->t_##n);
    COIL_EXTRA_TYPES(MARK_EXTRA)
#undef MARK_EXTRA
    /* Interned strings are immortal for the VM's life (CPython keeps its
     * identifiers alive the same way); this also covers vm->names. */
    for (size_t i = 0; i < vm->intern_cap; i++)
        if (vm->intern[i]) gc_mark_object(vm, (CoilObject *)vm->intern[i]);
    for (size_t i = 0; i < 128; i++) gc_mark_object(vm, (CoilObject *)vm->chars[i]);
    gc_mark_value(vm, vm->modules);
    gc_mark_value(vm, vm->builtins);
    gc_mark_value(vm, vm->builtins_dict);
    gc_mark_value(vm, vm->empty_tuple);
    gc_mark_value(vm, vm->exc);
    gc_mark_value(vm, vm->handled);
    gc_mark_value(vm, vm->memory_error);
    gc_mark_value(vm, vm->stop_value);
    for (CoilFrame *f = vm->frame; f; f = f->prev) gc_mark_frame(vm, f);
    gc_mark_values(vm, vm->roots, vm->nroots < vm->caproots ? vm->nroots : vm->caproots);
    gc_mark_values(vm, vm->handles, vm->nhandles);
    gc_mark_values(vm, vm->repr_stack, vm->nrepr);
}

/* --- sweep ---------------------------------------------------------------------- */

static size_t object_size(CoilObject *o)
{
    return o->type->obj_size ? o->type->obj_size(o) : o->type->instance_size;
}

/* Every class is a CoilType, so its size needs no (possibly freed) metaclass. */
static void free_types(CoilVM *vm, CoilObject *types)
{
    while (types) {
        CoilObject *next = (CoilObject *)types->gc_link;
        vm_mem_free(vm, types, sizeof(CoilType));
        types = next;
    }
}

static void sweep(CoilVM *vm)
{
    /* Pass 1: unlink the dead and finalize them while every type is still
     * readable; pass 2: free them. */
    CoilObject *dead = NULL;
    CoilObject **link = &vm->objects;
    while (*link) {
        CoilObject *o = *link;
        CoilObject *next = (CoilObject *)(o->gc_link & ~GC_MARK_BIT);
        if (o->gc_link & GC_MARK_BIT) {
            o->gc_link &= ~GC_MARK_BIT;
            link = (CoilObject **)&o->gc_link;
        } else {
            *link = next;
            if (o->type->finalize) o->type->finalize(vm, o);
            o->gc_link = (uintptr_t)dead;
            dead = o;
        }
    }
    CoilObject *types_to_free = NULL;
    while (dead) {
        CoilObject *next = (CoilObject *)dead->gc_link;
        if (dead->type->flags & TYPE_TYPE_SUBCLASS) {
            /* Keep dead classes until all instances are gone. */
            dead->gc_link = (uintptr_t)types_to_free;
            types_to_free = dead;
        } else {
            vm_mem_free(vm, dead, object_size(dead));
        }
        dead = next;
    }
    free_types(vm, types_to_free);
}

void gc_collect(CoilVM *vm)
{
    if (vm->gc_running || vm->gc_inhibit > 0 || vm->nroots > vm->caproots) return;
    vm->gc_running = true;
    mark_roots(vm);
    drain(vm);
    sweep(vm);
    vm->gc_count++;
    size_t t = vm->heap_bytes * 2;
    vm->gc_threshold = t > GC_MIN_THRESHOLD ? t : GC_MIN_THRESHOLD;
    vm->gc_running = false;
}

void gc_free_all(CoilVM *vm)
{
    CoilObject *o = vm->objects;
    vm->objects = NULL;
    CoilObject *types = NULL;
    for (CoilObject *p = o; p; p = (CoilObject *)(p->gc_link & ~GC_MARK_BIT))
        if (p->type->finalize) p->type->finalize(vm, p);
    while (o) {
        CoilObject *next = (CoilObject *)(o->gc_link & ~GC_MARK_BIT);
        if (o->type->flags & TYPE_TYPE_SUBCLASS) {
            o->gc_link = (uintptr_t)types;
            types = o;
        } else {
            vm_mem_free(vm, o, object_size(o));
        }
        o = next;
    }
    free_types(vm, types);
}
