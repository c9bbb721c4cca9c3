/* event.c — asyncio.Event's native methods: set/clear/is_set over the
 * flag in _value and the waiters in _waiters, and wait(), a small native
 * coroutine doing what CPython's `async def wait` does -- or, awaited
 * straight from a task's own frame, parking the task itself in _waiters
 * with no object of its own.  Installed over locks.py's Python methods by
 * _asyncio._install_fast_paths (aqueue.c). */
#include <stdio.h>
#include <string.h>

#include "vm/aqueue.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/coro.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static bool ew_set_if_wait(CoilVM *vm, CoilValue w);
static bool value_is_parked_task(CoilVM *vm, CoilValue v);
static void park_release(CoilVM *vm, CoilFuture *t, uint8_t how);

/* Event.set/clear/is_set: the flag in _value, the futures (or parked
 * waits, below) in _waiters. */
CoilValue ev_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilValue self = args[0];
    CoilValue v = get_attr(vm, self, _value);
    if (value_is_error(v)) return v;
    int t = vm_truthy(vm, v);
    if (t < 0) return VAL_ERROR;
    if (t) return VAL_NONE;
    if (set_attr(vm, self, NAME(_value), VAL_TRUE) < 0) return VAL_ERROR;
    CoilValue ws = get_attr(vm, self, _waiters);
    if (value_is_error(ws)) return ws;
    GC_ROOT(vm, ws);
    CoilValue it = VAL_NONE;
    CoilDeque *d = NULL;
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        d = DQ(ws); /* walked in place: parked waits are settled as they are */
    } else {
        it = vm_iter(vm, ws);
        if (value_is_error(it)) return GC_UNROOT(vm, 1), it;
    }
    GC_ROOT(vm, it);
    uint64_t stamp = d ? d->stamp : 0;
    for (size_t k = 0;; k++) {
        CoilValue w;
        if (d) {
            if (d->stamp != stamp) {
                GC_UNROOT(vm, 2);
                return vm_raise(vm, vm->e_RuntimeError, "deque mutated during iteration");
            }
            if (k >= d->len) break;
            w = *dq_at(d, k);
        } else {
            w = vm_next(vm, it);
            if (w == VAL_EMPTY) break;
            if (value_is_error(w)) return GC_UNROOT(vm, 2), w;
        }
        if (ew_set_if_wait(vm, w)) continue;
        if (value_is_parked_task(vm, w)) {
            CoilFuture *t = (CoilFuture *)value_as_object(w);
            if (t->park == PARK_PENDING) park_release(vm, t, PARK_SET);
            continue;
        }
        if (value_is_future(vm, w)) {
            CoilFuture *f = (CoilFuture *)value_as_object(w);
            if (f->state == FUT_PENDING && future_set_result(vm, f, VAL_TRUE) < 0) return GC_UNROOT(vm, 2), VAL_ERROR;
            continue;
        }
        GC_ROOT(vm, w);
        CoilValue done = vm_call_method(vm, w, NAME(done), NULL, 0);
        int dn = value_is_error(done) ? -1 : vm_truthy(vm, done);
        if (dn == 0) {
            CoilValue tr = VAL_TRUE;
            if (value_is_error(vm_call_method(vm, w, NAME(set_result), &tr, 1))) dn = -1;
        }
        GC_UNROOT(vm, 1);
        if (dn < 0) return GC_UNROOT(vm, 2), VAL_ERROR;
    }
    GC_UNROOT(vm, 2);
    return VAL_NONE;
}

CoilValue ev_clear_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return set_attr(vm, args[0], NAME(_value), VAL_FALSE) < 0 ? VAL_ERROR : VAL_NONE;
}

CoilValue ev_is_set_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "is_set", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return get_attr(vm, args[0], _value);
}

