/* gen.h — generators: a generator owns its frame (header and registers),
 * so suspending is saving a pc and resuming is linking the frame back onto
 * the VM's frame chain.  Coroutines and async generators reuse the same
 * object and resume protocol. */
#ifndef COIL_GEN_H
#define COIL_GEN_H

#include "vm/func.h"
#include "vm/state.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct CoilGenerator {
    CoilObject obj;
    uint8_t state;
    /* Coroutines and async generators (coro.c): */
    uint8_t aflags;           /* CORO_* */
    uint8_t loop_owned;       /* only a for loop's iterator register holds it (gen_close_owned) */
    uint8_t frame_where;      /* GEN_FRAME_OWN or GEN_FRAME_INLINE, | GEN_NAMED, | GEN_FRAME_LIVE */
    uint32_t seq;             /* creation order ("never awaited" warnings come in it) */
    /* Then, in the same block: the inline frame, or a word that points to
     * an own frame (NULL once released) and one that keeps its code
     * (gen_frame() reads which); last, when the function was renamed
     * before the call (GEN_NAMED), the (name, qualname) tuple -- else the
     * code's names are its, as a function not renamed gives. */
    /* What a coroutine needs only while its frame is not running -- where
     * it was created, the await chain suspended under it -- lives in the
     * words of that frame only a running frame uses (frame.h), read
     * through the helpers below.  Once the frame is released, the code
     * stays for gi_code/cr_code: in the inline frame's block, or in a word
     * after this header for an own frame (gen_closed_code). */
} CoilGenerator;

/* CoilGenerator.aflags. */
enum {
    CORO_RUNNING_ASYNC = 1, /* async generator: an asend/athrow/aclose (or async for step) is in progress */
    CORO_HOOKS_INITED = 2,  /* async generator: the firstiter hook has run */
    CORO_AG_CLOSED = 4,     /* async generator: aclose() ran or it finished by StopAsyncIteration */
    CORO_CHAINED = 8,       /* suspended as the base of an await chain (gen_chain_inner) */
};

/* Where the frame goes (gen_alloc).  Coroutines and async generators made
 * by a call usually live long (a task's coroutine waits for most of its
 * life): their frame shares the object's block -- one allocation, no
 * second header.  Plain generators, and the coroutines an await chain
 * builds when an awaited frame suspends (one per sleep(0) in a task),
 * usually finish soon: their frame is a block of its own, freed when they
 * finish and reused at once by the next one, so a dead one waiting for the
 * collector costs only the small object. */
enum { GEN_FRAME_OWN, GEN_FRAME_INLINE, GEN_NAMED = 2, GEN_FRAME_LIVE = 4 };

/* The trace slot of generators, coroutines and async generators alike. */
void gen_trace(CoilVM *vm, CoilObject *o);

/* The word after the header: the inline frame starts there, or it points
 * to an own frame (NULL once released), the next word keeping the code
 * (see CoilGenerator). */
static inline CoilFrame *gen_inline_frame(const CoilGenerator *g) { return (CoilFrame *)(void *)(g + 1); }

/* Where a released frame's code stays (see CoilGenerator). */
static inline struct CoilCode **gen_closed_code(CoilGenerator *g)
{
    return (g->frame_where & GEN_FRAME_INLINE) ? &gen_inline_frame(g)->code : (struct CoilCode **)(void *)(g + 1) + 1;
}

/* Its frame while it can run, NULL once closed (gen_set_frame). */
static inline CoilFrame *gen_frame(const CoilGenerator *g)
{
    uint8_t fw = g->frame_where;
    if (fw & GEN_FRAME_INLINE) return (fw & GEN_FRAME_LIVE) ? gen_inline_frame(g) : NULL;
    return *(CoilFrame *const *)(const void *)(g + 1);
}

/* f: the inline frame, a block of its own, or NULL once released. */
static inline void gen_set_frame(CoilGenerator *g, CoilFrame *f)
{
    if (!(g->frame_where & GEN_FRAME_INLINE)) *(CoilFrame **)(void *)(g + 1) = f;
    if (f) g->frame_where |= GEN_FRAME_LIVE;
    else g->frame_where &= (uint8_t)~GEN_FRAME_LIVE;
}

/* The (name, qualname) tuple, or VAL_EMPTY for the code's: the block's
 * last word, after the inline frame (whose code stays there) or after the
 * own frame's two words. */
static inline CoilValue gen_names(const CoilGenerator *g)
{
    if (!(g->frame_where & GEN_NAMED)) return VAL_EMPTY;
    size_t at = (g->frame_where & GEN_FRAME_INLINE) ? FRAME_HEADER_VALUES + gen_inline_frame(g)->code->nregs : 2;
    return ((const CoilValue *)(const void *)(g + 1))[at];
}

