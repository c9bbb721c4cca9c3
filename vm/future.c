/* future.c — asyncio's Future and Task (CPython's _asyncio.Future/Task):
 * states, done callbacks scheduled through the loop's ready queue, the
 * InvalidStateError/CancelledError rules, the Task step that drives a
 * coroutine's await chain and parks it on the future it yields (the reprs
 * are future_repr.c's).  Semantics follow CPython 3.11's futures.py/tasks.py line by line;
 * comments name the CPython function a piece mirrors. */
#include <stdio.h>
#include <string.h>

#include "vm/aio.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/asyncgen.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define FUT(v) ((CoilFuture *)value_as_object(v))

const char *const future_state_names[3] = {"PENDING", "CANCELLED", "FINISHED"};

bool value_is_future(CoilVM *vm, CoilValue v)
{
    return vm->async && value_is_object(v) && type_is_subtype(value_as_object(v)->type, vm->async->t_future);
}

static CoilValue future_await_slot(CoilVM *vm, CoilValue self);

bool aio_is_coroutine(CoilVM *vm, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    if (t == vm->t_coroutine || t == vm->t_generator || t == vm->async->t_event_wait || asyncgen_is_op(vm, v) ||
        t == vm->t_anext_awaitable)
        return true;
    if (!(t->flags & TYPE_HEAPTYPE)) return false;
    /* CPython also takes any collections.abc.Coroutine: a class defining
     * __await__, send, throw and close (a Task drives it by those). */
    static const char *const need[] = {"__await__", "send", "throw", "close"};
    for (size_t k = 0; k < 4; k++) {
        CoilString *name = str_intern_cstr(vm, need[k]);
        if (!name) {
            vm_take_exception(vm);
            return false;
        }
        CoilValue m = type_lookup(vm, t, name);
        if (m == VAL_EMPTY || m == VAL_NONE) return false;
    }
    return true;
}

bool fut_is_native(CoilVM *vm, CoilValue v)
{
    return value_is_object(v) && value_as_object(v)->type->await == future_await_slot && vm->async != NULL;
}

/* --- core operations -------------------------------------------------------------------- */

static CoilLoop *fut_loop(CoilFuture *f) { return (CoilLoop *)value_as_object(f->loop); }


static void cbs_trace(CoilVM *vm, CoilObject *o)
{
    CoilFutureCbs *c = (CoilFutureCbs *)o;
    for (uint32_t k = 0; k < c->n; k++) gc_mark_value(vm, c->items[k].fn);
}

/* __schedule_callbacks: every callback goes through call_soon, in order.
 * (call_soon runs no code, so none can be added meanwhile.) */
static int schedule_callbacks(CoilVM *vm, CoilFuture *f)
{
    CoilLoop *l = fut_loop(f);
    CoilValue fv = value_from_object(f);
    CoilValue cbv = f->cb0;
    uint32_t n = fut_cb_count(f);
    uint8_t kind = f->cb0_kind;
    f->cb0 = VAL_EMPTY;
    f->cb0_kind = CB_CALL;
    GC_ROOT(vm, fv);
    GC_ROOT(vm, cbv);
    int rc = 0;
    if (n == 1 && kind == CB_CALL) {
        /* The ready queue reads the one callback back from here (loop.c). */
        f->cb0 = cbv;
        f->cb0_kind = CB_QUEUED;
    }
    for (uint32_t k = 0; k < n && rc == 0; k++) {
        CoilFutureCb cb = kind == CB_MANY ? FUT_CBS(cbv)->items[k] : (CoilFutureCb){cbv, kind};
        rc = loop_call_soon_cb(vm, l, cb.kind, cb.fn, fv);
    }
    GC_UNROOT(vm, 2);
    return rc;
}

int future_set_result(CoilVM *vm, CoilFuture *f, CoilValue v)
{
    if (f->state != FUT_PENDING) {
        vm_raise(vm, vm->async->e_invalid_state, "invalid state"); /* _asyncio's text */
        return -1;
    }
    f->result = v;
    f->state = FUT_FINISHED;
    return schedule_callbacks(vm, f);
}