/* --- Event.wait() ----------------------------------------------------------------------
 *
 * CPython's Event.wait is an async def: a waiting task holds that coroutine,
 * its frame and the future it parks in _waiters.  Here wait() returns a
 * small native coroutine doing the same steps: on its first step it returns
 * True at once if the flag is up, or appends a new future from the loop to
 * _waiters and yields it (the task waits on it as on any future); when
 * resumed, or when an exception (a cancellation) is thrown in, it removes
 * that future from _waiters again (wait()'s `finally`) and returns True or
 * re-raises.  An exception leaving it gets the frame of CPython's wait()
 * in its traceback, from a stand-in function in locks.py.
 *
 * Parking.  When a task's own step awaits wait() straight from a coroutine
 * frame (the common case), no future is made: the wait object itself goes
 * into _waiters and is what the task waits on.  set() and Task.cancel()
 * then settle it as they would settle the future, queueing the same
 * Task.task_wakeup step in the same order, and a task repr shows it as that
 * future.  This is what a waiting task costs: 32 bytes here against a 24-byte
 * object and a 56-byte future.  Anything else driving wait() -- send() by
 * hand, a generator's yield from, an async generator -- gets the future. */
enum { EW_CREATED, EW_WAITING, EW_DONE };

typedef struct CoilEventWait {
    CoilObject obj;
    CoilValue event;
    /* Unparked: the future in _waiters while EW_WAITING.  Parked: the task
     * waiting (VAL_NONE until its step takes the yield), and once cancelled
     * and its wakeup queued, the cancel message. */
    CoilValue ticket;
    uint8_t parked;    /* this object is in _waiters itself */
    uint8_t outcome;   /* parked: FUT_PENDING, FUT_FINISHED (set) or FUT_CANCELLED */
} CoilEventWait;

#define EW(v) ((CoilEventWait *)value_as_object(v))
/* The state lives in event's and ticket's presence: CREATED has event and
 * no ticket (nor parking), WAITING has both, DONE has no event. */
static int ew_state(CoilEventWait *w)
{
    if (w->event == VAL_NONE) return EW_DONE;
    return w->ticket == VAL_NONE && !w->parked ? EW_CREATED : EW_WAITING;
}

static bool value_is_parked_wait(CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type == vm->async->t_event_wait && EW(v)->parked &&
           ew_state(EW(v)) == EW_WAITING;
}

bool event_wait_park(CoilVM *vm, CoilValue ew, CoilValue task)
{
    if (!value_is_parked_wait(vm, ew) || EW(ew)->outcome != FUT_PENDING) return false;
    EW(ew)->ticket = task;
    return true;
}

/* Settles a parked wait (set: msg VAL_EMPTY; cancel: the message) and
 * queues its task's wakeup: false when it is settled already. */
static bool ew_settle(CoilVM *vm, CoilEventWait *w, CoilValue msg)
{
    if (w->outcome != FUT_PENDING) return false;
    w->outcome = msg == VAL_EMPTY ? FUT_FINISHED : FUT_CANCELLED;
    CoilValue task = w->ticket;
    w->ticket = msg == VAL_EMPTY ? VAL_NONE : msg;
    if (value_is_object(task) && value_is_future(vm, task)) {
        CoilFuture *t = (CoilFuture *)value_as_object(task);
        GC_ROOT(vm, task); /* (w no longer holds it; the ring may grow) */
        if (loop_call_soon_entry(vm, (CoilLoop *)value_as_object(t->loop), RQ_WAKEUP, task,
                                 value_from_object(w)) < 0)
            vm_take_exception(vm); /* no memory to queue it: as a failed callback, dropped */
        GC_UNROOT(vm, 1);
    }
    return true;
}

/* The future CPython's wait() would have parked in _waiters, made for a
 * parked wait when script code looks in there: in the same state, with the
 * task's wakeup on it and the task waiting on it.  The wait goes on as an
 * unparked one. */
/* Puts fut, made to stand for a parked wait, in that wait's state (FUT_*):
 * pending with task's wakeup on it (none when task is VAL_NONE), finished
 * with True, or cancelled with msg.  0 or -1. */
