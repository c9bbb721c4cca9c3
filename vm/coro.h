/* coro.h — coroutines and the await machinery: driving a coroutine or async
 * generator from C (send/throw/close, Task steps), the await-family
 * instructions (AWAIT, GETAITER, ASYNCFORITER, YIELD in async generators)
 * and the frame exits they need, the user-class async slots, and the
 * "never awaited" warning.
 *
 * Await chains: an AWAIT on a coroutine links the coroutine's frame on top
 * of the awaiting frame, inside the same dispatch loop, so awaiting costs a
 * call and never nests on the C stack.  When the innermost frame must wait
 * (a Future, a bare yield of an __await__ iterator), the whole chain is
 * unlinked at once and the driver (the C code that resumed the chain's base
 * coroutine) gets the yielded value; the base records the innermost frame,
 * and the next resume links the chain back and re-enters that frame: a
 * resume costs the same at any await depth. */
#ifndef COIL_CORO_H
#define COIL_CORO_H

#include "vm/gen.h"

/* How a driven coroutine left (coro_drive). */
enum {
    DRIVE_ERROR = -1,     /* raised: exception pending; the coroutine is closed */
    DRIVE_YIELD = 0,      /* suspended: the value is for the driver (a Future, None...) */
    DRIVE_RETURN = 1,     /* returned *out; the coroutine is closed */
    DRIVE_AGEN_YIELD = 2, /* an async generator yielded *out to its consumer */
};

/* The record of one resumption from C (on the C stack, chained through
 * vm->driver): where the chain's base was linked, to unlink it again. */
typedef struct CoilDriver {
    struct CoilDriver *prev;
    CoilGenerator *gen;        /* the coroutine / async generator resumed */
    CoilValue *stack_top;      /* register stack at entry */
    struct CoilStackSeg *seg;
    int depth;                 /* vm->depth at entry */
    int exit;                  /* DRIVE_* for how the run loop was left */
    int ninline;               /* awaited frames on the register stack (no coroutine object yet) */
    bool for_task;             /* a task's step: what the chain yields goes to that task */
} CoilDriver;

/* What an await-family helper did; interp.c acts on it. */
enum {
    CORO_NEXT,    /* done in this frame: continue at vm->frame->pc (reload the frame) */
    CORO_ENTER,   /* a frame was linked on top: continue in vm->frame */
    CORO_THROW,   /* vm->frame changed; the pending exception is raised at its pc */
    CORO_SUSPEND, /* the await chain was unlinked: leave the loop returning *out */
    CORO_ERROR    /* exception pending in the current frame */
};

void coro_init_types(CoilVM *vm);
/* Prints the "coroutine ... was never awaited" warnings the last sweep (or
 * teardown) queued, oldest coroutine first, as CPython's refcounting would. */
void coro_flush_warnings(CoilVM *vm);
/* Frees the record of warnings already shown (at VM teardown). */
void coro_free_warned(CoilVM *vm);
/* Called by gen_new for coroutines and async generators. */
void coro_on_create(CoilVM *vm, CoilGenerator *g, CoilFunction *fn);
/* Records the instruction of f as where the created coroutine g was made
 * (its "never awaited" warning names that line). */
void coro_set_origin(CoilGenerator *g, CoilFrame *f);

/* Resumes coroutine/async generator gv with `sent`, or throws exc into it
 * (exc != VAL_EMPTY: an exception instance).  Returns DRIVE_*. */
int coro_drive(CoilVM *vm, CoilValue gv, CoilValue sent, CoilValue exc, CoilValue *out);
/* The same for a task's step (coro_driven_by_task_await). */
int coro_drive_for_task(CoilVM *vm, CoilValue gv, CoilValue exc, CoilValue *out);
/* Whether what the native awaitable aw yields now goes straight to the task
 * that is stepping: the current frame is a coroutine's, awaiting aw, in the
 * chain a task's step drives (not a send() by hand, nor a generator). */
bool coro_driven_by_task_await(CoilVM *vm, CoilValue aw);
/* coro.close(): 0 or -1. */
int coro_close(CoilVM *vm, CoilValue gv);

