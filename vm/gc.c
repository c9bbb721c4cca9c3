/* gc.c — the VM's heap: counted allocation through the host's hook, the
 * memory limit, aligned pages of same-sized object blocks with side mark
 * bitmaps, and the mark-sweep collector (roots, an explicit mark stack so
 * deep structures never recurse on the C stack, and a sweep that finalizes
 * every dying object before freeing any). */
#include <stdlib.h>
#include <string.h>

#include "vm/aio.h"
#include "vm/coro.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gen.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/weakref.h"

#define GC_MIN_THRESHOLD ((size_t)4 << 20)
/* How many levels gc_mark_object traces on the C stack before it uses the
 * mark stack. */
#define GC_EAGER_DEPTH 4
/* Mark stack entries a collection may leave allocated (64 KB). */
#define GC_GRAY_KEEP ((size_t)8192)

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

/* --- the object heap ------------------------------------------------------------ */

/* Every object lives in a page of GC_PAGE_BYTES aligned to that size, so an
 * object's page header, and its mark bit in the page's bitmap, are found
 * from its address alone: objects carry no header word beyond their type.
 * Objects of up to GC_MEDIUM_MAX bytes share pages of same-sized blocks
 * (8-byte size classes up to 256 bytes, then four classes per doubling), so
 * allocation pops a class's free list and the sweep walks each page in
 * address order.  Pages come from chunks of GC_CHUNK_PAGES and go back to
 * their chunk when empty; a chunk goes back to the hook when all its pages
 * are back.  A larger object gets a span of its own, its header on the
 * aligned boundary right before it.  A block whose type is NULL is free,
 * and its second word chains its class's free list. */
#define GC_PAGE_SHIFT 15
#define GC_PAGE_BYTES ((size_t)1 << GC_PAGE_SHIFT)
#define GC_CHUNK_PAGES 16
/* One page more than the pages, for aligning them. */
#define GC_CHUNK_BYTES ((GC_CHUNK_PAGES + 1) * GC_PAGE_BYTES)
#define GC_MEDIUM_MAX 4096
#define GC_NSMALL (COIL_SMALL_MAX / 8)
#define GC_HUGE 0xFFFF
/* 2048 mark bits: a page holds at most ~2030 blocks of 16 bytes. */
#define GC_MARK_WORDS 32
/* Some object in the page has (or had, at allocation) a finalize slot, or
 * was allocated during start-up when slots were still being filled. */
#define GC_PAGE_FINALIZERS 1

typedef struct CoilGCChunk {
    struct CoilGCChunk *next;
    void *raw;                 /* the hook's allocation; pages start at the next aligned address */
    struct CoilGCPage *free;   /* its pages not in use */
    uint32_t nfree;
} CoilGCChunk;

typedef struct CoilGCPage {
    struct CoilGCPage *next;   /* vm->pages, vm->huge, or its chunk's free pages */
    CoilGCChunk *chunk;        /* NULL for a huge span */
    void *raw;                 /* a huge span's allocation */
    size_t span_bytes;         /* and its size */
    uint32_t bsize, nblocks;
    uint32_t recip;            /* ceil(2**32 / bsize): block index = offset * recip >> 32 */
    uint16_t cls, flags;
    uint64_t mark[GC_MARK_WORDS];
} CoilGCPage;

#define GC_PAGE_HEADER ((sizeof(CoilGCPage) + 15) & ~(size_t)15)

_Static_assert(COIL_SMALL_MAX == 256, "the size classes below assume 256-byte small objects");
_Static_assert((GC_PAGE_BYTES - GC_PAGE_HEADER) / 16 <= GC_MARK_WORDS * 64, "one mark bit per block");
_Static_assert(COIL_OBJ_CLASSES == GC_NSMALL + 16, "state.h sizes obj_free for these classes");

/* Block sizes of the classes above 256 bytes (class GC_NSMALL + 1 + i). */
static const uint16_t medium_sizes[16] = {320,  384,  448,  512,  640,  768,  896,  1024,
                                          1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096};

