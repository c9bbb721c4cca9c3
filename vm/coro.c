/* coro.c — coroutines: driving an await chain from C, the AWAIT /
 * ASYNCFORITER / GETAITER instructions and the frame exits of awaited
 * frames, the coroutine type (send, throw, close, __await__, cr_*), the
 * coroutine_wrapper iterator, the user-class async slots and the
 * "coroutine ... was never awaited" warning.  See coro.h for the model. */
#include <stdio.h>
#include <string.h>

#include "vm/args.h"
#include "vm/asyncgen.h"
#include "vm/call.h"
#include "vm/coro.h"
#include "vm/exc.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define GEN(v) ((CoilGenerator *)value_as_object(v))

static const char *gen_kind(CoilVM *vm, const CoilGenerator *g)
{
    return g->obj.type == vm->t_coroutine ? "coroutine" : g->obj.type == vm->t_async_generator ? "async generator" : "generator";
}

void coro_on_create(CoilVM *vm, CoilGenerator *g, CoilFunction *fn)
{
    g->seq = ++vm->coro_seq;
    CoilFrame *f = vm->frame;
    if (f && f->code) coro_set_origin(g, f);
}

void coro_set_origin(CoilGenerator *g, CoilFrame *f)
{
    gen_frame(g)->gen_origin = f->code;
    gen_frame(g)->gen_count = value_from_small_int(code_line(f->code, (size_t)(f->pc - f->code->code) - 1));
}

void coro_release_frame(CoilVM *vm, CoilGenerator *g)
{
    gen_free_frame(vm, g);
}

void coro_convert_stop(CoilVM *vm, CoilGenerator *g)
{
    bool agen = g->obj.type == vm->t_async_generator;
    bool stop = vm_exception_matches(vm, vm->e_StopIteration);
    bool astop = agen && vm_exception_matches(vm, vm->e_StopAsyncIteration);
    if (!stop && !astop) return;
    CoilValue cause = vm_take_exception(vm);
    GC_ROOT(vm, cause);
    vm_raise(vm, vm->e_RuntimeError, "%s raised %s", gen_kind(vm, g), astop ? "StopAsyncIteration" : "StopIteration");
    if (value_is_exception(vm, vm->exc)) {
        value_as_exc(vm->exc)->cause = cause;
        value_as_exc(vm->exc)->context = cause;
        value_as_exc(vm->exc)->suppress_context = true;
    }
    GC_UNROOT(vm, 1);
}

/* --- linking and unlinking await chains ------------------------------------------------ */

/* Links g's frames on top of vm->frame: its base frame, and the chain
 * suspended under it, whose innermost frame becomes vm->frame.  (They are
 * all generator frames: nothing to note of the stack position, frame.h.) */
static void link_chain(CoilVM *vm, CoilGenerator *g)
{
    CoilFrame *base = gen_frame(g), *inner = base;
    int chain_len = 1;
    if (g->aflags & CORO_CHAINED) { /* (gen_chain_inner, gen_chain_len) */
        if (base->gen_inner) inner = base->gen_inner;
        chain_len = (int)value_as_small_int(base->gen_count);
    }
    g->aflags &= (uint8_t)~CORO_CHAINED; /* the words are the running frame's again */
    base->prev = vm->frame;
    base->saved_handled = vm->handled;
    if (base->gen_handled != VAL_NONE) vm->handled = base->gen_handled;
    base->gen_handled = VAL_NONE;
    vm->frame = inner;
    vm->depth += chain_len;
    g->state = GEN_RUNNING;
}

/* An awaited frame still on the register stack becomes a coroutine's own
 * frame (the chain is about to be unlinked): copy it into a new coroutine
 * object's block, and relink its child and its awaiter.  The
 * chain stays linked and consistent at every allocation. */
static CoilFrame *materialize(CoilVM *vm, CoilFrame *x, CoilFrame *child)
{
    CoilFunction *fn = (CoilFunction *)value_as_object(x->awaited_fn);
    GC_SAVE(vm);
    CoilValue names = gen_names_of(vm, fn);
    if (value_is_error(names)) return GC_RESTORE(vm), NULL;
    GC_ROOT(vm, names);
    CoilGenerator *g = gen_alloc(vm, vm->t_coroutine, fn->code, GEN_FRAME_OWN, names);
    if (!g) return GC_RESTORE(vm), NULL;
    CoilFrame *nx = gen_frame(g);
    gen_set_frame(g, NULL); /* not traced until the copy below is complete (no allocation in between) */
    g->seq = ++vm->coro_seq;
    g->state = GEN_RUNNING;
    memcpy(nx, x, (FRAME_HEADER_VALUES + fn->code->nregs) * sizeof(CoilValue));
    nx->flags |= FRAME_GENERATOR;
    nx->gen_handled = VAL_NONE; /* (was awaited_fn) */
    if (child) child->prev = nx;
    else vm->frame = nx;
    nx->prev->yf_iter = value_from_object(g);
    gen_set_frame(g, nx);
    GC_RESTORE(vm);
    return nx;
}

int coro_push_awaited_general(CoilVM *vm, CoilFrame *f, CoilFunction *fn, CoilValue self, const CoilValue *args,
                              size_t nargs, CoilValue kwnames, uint8_t ret_reg)
{
    CoilCode *c = fn->code;
    size_t given = nargs + (self != VAL_EMPTY);
    bool exact = kwnames == VAL_EMPTY && given == c->argcount && c->nfreevars == 0 &&
                 !(c->flags & (PROTO_VARARGS | PROTO_VARKEYWORDS)) && c->kwonlyargcount == 0;
    if (exact) {
        CoilFrame *nf = coro_awaited_push(vm, f, fn, ret_reg, given);
        if (nf) {
            CoilValue *regs = frame_regs(nf);
            size_t k = 0;
            if (self != VAL_EMPTY) regs[k++] = self;
            for (size_t i = 0; i < nargs; i++) regs[k++] = args[i];
            return 0;
        }
    }
    CoilFrame *nf = frame_push(vm, c);
    if (!nf) return -1;
    nf->awaited_fn = value_from_object(fn);
    nf->globals = fn->globals;
    nf->ret_reg = ret_reg;
    nf->flags = FRAME_AWAITED;
    if (exact) {
        /* exact positional arguments (fn->simple excludes coroutines) */
        CoilValue *regs = frame_regs(nf);
        size_t k = 0;
        if (self != VAL_EMPTY) regs[k++] = self;
        for (size_t i = 0; i < nargs; i++) regs[k++] = args[i];
    } else if (frame_bind_args(vm, nf, fn, self, args, nargs, kwnames) < 0) {
        frame_pop(vm, nf);
        return -1;
    }
    f->yf_iter = VAL_EMPTY; /* the awaited frame has no coroutine object (yet) */
    f->flags |= FRAME_YF_ACTIVE;
    vm->driver->ninline++;
    return 0;
}

