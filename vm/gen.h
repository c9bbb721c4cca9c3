/* gen.h — generators: a generator owns its frame (header and registers in
 * one block), so suspending is saving a pc and resuming is linking the frame
 * back onto the VM's frame chain.  Coroutines and async generators reuse the
 * same object and resume protocol. */
#ifndef COIL_GEN_H
#define COIL_GEN_H

#include "vm/func.h"
#include "vm/state.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct CoilGenerator {
    CoilObject obj;
    CoilFrame *frame;     /* owned (gen_alloc); NULL once closed and freed */
    CoilValue name, qualname;
    uint8_t state;
    /* Coroutines and async generators (coro.c): suspended as the base of an
     * await chain, the chain's innermost frame and its length in frames. */
    uint8_t aflags;           /* CORO_* */
    uint8_t loop_owned;       /* only a for loop's iterator register holds it (gen_close_owned) */
    int32_t chain_len;
    CoilFrame *inner;
    CoilValue extra;          /* coroutines and async generators: their code object */
    struct CoilCode *origin_code; /* the code that created it and the line ("never awaited") */
    int32_t origin_line;
    uint32_t seq;             /* creation order */
} CoilGenerator;

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
 * initialised); other fields zeroed.  NULL with MemoryError. */
CoilGenerator *gen_alloc(CoilVM *vm, CoilType *type, struct CoilCode *code);
/* Frees g's frame (finished or being collected). */
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