/* The class of an n-byte object (n <= GC_MEDIUM_MAX).  A free block holds a
 * type word and a link, so nothing is smaller than 16 bytes. */
static inline size_t obj_class(size_t n)
{
    if (n <= COIL_SMALL_MAX) return n <= 16 ? 2 : (n + 7) >> 3;
    size_t i = 0;
    while (medium_sizes[i] < n) i++;
    return GC_NSMALL + 1 + i;
}

static inline size_t class_size(size_t c) { return c <= GC_NSMALL ? c << 3 : medium_sizes[c - GC_NSMALL - 1]; }

static inline CoilGCPage *page_of(const void *o)
{
    return (CoilGCPage *)((uintptr_t)o & ~(uintptr_t)(GC_PAGE_BYTES - 1));
}

static inline char *page_blocks(CoilGCPage *p) { return (char *)p + GC_PAGE_HEADER; }

static inline size_t block_index(CoilGCPage *p, const void *o)
{
    return (size_t)(((uint64_t)((const char *)o - page_blocks(p)) * p->recip) >> 32);
}

/* The free-list link of a free block (the word after its NULL type). */
static inline CoilObject **block_link(CoilObject *b) { return (CoilObject **)(void *)(b + 1); }

/* Memory from the hook for the heap's own structures: no collection first
 * (the callers decide when to collect), but the limit holds and a failed
 * request is retried once after a collection. */
static void *heap_get(CoilVM *vm, size_t size)
{
    if (vm->mem_limit && vm->heap_bytes + size > vm->mem_limit) {
        gc_collect(vm);
        if (vm->heap_bytes + size > vm->mem_limit) return NULL;
    }
    void *q = vm->alloc.fn(vm->alloc.ud, NULL, 0, size);
    if (!q) {
        gc_collect(vm);
        q = vm->alloc.fn(vm->alloc.ud, NULL, 0, size);
        if (!q) return NULL;
    }
    vm->heap_bytes += size;
    return q;
}

static void heap_put(CoilVM *vm, void *p, size_t size)
{
    vm->alloc.fn(vm->alloc.ud, p, size, 0);
    vm->heap_bytes -= size;
}

static bool chunk_new(CoilVM *vm)
{
    CoilGCChunk *ch = vm->alloc.fn(vm->alloc.ud, NULL, 0, sizeof *ch);
    if (!ch) return false;
    void *raw = heap_get(vm, GC_CHUNK_BYTES);
    if (!raw) {
        vm->alloc.fn(vm->alloc.ud, ch, sizeof *ch, 0);
        return false;
    }
    ch->raw = raw;
    ch->free = NULL;
    ch->nfree = GC_CHUNK_PAGES;
    uintptr_t base = ((uintptr_t)raw + GC_PAGE_BYTES - 1) & ~(uintptr_t)(GC_PAGE_BYTES - 1);
    for (size_t i = GC_CHUNK_PAGES; i-- > 0;) {
        CoilGCPage *p = (CoilGCPage *)(base + i * GC_PAGE_BYTES);
        p->chunk = ch;
        p->next = ch->free;
        ch->free = p;
    }
    ch->next = vm->chunks;
    vm->chunks = ch;
    return true;
}

/* A free page of some chunk, or NULL.  The chunk found moves to the front,
 * so the next requests find its other free pages at once. */
static CoilGCPage *page_take(CoilVM *vm)
{
    for (CoilGCChunk **l = &vm->chunks; *l; l = &(*l)->next) {
        CoilGCChunk *ch = *l;
        if (!ch->free) continue;
        if (l != &vm->chunks) {
            *l = ch->next;
            ch->next = vm->chunks;
            vm->chunks = ch;
        }
        CoilGCPage *p = ch->free;
        ch->free = p->next;
        ch->nfree--;
        return p;
    }
    return NULL;
}

/* Gives an empty page back to its chunk, and the chunk to the hook once all
 * its pages are back. */