static int future_in_wait_state(CoilVM *vm, CoilFuture *fut, int state, CoilValue task, CoilValue msg)
{
    if (state == FUT_PENDING) return task == VAL_NONE ? 0 : future_add_callback(vm, fut, task, CB_WAKEUP);
    if (state == FUT_FINISHED) return future_set_result(vm, fut, VAL_TRUE);
    future_cancel(vm, fut, msg);
    return 0;
}

static CoilValue ew_materialize(CoilVM *vm, CoilValue wv)
{
    CoilEventWait *w = EW(wv);
    GC_SAVE(vm);
    GC_ROOT(vm, wv);
    CoilValue loop = get_attr(vm, w->event, _loop);
    if (value_is_error(loop)) return GC_RESTORE(vm), VAL_ERROR;
    if (!value_is_loop(vm, loop)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_RuntimeError, "Event.wait() lost its event loop");
    }
    GC_ROOT(vm, loop);
    CoilValue fv = future_new(vm, loop);
    if (value_is_error(fv)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, fv);
    CoilFuture *f = (CoilFuture *)value_as_object(fv);
    CoilValue task = VAL_NONE; /* the task waiting on this wait, if still so */
    if (w->outcome == FUT_PENDING && value_is_future(vm, w->ticket) &&
        task_waiter((CoilFuture *)value_as_object(w->ticket)) == wv)
        task = w->ticket;
    if (future_in_wait_state(vm, f, w->outcome, task, w->ticket) < 0) return GC_RESTORE(vm), VAL_ERROR;
    if (task != VAL_NONE) ((CoilFuture *)value_as_object(task))->fut_waiter = fv;
    w->parked = 0;
    w->ticket = fv;
    GC_RESTORE(vm);
    return fv;
}

int dq_observe(CoilVM *vm, CoilValue dv)
{
    CoilDeque *d = DQ(dv);
    if (!d->parked) return 0;
    GC_ROOT(vm, dv);
    for (size_t k = 0; k < d->len && d->parked; k++) {
        CoilValue v = *dq_at(d, k);
        if (value_is_parked_task(vm, v)) {
            if (task_park_materialize(vm, (CoilFuture *)value_as_object(v)) < 0) return GC_UNROOT(vm, 1), -1;
            if (k < d->len && *dq_at(d, k) == v) { /* (not found through its event) */
                *dq_at(d, k) = ((CoilFuture *)value_as_object(v))->fut_waiter;
                d->parked--;
            }
            continue;
        }
        if (!value_is_object(v) || value_as_object(v)->type != vm->async->t_event_wait || !EW(v)->parked) continue;
        CoilValue fv = ew_materialize(vm, v);
        if (value_is_error(fv)) return GC_UNROOT(vm, 1), -1;
        d->parked--;
        if (k < d->len && *dq_at(d, k) == v) *dq_at(d, k) = fv;
    }
    GC_UNROOT(vm, 1);
    return 0;
}

/* set()'s step for an entry of _waiters that is a wait object: true when so. */
static bool ew_set_if_wait(CoilVM *vm, CoilValue w)
{
    if (!value_is_object(w) || value_as_object(w)->type != vm->async->t_event_wait) return false;
    if (value_is_parked_wait(vm, w)) ew_settle(vm, EW(w), VAL_EMPTY);
    return true;
}

bool event_wait_cancel(CoilVM *vm, CoilValue ew, CoilValue msg)
{
    return value_is_parked_wait(vm, ew) && ew_settle(vm, EW(ew), msg);
}

CoilValue event_wait_result(CoilVM *vm, CoilValue ew)
{
    CoilEventWait *w = EW(ew);
    if (!w->parked && value_is_future(vm, w->ticket)) /* made a future since (dq_observe) */
        return future_result(vm, (CoilFuture *)value_as_object(w->ticket));
    if (w->outcome == FUT_FINISHED) return VAL_TRUE;
    if (w->outcome == FUT_PENDING) return vm_raise(vm, vm->async->e_invalid_state, "Result is not set.");
    CoilValue e = cancelled_error_new(vm, w->ticket); /* (the message) */
    if (value_is_error(e)) return e;
    exc_set_pending(vm, e);
    return VAL_ERROR;
}