int future_set_exception(CoilVM *vm, CoilFuture *f, CoilValue exc)
{
    if (f->state != FUT_PENDING) {
        vm_raise(vm, vm->async->e_invalid_state, "invalid state");
        return -1;
    }
    if (value_is_object(exc) && (value_as_object(exc)->type->flags & TYPE_TYPE_SUBCLASS)) {
        exc = vm_call0(vm, exc);
        if (value_is_error(exc)) return -1;
    }
    if (!value_is_exception(vm, exc)) {
        vm_raise(vm, vm->e_TypeError, "invalid exception object");
        return -1;
    }
    if (vm_typeof(vm, exc) == vm->e_StopIteration) {
        vm_raise(vm, vm->e_TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
        return -1;
    }
    f->exception = exc;
    /* result holds the exception's traceback of this moment, which the
     * first result() raises it with (CPython's _exception_tb), so frames do
     * not pile up on re-awaits */
    f->result = value_as_exc(exc)->traceback;
    f->state = FUT_FINISHED;
    f->log_tb = 1;
    if (!f->is_task && aio_watch_future(vm, f) < 0) return -1; /* tasks are watched from creation */
    return schedule_callbacks(vm, f);
}

bool future_cancel(CoilVM *vm, CoilFuture *f, CoilValue msg)
{
    f->log_tb = 0;
    if (f->state != FUT_PENDING) return false;
    f->state = FUT_CANCELLED;
    f->cancel_msg = msg;
    if (schedule_callbacks(vm, f) < 0) vm_take_exception(vm);
    return true;
}

CoilValue cancelled_error_new(CoilVM *vm, CoilValue msg)
{
    CoilValue args = vm->empty_tuple;
    if (msg != VAL_NONE) {
        args = tuple_from_array(vm, &msg, 1);
        if (value_is_error(args)) return args;
    }
    return exc_new(vm, vm->async->e_cancelled, args);
}

/* _make_cancelled_error */
CoilValue make_cancelled_error(CoilVM *vm, CoilFuture *f)
{
    /* (while a task is pending the slot is its fut_waiter's: aio.h) */
    if (f->state == FUT_CANCELLED && f->cancelled_exc != VAL_NONE) {
        CoilValue e = f->cancelled_exc;
        f->cancelled_exc = VAL_NONE;
        return e;
    }
    return cancelled_error_new(vm, f->cancel_msg);
}

static CoilValue raise_exception_value(CoilVM *vm, CoilValue exc)
{
    /* raise exc (keeping its traceback: it gains the awaiting frames) */
    exc_set_pending(vm, exc);
    return VAL_ERROR;
}

CoilValue future_result(CoilVM *vm, CoilFuture *f)
{
    if (f->state == FUT_CANCELLED) {
        CoilValue e = make_cancelled_error(vm, f);
        if (value_is_error(e)) return e;
        return raise_exception_value(vm, e);
    }
    if (f->state != FUT_FINISHED) return vm_raise(vm, vm->async->e_invalid_state, "Result is not set.");
    f->log_tb = 0;
    if (f->exception != VAL_NONE) {
        /* the saved traceback goes with the first raise only (CPython's C
         * Future clears it): later ones start afresh */
        value_as_exc(f->exception)->traceback = f->result;
        f->result = VAL_NONE;
        return raise_exception_value(vm, f->exception);
    }
    return f->result;
}

int future_add_callback(CoilVM *vm, CoilFuture *f, CoilValue fn, uint8_t kind)
{
    if (f->state != FUT_PENDING) {
        return loop_call_soon_cb(vm, fut_loop(f), kind, fn, value_from_object(f));
    }
    if (f->cb0 == VAL_EMPTY) {
        f->cb0 = fn;
        f->cb0_kind = kind;
        return 0;
    }
    uint32_t n = fut_cb_count(f);
    if (f->cb0_kind != CB_MANY || n == FUT_CBS(f->cb0)->cap) {
        /* A list of its own, or a bigger one: the old one is left to the collector. */
        uint32_t cap = n < 2 ? 4 : n * 2;
        GC_ROOT(vm, fn);
        CoilFutureCbs *c = gc_alloc_object(vm, vm->async->t_future_cbs, sizeof(CoilFutureCbs) + cap * sizeof(CoilFutureCb));
        GC_UNROOT(vm, 1);
        if (!c) return -1;
        for (uint32_t k = 0; k < n; k++) c->items[k] = fut_cb_at(f, k);
        c->n = n;
        c->cap = cap;
        f->cb0 = value_from_object(c);
        f->cb0_kind = CB_MANY;
    }
    CoilFutureCbs *c = FUT_CBS(f->cb0);
    c->items[n].fn = fn;
    c->items[n].kind = kind;
    c->n = n + 1;
    return 0;
}

int future_remove_callback(CoilVM *vm, CoilFuture *f, CoilValue fn, uint8_t kind)
{
    int removed = 0;
    uint32_t n = fut_cb_count(f), out = 0;
    CoilValue cbv = f->cb0;
    GC_ROOT(vm, cbv);
    for (uint32_t k = 0; k < n; k++) {
        CoilFutureCb cb = fut_cb_at(f, k);
        /* remove_done_callback(fn) matches fn whatever its context */
        CoilValue cfn = cb.kind == CB_CTX ? value_as_tuple(cb.fn)->items[0] : cb.fn;
        uint8_t ckind = cb.kind == CB_CTX ? CB_CALL : cb.kind;
        int eq = ckind == kind && cfn == fn;
        if (!eq && ckind == kind && kind == CB_CALL) {
            /* __eq__ may run code (and add or remove callbacks): the list
             * is re-read through f at each step */
            eq = vm_equal(vm, cfn, fn);
            if (eq < 0) return GC_UNROOT(vm, 1), -1;
            if (f->cb0 != cbv) return GC_UNROOT(vm, 1), removed; /* __eq__ rebuilt the callbacks: stop here */
        }
        if (eq) {
            removed++;
            continue;
        }
        if (f->cb0_kind == CB_MANY) FUT_CBS(f->cb0)->items[out] = cb;
        out++;
    }
    GC_UNROOT(vm, 1);
    if (f->cb0 == VAL_EMPTY) return removed;
    if (f->cb0_kind == CB_MANY) {
        FUT_CBS(f->cb0)->n = out;
    } else if (out == 0) {
        f->cb0 = VAL_EMPTY;
        f->cb0_kind = CB_CALL;
    }
    return removed;
}

/* --- construction ------------------------------------------------------------------------ */

/* The Task fields exist only when is_task (a plain Future's block ends
 * before them). */
static void init_fields(CoilFuture *f, CoilValue loop, bool task)
{
    f->loop = loop;
    f->result = VAL_NONE;
    f->exception = VAL_NONE;
    f->cancel_msg = VAL_NONE;
    f->cancelled_exc = VAL_NONE;
    f->cb0 = VAL_EMPTY;
    f->cb0_kind = CB_CALL;
    f->is_task = task;
    if (!task) return;
    f->dict = VAL_EMPTY;
    f->coro = VAL_NONE;
    f->name = VAL_NONE;
    f->context = VAL_NONE;
}

CoilValue aio_context_snapshot(CoilVM *vm)
{
    CoilValue c = vm->context;
    if (c == VAL_NONE || value_is_dict(vm, c)) return c;
    return vm_getattr_cstr(vm, c, "_data"); /* a contextvars.Context */
}

/* asyncio.get_event_loop(): the running loop, else the policy's
 * get_event_loop().  Native as in CPython, so a traceback shows no frame of
 * its own above the policy's.  events.py installs the policy getter as
 * _asyncio._get_event_loop_policy. */
CoilValue aio_get_event_loop(CoilVM *vm)
{
    CoilAsync *as = vm->async;
    if (as->running_loop != VAL_NONE) return as->running_loop;
    CoilString *name = str_intern_cstr(vm, "_get_event_loop_policy");
    if (!name) return VAL_ERROR;
    CoilValue policy = vm_call_method(vm, as->module, name, NULL, 0);
    if (value_is_error(policy)) return policy;
    GC_ROOT(vm, policy);
    name = str_intern_cstr(vm, "get_event_loop");
    CoilValue r = name ? vm_call_method(vm, policy, name, NULL, 0) : VAL_ERROR;
    GC_UNROOT(vm, 1);
    return r;
}

/* The loop a Future made without loop= uses: get_event_loop(). */
static CoilValue default_loop(CoilVM *vm) { return aio_get_event_loop(vm); }

CoilValue future_new(CoilVM *vm, CoilValue loop)
{
    GC_ROOT(vm, loop);
    CoilFuture *f = gc_alloc_object(vm, vm->async->t_future, vm->async->t_future->instance_size);
    GC_UNROOT(vm, 1);
    if (!f) return VAL_ERROR;
    init_fields(f, loop, false);
    return value_from_object(f);
}

CoilValue task_new(CoilVM *vm, CoilValue loop, CoilValue coro, CoilValue name)
{
    CoilAsync *as = vm->async;
    if (!aio_is_coroutine(vm, coro)) {
        CoilValue r = vm_repr(vm, coro);
        if (value_is_error(r)) return r;
        return vm_raise(vm, vm->e_TypeError, "a coroutine was expected, got %s", value_as_str(r)->data);
    }
    GC_SAVE(vm);
    GC_ROOT(vm, loop);
    GC_ROOT(vm, coro);
    GC_ROOT(vm, name);
    CoilFuture *t = gc_alloc_object(vm, as->t_task, as->t_task->instance_size);
    if (!t) return GC_RESTORE(vm), VAL_ERROR;
    init_fields(t, loop, true);
    t->coro = coro;
    t->log_destroy_pending = 1;
    CoilValue tv0 = value_from_object(t);
    GC_ROOT(vm, tv0);
    CoilValue ctx = aio_context_snapshot(vm); /* a copy of the creator's context */
    if (value_is_error(ctx)) return GC_RESTORE(vm), VAL_ERROR;
    t->context = ctx;
    if (name == VAL_NONE || name == VAL_EMPTY) {
        t->name = value_from_small_int((int64_t)++as->task_counter);
    } else if (value_is_str(vm, name)) {
        t->name = name;
    } else {
        CoilValue s = vm_str(vm, name);
        if (value_is_error(s)) return GC_RESTORE(vm), s;
        t->name = s;
    }
    CoilValue tv = value_from_object(t);
    GC_ROOT(vm, tv);
    CoilLoop *l = (CoilLoop *)value_as_object(loop);
    if (loop_call_soon_entry(vm, l, RQ_STEP, tv, VAL_EMPTY) < 0 || aio_watch_future(vm, t) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return tv;
}

/* --- the Task step (Task.__step / __wakeup) ------------------------------------------------- */

static int step_later(CoilVM *vm, CoilFuture *t, CoilValue exc)
{
    return loop_call_soon_entry(vm, fut_loop(t), RQ_STEP, value_from_object(t), exc);
}

static int bad_yield(CoilVM *vm, CoilFuture *t, const char *fmt, CoilValue a, CoilValue b)
{
    GC_SAVE(vm);
    CoilValue ra = vm_repr(vm, a);
    if (value_is_error(ra)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, ra);
    CoilValue rb = VAL_EMPTY;
    if (b != VAL_EMPTY) {
        rb = vm_repr(vm, b);
        if (value_is_error(rb)) return GC_RESTORE(vm), -1;
        GC_ROOT(vm, rb);
    }
    if (rb != VAL_EMPTY) vm_raise(vm, vm->e_RuntimeError, fmt, value_as_str(ra)->data, value_as_str(rb)->data);
    else vm_raise(vm, vm->e_RuntimeError, fmt, value_as_str(ra)->data);
    CoilValue e = vm_take_exception(vm);
    GC_ROOT(vm, e);
    int r = step_later(vm, t, e);
    GC_RESTORE(vm);
    return r;
}

/* Sends into / throws into a task's coroutine; DRIVE_* as coro_drive. */
static int drive_coro(CoilVM *vm, CoilValue coro, CoilValue exc, CoilValue *out)
{
    if (value_is_coroutine(vm, coro)) return coro_drive_for_task(vm, coro, exc, out);
    if (exc == VAL_EMPTY && (vm_typeof(vm, coro)->flags & TYPE_HEAPTYPE)) {
        /* A class that is a collections.abc.Coroutine: CPython's Task calls
         * its send(None) (coro_iter_send would take __next__, as an await
         * delegating to an iterator does). */
        CoilString *name = str_intern_cstr(vm, "send");
        CoilValue none = VAL_NONE;
        CoilValue r = name ? vm_call_method(vm, coro, name, &none, 1) : VAL_ERROR;
        if (!value_is_error(r)) {
            *out = r;
            return DRIVE_YIELD;
        }
        if (!vm_exception_matches(vm, vm->e_StopIteration)) return DRIVE_ERROR;
        *out = value_as_exc(vm_take_exception(vm))->value;
        return DRIVE_RETURN;
    }
    int r = coro_iter_send(vm, coro, VAL_NONE, exc, out);
    return r < 0 ? DRIVE_ERROR : r == 1 ? DRIVE_RETURN : DRIVE_YIELD;
}

static bool waiter_cancel(CoilVM *vm, CoilValue w, CoilValue msg);
static bool task_cancel(CoilVM *vm, CoilFuture *t, CoilValue msg);

int task_step(CoilVM *vm, CoilFuture *t, CoilValue exc)
{
    CoilAsync *as = vm->async;
    CoilLoop *l = fut_loop(t);
    GC_SAVE(vm);
    CoilValue tv = value_from_object(t);
    GC_ROOT(vm, tv);
    GC_ROOT(vm, exc);
    if (t->state != FUT_PENDING) {
        CoilValue r = vm_repr(vm, tv);
        if (!value_is_error(r))
            vm_raise(vm, as->e_invalid_state, "_step(): already done: %s, %s", value_as_str(r)->data,
                     exc == VAL_EMPTY ? "None" : "<exception>");
        return GC_RESTORE(vm), -1;
    }
    if (t->must_cancel) {
        if (exc == VAL_EMPTY || !vm_isinstance(vm, exc, as->e_cancelled)) {
            exc = make_cancelled_error(vm, t);
            if (value_is_error(exc)) return GC_RESTORE(vm), -1;
            GC_ROOT(vm, exc);
        }
        t->must_cancel = 0;
    }
    if (!t->park) t->fut_waiter = VAL_NONE; /* (a parked task's frame reads it: event.c) */
    /* _enter_task */
    if (l->current_task != VAL_NONE) {
        CoilValue r1 = vm_repr(vm, tv);
        if (value_is_error(r1)) return GC_RESTORE(vm), -1;
        GC_ROOT(vm, r1);
        CoilValue r2 = vm_repr(vm, l->current_task);
        if (value_is_error(r2)) return GC_RESTORE(vm), -1;
        vm_raise(vm, vm->e_RuntimeError, "Cannot enter into task %s while another task %s is being executed.",
                 value_as_str(r1)->data, value_as_str(r2)->data);
        return GC_RESTORE(vm), -1;
    }
    l->current_task = tv;
    /* the task's context is current while it runs; what the step set stays its own */
    CoilValue outer_ctx = vm->context;
    GC_ROOT(vm, outer_ctx);
    vm->context = t->context;
    CoilValue v;
    int r = drive_coro(vm, t->coro, exc, &v);
    t->context = vm->context;
    vm->context = outer_ctx;
    l->current_task = VAL_NONE; /* _leave_task */
    int rc = 0;
    if (r == DRIVE_RETURN) {
        if (t->must_cancel) {
            t->must_cancel = 0;
            future_cancel(vm, t, t->cancel_msg);
        } else {
            rc = future_set_result(vm, t, v);
        }
    } else if (r == DRIVE_ERROR) {
        CoilValue e = vm_take_exception(vm);
        GC_ROOT(vm, e);
        if (vm_isinstance(vm, e, as->e_cancelled)) {
            t->cancelled_exc = e;
            future_cancel(vm, t, VAL_NONE);
        } else if (vm_isinstance(vm, e, vm->e_KeyboardInterrupt) || vm_isinstance(vm, e, vm->e_SystemExit)) {
            future_set_exception(vm, t, e);
            t->held = 1;
            vm->exc = e;
            vm->exc_reraise = true;
            rc = -1;
        } else {
            rc = future_set_exception(vm, t, e);
        }
    } else if (v == tv && t->park == PARK_PENDING) {
        /* Parked itself in an Event's _waiters (event.c). */
        if (t->must_cancel && task_park_cancel(vm, t, t->cancel_msg)) t->must_cancel = 0;
    } else if (fut_is_native(vm, v)) {
        CoilFuture *w = FUT(v);
        if (w->loop != t->loop) {
            rc = bad_yield(vm, t, "Task %s got Future %s attached to a different loop", tv, v);
        } else if (w->blocking) {
            if (w == t) {
                rc = bad_yield(vm, t, "Task cannot await on itself: %s", tv, VAL_EMPTY);
            } else {
                w->blocking = 0;
                rc = future_add_callback(vm, w, tv, CB_WAKEUP);
                t->fut_waiter = v;
                if (rc == 0 && t->must_cancel) {
                    if (waiter_cancel(vm, v, t->cancel_msg)) t->must_cancel = 0;
                }
            }
        } else {
            rc = bad_yield(vm, t, "yield was used instead of yield from in task %s with %s", tv, v);
        }
    } else if (event_wait_park(vm, v, tv)) {
        /* Event.wait() parked without a future: waited on as that future. */
        t->fut_waiter = v;
        if (t->must_cancel && event_wait_cancel(vm, v, t->cancel_msg)) t->must_cancel = 0;
    } else if (v == VAL_NONE) {
        rc = step_later(vm, t, VAL_EMPTY); /* bare yield: one loop iteration */
    } else if (vm_typeof(vm, v) == vm->t_generator) {
        rc = bad_yield(vm, t, "yield was used instead of yield from for generator in task %s with %s", tv, v);
    } else {
        rc = bad_yield(vm, t, "Task got bad yield: %s", v, VAL_EMPTY);
    }
    GC_RESTORE(vm);
    return rc;
}

int task_wakeup(CoilVM *vm, CoilFuture *t, CoilValue fut)
{
    CoilValue r;
    if (t->park) {
        /* Released from an Event's _waiters: the frame finishes the wait()
         * (a cancellation is thrown in, as the future's result would be). */
        if (t->park != PARK_CANCELLED) return task_step(vm, t, VAL_EMPTY);
        CoilValue e = cancelled_error_new(vm, t->cancel_msg);
        if (value_is_error(e)) return -1;
        GC_ROOT(vm, e);
        int rc = task_step(vm, t, e);
        GC_UNROOT(vm, 1);
        return rc;
    }
    if (fut_is_native(vm, fut)) r = future_result(vm, FUT(fut));
    else if (value_is_object(fut) && value_as_object(fut)->type == vm->async->t_event_wait) r = event_wait_result(vm, fut);
    else r = vm_call_method(vm, fut, str_intern_cstr(vm, "result"), NULL, 0);
    if (value_is_error(r)) {
        CoilValue e = vm_take_exception(vm);
        GC_ROOT(vm, e);
        int rc = task_step(vm, t, e);
        GC_UNROOT(vm, 1);
        return rc;
    }
    return task_step(vm, t, VAL_EMPTY);
}

/* --- AWAIT support (future.h) ------------------------------------------------------------ */

int fut_await_ready(CoilVM *vm, CoilValue fv, CoilValue *out)
{
    CoilFuture *f = FUT(fv);
    if (f->state == FUT_PENDING) {
        f->blocking = 1;
        *out = fv;
        return 0;
    }
    CoilValue r = future_result(vm, f);
    if (value_is_error(r)) return -1;
    *out = r;
    return 1;
}

/* __await__ / __iter__: an iterator yielding the future while pending. */
typedef struct CoilFutureIter {
    CoilObject obj;
    CoilValue fut;
} CoilFutureIter;

static CoilType *future_iter_type(CoilVM *vm)
{
    return (CoilType *)value_as_object(dict_get_cstr(vm, value_as_dict(vm->async->t_future->dict), "_iter_type"));
}

static CoilValue future_await_slot(CoilVM *vm, CoilValue self)
{
    GC_ROOT(vm, self);
    CoilFutureIter *it = gc_alloc_object(vm, future_iter_type(vm), sizeof(CoilFutureIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->fut = self;
    return value_from_object(it);
}

static CoilValue fiter_next(CoilVM *vm, CoilValue self)
{
    CoilFutureIter *it = (CoilFutureIter *)value_as_object(self);
    if (it->fut == VAL_NONE) {
        vm->stop_value = VAL_NONE;
        return VAL_EMPTY;
    }
    CoilFuture *f = FUT(it->fut);
    if (f->state == FUT_PENDING) {
        f->blocking = 1;
        return it->fut;
    }
    it->fut = VAL_NONE;
    CoilValue r = future_result(vm, f);
    if (value_is_error(r)) return r;
    vm->stop_value = r;
    return VAL_EMPTY;
}

static CoilValue fiter_send(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "send", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue r = fiter_next(vm, args[0]);
    if (r != VAL_EMPTY) return r;
    CoilValue v = vm->stop_value;
    vm->stop_value = VAL_NONE;
    if (v == VAL_NONE) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
    GC_ROOT(vm, v);
    CoilValue t = tuple_from_array(vm, &v, 1);
    GC_UNROOT(vm, 1);
    if (value_is_error(t)) return t;
    return vm_raise_args(vm, vm->e_StopIteration, t);
}

static CoilValue fiter_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue e = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(e)) return e;
    vm->exc = e;
    vm->exc_reraise = false;
    return VAL_ERROR;
}

static CoilValue fiter_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    ((CoilFutureIter *)value_as_object(args[0]))->fut = VAL_NONE;
    return VAL_NONE;
}

static void fiter_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((CoilFutureIter *)o)->fut); }
static CoilValue fiter_iter(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

static const CoilMethodDef fiter_methods[] = {
    {"send", fiter_send, 0}, {"throw", fiter_throw, 0}, {"close", fiter_close, 0}, {NULL, NULL, 0}};

/* --- the Python face ------------------------------------------------------------------------ */

static CoilFuture *self_future(CoilVM *vm, CoilValue v, const char *what)
{
    if (!value_is_future(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "descriptor '%s' requires a '_asyncio.Future' object", what);
        return NULL;
    }
    return FUT(v);
}

/* CPython names a method of its C Future or Task by the type defining it
 * ("Task.result() takes no arguments (1 given)"); Task has its own copies. */
#define FQ(self, name) (value_is_future(vm, self) && FUT(self)->is_task ? "Task." name : "Future." name)

#define SELF(name)                                      \
    CoilFuture *f = self_future(vm, args[0], name);     \
    if (!f) return VAL_ERROR

static CoilValue m_result(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "result"), nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("result");
    return future_result(vm, f);
}