static void page_give_back(CoilVM *vm, CoilGCPage *p)
{
    CoilGCChunk *ch = p->chunk;
    p->next = ch->free;
    ch->free = p;
    if (++ch->nfree < GC_CHUNK_PAGES) return;
    for (CoilGCChunk **l = &vm->chunks; *l; l = &(*l)->next) {
        if (*l == ch) {
            *l = ch->next;
            break;
        }
    }
    heap_put(vm, ch->raw, GC_CHUNK_BYTES);
    vm->alloc.fn(vm->alloc.ud, ch, sizeof *ch, 0);
}

/* A fresh page for class c, its blocks pushed on the free list in address
 * order (consecutive allocations are adjacent).  When the heap would have to
 * grow past the threshold, collects first, which may free blocks of the
 * class and make the page unnecessary.  NULL when out of memory. */
static CoilObject *page_refill(CoilVM *vm, size_t c)
{
    CoilGCPage *p = page_take(vm);
    if (!p) {
        if (vm->heap_bytes + GC_CHUNK_BYTES > vm->gc_threshold) {
            gc_collect(vm);
            if (vm->obj_free[c]) return vm->obj_free[c];
            p = page_take(vm);
        }
        if (!p && chunk_new(vm)) p = page_take(vm);
        /* Out of memory; but the collection the limit forced on the way
         * may have freed blocks of this class. */
        if (!p) return vm->obj_free[c];
    }
    size_t bs = class_size(c), n = (GC_PAGE_BYTES - GC_PAGE_HEADER) / bs;
    p->raw = NULL;
    p->span_bytes = 0;
    p->bsize = (uint32_t)bs;
    p->nblocks = (uint32_t)n;
    p->recip = (uint32_t)((((uint64_t)1 << 32) + bs - 1) / bs);
    p->cls = (uint16_t)c;
    p->flags = 0;
    memset(p->mark, 0, sizeof p->mark);
    p->next = vm->pages;
    vm->pages = p;
    char *b = page_blocks(p);
    CoilObject *head = vm->obj_free[c];
    for (size_t i = n; i-- > 0;) {
        CoilObject *o = (CoilObject *)(void *)(b + i * bs);
        o->type = NULL;
        *block_link(o) = head;
        head = o;
    }
    vm->obj_free[c] = head;
    return head;
}

/* A span of its own for an object of more than GC_MEDIUM_MAX bytes. */
static CoilObject *huge_alloc(CoilVM *vm, size_t size)
{
    if (size > SIZE_MAX - GC_PAGE_HEADER - 2 * GC_PAGE_BYTES) return NULL;
    size_t bytes = size + GC_PAGE_HEADER + GC_PAGE_BYTES;
    if (vm->gc_stress || vm->heap_bytes + bytes > vm->gc_threshold) gc_collect(vm);
    void *raw = heap_get(vm, bytes);
    if (!raw) return NULL;
    CoilGCPage *p = (CoilGCPage *)(((uintptr_t)raw + GC_PAGE_BYTES - 1) & ~(uintptr_t)(GC_PAGE_BYTES - 1));
    memset(p, 0, GC_PAGE_HEADER);
    p->raw = raw;
    p->span_bytes = bytes;
    p->bsize = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    p->nblocks = 1;
    p->cls = GC_HUGE;
    p->next = vm->huge;
    vm->huge = p;
    return (CoilObject *)(void *)page_blocks(p);
}