/* --- the interpreter's hooks (f is vm->frame, f->pc past the instruction) --- */
int coro_op_await(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out);
int coro_op_anext(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out);
CoilValue coro_op_aiter(CoilVM *vm, CoilValue obj);
/* YIELD in an async generator frame. */
int coro_op_yield(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out);
/* RETURN from a FRAME_AWAITED frame: pops it into its awaiter (CORO_NEXT,
 * or CORO_ERROR with the exception to raise in the awaiter). */
int coro_frame_return(CoilVM *vm, CoilFrame *f, CoilValue res);
/* An exception leaves a FRAME_AWAITED frame: pops it; CORO_NEXT when the
 * awaiter absorbs the exception (StopAsyncIteration ending an async for,
 * aclose() completing), CORO_ERROR to keep unwinding in the awaiter. */
int coro_frame_unwind(CoilVM *vm, CoilFrame *f);
/* RAISE of the bare StopAsyncIteration class from an __anext__ frame
 * awaited by ASYNCFORITER with no handler around: ends the loop without
 * an exception object.  true when done (continue in vm->frame). */
bool coro_raise_stop_anext(CoilVM *vm, CoilFrame *f, const CoilInstr *pc, CoilValue exc);

/* Pushes fn's frame as awaited by f (f->pc already where f resumes, the
 * result going to ret_reg): an `await f()` of an async def, or an async
 * def __anext__, without a coroutine object; one is built only if the
 * frame suspends.  0, or -1 with the exception pending.  (The common case,
 * exact positional arguments, is coro_push_awaited below, inline.) */
int coro_push_awaited_general(CoilVM *vm, CoilFrame *f, CoilFunction *fn, CoilValue self, const CoilValue *args,
                              size_t nargs, CoilValue kwnames, uint8_t ret_reg);

/* --- shared with asyncgen.c --- */
/* Links generator g's frame (and its suspended chain) on top of parent f,
 * which awaits `awaitable` (g itself, or an asend/athrow object) and gets
 * the result in register ret_reg.  resume_with: the value sent into a
 * suspended frame.  CORO_ENTER or CORO_ERROR. */
int coro_link_child(CoilVM *vm, CoilFrame *f, CoilGenerator *g, CoilValue awaitable, uint8_t ret_reg,
                    CoilValue resume_with);
/* Unlinks the chain whose innermost frame is f (running under vm->driver),
 * leaving the run loop with v. */
int coro_suspend_chain(CoilVM *vm, CoilFrame *f, CoilValue v, CoilValue *out);
/* Sends into (exc == VAL_EMPTY) or throws into an iterator an await
 * delegates to: 0 it yielded *out, 1 it returned *out, -1 it raised. */
int coro_iter_send(CoilVM *vm, CoilValue it, CoilValue sent, CoilValue exc, CoilValue *out);
/* The exception instance for throw(typ[, val[, tb]]) arguments. */
CoilValue coro_throw_arg(CoilVM *vm, const CoilValue *args, size_t nargs);
/* Frees a finished coroutine's frame. */
void coro_release_frame(CoilVM *vm, CoilGenerator *g);
/* PEP 479 / PEP 525: StopIteration (and, for async generators,
 * StopAsyncIteration) escaping g becomes RuntimeError. */
void coro_convert_stop(CoilVM *vm, CoilGenerator *g);

/* User-class slots, filled by class.c when the class defines the dunder. */
CoilValue coro_slot_await(CoilVM *vm, CoilValue self);
CoilValue coro_slot_aiter(CoilVM *vm, CoilValue self);
CoilValue coro_slot_anext(CoilVM *vm, CoilValue self);
CoilValue coro_slot_aenter(CoilVM *vm, CoilValue self);
CoilValue coro_slot_aexit(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames);

static inline bool value_is_coroutine(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->t_coroutine;
}
static inline bool value_is_async_generator(const CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->t_async_generator;
}