static CoilValue m_exception(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "exception"), nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("exception");
    if (f->state == FUT_CANCELLED) {
        CoilValue e = make_cancelled_error(vm, f);
        if (value_is_error(e)) return e;
        return raise_exception_value(vm, e);
    }
    if (f->state != FUT_FINISHED) return vm_raise(vm, vm->async->e_invalid_state, "Exception is not set.");
    f->log_tb = 0;
    return f->exception;
}

static CoilValue m_done(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "done"), nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("done");
    return value_from_bool(f->state != FUT_PENDING);
}

static CoilValue m_cancelled(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "cancelled"), nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("cancelled");
    return value_from_bool(f->state == FUT_CANCELLED);
}

/* Task.cancel (tasks.py): cancel the awaited future, or make the next step raise. */
/* fut_waiter.cancel(msg=msg) as CPython's Task does it: a method call, so a
 * subclass's cancel runs (gather's future cancels its children instead of
 * itself).  Only the exact native types take the direct path.  An error
 * from a script-level cancel is dropped (false). */
static bool waiter_cancel(CoilVM *vm, CoilValue w, CoilValue msg)
{
    if (value_is_object(w)) {
        CoilType *ty = value_as_object(w)->type;
        if (ty == vm->async->t_future) return future_cancel(vm, FUT(w), msg);
        if (ty == vm->async->t_task) return task_cancel(vm, FUT(w), msg);
        if (ty == vm->async->t_event_wait) return event_wait_cancel(vm, w, msg);
    }
    CoilValue r = vm_call_method(vm, w, str_intern_cstr(vm, "cancel"), &msg, 1);
    if (value_is_error(r)) {
        vm_take_exception(vm);
        return false;
    }
    return r == VAL_TRUE;
}