int coro_suspend_chain(CoilVM *vm, CoilFrame *f, CoilValue v, CoilValue *out)
{
    CoilDriver *d = vm->driver;
    CoilGenerator *g = d->gen;
    CoilFrame *base = gen_frame(g);
    if (d->ninline) {
        /* Awaited frames on the register stack move into coroutine objects
         * (the walk stops at the last of them, so a suspension at the
         * bottom of a deep chain stays O(1)). */
        GC_ROOT(vm, v);
        CoilFrame *child = NULL;
        int left = d->ninline;
        for (CoilFrame *x = f; left > 0 && x != base;) {
            CoilFrame *parent = x->prev;
            if (!(x->flags & FRAME_GENERATOR)) {
                CoilFrame *nx = materialize(vm, x, child);
                if (!nx) {
                    /* Out of memory: the chain is still intact; fail the await. */
                    GC_UNROOT(vm, 1);
                    return CORO_ERROR;
                }
                if (x == f) f = nx;
                x = nx;
                left--;
            }
            child = x;
            x = parent;
        }
        d->ninline = 0;
        GC_UNROOT(vm, 1);
    }
    base->gen_handled = vm->handled != base->saved_handled ? vm->handled : VAL_NONE;
    vm->handled = base->saved_handled;
    vm->frame = base->prev;
    /* Unlinked: the base frame's running-only words now keep the chain. */
    base->gen_inner = f == base ? NULL : f;
    base->gen_count = value_from_small_int(vm->depth - d->depth);
    g->aflags |= CORO_CHAINED;
    vm->stack_top = d->stack_top;
    vm->seg = d->seg;
    vm->depth = d->depth;
    d->exit = DRIVE_YIELD;
    *out = v;
    return CORO_SUSPEND;
}

int coro_link_child(CoilVM *vm, CoilFrame *f, CoilGenerator *g, CoilValue awaitable, uint8_t ret_reg,
                    CoilValue resume_with)
{
    int n = gen_chain_len(g);
    if (vm->depth + n > vm->recursion_limit) {
        /* As in CPython, the frame started and failed: no "never awaited". */
        if (g->state == GEN_CREATED) {
            g->state = GEN_CLOSED;
            coro_release_frame(vm, g);
        }
        vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded");
        return CORO_ERROR;
    }
    bool suspended = g->state == GEN_SUSPENDED;
    CoilFrame *cf = gen_frame(g);
    f->yf_iter = awaitable;
    f->flags |= FRAME_YF_ACTIVE;
    cf->flags = (uint8_t)((cf->flags & ~FRAME_ENTRY) | FRAME_AWAITED);
    cf->ret_reg = ret_reg;
    link_chain(vm, g);
    if (suspended) {
        CoilFrame *in = vm->frame;
        frame_regs(in)[in->resume_reg] = resume_with;
    }
    return CORO_ENTER;
}

/* --- driving from C -------------------------------------------------------------------- */

/* Sends into / throws into an iterator an await delegates to (a
 * generator, an __await__ iterator, an asend object...): 0 yielded *out,
 * 1 returned *out, -1 raised.  exc != VAL_EMPTY throws. */
int coro_iter_send(CoilVM *vm, CoilValue it, CoilValue sent, CoilValue exc, CoilValue *out)
{
    CoilType *t = vm_typeof(vm, it);
    if (t == vm->t_generator) {
        CoilGenStatus st;
        CoilValue r = exc != VAL_EMPTY ? gen_throw(vm, it, exc, &st) : gen_resume(vm, it, sent, &st);
        *out = r;
        return st == GEN_ERROR ? -1 : st == GEN_RETURNED ? 1 : 0;
    }
    if (t == vm->t_coroutine_wrapper || asyncgen_is_op(vm, it) || t == vm->t_anext_awaitable) {
        if (t == vm->t_coroutine_wrapper) {
            CoilValue coro = ((CoilWrapper *)value_as_object(it))->func;
            int r = coro_drive(vm, coro, sent, exc, out);
            return r == DRIVE_ERROR ? -1 : r == DRIVE_RETURN ? 1 : 0;
        }
        return asyncgen_iter_send(vm, it, sent, exc, out);
    }
    CoilValue r;
    if (exc != VAL_EMPTY) {
        CoilString *name = str_intern_cstr(vm, "throw");
        if (!name) return -1;
        bool found;
        r = type_call_special(vm, it, name, &exc, 1, &found);
        if (!found) {
            vm->exc = exc;
            vm->exc_reraise = false;
            return -1;
        }
    } else if (sent == VAL_NONE) {
        vm->stop_value = VAL_NONE;
        r = vm_next(vm, it);
        if (r == VAL_EMPTY) {
            *out = vm->stop_value;
            vm->stop_value = VAL_NONE;
            return 1;
        }
    } else {
        CoilString *name = str_intern_cstr(vm, "send");
        r = name ? vm_call_method(vm, it, name, &sent, 1) : VAL_ERROR;
    }
    if (value_is_error(r)) {
        if (vm_exception_matches(vm, vm->e_StopIteration)) {
            *out = value_as_exc(vm_take_exception(vm))->value;
            return 1;
        }
        return -1;
    }
    *out = r;
    return 0;
}

/* Closes an iterator an await delegates to, for close()/GeneratorExit. */
static int iter_close(CoilVM *vm, CoilValue it)
{
    CoilType *t = vm_typeof(vm, it);
    if (t == vm->t_generator) return gen_close(vm, it);
    if (t == vm->t_coroutine_wrapper) return coro_close(vm, ((CoilWrapper *)value_as_object(it))->func);
    if (fut_is_native(vm, it)) return 0;
    CoilString *name = str_intern_cstr(vm, "close");
    if (!name) return -1;
    bool found;
    CoilValue r = type_call_special(vm, it, name, NULL, 0, &found);
    return value_is_error(r) ? -1 : 0;
}

/* Where a suspended innermost frame stands: at an AWAIT or ASYNCFORITER it
 * re-executes (YF_ACTIVE), or after a YIELD (async generators). */