bool event_wait_describe_ticket(CoilVM *vm, CoilBuf *b, CoilValue ew)
{
    (void)vm;
    switch (EW(ew)->outcome) {
    case FUT_PENDING: return buf_append_str(b, "<Future pending cb=[Task.task_wakeup()]>");
    case FUT_FINISHED: return buf_append_str(b, "<Future finished result=True>");
    default: return buf_append_str(b, "<Future cancelled>");
    }
}

static void ew_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((CoilEventWait *)o)->event);
    gc_mark_value(vm, ((CoilEventWait *)o)->ticket);
}

CoilValue ev_wait_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "wait", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilAsync *as = vm->async;
    CoilEventWait *w = (CoilEventWait *)as->ew_spare;
    as->ew_spare = NULL;
    if (!w && !(w = gc_alloc_object(vm, as->t_event_wait, sizeof(CoilEventWait)))) return VAL_ERROR;
    w->event = args[0];
    w->ticket = VAL_NONE;
    w->parked = w->outcome = 0;
    /* The call that made it, for task parking (ew_next). */
    as->ew_fresh = &w->obj;
    as->ew_fresh_frame = vm->frame;
    as->ew_fresh_pc = vm->frame ? (const void *)vm->frame->pc : NULL;
    return value_from_object(w);
}

static int waiters_remove(CoilVM *vm, CoilValue ev, CoilValue ticket, bool parked);

/* self._waiters.remove(ticket): 0 or -1. */
static int ew_remove_ticket(CoilVM *vm, CoilEventWait *w)
{
    bool parked = w->parked;
    CoilValue ev = w->event, ticket = parked ? value_from_object(w) : w->ticket;
    w->event = w->ticket = VAL_NONE;
    w->parked = 0;
    return waiters_remove(vm, ev, ticket, parked);
}

/* ev._waiters.remove(ticket), where ticket counts as parked or not. */
static int waiters_remove(CoilVM *vm, CoilValue ev, CoilValue ticket, bool parked)
{
    GC_SAVE(vm);
    GC_ROOT(vm, ev);
    GC_ROOT(vm, ticket);
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, ws);
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        /* Found by identity in place (a future has no __eq__; a parked
         * wait must not be turned into one on its way out). */
        CoilDeque *d = DQ(ws);
        for (size_t k = 0; k < d->len; k++)
            if (*dq_at(d, k) == ticket) {
                dq_delete(d, k);
                if (parked) d->parked--;
                return GC_RESTORE(vm), 0;
            }
        GC_RESTORE(vm);
        vm_raise(vm, vm->e_ValueError, "deque.remove(x): x not in deque");
        return -1;
    }
    CoilString *rm = str_intern_cstr(vm, "remove");
    CoilValue r = rm ? vm_call_method(vm, ws, rm, &ticket, 1) : VAL_ERROR;
    GC_RESTORE(vm);
    return value_is_error(r) ? -1 : 0;
}

/* --- Task parking ----------------------------------------------------------------------
 *
 * `await ev.wait()` in a task's own coroutine frame, the common case, costs
 * no object at all.  When the AWAIT right after the wait() call takes the
 * wait object that call made -- so nothing else can hold it -- the task
 * itself goes into _waiters, keeps the event in fut_waiter and how it was
 * released in `park` (with a cancellation's message in cancel_msg), the
 * frame awaits the task (f->parked), and the next wait() call reuses the
 * wait object.  set() and Task.cancel() release it, queueing the wakeup the
 * future would have, and the frame's AWAIT finishes the wait() when the
 * task steps (task_park_resume/_throw).  Whatever looks closer -- script
 * code reading _waiters, cr_await, _fut_waiter, a second cancel -- first
 * gets the general form back (task_park_materialize). */