/* gi_code / cr_code / ag_code: its frame's, or the one kept when the frame went. */
static inline struct CoilCode *gen_code(const CoilGenerator *g)
{
    CoilFrame *f = gen_frame(g);
    return f ? f->code : *gen_closed_code((CoilGenerator *)g);
}

/* A started coroutine suspended as the base of an await chain
 * (CORO_CHAINED): the chain's innermost frame below its own, NULL when it
 * waits in its own frame. */
static inline CoilFrame *gen_chain_inner(const CoilGenerator *g)
{
    return (g->aflags & CORO_CHAINED) ? gen_frame(g)->gen_inner : NULL;
}

/* The frames of the await chain suspended under g's frame (at least 1). */
static inline int gen_chain_len(const CoilGenerator *g)
{
    return (g->aflags & CORO_CHAINED) ? (int)value_as_small_int(gen_frame(g)->gen_count) : 1;
}

/* __name__ and __qualname__ (str). */
CoilValue gen_name(const CoilGenerator *g);
CoilValue gen_qualname(const CoilGenerator *g);
/* The `names` for a generator of fn, which takes fn's name and qualname at
 * creation as CPython's do: VAL_EMPTY, a new tuple for a function renamed
 * since its definition, or VAL_ERROR (MemoryError). */
CoilValue gen_names_of(CoilVM *vm, struct CoilFunction *fn);

/* Result of resuming: the generator yielded a value, returned one, or
 * raised (the exception is pending). */
typedef enum { GEN_YIELDED = 0, GEN_RETURNED = 1, GEN_ERROR = -1 } CoilGenStatus;

/* A C consumer draining a generator (sum()) installs one of these in
 * vm->gen_sink around each next(): a YIELD in `frame` -- returning to that
 * next() -- first offers its value to fold, and when fold takes it the frame
 * goes on at once as if next() had been called again, without leaving the
 * dispatch loop.  fold runs no script code and allocates nothing, so nothing
 * can observe the skipped suspension; it declines anything else, which then
 * yields as usual. */
typedef struct CoilGenSink {
    CoilFrame *frame;
    bool (*fold)(struct CoilGenSink *sink, CoilValue v);
    CoilValue acc;
} CoilGenSink;

void gen_init_types(CoilVM *vm);

/* A generator object of `type` owning a frame for `code` (gen_frame(g),
 * initialised; where: GEN_FRAME_*); other fields zeroed.  NULL with
 * MemoryError. */
CoilGenerator *gen_alloc(CoilVM *vm, CoilType *type, struct CoilCode *code, int where, CoilValue names);
/* g's frame is finished (or g is being collected): it is no longer run
 * nor traced, and its memory is freed unless it is in g's block. */
void gen_free_frame(CoilVM *vm, CoilGenerator *g);

/* A new generator of `type` (t_generator, t_coroutine, t_async_generator)
 * running fn with the given arguments bound. */
CoilValue gen_new(CoilVM *vm, CoilType *type, CoilFunction *fn, const CoilValue *args, size_t nargs,
                  CoilValue kwnames);
/* Resumes with `sent` (None for next()). */
CoilValue gen_resume(CoilVM *vm, CoilValue gen, CoilValue sent, CoilGenStatus *status);
/* Raises exc (an instance) at the suspension point. */
CoilValue gen_throw(CoilVM *vm, CoilValue gen, CoilValue exc, CoilGenStatus *status);
/* The generator's body has finished (failed: by an exception, pending):
 * closes it and frees its frame, applying PEP 479.  run_frame's ending, and
 * the interpreter's when FORITER resumed the frame in its own loop. */
void gen_inline_done(CoilVM *vm, CoilGenerator *g, bool failed);
/* gen.close(): 0 or -1. */
int gen_close(CoilVM *vm, CoilValue gen);
/* A for loop whose iterator (R[A] of CLOSEITER) it owns is left before the
 * end: a generator is closed now (an error in its finally is reported as
 * unraisable), an async generator's aclose() is scheduled on its loop, as
 * CPython does when the last reference goes. */
void gen_close_owned(CoilVM *vm, CoilValue it);
/* Finishes a generator, coroutine or async generator that never started
 * with exc thrown into it: exc becomes the pending exception, its
 * traceback gaining the generator's frame as CPython's does. */
void gen_throw_unstarted(CoilVM *vm, CoilGenerator *g, CoilValue exc);

/* A suspended generator whose close() would run code (it stopped inside a
 * try/with, or delegates with yield from): the collector keeps such a dying
 * generator for gen_close_dying. */
bool gen_needs_close(const CoilObject *gen);
/* Closes the generators the collector found dying (see above), reporting
 * an exception a close raises as CPython's "Exception ignored in". */
void gen_close_dying(CoilVM *vm);
/* At exit: closes the suspended generators the __main__ globals hold, in
 * their order (CPython clears the module's names one by one), then those
 * that died unreachable. */
void gen_close_at_exit(CoilVM *vm, CoilValue main_globals);

static inline bool value_is_generator(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->t_generator;
}

#endif