static void finish_await_instr(CoilFrame *f, CoilValue v)
{
    CoilInstr i = *f->pc;
    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    f->yf_iter = VAL_NONE;
    if (INSTR_OP(i) == OP_ASYNCFORITER) {
        frame_regs(f)[INSTR_B(i)] = v;
        f->pc += 2;
    } else {
        frame_regs(f)[INSTR_A(i)] = v;
        f->pc += 1;
    }
}

/* Prepares a throw at the innermost frame f of a just-linked chain: 0 run
 * raising the pending exception, 1 run normally, 2 the delegate yielded
 * again (*out): the chain must be unlinked without running. */
static int prepare_throw(CoilVM *vm, CoilFrame *f, CoilValue exc, CoilValue *out)
{
    if (f->flags & FRAME_YF_ACTIVE) {
        CoilValue yf = f->yf_iter;
        if (f->parked) {
            task_park_throw(vm, f, exc);
            f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
            f->yf_iter = VAL_NONE;
            f->pc++;
            return 0;
        }
        if (value_is_object(yf) && !fut_is_native(vm, yf)) {
            GC_ROOT(vm, yf);
            if (type_is_subtype(vm_typeof(vm, exc), vm->e_GeneratorExit)) {
                int r = iter_close(vm, yf);
                GC_UNROOT(vm, 1);
                f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
                f->yf_iter = VAL_NONE;
                f->pc++;
                if (r == 0) {
                    vm->exc = exc;
                    vm->exc_reraise = false;
                }
                return 0;
            }
            CoilValue v;
            int r = coro_iter_send(vm, yf, VAL_NONE, exc, &v);
            GC_UNROOT(vm, 1);
            if (r == 0) {
                *out = v;
                return 2;
            }
            if (r == 1) {
                finish_await_instr(f, v);
                return 1;
            }
            f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
            f->yf_iter = VAL_NONE;
            f->pc++;
            return 0;
        }
        f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        f->yf_iter = VAL_NONE;
        f->pc++;
    }
    vm->exc = exc;
    vm->exc_reraise = false;
    return 0;
}

static int drive(CoilVM *vm, CoilValue gv, CoilValue sent, CoilValue exc, CoilValue *out, bool for_task);

int coro_drive(CoilVM *vm, CoilValue gv, CoilValue sent, CoilValue exc, CoilValue *out)
{
    return drive(vm, gv, sent, exc, out, false);
}

int coro_drive_for_task(CoilVM *vm, CoilValue gv, CoilValue exc, CoilValue *out)
{
    return drive(vm, gv, VAL_NONE, exc, out, true);
}

bool coro_driven_by_task_await(CoilVM *vm, CoilValue aw)
{
    CoilDriver *d = vm->driver;
    CoilFrame *f = vm->frame;
    return d && d->for_task && f && (f->flags & (FRAME_GENERATOR | FRAME_AWAITED)) && f->yf_iter == aw &&
           (f->code->flags & PROTO_COROUTINE);
}

static int drive(CoilVM *vm, CoilValue gv, CoilValue sent, CoilValue exc, CoilValue *out, bool for_task)
{
    CoilGenerator *g = GEN(gv);
    *out = VAL_NONE;
    if (g->state == GEN_RUNNING) {
        vm_raise(vm, vm->e_ValueError, "%s already executing", gen_kind(vm, g));
        return DRIVE_ERROR;
    }
    if (g->state == GEN_CLOSED || !gen_frame(g)) {
        if (g->obj.type == vm->t_coroutine) {
            vm_raise(vm, vm->e_RuntimeError, "cannot reuse already awaited coroutine");
            return DRIVE_ERROR;
        }
        if (exc != VAL_EMPTY) {
            vm->exc = exc;
            vm->exc_reraise = false;
            return DRIVE_ERROR;
        }
        return DRIVE_RETURN;
    }
    if (g->state == GEN_CREATED) {
        if (exc != VAL_EMPTY) {
            /* Thrown into before it started: it finishes with the exception. */
            gen_throw_unstarted(vm, g, exc);
            return DRIVE_ERROR;
        }
        if (sent != VAL_NONE) {
            vm_raise(vm, vm->e_TypeError, "can't send non-None value to a just-started %s", gen_kind(vm, g));
            return DRIVE_ERROR;
        }
    }
    int n = gen_chain_len(g);
    if (vm->depth + n > vm->recursion_limit) {
        vm_raise(vm, vm->e_RecursionError, "maximum recursion depth exceeded");
        return DRIVE_ERROR;
    }
    bool suspended = g->state == GEN_SUSPENDED;
    CoilDriver d = {vm->driver, g, vm->stack_top, vm->seg, vm->depth, DRIVE_RETURN, 0, for_task};
    GC_ROOT(vm, gv);
    GC_ROOT(vm, exc);
    link_chain(vm, g);
    CoilFrame *gf = gen_frame(g);
    gf->flags = (uint8_t)((gf->flags & ~FRAME_AWAITED) | FRAME_ENTRY);
    vm->driver = &d;
    CoilFrame *inner = vm->frame;
    bool throwing = false;
    if (exc != VAL_EMPTY) {
        CoilValue v;
        int r = prepare_throw(vm, inner, exc, &v);
        if (r == 2) {
            CoilValue ignored;
            coro_suspend_chain(vm, inner, v, &ignored);
            vm->driver = d.prev;
            g->state = GEN_SUSPENDED;
            GC_UNROOT(vm, 2);
            *out = v;
            return DRIVE_YIELD;
        }
        throwing = r == 0;
    } else if (suspended) {
        frame_regs(inner)[inner->resume_reg] = sent;
    }
    CoilValue r = interp_resume(vm, throwing);
    vm->driver = d.prev;
    GC_UNROOT(vm, 2);
    if (value_is_error(r)) {
        g->state = GEN_CLOSED;
        coro_release_frame(vm, g);
        coro_convert_stop(vm, g);
        return DRIVE_ERROR;
    }
    *out = r;
    if (d.exit == DRIVE_YIELD || d.exit == DRIVE_AGEN_YIELD) {
        g->state = GEN_SUSPENDED;
        return d.exit;
    }
    g->state = GEN_CLOSED;
    coro_release_frame(vm, g);
    return DRIVE_RETURN;
}