/* The task whose own step awaits w straight from the wait() call that made
 * it, or NULL. */
static CoilFuture *fresh_wait_task(CoilVM *vm, CoilEventWait *w)
{
    CoilAsync *as = vm->async;
    CoilFrame *f = vm->frame;
    if (as->ew_fresh != &w->obj || as->ew_fresh_frame != (const void *)f || !f->pc ||
        as->ew_fresh_pc != (const void *)(f->pc - 1) || INSTR_OP(f->pc[-1]) != OP_AWAIT)
        return NULL;
    CoilValue lv = as->running_loop;
    if (!value_is_loop(vm, lv)) return NULL;
    CoilValue tv = ((CoilLoop *)value_as_object(lv))->current_task;
    if (!value_is_future(vm, tv)) return NULL;
    CoilFuture *t = (CoilFuture *)value_as_object(tv);
    if (!t->is_task || t->park || t->coro != value_from_object(vm->driver->gen)) return NULL;
    return t;
}

/* Queues a released task's wakeup (its b, the event, implied: loop.c). */
static void park_release(CoilVM *vm, CoilFuture *t, uint8_t how)
{
    t->park = how;
    CoilValue tv = value_from_object(t);
    GC_ROOT(vm, tv);
    if (loop_call_soon_entry(vm, (CoilLoop *)value_as_object(t->loop), RQ_WAKEUP, tv, t->fut_waiter) < 0)
        vm_take_exception(vm); /* no memory to queue it: as a failed callback, dropped */
    GC_UNROOT(vm, 1);
}

static bool value_is_parked_task(CoilVM *vm, CoilValue v)
{
    return value_is_future(vm, v) && ((CoilFuture *)value_as_object(v))->park != PARK_NONE;
}

bool task_park_cancel(CoilVM *vm, CoilFuture *t, CoilValue msg)
{
    if (t->park != PARK_PENDING) return false;
    t->cancel_msg = msg;
    park_release(vm, t, PARK_CANCELLED);
    return true;
}

bool task_park_describe(CoilBuf *b, const CoilFuture *t)
{
    switch (t->park) {
    case PARK_PENDING: return buf_append_str(b, "<Future pending cb=[Task.task_wakeup()]>");
    case PARK_SET: return buf_append_str(b, "<Future finished result=True>");
    default: return buf_append_str(b, "<Future cancelled>");
    }
}

/* The frame of t's coroutine that is parked on t, or NULL. */
static CoilFrame *parked_frame(CoilVM *vm, CoilFuture *t)
{
    if (!value_is_coroutine(vm, t->coro)) return NULL;
    CoilGenerator *g = (CoilGenerator *)value_as_object(t->coro);
    if (!gen_frame(g) || g->state != GEN_SUSPENDED) return NULL;
    CoilFrame *f = gen_chain_inner(g);
    if (!f) f = gen_frame(g);
    return f->parked && f->yf_iter == value_from_object(t) ? f : NULL;
}

int task_park_materialize(CoilVM *vm, CoilFuture *t)
{
    if (!t->park) return 0;
    GC_SAVE(vm);
    CoilValue tv = value_from_object(t), ev = t->fut_waiter;
    GC_ROOT(vm, tv);
    CoilValue fv = future_new(vm, t->loop);
    if (value_is_error(fv)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, fv);
    CoilFuture *fut = (CoilFuture *)value_as_object(fv);
    int state = t->park == PARK_PENDING ? FUT_PENDING : t->park == PARK_SET ? FUT_FINISHED : FUT_CANCELLED;
    if (future_in_wait_state(vm, fut, state, tv, t->cancel_msg) < 0) return GC_RESTORE(vm), -1;
    CoilEventWait *w = gc_alloc_object(vm, vm->async->t_event_wait, sizeof(CoilEventWait));
    if (!w) return GC_RESTORE(vm), -1;
    w->event = ev;
    w->ticket = fv;
    GC_ROOT_OBJ(vm, &w->obj);
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), -1;
    if (value_is_object(ws) && vm_typeof(vm, ws)->len == dq_len) {
        CoilDeque *d = DQ(ws);
        for (size_t k = 0; k < d->len; k++)
            if (*dq_at(d, k) == tv) {
                *dq_at(d, k) = fv;
                d->parked--;
                break;
            }
    }
    CoilFrame *f = parked_frame(vm, t);
    if (f) {
        f->parked = 0;
        f->yf_iter = value_from_object(w);
    }
    t->park = PARK_NONE;
    t->fut_waiter = fv; /* waited on, or read by the wakeup already queued */
    GC_RESTORE(vm);
    return 0;
}