static inline void *alloc_object(CoilVM *vm, CoilType *type, size_t size, size_t zero)
{
    if (vm->gc_stress) gc_collect(vm);
    CoilObject *o;
    if (size <= GC_MEDIUM_MAX) {
        size_t c = obj_class(size);
        o = vm->obj_free[c];
        if (!o && !(o = page_refill(vm, c))) {
            vm_raise_nomem(vm);
            return NULL;
        }
        vm->obj_free[c] = *block_link(o);
        memset(o, 0, zero < class_size(c) ? zero : class_size(c));
    } else {
        if (!(o = huge_alloc(vm, size))) {
            vm_raise_nomem(vm);
            return NULL;
        }
        memset(o, 0, zero < size ? zero : size);
    }
    o->type = type;
    /* The sweep finalizes only in flagged pages.  During start-up types get
     * their finalize slots after some instances exist, so everything
     * allocated then is flagged.  Generators too: rescue_generators looks
     * for dying suspended ones in the same pages. */
    if (vm->gc_inhibit || (type && (type->finalize || type == vm->t_generator)))
        page_of(o)->flags |= GC_PAGE_FINALIZERS;
    return o;
}

void *gc_alloc_object(CoilVM *vm, CoilType *type, size_t size) { return alloc_object(vm, type, size, SIZE_MAX); }

void *gc_alloc_object_uninit(CoilVM *vm, CoilType *type, size_t size) { return alloc_object(vm, type, size, 0); }

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

/* Sets o's mark bit; false if it was set already. */
static inline bool mark_bit_set(CoilObject *o)
{
    CoilGCPage *p = page_of(o);
    size_t i = block_index(p, o);
    uint64_t bit = (uint64_t)1 << (i & 63), *w = &p->mark[i >> 6];
    if (*w & bit) return false;
    *w |= bit;
    return true;
}

static inline bool mark_bit(const CoilObject *o)
{
    CoilGCPage *p = page_of(o);
    size_t i = block_index(p, o);
    return (p->mark[i >> 6] >> (i & 63)) & 1;
}

bool gc_is_marked(const CoilObject *o) { return mark_bit(o); }

bool gc_visit(CoilObject *o) { return mark_bit_set(o); }

void gc_unvisit(CoilObject *o)
{
    CoilGCPage *p = page_of(o);
    size_t i = block_index(p, o);
    p->mark[i >> 6] &= ~((uint64_t)1 << (i & 63));
}

static void trace_object(CoilVM *vm, CoilObject *o);

void gc_mark_object(CoilVM *vm, CoilObject *o)
{
    if (!o || !mark_bit_set(o)) return;
    CoilType *t = o->type;
    if (!t->trace) {
        /* A leaf (str, big int, float...): marking its class is all that
         * tracing would do, so it never goes through the mark stack, which
         * stays small even for a list of a million strings.  Classes have a
         * trace slot, so this recurses once at most. */
        gc_mark_object(vm, &t->obj);
        return;
    }
    if (vm->mark_depth < GC_EAGER_DEPTH) {
        /* Traced at once, a few levels deep: a wide container's children
         * (100,000 tasks in a list) then never sit on the mark stack all
         * together, each taking its own children through here in turn. */
        vm->mark_depth++;
        trace_object(vm, o);
        vm->mark_depth--;
        return;
    }
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
        for (CoilGCPage *p = vm->huge; p; p = p->next)
            if (p->mark[0] & 1) trace_object(vm, (CoilObject *)(void *)page_blocks(p));
        for (CoilGCPage *p = vm->pages; p; p = p->next) {
            size_t bs = p->bsize;
            char *b = page_blocks(p);
            for (size_t i = 0; i < p->nblocks; i++, b += bs) {
                CoilObject *o = (CoilObject *)(void *)b;
                if (o->type && ((p->mark[i >> 6] >> (i & 63)) & 1)) trace_object(vm, o);
            }
        }
    }
}