int coro_close(CoilVM *vm, CoilValue gv)
{
    CoilGenerator *g = GEN(gv);
    if (g->state == GEN_CLOSED || g->state == GEN_CREATED || !gen_frame(g)) {
        g->state = GEN_CLOSED;
        coro_release_frame(vm, g);
        return 0;
    }
    if (g->state == GEN_RUNNING) {
        vm_raise(vm, vm->e_ValueError, "%s already executing", gen_kind(vm, g));
        return -1;
    }
    CoilValue exc = exc_new(vm, vm->e_GeneratorExit, vm->empty_tuple);
    if (value_is_error(exc)) return -1;
    CoilValue v;
    int r = coro_drive(vm, gv, VAL_NONE, exc, &v);
    if (r == DRIVE_YIELD || r == DRIVE_AGEN_YIELD) {
        vm_raise(vm, vm->e_RuntimeError, "%s ignored GeneratorExit", gen_kind(vm, g));
        return -1;
    }
    if (r == DRIVE_ERROR) {
        if (vm_exception_matches(vm, vm->e_GeneratorExit) || vm_exception_matches(vm, vm->e_StopIteration)) {
            vm_take_exception(vm);
            return 0;
        }
        return -1;
    }
    return 0;
}

/* --- AWAIT ----------------------------------------------------------------------------- */

/* Advances the iterator f delegates to (R[reg] receives the result): a
 * yield suspends the chain and the instruction re-executes on resume. */
static int await_step(CoilVM *vm, CoilFrame *f, CoilValue it, CoilValue sent, uint8_t reg, bool anext,
                      CoilValue *out)
{
    CoilValue v;
    int r = coro_iter_send(vm, it, sent, VAL_EMPTY, &v);
    if (r == 0) {
        f->pc--;
        f->resume_reg = reg;
        if (!f->parked) f->yf_iter = it; /* (a task parked: yf_iter is the task, event.c) */
        f->flags |= FRAME_YF_ACTIVE;
        return coro_suspend_chain(vm, f, v, out);
    }
    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    f->yf_iter = VAL_NONE;
    if (r == 1) {
        frame_regs(f)[reg] = v;
        if (anext) f->pc++;
        return CORO_NEXT;
    }
    if (anext && vm_exception_matches(vm, vm->e_StopAsyncIteration)) {
        vm_take_exception(vm);
        return CORO_NEXT; /* the loop-exit JUMP follows */
    }
    return CORO_ERROR;
}

/* Awaits a native Future: its result now, or suspend the chain with it. */
static int await_future(CoilVM *vm, CoilFrame *f, CoilValue fut, uint8_t reg, bool anext, bool again, CoilValue *out)
{
    CoilValue v;
    int r = fut_await_ready(vm, fut, &v);
    if (r == 0) {
        if (again) {
            f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
            f->yf_iter = VAL_NONE;
            vm_raise(vm, vm->e_RuntimeError, "await wasn't used with future");
            return CORO_ERROR;
        }
        f->pc--;
        f->resume_reg = reg;
        f->yf_iter = fut;
        f->flags |= FRAME_YF_ACTIVE;
        return coro_suspend_chain(vm, f, v, out);
    }
    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    f->yf_iter = VAL_NONE;
    if (r < 0) {
        if (anext && vm_exception_matches(vm, vm->e_StopAsyncIteration)) {
            vm_take_exception(vm);
            return CORO_NEXT;
        }
        return CORO_ERROR;
    }
    frame_regs(f)[reg] = v;
    if (anext) f->pc++;
    return CORO_NEXT;
}

/* Awaits coroutine c: links its frame on top of f. */
static int await_coroutine(CoilVM *vm, CoilFrame *f, CoilValue c, uint8_t reg)
{
    CoilGenerator *g = GEN(c);
    if (g->state == GEN_CLOSED || !gen_frame(g)) {
        vm_raise(vm, vm->e_RuntimeError, "cannot reuse already awaited coroutine");
        return CORO_ERROR;
    }
    if (g->state == GEN_RUNNING) {
        vm_raise(vm, vm->e_ValueError, "coroutine already executing");
        return CORO_ERROR;
    }
    if (g->state == GEN_SUSPENDED && (gen_chain_inner(g) || (gen_frame(g)->flags & FRAME_YF_ACTIVE))) {
        vm_raise(vm, vm->e_RuntimeError, "coroutine is being awaited already");
        return CORO_ERROR;
    }
    return coro_link_child(vm, f, g, c, reg, VAL_NONE);
}

/* For an AWAIT that follows an async with's __aenter__() or __aexit__()
 * call, which one (CPython's GET_AWAITABLE oparg words its error by it):
 * 1 enter, 2 exit, 0 neither.  The compiler's shapes: BEFOREWITH A B 1 then
 * AWAIT A+1; and MOVE c x ... CALL c then AWAIT, x holding the bound __aexit__. */
static int async_with_origin(CoilVM *vm, const CoilFrame *f)
{
    const CoilInstr *start = f->code->code, *aw = f->pc - 1;
    if (aw - start < 1) return 0;
    CoilInstr prev = aw[-1];
    if (INSTR_OP(prev) == OP_BEFOREWITH && INSTR_C(prev) == 1) return 1;
    if (INSTR_OP(prev) != OP_CALL) return 0;
    unsigned callee = INSTR_A(prev);
    for (const CoilInstr *q = aw - 2; q >= start && q >= aw - 10; q--) {
        if (INSTR_OP(*q) == OP_MOVE && INSTR_A(*q) == callee) {
            CoilValue m = frame_regs(f)[INSTR_B(*q)];
            if (!value_is_type(m, vm->t_method)) return 0;
            CoilValue fn = ((CoilMethod *)value_as_object(m))->func;
            CoilValue name = vm_typeof(vm, fn) == vm->t_function ? ((CoilFunction *)value_as_object(fn))->name : VAL_NONE;
            return value_is_str(vm, name) && str_eq_cstr(value_as_str(name), "__aexit__") ? 2 : 0;
        }
    }
    return 0;
}

static int await_start_rooted(CoilVM *vm, CoilFrame *f, CoilValue obj, uint8_t reg, bool anext, CoilValue *out);

/* The first await of `obj` by f (AWAIT, or the awaitable __anext__
 * returned for ASYNCFORITER): dispatch on its kind.  obj may be held
 * nowhere else (a fresh __anext__ result): rooted for the duration. */
static int await_start(CoilVM *vm, CoilFrame *f, CoilValue obj, uint8_t reg, bool anext, CoilValue *out)
{
    GC_ROOT(vm, obj);
    int r = await_start_rooted(vm, f, obj, reg, anext, out);
    GC_UNROOT(vm, 1);
    return r;
}

