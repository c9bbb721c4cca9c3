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
    CoilFrame *frame;     /* while it can run: in the block (GEN_FRAME_INLINE) or its own; NULL once closed */
    /* VAL_EMPTY: the code's name and qualname, as a function not renamed
     * before the call gives; else the (name, qualname) tuple (gen_names). */
    CoilValue names;
    uint8_t state;
    /* Coroutines and async generators (coro.c): */
    uint8_t aflags;           /* CORO_* */
    uint8_t loop_owned;       /* only a for loop's iterator register holds it (gen_close_owned) */
    uint32_t seq;             /* creation order ("never awaited" warnings come in it) */
    /* What a coroutine needs before it starts, while it runs and once its
     * frame is gone share a word pair: read them through the state
     * (gen_chain_len) and the frame (gen_code). */
    union {
        struct CoilCode *closed_code; /* frame released: gi_code / cr_code / ag_code */
        struct { /* started: suspended as the base of an await chain, the chain's innermost frame and its length */
            CoilFrame *inner;
            int32_t chain_len;
        };
        struct { /* GEN_CREATED: the code and line that made it ("never awaited") */
            struct CoilCode *origin_code;
            int32_t origin_line;
        };
    };
} CoilGenerator;

/* Where the frame goes (gen_alloc).  Coroutines and async generators made
 * by a call usually live long (a task's coroutine waits for most of its
 * life): their frame shares the object's block -- one allocation, no
 * second header.  Plain generators, and the coroutines an await chain
 * builds when an awaited frame suspends (one per sleep(0) in a task),
 * usually finish soon: their frame is a block of its own, freed when they
 * finish and reused at once by the next one, so a dead one waiting for the
 * collector costs only the small object. */
enum { GEN_FRAME_OWN, GEN_FRAME_INLINE };

/* The trace slot of generators, coroutines and async generators alike. */
void gen_trace(CoilVM *vm, CoilObject *o);

/* gi_code / cr_code / ag_code: its frame's, or the one kept when the frame went. */
static inline struct CoilCode *gen_code(const CoilGenerator *g) { return g->frame ? g->frame->code : g->closed_code; }

/* The frames of the await chain suspended under g's frame (at least 1). */
static inline int gen_chain_len(const CoilGenerator *g)
{
    return g->state != GEN_CREATED && g->chain_len ? g->chain_len : 1;
}

/* __name__ and __qualname__ (str). */
CoilValue gen_name(const CoilGenerator *g);
CoilValue gen_qualname(const CoilGenerator *g);
/* The `names` for a generator of fn, which takes fn's name and qualname at
 * creation as CPython's do: VAL_EMPTY, a new tuple for a function renamed
 * since its definition, or VAL_ERROR (MemoryError). */
CoilValue gen_names_of(CoilVM *vm, struct CoilFunction *fn);

static inline CoilFrame *gen_inline_frame(const CoilGenerator *g) { return (CoilFrame *)(void *)(g + 1); }

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

/* A generator object of `type` owning a frame for `code` (g->frame,
 * initialised; where: GEN_FRAME_*); other fields zeroed.  NULL with
 * MemoryError. */
CoilGenerator *gen_alloc(CoilVM *vm, CoilType *type, struct CoilCode *code, int where);
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