void gc_mark_frame(CoilVM *vm, CoilFrame *f)
{
    gc_mark_object(vm, (CoilObject *)f->code);
    gc_mark_value(vm, f->globals);
    gc_mark_value(vm, f->saved_handled);
    gc_mark_value(vm, f->locals);      /* or yf_iter */
    gc_mark_value(vm, f->gen_handled); /* or init_self */
    if (f->code) gc_mark_values(vm, frame_regs(f), f->code->nregs);
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
    gc_mark_value(vm, vm->repl_globals);
    gc_mark_value(vm, vm->repl_loop);
    gc_mark_value(vm, vm->context);
    gc_mark_value(vm, vm->atexit_funcs);
    gc_mark_value(vm, vm->builtins);
    gc_mark_value(vm, vm->builtins_dict);
    gc_mark_value(vm, vm->empty_tuple);
    gc_mark_value(vm, vm->exc);
    gc_mark_value(vm, vm->handled);
    gc_mark_value(vm, vm->memory_error);
    gc_mark_value(vm, vm->stop_value);
    for (CoilFrame *f = vm->frame; f; f = f->prev) gc_mark_frame(vm, f);
    for (size_t i = 0; i < vm->ngen_dying; i++) gc_mark_object(vm, vm->gen_dying[i]);
    weakref_gc_mark_pending(vm);
    gc_mark_values(vm, vm->roots, vm->nroots < vm->caproots ? vm->nroots : vm->caproots);
    gc_mark_values(vm, vm->handles, vm->nhandles);
    gc_mark_values(vm, vm->repr_stack, vm->nrepr);
    if (vm->async) gc_mark_object(vm, (CoilObject *)vm->async); /* event loops, tasks (aio.h) */
}

/* --- sweep ---------------------------------------------------------------------- */

/* Calls fn on every unmarked object in the pages that hold finalizers. */
static void each_dead_finalizable(CoilVM *vm, void (*fn)(CoilVM *vm, CoilObject *o, void *ud), void *ud)
{
    for (CoilGCPage *p = vm->pages; p; p = p->next) {
        if (!(p->flags & GC_PAGE_FINALIZERS)) continue;
        size_t bs = p->bsize;
        char *b = page_blocks(p);
        for (size_t i = 0; i < p->nblocks; i++, b += bs) {
            CoilObject *o = (CoilObject *)(void *)b;
            if (o->type && !((p->mark[i >> 6] >> (i & 63)) & 1)) fn(vm, o, ud);
        }
    }
}

/* One pass of sweep_finalize: pass[0] 0 finalizes all but code objects
 * (noting in pass[1] that one died), 1 the code objects. */
static void finalize_in_pass(CoilVM *vm, CoilObject *o, void *ud)
{
    int *pass = ud;
    if (!o->type->finalize) return;
    bool code = o->type == vm->t_code;
    if (code != (pass[0] == 1)) {
        pass[1] |= code;
        return;
    }
    o->type->finalize(vm, o);
}

/* Pass 1: finalizes every unmarked object (in the pages flagged as holding
 * finalizable ones) before anything is freed, so a finalizer may still read
 * other dying objects and its dying class. */
static void sweep_finalize(CoilVM *vm)
{
    /* Dead code objects last: the finalizers of what ran them read them
     * (see gc_free_all). */
    int pass[2] = {0, 0};
    each_dead_finalizable(vm, finalize_in_pass, pass);
    if (pass[1]) {
        pass[0] = 1;
        each_dead_finalizable(vm, finalize_in_pass, pass);
    }
    for (CoilGCPage *p = vm->huge; p; p = p->next) {
        CoilObject *o = (CoilObject *)(void *)page_blocks(p);
        if (!(p->mark[0] & 1) && o->type->finalize) o->type->finalize(vm, o);
    }
}

/* Pass 2: frees the unmarked objects, clears the marks, rebuilds the free
 * lists in address order and gives empty pages back.  Returns the bytes of
 * free blocks left in the pages kept. */