static int await_start_rooted(CoilVM *vm, CoilFrame *f, CoilValue obj, uint8_t reg, bool anext, CoilValue *out)
{
    CoilType *t = vm_typeof(vm, obj);
    if (t == vm->t_coroutine) return await_coroutine(vm, f, obj, reg);
    if (fut_is_native(vm, obj)) return await_future(vm, f, obj, reg, anext, false, out);
    if (asyncgen_is_op(vm, obj)) return asyncgen_await_op(vm, f, obj, reg, out);
    if (t == vm->t_generator && (gen_code(GEN(obj))->flags & PROTO_ITERABLE_COROUTINE)) {
        /* A generator-based coroutine (types.coroutine): awaited as yield from. */
        f->yf_iter = obj;
        return await_step(vm, f, obj, VAL_NONE, reg, anext, out);
    }
    if (!t->await) {
        int origin = anext ? 0 : async_with_origin(vm, f);
        if (anext)
            vm_raise(vm, vm->e_TypeError, "'async for' received an invalid object from __anext__: %s", t->name);
        else if (origin)
            vm_raise(vm, vm->e_TypeError, "'async with' received an object from __a%s__ that does not implement __await__: %s",
                     origin == 1 ? "enter" : "exit", t->name);
        else
            vm_raise(vm, vm->e_TypeError, "object %s can't be used in 'await' expression", t->name);
        return CORO_ERROR;
    }
    CoilValue it = t->await(vm, obj);
    if (value_is_error(it)) return CORO_ERROR;
    CoilType *it_t = vm_typeof(vm, it);
    if (it_t == vm->t_coroutine) {
        /* Dropped here, as in CPython: its "never awaited" warning names this line. */
        CoilGenerator *g = GEN(it);
        if (g->state == GEN_CREATED) coro_set_origin(g, f);
        vm_raise(vm, vm->e_TypeError, "__await__() returned a coroutine");
        return CORO_ERROR;
    }
    if (!it_t->next) {
        vm_raise(vm, vm->e_TypeError, "__await__() returned non-iterator of type '%s'", it_t->name);
        return CORO_ERROR;
    }
    /* Keep the iterator reachable (in the frame) while it runs. */
    f->yf_iter = it;
    return await_step(vm, f, it, VAL_NONE, reg, anext, out);
}

/* Re-execution of a suspended AWAIT/ASYNCFORITER after a resume. */
static int await_resume(CoilVM *vm, CoilFrame *f, uint8_t reg, bool anext, CoilValue *out)
{
    CoilValue yf = f->yf_iter, sent = frame_regs(f)[reg];
    if (f->parked) return task_park_resume(vm, f, reg, out);
    if (fut_is_native(vm, yf)) return await_future(vm, f, yf, reg, anext, true, out);
    return await_step(vm, f, yf, sent, reg, anext, out);
}

int coro_op_await(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out)
{
    uint8_t a = (uint8_t)INSTR_A(i);
    if (f->flags & FRAME_YF_ACTIVE) return await_resume(vm, f, a, false, out);
    return await_start(vm, f, frame_regs(f)[INSTR_B(i)], a, false, out);
}

/* --- async for ------------------------------------------------------------------------- */