/* --- `async for` over a class whose __anext__ is an async def ---
 * coro_op_anext fills the ASYNCFORITER instruction's cache (.o: ta the
 * iterator's type, fn its __anext__, valid while vm->type_epoch stays) when
 * __anext__ takes just self; the next steps push fn's frame straight from
 * the dispatch loop, as coro_push_awaited would, with no lookup. */
/* Pushes fn's frame awaited by f (the result to f's register ret_reg),
 * all registers unbound: the caller fills its nset arguments at once (no
 * allocation in between).  NULL when the register
 * stack needs a new segment or the recursion limit is reached: take
 * frame_push's path, which handles both. */
static inline CoilFrame *coro_awaited_push(CoilVM *vm, CoilFrame *f, CoilFunction *fn, uint8_t ret_reg, size_t nset)
{
    CoilCode *c = fn->code;
    size_t need = FRAME_LINK_VALUES + FRAME_HEADER_VALUES + c->nregs;
    CoilValue *top = vm->stack_top;
    if (vm->depth >= vm->recursion_limit || (size_t)(vm->seg->data + vm->seg->cap - top) < need + 8) return NULL;
    CoilFrame *nf = (CoilFrame *)(void *)(top + FRAME_LINK_VALUES);
    CoilValue *regs = frame_regs(nf);
    nf->prev = f;
    nf->code = c;
    nf->pc = c->code;
    nf->globals = fn->globals;
    nf->yf_iter = VAL_NONE;     /* and locals */
    nf->saved_handled = vm->handled;
    nf->awaited_fn = value_from_object(fn); /* (shares gen_handled's word) */
    frame_link(nf)->saved_top = top;
    frame_link(nf)->saved_seg = vm->seg;
    nf->ret_reg = ret_reg;
    nf->flags = FRAME_AWAITED;
    nf->resume_reg = 0;
    nf->parked = 0;
    /* Every register unbound (the collector scans them all): the first
     * eight with straight stores (the check above left room past the
     * frame), then the rest; the caller's arguments overwrite theirs. */
    (void)nset;
    for (size_t k = 0; k < 8; k++) regs[k] = VAL_EMPTY;
    for (size_t k = 8, n = c->nregs; k < n; k++) regs[k] = VAL_EMPTY;
    vm->stack_top = top + need;
    vm->frame = nf;
    vm->depth++;
    f->yf_iter = VAL_EMPTY; /* the awaited frame has no coroutine object (yet) */
    f->flags |= FRAME_YF_ACTIVE;
    vm->driver->ninline++;
    return nf;
}

/* coro_push_awaited_general with its common case inline: as many
 * positional arguments as fn has parameters (no defaults, *args, keywords
 * or closure cells to bind), so they are copied straight into the new
 * frame's registers. */
static inline int coro_push_awaited(CoilVM *vm, CoilFrame *f, CoilFunction *fn, CoilValue self, const CoilValue *args,
                                    size_t nargs, CoilValue kwnames, uint8_t ret_reg)
{
    CoilCode *c = fn->code;
    size_t given = nargs + (self != VAL_EMPTY);
    if (kwnames == VAL_EMPTY && given == c->argcount && c->nfreevars == 0 &&
        !(c->flags & (PROTO_VARARGS | PROTO_VARKEYWORDS)) && c->kwonlyargcount == 0) {
        CoilFrame *nf = coro_awaited_push(vm, f, fn, ret_reg, given);
        if (nf) {
            CoilValue *regs = frame_regs(nf);
            if (self != VAL_EMPTY) *regs++ = self;
            for (size_t i = 0; i < nargs; i++) regs[i] = args[i];
            return 0;
        }
    }
    return coro_push_awaited_general(vm, f, fn, self, args, nargs, kwnames, ret_reg);
}

static inline bool coro_anext_push_fast(CoilVM *vm, CoilFrame *f, CoilOpCache *oc, CoilValue it, uint8_t ret_reg)
{
    if (!value_is_object(it) || oc->ta != value_as_object(it)->type || oc->epoch != vm->type_epoch) return false;
    CoilFrame *nf = coro_awaited_push(vm, f, oc->fn, ret_reg, 1);
    if (!nf) return false;
    frame_regs(nf)[0] = it;
    return true;
}