int frame_park_materialize(CoilVM *vm, CoilFrame *f)
{
    return f->parked ? task_park_materialize(vm, (CoilFuture *)value_as_object(f->yf_iter)) : 0;
}

/* wait()'s `finally`: the task leaves the event's _waiters. */
static int park_leave(CoilVM *vm, CoilFrame *f, CoilFuture *t)
{
    CoilValue ev = t->fut_waiter, tv = value_from_object(t);
    t->park = PARK_NONE;
    t->fut_waiter = VAL_NONE;
    f->parked = 0;
    f->flags &= (uint8_t)~FRAME_YF_ACTIVE;
    f->yf_iter = VAL_NONE;
    GC_ROOT(vm, ev);
    int rc = waiters_remove(vm, ev, tv, true);
    GC_UNROOT(vm, 1);
    return rc;
}

int task_park_resume(CoilVM *vm, CoilFrame *f, uint8_t reg, CoilValue *out)
{
    CoilValue tv = f->yf_iter;
    CoilFuture *t = (CoilFuture *)value_as_object(tv);
    if (t->park == PARK_PENDING) { /* resumed early: keep waiting */
        f->pc--;
        f->resume_reg = reg;
        return coro_suspend_chain(vm, f, tv, out);
    }
    bool cancelled = t->park == PARK_CANCELLED;
    CoilValue msg = t->cancel_msg;
    GC_ROOT(vm, msg);
    int rc = park_leave(vm, f, t);
    GC_UNROOT(vm, 1);
    if (rc == 0 && cancelled) {
        CoilValue e = cancelled_error_new(vm, msg);
        if (!value_is_error(e)) exc_set_pending(vm, e);
        rc = -1;
    }
    if (rc < 0) {
        aio_add_frame(vm, vm->async->tb_event_wait);
        return CORO_ERROR;
    }
    frame_regs(f)[reg] = VAL_TRUE;
    return CORO_NEXT;
}

int task_park_throw(CoilVM *vm, CoilFrame *f, CoilValue exc)
{
    bool closing = type_is_subtype(vm_typeof(vm, exc), vm->e_GeneratorExit);
    GC_ROOT(vm, exc);
    int rc = park_leave(vm, f, (CoilFuture *)value_as_object(f->yf_iter));
    GC_UNROOT(vm, 1);
    if (rc < 0) {
        /* An error in the finally replaces the thrown exception (as its context). */
        if (!closing && value_is_exception(vm, vm->exc) && value_as_exc(vm->exc)->context == VAL_NONE)
            value_as_exc(vm->exc)->context = exc;
    } else {
        vm->exc = exc;
        vm->exc_reraise = false;
    }
    if (!closing) aio_add_frame(vm, vm->async->tb_event_wait);
    return 0;
}