CoilValue coro_op_aiter(CoilVM *vm, CoilValue obj)
{
    CoilType *t = vm_typeof(vm, obj);
    if (!t->aiter)
        return vm_raise(vm, vm->e_TypeError, "'async for' requires an object with __aiter__ method, got %s", t->name);
    CoilValue it = t->aiter(vm, obj);
    if (value_is_error(it)) return it;
    CoilType *it_t = vm_typeof(vm, it);
    if (!it_t->anext)
        return vm_raise(vm, vm->e_TypeError,
                        "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                        it_t->name);
    return it;
}

int coro_op_anext(CoilVM *vm, CoilFrame *f, CoilInstr i, CoilValue *out)
{
    uint8_t b = (uint8_t)INSTR_B(i);
    if (f->flags & FRAME_YF_ACTIVE) return await_resume(vm, f, b, true, out);
    CoilValue it = frame_regs(f)[INSTR_A(i)];
    CoilType *t = vm_typeof(vm, it);
    if (t == vm->t_async_generator) return asyncgen_link_anext(vm, f, it, b);
    if (t->anext == coro_slot_anext) {
        /* A class whose __anext__ is an async def: run it as an awaited
         * coroutine frame straight away. */
        CoilValue fn = type_lookup(vm, t, vm->names.__anext__);
        if (value_is_type(fn, vm->t_function)) {
            CoilFunction *func = (CoilFunction *)value_as_object(fn);
            CoilCode *fc = func->code;
            if ((fc->flags & (PROTO_COROUTINE | PROTO_ASYNC_GENERATOR)) == PROTO_COROUTINE) {
                if (fc->argcount == 1 && fc->nregs >= 1 && fc->nfreevars == 0 && fc->kwonlyargcount == 0 &&
                    !(fc->flags & (PROTO_VARARGS | PROTO_VARKEYWORDS))) {
                    /* Just self: later steps take coro_anext_push_fast. */
                    CoilOpCache *oc = &f->code->gcache[f->pc - 1 - f->code->code].o;
                    oc->ta = t;
                    oc->tb = NULL;
                    oc->epoch = vm->type_epoch;
                    oc->fn = func;
                }
                if (coro_push_awaited(vm, f, func, it, NULL, 0, VAL_EMPTY, b) < 0) goto failed;
                return CORO_ENTER;
            }
            CoilValue c = vm_call(vm, fn, &it, 1, VAL_EMPTY);
            if (value_is_error(c)) goto failed;
            if (value_is_coroutine(vm, c)) return await_coroutine(vm, f, c, b);
            return await_start(vm, f, c, b, true, out);
        }
    }
    if (!t->anext) {
        vm_raise(vm, vm->e_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                 t->name);
        return CORO_ERROR;
    }
    CoilValue aw = t->anext(vm, it);
    if (value_is_error(aw)) goto failed;
    return await_start(vm, f, aw, b, true, out);
failed:
    if (vm_exception_matches(vm, vm->e_StopAsyncIteration)) {
        vm_take_exception(vm);
        return CORO_NEXT;
    }
    return CORO_ERROR;
}

bool coro_raise_stop_anext(CoilVM *vm, CoilFrame *f, const CoilInstr *pc, CoilValue exc)
{
    if (exc != value_from_object(vm->e_StopAsyncIteration) || !(f->flags & FRAME_AWAITED)) return false;
    CoilFrame *p = f->prev;
    if (INSTR_OP(p->pc[-1]) != OP_ASYNCFORITER || (p->yf_iter != VAL_EMPTY && !value_is_coroutine(vm, p->yf_iter)))
        return false;
    /* Any handler in the frame (try/finally) must see a real exception. */
    CoilCode *code = f->code;
    uint32_t off = (uint32_t)(pc - code->code) - 1;
    for (uint32_t k = 0; k < code->nexc; k++)
        if (off >= code->exc_table[k].start && off < code->exc_table[k].end) return false;
    CoilValue aw = p->yf_iter;
    frame_pop(vm, f);
    if (aw == VAL_EMPTY) {
        vm->driver->ninline--;
    } else {
        CoilGenerator *g = GEN(aw);
        g->state = GEN_CLOSED;
        coro_release_frame(vm, g);
    }
    p->yf_iter = VAL_NONE;
    p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    return true;
}

/* --- exits of awaited frames ----------------------------------------------------------- */

/* The generator owning awaited frame f, from its awaiter's record. */
static CoilGenerator *child_gen(CoilVM *vm, CoilValue awaitable)
{
    if (asyncgen_is_op(vm, awaitable)) return asyncgen_op_gen(awaitable);
    return GEN(awaitable);
}

int coro_frame_return(CoilVM *vm, CoilFrame *f, CoilValue res)
{
    CoilFrame *p = f->prev;
    uint8_t ret = f->ret_reg;
    CoilValue aw = p->yf_iter;
    if (aw == VAL_EMPTY) {
        /* An awaited frame on the register stack: a plain return. */
        frame_pop(vm, f);
        vm->driver->ninline--;
        p->yf_iter = VAL_NONE;
        p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        frame_regs(p)[ret] = res;
        if (INSTR_OP(p->pc[-1]) == OP_ASYNCFORITER) p->pc++;
        return CORO_NEXT;
    }
    CoilGenerator *g = child_gen(vm, aw);
    frame_pop(vm, f);
    g->state = GEN_CLOSED;
    coro_release_frame(vm, g);
    p->yf_iter = VAL_NONE;
    p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    if (g->obj.type == vm->t_async_generator) return asyncgen_child_exit(vm, p, aw, 1, res, ret);
    frame_regs(p)[ret] = res;
    if (INSTR_OP(p->pc[-1]) == OP_ASYNCFORITER) p->pc++;
    return CORO_NEXT;
}

int coro_frame_unwind(CoilVM *vm, CoilFrame *f)
{
    CoilFrame *p = f->prev;
    uint8_t ret = f->ret_reg;
    CoilValue aw = p->yf_iter;
    if (aw == VAL_EMPTY) {
        frame_pop(vm, f);
        vm->driver->ninline--;
        p->yf_iter = VAL_NONE;
        p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        if (vm_exception_matches(vm, vm->e_StopIteration)) {
            /* PEP 479 as for a coroutine object */
            CoilValue cause = vm_take_exception(vm);
            GC_ROOT(vm, cause);
            vm_raise(vm, vm->e_RuntimeError, "coroutine raised StopIteration");
            if (value_is_exception(vm, vm->exc)) {
                value_as_exc(vm->exc)->cause = cause;
                value_as_exc(vm->exc)->context = cause;
                value_as_exc(vm->exc)->suppress_context = true;
            }
            GC_UNROOT(vm, 1);
        }
    } else {
        CoilGenerator *g = child_gen(vm, aw);
        frame_pop(vm, f);
        g->state = GEN_CLOSED;
        coro_release_frame(vm, g);
        p->yf_iter = VAL_NONE;
        p->flags &= (uint8_t)~FRAME_YF_ACTIVE;
        coro_convert_stop(vm, g);
        if (g->obj.type == vm->t_async_generator) return asyncgen_child_exit(vm, p, aw, -1, VAL_NONE, ret);
    }
    if (INSTR_OP(p->pc[-1]) == OP_ASYNCFORITER && vm_exception_matches(vm, vm->e_StopAsyncIteration)) {
        vm_take_exception(vm);
        return CORO_NEXT;
    }
    return CORO_ERROR;
}

/* --- the coroutine type ---------------------------------------------------------------- */

/* Warnings are queued during the sweep (which visits objects in no useful
 * order) and printed after it in creation order; memory comes straight from the
 * host allocator, as the collector must not allocate from the heap. */
typedef struct CoilCoroWarnings {
    char **msgs;
    size_t *lens;
    uint32_t *seqs;
    size_t n, cap;
} CoilCoroWarnings;

static void queue_warning(CoilVM *vm, uint32_t seq, const char *text, size_t len)
{
    CoilCoroWarnings *w = vm->coro_warnings;
    if (!w) {
        w = coil_alloc(&vm->alloc, sizeof *w);
        if (!w) return;
        memset(w, 0, sizeof *w);
        vm->coro_warnings = w;
    }
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        char **m = coil_realloc(&vm->alloc, w->msgs, w->cap * sizeof *m, cap * sizeof *m);
        if (!m) return;
        w->msgs = m;
        size_t *l = coil_realloc(&vm->alloc, w->lens, w->cap * sizeof *l, cap * sizeof *l);
        if (!l) return;
        w->lens = l;
        uint32_t *q = coil_realloc(&vm->alloc, w->seqs, w->cap * sizeof *q, cap * sizeof *q);
        if (!q) return;
        w->seqs = q;
        w->cap = cap;
    }
    char *copy = coil_alloc(&vm->alloc, len);
    if (!copy) return;
    memcpy(copy, text, len);
    /* Insertion sort by creation number (batches are small). */
    size_t k = w->n++;
    while (k > 0 && w->seqs[k - 1] > seq) {
        w->msgs[k] = w->msgs[k - 1];
        w->lens[k] = w->lens[k - 1];
        w->seqs[k] = w->seqs[k - 1];
        k--;
    }
    w->msgs[k] = copy;
    w->lens[k] = len;
    w->seqs[k] = seq;
}

/* CPython's warnings registry shows a warning once per module, line and
 * text: a loop dropping one never-awaited coroutine per pass warns once.
 * The texts already shown are kept as FNV-1a hashes (the text holds the
 * file, the line and the coroutine's name). */
typedef struct CoilCoroWarned {
    uint64_t *hashes;
    size_t n, cap;
} CoilCoroWarned;

static uint64_t text_hash(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)p[k]) * 1099511628211ull;
    return h;
}