static bool task_cancel(CoilVM *vm, CoilFuture *t, CoilValue msg)
{
    t->log_tb = 0;
    if (t->state != FUT_PENDING) return false;
    t->num_cancels++;
    if (t->park == PARK_PENDING) return task_park_cancel(vm, t, msg);
    if (t->park && task_park_materialize(vm, t) < 0) vm_take_exception(vm); /* released already: its future decides */
    if (!t->park && t->fut_waiter != VAL_NONE && waiter_cancel(vm, t->fut_waiter, msg)) return true; /* (pending: see aio.h) */
    t->must_cancel = 1;
    t->cancel_msg = msg;
    return true;
}

static CoilValue m_cancel(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"msg"};
    CoilValue msg = VAL_EMPTY;
    if (args_parse(vm, "cancel", args + 1, nargs - 1, kw, names, 1, 1, 0, &msg) < 0) return VAL_ERROR;
    if (msg == VAL_EMPTY) msg = VAL_NONE;
    SELF("cancel");
    if (f->is_task) return value_from_bool(task_cancel(vm, f, msg));
    return value_from_bool(future_cancel(vm, f, msg));
}

static CoilValue m_add_done_callback(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    /* add_done_callback(fn, /, *, context=None) */
    static const char *const names[] = {"context"};
    CoilValue a[2] = {VAL_EMPTY, VAL_EMPTY};
    if (nargs - 1 != 1)
        return vm_raise(vm, vm->e_TypeError, "add_done_callback() takes exactly 1 positional argument (%zu given)",
                        nargs - 1);
    a[0] = args[1];
    if (args_parse(vm, "add_done_callback", args + 2, 0, kw, names, 1, 0, 0, a + 1) < 0) return VAL_ERROR;
    SELF("add_done_callback");
    /* It runs in `context`, by default a copy of the current one: kept
     * with it unless that is empty (no variable ever set). */
    CoilValue ctx = a[1] != VAL_EMPTY && a[1] != VAL_NONE ? a[1] : aio_context_snapshot(vm);
    if (value_is_error(ctx)) return ctx;
    if (ctx == VAL_NONE) return future_add_callback(vm, f, a[0], CB_CALL) < 0 ? VAL_ERROR : VAL_NONE;
    GC_ROOT(vm, ctx);
    CoilValue pair = tuple_from_array(vm, (CoilValue[]){a[0], ctx}, 2);
    GC_UNROOT(vm, 1);
    if (value_is_error(pair)) return pair;
    GC_ROOT(vm, pair);
    int rc = future_add_callback(vm, f, pair, CB_CTX);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue m_remove_done_callback(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, FQ(args[0], "remove_done_callback"), kw) < 0 ||
        args_count(vm, FQ(args[0], "remove_done_callback"), nargs - 1, 1, 1) < 0)
        return VAL_ERROR;
    SELF("remove_done_callback");
    int n = future_remove_callback(vm, f, args[1], CB_CALL);
    return n < 0 ? VAL_ERROR : value_from_small_int(n);
}