/* One step (send None); VAL_EMPTY with vm->stop_value when it returns. */
static CoilValue ew_next(CoilVM *vm, CoilValue self)
{
    CoilEventWait *w = EW(self);
    int st = ew_state(w);
    if (st == EW_DONE) return vm_raise(vm, vm->e_RuntimeError, "cannot reuse already awaited coroutine");
    if (st == EW_WAITING) {
        CoilValue r;
        GC_ROOT(vm, self);
        if (w->parked) {
            if (w->outcome == FUT_PENDING) { /* resumed early: keep waiting */
                GC_UNROOT(vm, 1);
                return self;
            }
            r = event_wait_result(vm, self);
        } else {
            CoilFuture *t = (CoilFuture *)value_as_object(w->ticket);
            if (t->state == FUT_PENDING) { /* resumed early: keep waiting */
                GC_UNROOT(vm, 1);
                t->blocking = 1;
                return w->ticket;
            }
            r = future_result(vm, t);
        }
        int rc = ew_remove_ticket(vm, w);
        GC_UNROOT(vm, 1);
        if (value_is_error(r) || rc < 0) {
            aio_add_frame(vm, vm->async->tb_event_wait);
            return VAL_ERROR;
        }
        vm->stop_value = VAL_TRUE;
        return VAL_EMPTY;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, self);
    CoilValue ev = w->event;
    CoilValue v = get_attr(vm, ev, _value);
    int flag = value_is_error(v) ? -1 : vm_truthy(vm, v);
    if (flag < 0) return GC_RESTORE(vm), VAL_ERROR;
    if (flag) {
        w->event = VAL_NONE;
        GC_RESTORE(vm);
        vm->stop_value = VAL_TRUE;
        return VAL_EMPTY;
    }
    CoilString *gl = str_intern_cstr(vm, "_get_loop");
    CoilValue loop = gl ? vm_call_method(vm, ev, gl, NULL, 0) : VAL_ERROR;
    if (value_is_error(loop)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, loop);
    CoilValue wsp = get_attr(vm, ev, _waiters);
    if (value_is_error(wsp)) return GC_RESTORE(vm), VAL_ERROR;
    if (coro_driven_by_task_await(vm, self) && value_is_object(wsp) && vm_typeof(vm, wsp)->len == dq_len &&
        aq_uses_native(vm, wsp, NAME(append), dq_m_append)) {
        CoilFuture *t = fresh_wait_task(vm, w);
        if (t) {
            CoilValue tv = value_from_object(t);
            bool ok = dq_push(vm, wsp, tv, false);
            GC_RESTORE(vm);
            if (!ok) return VAL_ERROR;
            DQ(wsp)->parked++;
            t->park = PARK_PENDING;
            t->fut_waiter = w->event; /* (its step leaves it while parked) */
            CoilFrame *f = vm->frame;
            f->parked = 1; /* await_step leaves yf_iter to this */
            f->yf_iter = tv;
            /* Nothing else holds the wait object: the next wait() takes it. */
            w->event = w->ticket = VAL_NONE;
            vm->async->ew_fresh = NULL;
            vm->async->ew_spare = &w->obj;
            return tv;
        }
        bool ok = dq_push(vm, wsp, self, false);
        GC_RESTORE(vm);
        if (!ok) return VAL_ERROR;
        DQ(wsp)->parked++;
        w->parked = 1;
        w->outcome = FUT_PENDING;
        return self;
    }
    CoilValue ticket = value_is_loop(vm, loop) ? future_new(vm, loop)
                                               : vm_call_method(vm, loop, str_intern_cstr(vm, "create_future"), NULL, 0);
    if (value_is_error(ticket)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, ticket);
    if (!value_is_future(vm, ticket)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "create_future() must return an asyncio.Future");
    }
    CoilValue ws = get_attr(vm, ev, _waiters);
    if (value_is_error(ws)) return GC_RESTORE(vm), VAL_ERROR;
    bool ok = aq_uses_native(vm, ws, NAME(append), dq_m_append) ? dq_push(vm, ws, ticket, false)
                                                   : !value_is_error(vm_call_method(vm, ws, NAME(append), &ticket, 1));
    if (!ok) return GC_RESTORE(vm), VAL_ERROR;
    w->ticket = ticket;
    CoilFuture *t = (CoilFuture *)value_as_object(ticket);
    GC_RESTORE(vm);
    if (t->state != FUT_PENDING) return ew_next(vm, self); /* `await fut` of a done future */
    t->blocking = 1;
    return ticket;
}