/* Records the text as shown; false if it was already. */
static bool first_showing(CoilVM *vm, const char *text, size_t len)
{
    CoilCoroWarned *r = vm->coro_warned;
    if (!r) {
        r = coil_alloc(&vm->alloc, sizeof *r);
        if (!r) return true;
        memset(r, 0, sizeof *r);
        vm->coro_warned = r;
    }
    uint64_t h = text_hash(text, len);
    for (size_t k = 0; k < r->n; k++)
        if (r->hashes[k] == h) return false;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        uint64_t *q = coil_realloc(&vm->alloc, r->hashes, r->cap * sizeof *q, cap * sizeof *q);
        if (!q) return true;
        r->hashes = q;
        r->cap = cap;
    }
    r->hashes[r->n++] = h;
    return true;
}

void coro_free_warned(CoilVM *vm)
{
    CoilCoroWarned *r = vm->coro_warned;
    vm->coro_warned = NULL;
    if (!r) return;
    coil_free(&vm->alloc, r->hashes, r->cap * sizeof *r->hashes);
    coil_free(&vm->alloc, r, sizeof *r);
}

void coro_flush_warnings(CoilVM *vm)
{
    CoilCoroWarnings *w = vm->coro_warnings;
    vm->coro_warnings = NULL;
    if (!w) return;
    fflush(stdout);
    for (size_t k = 0; k < w->n; k++) {
        if (first_showing(vm, w->msgs[k], w->lens[k])) fwrite(w->msgs[k], 1, w->lens[k], stderr);
        coil_free(&vm->alloc, w->msgs[k], w->lens[k]);
    }
    fflush(stderr);
    coil_free(&vm->alloc, w->msgs, w->cap * sizeof *w->msgs);
    coil_free(&vm->alloc, w->lens, w->cap * sizeof *w->lens);
    coil_free(&vm->alloc, w->seqs, w->cap * sizeof *w->seqs);
    coil_free(&vm->alloc, w, sizeof *w);
}

/* The source line `line` of the running script, stripped, or NULL. */
static const char *source_line(const char *src, size_t len, int line, size_t *out_len)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    while (p < e && (*p == ' ' || *p == '\t')) p++;
    *out_len = (size_t)(e - p);
    return p;
}

static void warn_never_awaited(CoilVM *vm, CoilGenerator *g)
{
    const CoilString *qn = value_is_object(gen_qualname(g)) ? value_as_str(gen_qualname(g)) : NULL;
    CoilCode *c = gen_frame(g) ? gen_frame(g)->gen_origin : NULL;
    int origin_line = gen_frame(g) ? (int)value_as_small_int(gen_frame(g)->gen_count) : 0;
    char buf[2048];
    int n;
    size_t slen = 0;
    const char *sl = NULL;
    if (vm->main_source && c && c->filename && vm->main_path && strcmp(c->filename->data, vm->main_path) == 0)
        sl = source_line(vm->main_source, vm->main_source_len, origin_line, &slen);
    if (sl) {
        if (slen > 1000) slen = 1000;
        n = snprintf(buf, sizeof buf,
                     "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n  %.*s\n"
                     "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                     c->filename->data, origin_line, qn ? qn->data : "?", (int)slen, sl);
    } else {
        n = snprintf(buf, sizeof buf, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", qn ? qn->data : "?");
    }
    if (n > 0) queue_warning(vm, g->seq, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void coro_finalize(CoilVM *vm, CoilObject *o)
{
    CoilGenerator *g = (CoilGenerator *)o;
    if (g->state == GEN_CREATED && g->obj.type == vm->t_coroutine) warn_never_awaited(vm, g);
    coro_release_frame(vm, g);
}

static CoilValue coro_repr(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    return str_format(vm, "<%s object %s at %p>", g->obj.type->name, value_as_str(gen_qualname(g))->data, (void *)g);
}

/* send()/throw() report a return as StopIteration(value). */
static CoilValue finish(CoilVM *vm, int r, CoilValue v)
{
    if (r == DRIVE_ERROR) return VAL_ERROR;
    if (r != DRIVE_RETURN) return v;
    if (v == VAL_NONE) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
    GC_ROOT(vm, v); /* a returned value is held by nothing else */
    CoilValue args = tuple_from_array(vm, &v, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(args)) return args;
    return vm_raise_args(vm, vm->e_StopIteration, args);
}

static CoilValue m_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue v;
    int r = coro_drive(vm, args[0], args[1], VAL_EMPTY, &v);
    return finish(vm, r, v);
}

/* throw(exc) / throw(type[, value[, tb]]): the exception instance. */
CoilValue coro_throw_arg(CoilVM *vm, const CoilValue *args, size_t nargs)
{
    CoilValue typ = args[0];
    if (value_is_object(typ) && (value_as_object(typ)->type->flags & TYPE_TYPE_SUBCLASS)) {
        if (!(((CoilType *)value_as_object(typ))->flags & TYPE_EXCEPTION))
            return vm_raise(vm, vm->e_TypeError, "exceptions must be classes or instances deriving from BaseException, not type");
        CoilValue val = nargs > 1 ? args[1] : VAL_NONE;
        if (value_is_exception(vm, val)) return val;
        return val == VAL_NONE ? vm_call0(vm, typ) : vm_call1(vm, typ, val);
    }
    if (value_is_exception(vm, typ)) {
        if (nargs > 1 && args[1] != VAL_NONE)
            return vm_raise(vm, vm->e_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    return vm_raise(vm, vm->e_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                    value_type_name(vm, typ));
}

static CoilValue m_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    GC_ROOT(vm, exc);
    CoilValue v;
    int r = coro_drive(vm, args[0], VAL_NONE, exc, &v);
    GC_UNROOT(vm, 1);
    return finish(vm, r, v);
}

static CoilValue m_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return coro_close(vm, args[0]) < 0 ? VAL_ERROR : VAL_NONE;
}

/* coroutine.__await__(): an iterator driving the coroutine (yield from). */
static CoilValue coro_await_slot(CoilVM *vm, CoilValue self)
{
    CoilWrapper *w = gc_alloc_object(vm, vm->t_coroutine_wrapper, sizeof(CoilWrapper));
    if (!w) return VAL_ERROR;
    w->dict = VAL_EMPTY;
    w->func = self;
    w->fset = w->fdel = w->doc = VAL_NONE;
    return value_from_object(w);
}

static CoilValue m_await(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__await__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return coro_await_slot(vm, args[0]);
}

static const CoilMethodDef coro_methods[] = {
    {"send", m_send, 0}, {"throw", m_throw, 0}, {"close", m_close, 0}, {"__await__", m_await, 0}, {NULL, NULL, 0}};

static CoilValue g_name(CoilVM *vm, CoilValue self) { (void)vm; return gen_name(GEN(self)); }
static CoilValue g_qualname(CoilVM *vm, CoilValue self) { (void)vm; return gen_qualname(GEN(self)); }
/* A coroutine inside an await chain stays GEN_RUNNING while the chain is
 * suspended under its base: it runs only while its frame is linked. */
static bool coro_suspended(CoilVM *vm, const CoilGenerator *g)
{
    if (g->state == GEN_SUSPENDED) return true;
    if (g->state != GEN_RUNNING || !gen_frame(g)) return false;
    for (CoilFrame *f = vm->frame; f; f = f->prev)
        if (f == gen_frame(g)) return false;
    return true;
}
static CoilValue g_running(CoilVM *vm, CoilValue self)
{
    return value_from_bool(GEN(self)->state == GEN_RUNNING && !coro_suspended(vm, GEN(self)));
}
static CoilValue g_await(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    if (coro_suspended(vm, g) && gen_frame(g) && (gen_frame(g)->flags & FRAME_YF_ACTIVE) && gen_frame(g)->yf_iter != VAL_EMPTY) {
        if (frame_park_materialize(vm, gen_frame(g)) < 0) return VAL_ERROR;
        CoilValue yf = gen_frame(g)->yf_iter;
        if (vm_typeof(vm, yf) == vm->t_coroutine_wrapper) return ((CoilWrapper *)value_as_object(yf))->func;
        return yf;
    }
    return VAL_NONE;
}
/* cr_frame: a snapshot of the coroutine's frame (frameobj.c), None once
 * it finished or was closed, as in CPython. */
CoilValue frameobj_snapshot_gen(CoilVM *vm, CoilFrame *f, bool fresh);
static CoilValue g_frame(CoilVM *vm, CoilValue self)
{
    CoilGenerator *g = GEN(self);
    if (g->state == GEN_CLOSED || !gen_frame(g)) return VAL_NONE;
    return frameobj_snapshot_gen(vm, gen_frame(g), g->state == GEN_CREATED);
}

static CoilValue g_code(CoilVM *vm, CoilValue self) { (void)vm; return value_from_object(gen_code(GEN(self))); }
static CoilValue g_suspended(CoilVM *vm, CoilValue self) { return value_from_bool(coro_suspended(vm, GEN(self))); }
/* cr_origin: None, as without sys.set_coroutine_origin_tracking_depth(). */
static CoilValue g_origin(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return VAL_NONE;
}

static const CoilGetSetDef coro_getsets[] = {
    {"__name__", g_name, NULL},         {"__qualname__", g_qualname, NULL}, {"cr_running", g_running, NULL},
    {"cr_await", g_await, NULL},        {"cr_frame", g_frame, NULL},        {"cr_code", g_code, NULL},
    {"cr_suspended", g_suspended, NULL}, {"cr_origin", g_origin, NULL},     {NULL, NULL, NULL}};

/* --- coroutine_wrapper ------------------------------------------------------------------- */

static void wrapper_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilWrapper *)o)->func); }