static size_t sweep_free(CoilVM *vm)
{
    size_t free_bytes = 0;
    CoilObject *last[COIL_OBJ_CLASSES + 1] = {0};
    for (size_t c = 0; c <= COIL_OBJ_CLASSES; c++) vm->obj_free[c] = NULL;
    CoilGCPage **link = &vm->pages;
    while (*link) {
        CoilGCPage *p = *link;
        size_t bs = p->bsize, live = 0;
        char *b = page_blocks(p);
        CoilObject *first = NULL, *prev = NULL;
        for (size_t i = 0; i < p->nblocks; i++, b += bs) {
            CoilObject *o = (CoilObject *)(void *)b;
            if (o->type) {
                if ((p->mark[i >> 6] >> (i & 63)) & 1) {
                    live++;
                    continue;
                }
                o->type = NULL;
            }
            if (prev) *block_link(prev) = o;
            else first = o;
            prev = o;
        }
        memset(p->mark, 0, sizeof p->mark);
        if (!live) {
            *link = p->next;
            page_give_back(vm, p);
            continue;
        }
        free_bytes += (p->nblocks - live) * bs;
        if (prev) {
            *block_link(prev) = NULL;
            if (last[p->cls]) *block_link(last[p->cls]) = first;
            else vm->obj_free[p->cls] = first;
            last[p->cls] = prev;
        }
        link = &p->next;
    }
    link = &vm->huge;
    while (*link) {
        CoilGCPage *p = *link;
        if (p->mark[0] & 1) {
            p->mark[0] = 0;
            link = &p->next;
        } else {
            *link = p->next;
            heap_put(vm, p->raw, p->span_bytes);
        }
    }
    return free_bytes;
}

/* A dead generator suspended inside a try/with must still run its finally
 * blocks (CPython closes it at deallocation): it survives this collection,
 * with all it references, queued in vm->gen_dying for a safe point. */
static void rescue_one(CoilVM *vm, CoilObject *o)
{
    if (o->type != vm->t_generator || !gen_needs_close(o)) return;
    if (vm->ngen_dying == vm->capgen_dying) {
        size_t cap = vm->capgen_dying ? vm->capgen_dying * 2 : 16;
        CoilObject **q = vm->alloc.fn(vm->alloc.ud, vm->gen_dying, vm->capgen_dying * sizeof *q, cap * sizeof *q);
        if (!q) return; /* no memory: it dies without running its finally */
        vm->gen_dying = q;
        vm->capgen_dying = cap;
    }
    vm->gen_dying[vm->ngen_dying++] = o;
    gc_mark_object(vm, o);
}

static void rescue_in_page(CoilVM *vm, CoilObject *o, void *ud)
{
    (void)ud;
    rescue_one(vm, o);
}

static void rescue_generators(CoilVM *vm)
{
    size_t before = vm->ngen_dying;
    each_dead_finalizable(vm, rescue_in_page, NULL);
    for (CoilGCPage *p = vm->huge; p; p = p->next)
        if (!(p->mark[0] & 1)) rescue_one(vm, (CoilObject *)(void *)page_blocks(p));
    if (vm->ngen_dying > before) {
        drain(vm);
        vm->check_counter = 1; /* close them at the next check point */
    }
}

/* Returns the bytes of free blocks left in pages (see sweep_free). */
static size_t sweep(CoilVM *vm)
{
    sweep_finalize(vm);
    return sweep_free(vm);
}