/* send(v): a coroutine's send; the value itself is not used (as `await fut`
 * ignores what the task sends). */
static CoilValue ew_send_result(CoilVM *vm, CoilValue r)
{
    if (r != VAL_EMPTY) return r;
    CoilValue v = vm->stop_value;
    vm->stop_value = VAL_NONE;
    GC_ROOT(vm, v);
    CoilValue t = tuple_from_array(vm, &v, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(t)) return t;
    return vm_raise_args(vm, vm->e_StopIteration, t);
}

static CoilValue ew_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (ew_state(EW(args[0])) == EW_CREATED && args[1] != VAL_NONE)
        return vm_raise(vm, vm->e_TypeError, "can't send non-None value to a just-started coroutine");
    return ew_send_result(vm, ew_next(vm, args[0]));
}

static CoilValue ew_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    CoilEventWait *w = EW(args[0]);
    int st = ew_state(w);
    if (st == EW_WAITING) {
        GC_ROOT(vm, exc);
        int rc = ew_remove_ticket(vm, w);
        GC_UNROOT(vm, 1);
        if (rc < 0) {
            /* An error in the finally replaces the thrown exception (as its context). */
            if (value_is_exception(vm, vm->exc) && value_as_exc(vm->exc)->context == VAL_NONE)
                value_as_exc(vm->exc)->context = exc;
            aio_add_frame(vm, vm->async->tb_event_wait);
            return VAL_ERROR;
        }
    }
    w->event = VAL_NONE;
    vm->exc = exc;
    vm->exc_reraise = false;
    if (st == EW_WAITING) aio_add_frame(vm, vm->async->tb_event_wait);
    return VAL_ERROR;
}

static CoilValue ew_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilEventWait *w = EW(args[0]);
    if (ew_state(w) == EW_WAITING) return ew_remove_ticket(vm, w) < 0 ? VAL_ERROR : VAL_NONE;
    w->event = VAL_NONE;
    return VAL_NONE;
}

static CoilValue ew_repr(CoilVM *vm, CoilValue self)
{
    return str_format(vm, "<coroutine object Event.wait at %p>", (void *)value_as_object(self));
}

static const CoilMethodDef ew_methods[] = {
    {"send", ew_send, 0}, {"throw", ew_throw, 0}, {"close", ew_close, 0}, {NULL, NULL, 0}};

bool event_wait_describe(CoilVM *vm, CoilBuf *b, CoilValue ewv)
{
    CoilValue fnv = vm->async->tb_event_wait;
    if (!buf_append_str(b, "Event.wait()")) return false;
    if (!value_is_type(fnv, vm->t_function)) return true;
    CoilCode *c = ((CoilFunction *)value_as_object(fnv))->code;
    int st = ew_state(EW(ewv));
    char tmp[64];
    /* The stand-in's first line is wait()'s `await fut` line minus one. */
    snprintf(tmp, sizeof tmp, ":%d", st == EW_WAITING ? c->firstlineno + 1 : c->firstlineno - 12);
    return buf_append_str(b, st == EW_DONE ? " done, defined at " : " running at ") &&
           buf_append(b, c->filename->data, c->filename->len) && buf_append_str(b, tmp);
}


void event_init_types(CoilVM *vm)
{
    CoilType *ew = type_new_builtin(vm, "coroutine", vm->t_object, sizeof(CoilEventWait), 0);
    if (!ew) return;
    ew->trace = ew_trace;
    ew->await = aq_self_iter;
    ew->iter = aq_self_iter;
    ew->next = ew_next;
    ew->repr = ew_repr;
    type_add_methods(vm, ew, ew_methods);
    vm->async->t_event_wait = ew;
}