/* RETURN from awaited frame f that has no coroutine object (pushed by
 * coro_push_awaited or the above): a plain return into the awaiter, past
 * an async for's loop-exit JUMP.  false: take coro_frame_return. */
static inline bool coro_inline_return(CoilVM *vm, CoilFrame *f, CoilValue res)
{
    CoilFrame *p = f->prev;
    if (f->flags != FRAME_AWAITED || p->yf_iter != VAL_EMPTY) return false;
    vm->stack_top = frame_link(f)->saved_top;
    vm->seg = frame_link(f)->saved_seg;
    vm->frame = p;
    vm->handled = f->saved_handled;
    vm->depth--;
    vm->driver->ninline--;
    p->yf_iter = VAL_NONE;
    p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    frame_regs(p)[f->ret_reg] = res;
    if (INSTR_OP(p->pc[-1]) == OP_ASYNCFORITER) p->pc++;
    return true;
}

/* --- async generators' fast exits (asyncgen.c has the general paths) ---
 * The step of an `async for` over an async generator that sits at a YIELD
 * (no await chain under it, hooks done, nobody else driving it): link its
 * frame on top of the consumer frame f, sending None.  true when linked
 * (continue in vm->frame); false: take asyncgen_link_anext's general path. */
static inline bool coro_agen_link_fast(CoilVM *vm, CoilFrame *f, CoilValue agen, uint8_t ret_reg)
{
    CoilGenerator *g = (CoilGenerator *)value_as_object(agen);
    if ((g->aflags & (CORO_RUNNING_ASYNC | CORO_HOOKS_INITED)) != CORO_HOOKS_INITED || g->state != GEN_SUSPENDED ||
        (g->aflags & CORO_CHAINED) || vm->depth >= vm->recursion_limit)
        return false;
    CoilFrame *cf = gen_frame(g);
    if (cf->flags & FRAME_YF_ACTIVE) return false;
    g->aflags |= CORO_RUNNING_ASYNC;
    g->state = GEN_RUNNING;
    f->yf_iter = agen;
    f->flags |= FRAME_YF_ACTIVE;
    cf->flags = (uint8_t)((cf->flags & ~FRAME_ENTRY) | FRAME_AWAITED);
    cf->ret_reg = ret_reg;
    cf->prev = f;
    cf->saved_handled = vm->handled;
    if (cf->gen_handled != VAL_NONE) {
        vm->handled = cf->gen_handled;
        cf->gen_handled = VAL_NONE;
    }
    frame_regs(cf)[cf->resume_reg] = VAL_NONE;
    vm->frame = cf;
    vm->depth++;
    return true;
}

/* YIELD in async generator frame f (pc saved) linked by such an async for:
 * the value goes to the loop's target register, the consumer continues
 * past the loop-exit JUMP.  true when done (continue in vm->frame); false:
 * take coro_op_yield. */
static inline bool coro_agen_yield_fast(CoilVM *vm, CoilFrame *f, uint8_t a)
{
    if (!(f->flags & FRAME_AWAITED)) return false;
    CoilFrame *p = f->prev;
    CoilValue aw = p->yf_iter;
    if (!value_is_async_generator(vm, aw)) return false;
    CoilGenerator *g = (CoilGenerator *)value_as_object(aw);
    f->resume_reg = a;
    f->gen_handled = vm->handled != f->saved_handled ? vm->handled : VAL_NONE;
    frame_regs(p)[f->ret_reg] = frame_regs(f)[a];
    vm->handled = f->saved_handled;
    vm->frame = p;
    vm->depth--;
    f->flags &= (uint8_t)~FRAME_AWAITED;
    g->state = GEN_SUSPENDED;
    g->aflags &= (uint8_t)~CORO_RUNNING_ASYNC;
    p->yf_iter = VAL_NONE;
    p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    p->pc++;
    return true;
}

#endif