static CoilValue m_set_result(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "set_result"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    SELF("set_result");
    if (f->is_task) return vm_raise(vm, vm->e_RuntimeError, "Task does not support set_result operation");
    return future_set_result(vm, f, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue m_set_exception(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "set_exception"), nargs - 1, 1, 1) < 0) return VAL_ERROR;
    SELF("set_exception");
    if (f->is_task) return vm_raise(vm, vm->e_RuntimeError, "Task does not support set_exception operation");
    return future_set_exception(vm, f, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue m_get_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, FQ(args[0], "get_loop"), nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("get_loop");
    return f->loop;
}

static CoilValue m_await(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__await__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return future_await_slot(vm, args[0]);
}

static CoilValue m_make_cancelled_error(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_make_cancelled_error", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF("_make_cancelled_error");
    return make_cancelled_error(vm, f);
}

static CoilValue m_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)vm;
    (void)nargs;
    (void)kw;
    return args[0];
}

static const CoilMethodDef future_methods[] = {
    {"result", m_result, 0},
    {"exception", m_exception, 0},
    {"done", m_done, 0},
    {"cancelled", m_cancelled, 0},
    {"cancel", m_cancel, METH_KEYWORDS},
    {"add_done_callback", m_add_done_callback, METH_KEYWORDS},
    {"remove_done_callback", m_remove_done_callback, METH_KEYWORDS},
    {"set_result", m_set_result, 0},
    {"set_exception", m_set_exception, 0},
    {"get_loop", m_get_loop, 0},
    {"__await__", m_await, 0},
    {"__iter__", m_await, 0},
    {"__class_getitem__", m_class_getitem, METH_CLASS},
    {"_make_cancelled_error", m_make_cancelled_error, 0},
    {NULL, NULL, 0}};