static CoilValue wrapper_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static CoilValue wrapper_next(CoilVM *vm, CoilValue self)
{
    CoilValue v;
    int r = coro_drive(vm, ((CoilWrapper *)value_as_object(self))->func, VAL_NONE, VAL_EMPTY, &v);
    if (r == DRIVE_ERROR) return VAL_ERROR;
    if (r == DRIVE_RETURN) {
        vm->stop_value = v;
        return VAL_EMPTY;
    }
    return v;
}

static CoilValue w_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue v;
    int r = coro_drive(vm, ((CoilWrapper *)value_as_object(args[0]))->func, args[1], VAL_EMPTY, &v);
    return finish(vm, r, v);
}

static CoilValue w_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    GC_ROOT(vm, exc);
    CoilValue v;
    int r = coro_drive(vm, ((CoilWrapper *)value_as_object(args[0]))->func, VAL_NONE, exc, &v);
    GC_UNROOT(vm, 1);
    return finish(vm, r, v);
}

static CoilValue w_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return coro_close(vm, ((CoilWrapper *)value_as_object(args[0]))->func) < 0 ? VAL_ERROR : VAL_NONE;
}

static const CoilMethodDef wrapper_methods[] = {
    {"send", w_send, 0}, {"throw", w_throw, 0}, {"close", w_close, 0}, {NULL, NULL, 0}};

/* --- user-class slots ------------------------------------------------------------------ */

static CoilValue call_special0(CoilVM *vm, CoilValue self, CoilString *name)
{
    bool found;
    CoilValue r = type_call_special(vm, self, name, NULL, 0, &found);
    if (!found)
        return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", value_type_name(vm, self),
                        name->data);
    return r;
}

CoilValue coro_slot_await(CoilVM *vm, CoilValue self) { return call_special0(vm, self, vm->names.__await__); }
CoilValue coro_slot_aiter(CoilVM *vm, CoilValue self) { return call_special0(vm, self, vm->names.__aiter__); }
CoilValue coro_slot_anext(CoilVM *vm, CoilValue self) { return call_special0(vm, self, vm->names.__anext__); }
CoilValue coro_slot_aenter(CoilVM *vm, CoilValue self) { return call_special0(vm, self, vm->names.__aenter__); }
CoilValue coro_slot_aexit(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    (void)kwnames;
    bool found;
    CoilValue r = type_call_special(vm, self, vm->names.__aexit__, args, nargs, &found);
    if (!found)
        return vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '__aexit__'", value_type_name(vm, self));
    return r;
}

void coro_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_coroutine;
    t->instance_size = sizeof(CoilGenerator);
    t->trace = gen_trace;
    t->finalize = coro_finalize;
    t->repr = coro_repr;
    t->await = coro_await_slot;
    type_add_methods(vm, t, coro_methods);
    type_add_getsets(vm, t, coro_getsets);

    t = type_new_builtin(vm, "coroutine_wrapper", vm->t_object, sizeof(CoilWrapper), 0);
    if (!t) return;
    vm->t_coroutine_wrapper = t;
    t->trace = wrapper_trace;
    t->iter = wrapper_iter;
    t->next = wrapper_next;
    type_add_methods(vm, t, wrapper_methods);

    asyncgen_init_types(vm);
}