void gc_collect(CoilVM *vm)
{
    if (vm->gc_running || vm->gc_inhibit > 0 || vm->nroots > vm->caproots) return;
    vm->gc_running = true;
    mark_roots(vm);
    drain(vm);
    if (vm->async) {
        /* Futures dying with an unretrieved exception live on to be reported. */
        aio_gc_before_sweep(vm);
        drain(vm);
    }
    rescue_generators(vm);
    /* Marking is over: weak references to what stayed unmarked are cleared
     * before the sweep frees it (their callbacks run at a safe point). */
    weakref_gc_clear(vm);
    size_t free_bytes = sweep(vm);
    if (vm->capgray > GC_GRAY_KEEP) {
        /* A wide container (a deque of 100,000 waiters) grows the mark stack
         * to hold all its children at once; kept, that size would stay in
         * the process's footprint for good, for the next collection's sake
         * only.  Freed outright, not shrunk in place: with glibc a remnant
         * left where it stood made the next growth leave holes, and the
         * peak resident size rose instead of falling.  Growing back by
         * doubling is cheap next to marking. */
        vm->alloc.fn(vm->alloc.ud, vm->gray, vm->capgray * sizeof *vm->gray, 0);
        vm->gray = NULL;
        vm->capgray = 0;
    }
    if (vm->coro_warnings) coro_flush_warnings(vm); /* in creation order (coro.c) */
    vm->gc_count++;
    /* The next collection comes when the program has allocated as much again
     * as survived (Lua's and Go's default pacing).  Survivors are counted
     * without the free blocks left in pages, which new objects fill before
     * the heap grows; but the heap may always grow by an eighth, so a
     * collection that freed blocks of the wrong sizes does not rerun at once. */
    size_t live = vm->heap_bytes - free_bytes;
    size_t t = live * 2, floor = vm->heap_bytes + vm->heap_bytes / 8;
    if (t < floor) t = floor;
    vm->gc_threshold = t > GC_MIN_THRESHOLD ? t : GC_MIN_THRESHOLD;
    vm->gc_running = false;
}

void gc_free_all(CoilVM *vm)
{
    /* Every object is finalized before any memory goes back; code objects
     * last, as other finalizers read them (a coroutine's "never awaited"
     * warning its name, a generator its frame's size). */
    for (int pass = 0; pass < 2; pass++)
        for (CoilGCPage *p = vm->pages; p; p = p->next) {
            size_t bs = p->bsize;
            char *b = page_blocks(p);
            for (size_t i = 0; i < p->nblocks; i++, b += bs) {
                CoilObject *o = (CoilObject *)(void *)b;
                if (o->type && o->type->finalize && (o->type == vm->t_code) == (pass == 1)) o->type->finalize(vm, o);
            }
        }
    for (CoilGCPage *p = vm->huge; p; p = p->next) {
        CoilObject *o = (CoilObject *)(void *)page_blocks(p);
        if (o->type->finalize) o->type->finalize(vm, o);
    }
    while (vm->huge) {
        CoilGCPage *next = vm->huge->next;
        heap_put(vm, vm->huge->raw, vm->huge->span_bytes);
        vm->huge = next;
    }
    vm->pages = NULL;
    while (vm->chunks) {
        CoilGCChunk *next = vm->chunks->next;
        heap_put(vm, vm->chunks->raw, GC_CHUNK_BYTES);
        vm->alloc.fn(vm->alloc.ud, vm->chunks, sizeof *vm->chunks, 0);
        vm->chunks = next;
    }
    for (size_t c = 0; c <= COIL_OBJ_CLASSES; c++) vm->obj_free[c] = NULL;
    weakref_free_all(vm);
    if (vm->gen_dying) vm->alloc.fn(vm->alloc.ud, vm->gen_dying, vm->capgen_dying * sizeof *vm->gen_dying, 0);
    vm->gen_dying = NULL;
    vm->ngen_dying = vm->capgen_dying = 0;
}

size_t gc_object_count(CoilVM *vm)
{
    size_t n = 0;
    for (CoilGCPage *p = vm->huge; p; p = p->next) n++;
    for (CoilGCPage *p = vm->pages; p; p = p->next) {
        size_t bs = p->bsize;
        char *b = page_blocks(p);
        for (size_t i = 0; i < p->nblocks; i++, b += bs)
            if (((CoilObject *)(void *)b)->type) n++;
    }
    return n;
}

bool gc_object_is_live(CoilVM *vm, const CoilObject *obj)
{
    const char *x = (const char *)obj;
    for (CoilGCPage *p = vm->pages; p; p = p->next) {
        char *b = page_blocks(p), *end = b + (size_t)p->nblocks * p->bsize;
        if (x >= b && x < end) return (size_t)(x - b) % p->bsize == 0 && obj->type != NULL;
    }
    for (CoilGCPage *p = vm->huge; p; p = p->next)
        if (x == page_blocks(p)) return true;
    return false;
}