static CoilValue g_state(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, future_state_names[FUT(self)->state]); }
static CoilValue g_blocking(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(FUT(self)->blocking);
}
static int s_blocking(CoilVM *vm, CoilValue self, CoilValue v)
{
    int t = vm_truthy(vm, v);
    if (t < 0) return -1;
    FUT(self)->blocking = (uint8_t)t;
    return 0;
}
static CoilValue g_loop(CoilVM *vm, CoilValue self) { (void)vm; return FUT(self)->loop; }
static CoilValue g_result(CoilVM *vm, CoilValue self)
{
    (void)vm;
    CoilFuture *f = FUT(self);
    /* (result holds a traceback beside an exception) */
    return f->state == FUT_FINISHED && f->exception == VAL_NONE ? f->result : VAL_NONE;
}
static CoilValue g_exception(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return FUT(self)->state == FUT_FINISHED ? FUT(self)->exception : VAL_NONE;
}
static CoilValue g_cancel_message(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return FUT(self)->state == FUT_FINISHED ? VAL_NONE : FUT(self)->cancel_msg;
}
static int s_cancel_message(CoilVM *vm, CoilValue self, CoilValue v)
{
    (void)vm;
    /* once finished the slot is the result's: a message could never be used */
    if (FUT(self)->state != FUT_FINISHED) FUT(self)->cancel_msg = v == VAL_EMPTY ? VAL_NONE : v;
    return 0;
}
static CoilValue g_log_tb(CoilVM *vm, CoilValue self) { (void)vm; return value_from_bool(FUT(self)->log_tb); }
static int s_log_tb(CoilVM *vm, CoilValue self, CoilValue v)
{
    int t = vm_truthy(vm, v);
    if (t < 0) return -1;
    if (t) {
        vm_raise(vm, vm->e_ValueError, "_log_traceback can only be set to False");
        return -1;
    }
    FUT(self)->log_tb = 0;
    return 0;
}
static CoilValue g_none(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return VAL_NONE;
}
static CoilValue g_callbacks(CoilVM *vm, CoilValue self)
{
    CoilFuture *f = FUT(self);
    if (fut_cb_count(f) == 0) return VAL_NONE; /* as _asyncio's, not an empty list */
    CoilValue l = list_new(vm, fut_cb_count(f));
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    for (uint32_t k = 0; k < fut_cb_count(f); k++) {
        CoilFutureCb cb = fut_cb_at(f, k);
        CoilValue pair[2] = {cb.fn, VAL_NONE};
        CoilValue t = cb.kind == CB_CTX ? cb.fn : tuple_from_array(vm, pair, 2);
        if (value_is_error(t) || !list_append(vm, value_as_list(l), t)) {
            GC_UNROOT(vm, 1);
            return VAL_ERROR;
        }
    }
    GC_UNROOT(vm, 1);
    return l;
}

static const CoilGetSetDef future_getsets[] = {
    {"_state", g_state, NULL},
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"_loop", g_loop, NULL},
    {"_result", g_result, NULL},
    {"_exception", g_exception, NULL},
    {"_cancel_message", g_cancel_message, s_cancel_message},
    {"_log_traceback", g_log_tb, s_log_tb},
    {"_source_traceback", g_none, NULL},
    {"_callbacks", g_callbacks, NULL},
    {NULL, NULL, NULL}};

/* --- Task methods --------------------------------------------------------------------------- */

static CoilFuture *self_task(CoilVM *vm, CoilValue v, const char *what)
{
    if (!value_is_future(vm, v) || !FUT(v)->is_task) {
        vm_raise(vm, vm->e_TypeError, "descriptor '%s' requires a '_asyncio.Task' object", what);
        return NULL;
    }
    return FUT(v);
}

#define SELF_TASK(name)                             \
    CoilFuture *t = self_task(vm, args[0], name);   \
    if (!t) return VAL_ERROR

static CoilValue t_get_coro(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "Task.get_coro", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF_TASK("get_coro");
    return t->coro;
}

static CoilValue t_get_name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "Task.get_name", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF_TASK("get_name");
    return task_name_value(vm, t);
}

static CoilValue t_set_name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "Task.set_name", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    SELF_TASK("set_name");
    CoilValue s = value_is_str(vm, args[1]) ? args[1] : vm_str(vm, args[1]);
    if (value_is_error(s)) return s;
    t->name = s;
    return VAL_NONE;
}

static CoilValue t_cancelling(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "Task.cancelling", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF_TASK("cancelling");
    return value_from_small_int(t->num_cancels);
}

static CoilValue t_uncancel(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "Task.uncancel", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF_TASK("uncancel");
    if (t->num_cancels > 0) t->num_cancels--;
    return value_from_small_int(t->num_cancels);
}

/* get_stack(*, limit=None) and print_stack(*, limit=None, file=None):
 * written in Python (stdlib/asyncio/tasks.py registers them in _asyncio),
 * as in CPython, where they live in base_tasks.py. */
static CoilValue call_task_helper(CoilVM *vm, const char *helper, const char *method, const CoilValue *args,
                                  size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"limit", "file"};
    bool print = method[0] == 'p';
    CoilValue a[3] = {args[0], VAL_NONE, VAL_NONE};
    if (args_parse(vm, method, args + 1, nargs - 1, kw, names, print ? 2 : 1, 0, 0, a + 1) < 0) return VAL_ERROR;
    for (int i = 1; i < 3; i++)
        if (a[i] == VAL_EMPTY) a[i] = VAL_NONE;
    CoilValue fn = dict_get_cstr(vm, value_as_dict(module_dict(vm->async->module)), helper);
    if (fn == VAL_EMPTY) return vm_raise(vm, vm->e_NotImplementedError, "Task.%s needs asyncio imported", method);
    return vm_call(vm, fn, a, print ? 3 : 2, VAL_EMPTY);
}

static CoilValue t_get_stack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return call_task_helper(vm, "_task_get_stack", "get_stack", args, nargs, kw);
}

static CoilValue t_print_stack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return call_task_helper(vm, "_task_print_stack", "print_stack", args, nargs, kw);
}

static const CoilMethodDef task_methods[] = {
    {"get_coro", t_get_coro, 0},       {"get_name", t_get_name, 0},       {"set_name", t_set_name, 0},
    {"cancelling", t_cancelling, 0},   {"uncancel", t_uncancel, 0},       {"get_stack", t_get_stack, METH_KEYWORDS},
    {"print_stack", t_print_stack, METH_KEYWORDS}, {NULL, NULL, 0}};

static CoilValue g_coro(CoilVM *vm, CoilValue self) { (void)vm; return FUT(self)->coro; }
static CoilValue g_fut_waiter(CoilVM *vm, CoilValue self)
{
    if (task_park_materialize(vm, FUT(self)) < 0) return VAL_ERROR;
    return task_waiter(FUT(self));
}
static CoilValue g_must_cancel(CoilVM *vm, CoilValue self) { (void)vm; return value_from_bool(FUT(self)->must_cancel); }
static CoilValue g_log_destroy(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(FUT(self)->log_destroy_pending);
}
static int s_log_destroy(CoilVM *vm, CoilValue self, CoilValue v)
{
    int t = vm_truthy(vm, v);
    if (t < 0) return -1;
    FUT(self)->log_destroy_pending = (uint8_t)t;
    return 0;
}
static CoilValue g_num_cancels(CoilVM *vm, CoilValue self) { (void)vm; return value_from_small_int(FUT(self)->num_cancels); }

static const CoilGetSetDef task_getsets[] = {{"_coro", g_coro, NULL},
                                             {"_fut_waiter", g_fut_waiter, NULL},
                                             {"_must_cancel", g_must_cancel, NULL},
                                             {"_log_destroy_pending", g_log_destroy, s_log_destroy},
                                             {"_num_cancels_requested", g_num_cancels, NULL},
                                             {NULL, NULL, NULL}};

/* --- construction from Python --------------------------------------------------------------- */

static CoilValue future_py_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilFuture *f = gc_alloc_object(vm, t, t->instance_size);
    if (!f) return VAL_ERROR;
    init_fields(f, VAL_NONE, type_is_subtype(t, vm->async->t_task));
    return value_from_object(f);
}

static CoilValue future_py_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"loop"};
    CoilValue loop = VAL_EMPTY;
    if (args_parse(vm, "Future", args, nargs, kw, names, 1, 0, 0, &loop) < 0) return VAL_ERROR;
    if (loop == VAL_EMPTY || loop == VAL_NONE) {
        loop = default_loop(vm);
        if (value_is_error(loop)) return loop;
    }
    if (!value_is_loop(vm, loop)) return vm_raise(vm, vm->e_TypeError, "loop must be an event loop");
    FUT(self)->loop = loop;
    return VAL_NONE;
}

static CoilValue task_py_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"coro", "loop", "name", "context"};
    CoilValue a[4] = {VAL_EMPTY, VAL_EMPTY, VAL_EMPTY, VAL_EMPTY};
    if (args_parse(vm, "Task", args, nargs, kw, names, 4, 1, 1, a) < 0) return VAL_ERROR;
    CoilFuture *t = FUT(self);
    CoilValue loop = a[1];
    if (loop == VAL_EMPTY || loop == VAL_NONE) {
        loop = default_loop(vm);
        if (value_is_error(loop)) return loop;
    }
    if (!value_is_loop(vm, loop)) return vm_raise(vm, vm->e_TypeError, "loop must be an event loop");
    CoilValue coro = a[0];
    if (!aio_is_coroutine(vm, coro)) {
        t->log_destroy_pending = 0;
        CoilValue r = vm_repr(vm, coro);
        if (value_is_error(r)) return r;
        return vm_raise(vm, vm->e_TypeError, "a coroutine was expected, got %s", value_as_str(r)->data);
    }
    t->loop = loop;
    t->coro = coro;
    t->is_task = 1;
    t->log_destroy_pending = 1;
    CoilValue name = a[2];
    if (name == VAL_EMPTY || name == VAL_NONE) {
        t->name = value_from_small_int((int64_t)++vm->async->task_counter);
    } else {
        CoilValue s = value_is_str(vm, name) ? name : vm_str(vm, name);
        if (value_is_error(s)) return s;
        t->name = s;
    }
    /* context=: the task runs in that Context; else in a copy of the current one */
    CoilValue ctx = a[3] != VAL_EMPTY && a[3] != VAL_NONE ? a[3] : aio_context_snapshot(vm);
    if (value_is_error(ctx)) return ctx;
    t->context = ctx;
    CoilLoop *l = (CoilLoop *)value_as_object(loop);
    if (loop_call_soon_entry(vm, l, RQ_STEP, self, VAL_EMPTY) < 0 || aio_watch_future(vm, t) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue m_future_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return future_py_init(vm, args[0], args + 1, nargs - 1, kw);
}

static CoilValue m_task_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return task_py_init(vm, args[0], args + 1, nargs - 1, kw);
}

static const CoilMethodDef future_init_def[] = {{"__init__", m_future_init, METH_KEYWORDS}, {NULL, NULL, 0}};
static const CoilMethodDef task_init_def[] = {{"__init__", m_task_init, METH_KEYWORDS}, {NULL, NULL, 0}};

/* --- GC --------------------------------------------------------------------------------------- */

static void future_trace(CoilVM *vm, CoilObject *o)
{
    CoilFuture *f = (CoilFuture *)o;
    gc_mark_value(vm, f->loop);
    gc_mark_value(vm, f->result);
    gc_mark_value(vm, f->exception);
    gc_mark_value(vm, f->cb0);
    if (!f->is_task) return;
    gc_mark_value(vm, f->dict);
    gc_mark_value(vm, f->coro);
    gc_mark_value(vm, f->name);
    gc_mark_value(vm, f->context);
}

void future_init_types(CoilVM *vm, CoilAsync *as)
{
    CoilType *t = type_new_builtin(vm, "Future", vm->t_object, FUTURE_SIZE, TYPE_BASETYPE);
    if (!t) return;
    as->t_future = t;
    t->module_name = "_asyncio";
    t->trace = future_trace;
    t->repr = future_repr;
    t->await = future_await_slot;
    t->iter = future_await_slot;
    t->new_ = future_py_new;
    t->init = future_py_init;
    type_add_methods(vm, t, future_methods);
    type_add_methods(vm, t, future_init_def);
    type_add_getsets(vm, t, future_getsets);
    type_set_attr_str(vm, t, "__module__", value_from_object(str_intern_cstr(vm, "_asyncio")));

    CoilType *ct = type_new_builtin(vm, "_future_callbacks", vm->t_object, sizeof(CoilFutureCbs), 0);
    if (!ct) return;
    as->t_future_cbs = ct; /* rooted there (mod_asyncio.c's trace) */
    ct->trace = cbs_trace;

    CoilType *it = type_new_builtin(vm, "FutureIter", vm->t_object, sizeof(CoilFutureIter), 0);
    if (!it) return;
    /* Reachable through Future's dict first: the method table allocates. */
    type_set_attr_str(vm, t, "_iter_type", value_from_object(it));
    it->module_name = "_asyncio";
    it->trace = fiter_trace;
    it->iter = fiter_iter;
    it->next = fiter_next;
    type_add_methods(vm, it, fiter_methods);

    CoilType *tt = type_new_builtin(vm, "Task", t, sizeof(CoilFuture), TYPE_BASETYPE | TYPE_HAS_DICT);
    if (!tt) return;
    tt->dict_offset = (uint32_t)offsetof(CoilFuture, dict);
    as->t_task = tt;
    tt->module_name = "_asyncio";
    tt->init = task_py_init;
    type_add_methods(vm, tt, task_methods);
    type_add_methods(vm, tt, task_init_def);
    type_add_getsets(vm, tt, task_getsets);
    type_set_attr_str(vm, tt, "__module__", value_from_object(str_intern_cstr(vm, "_asyncio")));
}
