/* mod_asyncio.c — the `_asyncio` native module and the per-VM async state:
 * Future, Task, the C event loop, Handle/TimerHandle, CancelledError and
 * InvalidStateError, the running-loop and current-task functions, the
 * async generator firstiter hook, and the "Future exception was never
 * retrieved" reports (kept alive past collection until the loop's
 * exception handler has printed them).  stdlib/asyncio/ builds on this. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/aio.h"
#include "vm/args.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/frozen.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/list.h"
#include "vm/load.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define FUT(v) ((CoilFuture *)value_as_object(v))

/* Futures with an exception nobody retrieved yet, and tasks (from their
 * creation): `watch` is weak (not traced), so a collection tells which
 * became unreachable; those are kept alive in `dying` (traced) until the
 * loop's exception handler has reported them.  `dying` is usually empty,
 * so it grows only when the collector needs it, straight from the
 * allocator hook (the collector must not collect); if that fails the
 * future stays watched, and alive, until the next collection. */
/* An async generator first iterated while `loop` ran (the firstiter hook). */
typedef struct CoilAgenEntry {
    CoilGenerator *agen;
    CoilLoop *loop;
} CoilAgenEntry;

typedef struct CoilAsyncState {
    CoilAsync pub;
    CoilFuture **watch, **dying;
    size_t nwatch, ndying, cap, capdying;
    /* Async generators registered by the firstiter hook, held weakly (as
     * CPython's WeakSet): the collector drops the unreachable ones, or,
     * when they are suspended unfinished, keeps them in agen_dying until
     * their loop schedules their aclose() (the finalizer hook). */
    CoilAgenEntry *agens, *agen_dying;
    size_t nagens, nagen_dying, capagens;
} CoilAsyncState;

#define STATE(vm) ((CoilAsyncState *)(vm)->async)

static void state_trace(CoilVM *vm, CoilObject *o)
{
    CoilAsync *as = (CoilAsync *)o;
    gc_mark_value(vm, as->running_loop);
    gc_mark_value(vm, as->event_loop);
    gc_mark_value(vm, as->module);
    gc_mark_value(vm, as->handle_run);
    gc_mark_value(vm, as->tb_run_once);
    gc_mark_value(vm, as->tb_run_forever);
    gc_mark_value(vm, as->tb_sleep0);
    gc_mark_value(vm, as->tb_event_wait);
    gc_mark_value(vm, as->tb_put_nowait);
    gc_mark_value(vm, as->tb_get_nowait);
    gc_mark_value(vm, as->tb_full);
    if (as->ew_spare) gc_mark_object(vm, as->ew_spare);
    CoilAsyncState *s = (CoilAsyncState *)as;
    for (size_t k = 0; k < s->ndying; k++) gc_mark_object(vm, &s->dying[k]->obj);
    for (size_t k = 0; k < s->nagen_dying; k++) {
        gc_mark_object(vm, &s->agen_dying[k].agen->obj);
        gc_mark_object(vm, &s->agen_dying[k].loop->obj);
    }
    CoilType *types[] = {as->t_future, as->t_task, as->t_loop, as->t_handle, as->t_timer_handle, as->t_sleep0,
                         as->t_event_wait, as->t_future_cbs, as->e_cancelled, as->e_invalid_state};
    for (size_t k = 0; k < sizeof types / sizeof *types; k++)
        if (types[k]) gc_mark_object(vm, &types[k]->obj);
}

static void state_finalize(CoilVM *vm, CoilObject *o)
{
    CoilAsyncState *s = (CoilAsyncState *)o;
    if (s->watch) vm_mem_free(vm, s->watch, s->cap * sizeof *s->watch);
    if (s->dying) vm->alloc.fn(vm->alloc.ud, s->dying, s->capdying * sizeof *s->dying, 0);
    s->watch = s->dying = NULL;
    s->nwatch = s->ndying = s->cap = s->capdying = 0;
    if (s->agens) vm_mem_free(vm, s->agens, s->capagens * sizeof *s->agens);
    if (s->agen_dying) vm_mem_free(vm, s->agen_dying, s->capagens * sizeof *s->agen_dying);
    s->agens = s->agen_dying = NULL;
    s->nagens = s->nagen_dying = s->capagens = 0;
    if (vm->async == &s->pub) vm->async = NULL;
}

/* --- the sleep(0) awaitable: yields None once ----------------------------------------------- */

typedef struct CoilYieldOnce {
    CoilObject obj;
    uint8_t done;
} CoilYieldOnce;

static CoilValue sleep0_await(CoilVM *vm, CoilValue self)
{
    CoilYieldOnce *y = gc_alloc_object(vm, value_as_object(self)->type, sizeof(CoilYieldOnce));
    if (!y) return VAL_ERROR;
    y->done = 2; /* an iterator (the singleton itself has done == 0) */
    return value_from_object(y);
}

/* throw(): the exception is raised inside CPython's __sleep0 (a generator
 * there): its frame is added to the traceback. */
static CoilValue sleep0_throw(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "throw", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = coro_throw_arg(vm, args + 1, nargs - 1);
    if (value_is_error(exc)) return exc;
    ((CoilYieldOnce *)value_as_object(args[0]))->done = 1;
    vm->exc = exc;
    vm->exc_reraise = false;
    aio_add_frame(vm, vm->async->tb_sleep0);
    return VAL_ERROR;
}

static const CoilMethodDef sleep0_methods[] = {{"throw", sleep0_throw, 0}, {NULL, NULL, 0}};

static CoilValue sleep0_next(CoilVM *vm, CoilValue self)
{
    CoilYieldOnce *y = (CoilYieldOnce *)value_as_object(self);
    if (y->done == 2) {
        y->done = 1;
        return VAL_NONE;
    }
    vm->stop_value = VAL_NONE;
    return VAL_EMPTY;
}

/* --- the state -------------------------------------------------------------------------------- */

static CoilType *exception_class(CoilVM *vm, const char *name, CoilType *base)
{
    GC_SAVE(vm);
    CoilString *n = str_intern_cstr(vm, name);
    if (!n) return NULL;
    CoilValue bases = tuple_from_array(vm, (CoilValue[]){value_from_object(base)}, 1);
    if (value_is_error(bases)) return GC_RESTORE(vm), NULL;
    GC_ROOT(vm, bases);
    CoilValue ns = dict_new(vm);
    if (value_is_error(ns)) return GC_RESTORE(vm), NULL;
    GC_ROOT(vm, ns);
    CoilValue mod = str_from_cstr(vm, "asyncio.exceptions");
    if (value_is_error(mod) || dict_set_str(vm, value_as_dict(ns), vm->names.__module__, mod) < 0)
        return GC_RESTORE(vm), NULL;
    CoilValue cls = type_new_class(vm, n, bases, ns, VAL_NONE);
    GC_RESTORE(vm);
    return value_is_error(cls) ? NULL : (CoilType *)value_as_object(cls);
}

CoilAsync *aio_state(CoilVM *vm)
{
    if (vm->async) return vm->async;
    CoilType *st = type_new_builtin(vm, "_AsyncState", vm->t_object, sizeof(CoilAsyncState), 0);
    if (!st) return NULL;
    st->trace = state_trace;
    st->finalize = state_finalize;
    GC_ROOT_OBJ(vm, st);
    CoilAsyncState *s = gc_alloc_object(vm, st, sizeof(CoilAsyncState));
    GC_UNROOT(vm, 1);
    if (!s) return NULL;
    CoilAsync *as = &s->pub;
    as->running_loop = as->event_loop = as->module = as->handle_run = VAL_NONE;
    as->tb_run_once = as->tb_run_forever = as->tb_sleep0 = as->tb_event_wait = VAL_NONE;
    as->tb_put_nowait = as->tb_get_nowait = as->tb_full = VAL_NONE;
    vm->async = as; /* rooted by the collector from here on */
#define AIO_NAME_INIT(n) \
    if (!(as->names[AN_##n] = str_intern_cstr(vm, #n))) return NULL;
    AIO_NAMES(AIO_NAME_INIT)
#undef AIO_NAME_INIT
    future_init_types(vm, as);
    loop_init_types(vm, as);
    as->e_cancelled = exception_class(vm, "CancelledError", vm->e_BaseException);
    as->e_invalid_state = exception_class(vm, "InvalidStateError", vm->e_Exception);
    CoilType *y = type_new_builtin(vm, "_Sleep0", vm->t_object, sizeof(CoilYieldOnce), 0);
    if (y) {
        y->await = sleep0_await;
        y->iter = sleep0_await;
        y->next = sleep0_next;
        type_add_methods(vm, y, sleep0_methods);
        as->t_sleep0 = y;
    }
    if (!as->t_future || !as->t_task || !as->t_loop || !as->t_handle || !as->t_timer_handle || !as->e_cancelled ||
        !as->e_invalid_state || !as->t_sleep0 || vm_has_exception(vm))
        return NULL;
    return as;
}

/* --- "exception was never retrieved" ------------------------------------------------------- */

int aio_watch_future(CoilVM *vm, CoilFuture *f)
{
    CoilAsyncState *s = STATE(vm);
    if (s->nwatch == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        CoilValue fv = value_from_object(f);
        GC_ROOT(vm, fv);
        CoilFuture **w = vm_mem_realloc(vm, s->watch, s->cap * sizeof *w, cap * sizeof *w);
        GC_UNROOT(vm, 1);
        if (!w) return -1;
        s->watch = w;
        s->cap = cap;
    }
    s->watch[s->nwatch++] = f;
    return 0;
}

/* Every task is watched from its creation, so while it is pending its
 * entry is also its place in its loop's pending-task list: no link in the
 * task itself. */
void aio_mark_loop_tasks(CoilVM *vm, CoilLoop *l)
{
    if (!vm->async) return;
    CoilAsyncState *s = STATE(vm);
    CoilValue lv = value_from_object(l);
    for (size_t k = 0; k < s->nwatch; k++) {
        CoilFuture *f = s->watch[k];
        if (f->is_task && f->state == FUT_PENDING && f->loop == lv) gc_mark_object(vm, &f->obj);
    }
}

CoilValue aio_loop_pending_tasks(CoilVM *vm, CoilLoop *l)
{
    CoilValue lst = list_new(vm, 0);
    if (value_is_error(lst) || !vm->async) return lst;
    GC_ROOT(vm, lst);
    CoilAsyncState *s = STATE(vm);
    CoilValue lv = value_from_object(l);
    for (size_t k = 0; k < s->nwatch; k++) {
        CoilFuture *f = s->watch[k];
        if (f->is_task && f->state == FUT_PENDING && f->loop == lv &&
            !list_append(vm, value_as_list(lst), value_from_object(f))) {
            GC_UNROOT(vm, 1);
            return VAL_ERROR;
        }
    }
    GC_UNROOT(vm, 1);
    return lst;
}

void aio_gc_before_sweep(CoilVM *vm)
{
    if (!vm->async) return;
    CoilAsyncState *s = STATE(vm);
    size_t out = 0;
    for (size_t k = 0; k < s->nwatch; k++) {
        CoilFuture *f = s->watch[k];
        bool pending = f->is_task && f->state == FUT_PENDING;
        bool unseen = f->log_tb && !f->reported;
        if (!pending && !unseen) continue; /* finished and seen: forget it */
        if (gc_is_marked(&f->obj) || f->held) {
            /* (held: CPython's propagating exception keeps it alive to the end) */
            if (f->held) gc_mark_object(vm, &f->obj);
            s->watch[out++] = f;
            continue;
        }
        if (!(pending && f->log_destroy_pending) && !unseen) continue; /* dies unreported */
        /* Dying pending, or with its exception unseen: keep it for the report. */
        gc_mark_object(vm, &f->obj);
        if (s->ndying == s->capdying) {
            size_t cap = s->capdying ? s->capdying * 2 : 16;
            CoilFuture **d = vm->alloc.fn(vm->alloc.ud, s->dying, s->capdying * sizeof *d, cap * sizeof *d);
            if (!d) {
                s->watch[out++] = f; /* (out <= k: in place) */
                continue;
            }
            s->dying = d;
            s->capdying = cap;
        }
        s->dying[s->ndying++] = f;
    }
    s->nwatch = out;
    /* Async generators: unreachable ones that still need aclose() live on
     * for their loop's finalizer hook; the rest are forgotten. */
    out = 0;
    for (size_t k = 0; k < s->nagens; k++) {
        CoilAgenEntry e = s->agens[k];
        if (!gc_is_marked(&e.loop->obj) || e.loop->closed) continue;
        if (gc_is_marked(&e.agen->obj)) {
            s->agens[out++] = e;
            continue;
        }
        if (!aio_agen_needs_close(e.agen)) continue;
        gc_mark_object(vm, &e.agen->obj);
        s->agen_dying[s->nagen_dying++] = e;
    }
    s->nagens = out;
    s->pub.agens_dying = s->nagen_dying != 0;
}

/* What CPython's Task/Future finalizers report through the loop's
 * exception handler: a task destroyed while pending, then an exception
 * nobody retrieved. */
static void report_one(CoilVM *vm, CoilFuture *f)
{
    bool pending = f->is_task && f->state == FUT_PENDING && f->log_destroy_pending;
    bool unseen = f->log_tb && !f->reported;
    f->reported = 1;
    f->log_tb = 0;
    /* A plain Future's block ends before the Task fields (aio.h). */
    if (f->is_task) f->log_destroy_pending = 0;
    if (!pending && !unseen) return;
    GC_SAVE(vm);
    CoilValue fv = value_from_object(f);
    GC_ROOT(vm, fv);
    CoilValue ctx = dict_new(vm);
    if (value_is_error(ctx)) goto out;
    GC_ROOT(vm, ctx);
    CoilValue msg = pending ? str_from_cstr(vm, "Task was destroyed but it is pending!")
                            : str_format(vm, "%s exception was never retrieved", vm_typeof(vm, fv)->name);
    if (value_is_error(msg)) goto out;
    CoilDict *d = value_as_dict(ctx);
    if (dict_set_cstr(vm, d, "message", msg) < 0 ||
        (pending ? dict_set_cstr(vm, d, "task", fv) < 0
                 : dict_set_cstr(vm, d, "exception", f->exception) < 0 || dict_set_cstr(vm, d, "future", fv) < 0))
        goto out;
    vm_call_method(vm, f->loop, str_intern_cstr(vm, "call_exception_handler"), &ctx, 1);
out:
    if (vm_has_exception(vm)) vm_take_exception(vm);
    GC_RESTORE(vm);
}

/* The coroutine of a task destroyed while pending is closed (its finally
 * blocks run), as CPython's generator finalizer does. */
static void close_task_coro(CoilVM *vm, CoilFuture *f)
{
    if (!f->is_task || f->state != FUT_PENDING || !value_is_coroutine(vm, f->coro)) return;
    CoilValue c = f->coro;
    GC_ROOT(vm, c);
    if (coro_close(vm, c) < 0) vm_take_exception(vm);
    GC_UNROOT(vm, 1);
}

void aio_report_unretrieved(CoilVM *vm, bool all)
{
    if (!vm->async) return;
    CoilAsyncState *s = STATE(vm);
    if (!s->ndying && !(all && s->nwatch)) return;
    CoilValue saved = vm->exc;
    vm->exc = VAL_EMPTY;
    GC_ROOT(vm, saved);
    while (s->ndying) {
        CoilFuture *f = s->dying[0];
        memmove(s->dying, s->dying + 1, (s->ndying - 1) * sizeof *s->dying);
        s->ndying--;
        CoilValue fv = value_from_object(f);
        GC_ROOT(vm, fv);
        /* Cyclic garbage in CPython: the coroutine is finalized first. */
        close_task_coro(vm, f);
        report_one(vm, f);
        GC_UNROOT(vm, 1);
    }
    if (all) {
        /* At exit, in the order they were watched (created / failed). */
        for (size_t k = 0; k < s->nwatch; k++) {
            CoilFuture *f = s->watch[k];
            CoilValue fv = value_from_object(f);
            GC_ROOT(vm, fv);
            bool pending = f->is_task && f->state == FUT_PENDING;
            report_one(vm, f);
            /* At exit the task goes first, then its coroutine. */
            if (pending) {
                f->state = FUT_PENDING;
                close_task_coro(vm, f);
            }
            GC_UNROOT(vm, 1);
        }
        s->nwatch = 0;
    }
    GC_UNROOT(vm, 1);
    vm->exc = saved;
}

/* --- async generator hooks ---------------------------------------------------------------- */

bool aio_agen_needs_close(CoilGenerator *g)
{
    return gen_frame(g) && g->state != GEN_CLOSED && !(g->aflags & CORO_AG_CLOSED);
}

void aio_agen_abandoned(CoilVM *vm, CoilGenerator *g)
{
    if (!vm->async || !aio_agen_needs_close(g)) return;
    CoilAsyncState *s = STATE(vm);
    for (size_t k = 0; k < s->nagens; k++) {
        CoilAgenEntry e = s->agens[k];
        if (e.agen != g) continue;
        memmove(&s->agens[k], &s->agens[k + 1], (s->nagens - k - 1) * sizeof *s->agens);
        s->nagens--;
        if (e.loop->closed) return;
        /* loop.call_soon(loop.create_task, agen.aclose()), the finalizer hook */
        GC_SAVE(vm);
        CoilValue agen = value_from_object(g), loopv = value_from_object(e.loop);
        GC_ROOT(vm, agen);
        GC_ROOT(vm, loopv);
        CoilValue a[2];
        a[1] = vm_call_method(vm, agen, str_intern_cstr(vm, "aclose"), NULL, 0);
        if (!value_is_error(a[1])) {
            GC_ROOT(vm, a[1]);
            a[0] = vm_getattr(vm, loopv, str_intern_cstr(vm, "create_task"));
            if (!value_is_error(a[0])) {
                GC_ROOT(vm, a[0]);
                vm_call_method(vm, loopv, str_intern_cstr(vm, "call_soon"), a, 2);
            }
        }
        if (vm_has_exception(vm)) vm_take_exception(vm);
        GC_RESTORE(vm);
        return;
    }
}

int aio_agen_firstiter(CoilVM *vm, CoilValue agen)
{
    CoilAsync *as = vm->async;
    if (!as || as->running_loop == VAL_NONE) return 0;
    CoilAsyncState *s = STATE(vm);
    if (s->nagens + s->nagen_dying == s->capagens) {
        size_t cap = s->capagens ? s->capagens * 2 : 16;
        GC_ROOT(vm, agen);
        CoilAgenEntry *a = vm_mem_alloc(vm, cap * sizeof *a);
        CoilAgenEntry *d = a ? vm_mem_alloc(vm, cap * sizeof *d) : NULL;
        GC_UNROOT(vm, 1);
        if (!d) {
            if (a) vm_mem_free(vm, a, cap * sizeof *a);
            return -1;
        }
        if (s->capagens) {
            memcpy(a, s->agens, s->nagens * sizeof *a);
            memcpy(d, s->agen_dying, s->nagen_dying * sizeof *d);
            vm_mem_free(vm, s->agens, s->capagens * sizeof *a);
            vm_mem_free(vm, s->agen_dying, s->capagens * sizeof *d);
        }
        s->agens = a;
        s->agen_dying = d;
        s->capagens = cap;
    }
    CoilAgenEntry e = {(CoilGenerator *)value_as_object(agen), (CoilLoop *)value_as_object(as->running_loop)};
    s->agens[s->nagens++] = e;
    return 0;
}

CoilValue aio_loop_agens(CoilVM *vm, CoilLoop *l)
{
    CoilAsyncState *s = STATE(vm);
    CoilValue lst = list_new(vm, 0);
    if (value_is_error(lst)) return lst;
    GC_ROOT(vm, lst);
    for (int pass = 0; pass < 2; pass++) {
        CoilAgenEntry *es = pass ? s->agen_dying : s->agens;
        size_t n = pass ? s->nagen_dying : s->nagens;
        for (size_t k = 0; k < n; k++)
            if (es[k].loop == l && !list_append(vm, value_as_list(lst), value_from_object(es[k].agen))) {
                GC_UNROOT(vm, 1);
                return VAL_ERROR;
            }
    }
    GC_UNROOT(vm, 1);
    return lst;
}

void aio_loop_forget_agens(CoilVM *vm, CoilLoop *l)
{
    CoilAsyncState *s = STATE(vm);
    size_t out = 0;
    for (size_t k = 0; k < s->nagens; k++)
        if (s->agens[k].loop != l) s->agens[out++] = s->agens[k];
    s->nagens = out;
    out = 0;
    for (size_t k = 0; k < s->nagen_dying; k++)
        if (s->agen_dying[k].loop != l) s->agen_dying[out++] = s->agen_dying[k];
    s->nagen_dying = out;
    s->pub.agens_dying = out != 0;
}

/* The finalizer hook for l's dying generators, in the order they were
 * registered: l.call_soon(l.create_task, agen.aclose()), as CPython's
 * BaseEventLoop._asyncgen_finalizer_hook does (now: l.create_task(...) at
 * once, as if those callbacks had run).  0 or -1. */
int aio_loop_finalize_agens(CoilVM *vm, CoilLoop *l, bool now)
{
    CoilAsyncState *s = STATE(vm);
    int rc = 0;
    GC_SAVE(vm);
    for (size_t k = 0; k < s->nagen_dying;) {
        CoilAgenEntry e = s->agen_dying[k];
        if (e.loop != l) {
            k++;
            continue;
        }
        memmove(&s->agen_dying[k], &s->agen_dying[k + 1], (s->nagen_dying - k - 1) * sizeof *s->agen_dying);
        s->nagen_dying--;
        CoilValue agen = value_from_object(e.agen), loopv = value_from_object(e.loop);
        GC_ROOT(vm, agen);
        GC_ROOT(vm, loopv);
        CoilValue a[2];
        a[1] = vm_call_method(vm, agen, str_intern_cstr(vm, "aclose"), NULL, 0);
        if (value_is_error(a[1])) goto fail;
        GC_ROOT(vm, a[1]);
        if (now) {
            if (value_is_error(vm_call_method(vm, loopv, str_intern_cstr(vm, "create_task"), &a[1], 1))) goto fail;
            continue;
        }
        a[0] = vm_getattr(vm, loopv, str_intern_cstr(vm, "create_task"));
        if (value_is_error(a[0])) goto fail;
        GC_ROOT(vm, a[0]);
        if (loop_call_soon_entry(vm, l, RQ_AGENCLOSE, a[0], a[1]) < 0) goto fail;
        continue;
    fail:
        rc = -1;
        break;
    }
    s->pub.agens_dying = s->nagen_dying != 0;
    GC_RESTORE(vm);
    return rc;
}

/* --- module functions ----------------------------------------------------------------------- */

static CoilValue f_get_running_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "_asyncio.get_running_loop", nargs, 0, 0) < 0) return VAL_ERROR;
    if (vm->async->running_loop == VAL_NONE) return vm_raise(vm, vm->e_RuntimeError, "no running event loop");
    return vm->async->running_loop;
}

static CoilValue f__get_running_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "_asyncio._get_running_loop", nargs, 0, 0) < 0) return VAL_ERROR;
    return vm->async->running_loop;
}

static CoilValue f__set_running_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_running_loop", nargs, 1, 1) < 0) return VAL_ERROR;
    vm->async->running_loop = args[0];
    return VAL_NONE;
}

/* The policy's loop: events.get_event_loop() minus the running-loop case. */
static CoilValue f__get_policy_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    (void)nargs;
    CoilAsync *as = vm->async;
    return as->event_loop;
}

static CoilValue f__set_policy_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_policy_loop", nargs, 1, 2) < 0) return VAL_ERROR;
    vm->async->event_loop = args[0];
    if (nargs > 1) vm->async->set_called = (uint8_t)(args[1] == VAL_TRUE);
    else vm->async->set_called = 1;
    return VAL_NONE;
}

static CoilValue f__policy_set_called(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return value_from_bool(vm->async->set_called);
}

static CoilValue loop_arg(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw, const char *fname)
{
    static const char *const names[] = {"loop"};
    CoilValue loop = VAL_EMPTY;
    if (args_parse(vm, fname, args, nargs, kw, names, 1, 1, 0, &loop) < 0) return VAL_ERROR;
    if (loop == VAL_EMPTY || loop == VAL_NONE) {
        if (vm->async->running_loop == VAL_NONE) return vm_raise(vm, vm->e_RuntimeError, "no running event loop");
        loop = vm->async->running_loop;
    }
    return loop;
}

static CoilValue f_current_task(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    CoilValue loop = loop_arg(vm, args, nargs, kw, "current_task");
    if (value_is_error(loop)) return loop;
    if (!value_is_loop(vm, loop)) return VAL_NONE;
    return ((CoilLoop *)value_as_object(loop))->current_task;
}

/* get_event_loop() and events._get_event_loop(stacklevel=3): the latter
 * exists for CPython's deprecation warning, which 3.11.2 no longer emits. */
static CoilValue f_get_event_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "_asyncio.get_event_loop", kw) < 0 || args_count(vm, "_asyncio.get_event_loop", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return aio_get_event_loop(vm);
}

static CoilValue f__get_event_loop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"stacklevel"};
    CoilValue level = VAL_EMPTY;
    if (args_parse(vm, "_get_event_loop", args, nargs, kw, names, 1, 1, 0, &level) < 0) return VAL_ERROR;
    return aio_get_event_loop(vm);
}

static CoilValue f_set_result_unless_cancelled(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_result_unless_cancelled", nargs, 2, 2) < 0) return VAL_ERROR;
    if (!value_is_future(vm, args[0])) return vm_raise(vm, vm->e_TypeError, "a Future was expected");
    CoilFuture *f = FUT(args[0]);
    if (f->state == FUT_CANCELLED) return VAL_NONE;
    return future_set_result(vm, f, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue f_print_exception(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_print_exception", nargs, 1, 1) < 0) return VAL_ERROR;
    fflush(stdout);
    if (value_is_exception(vm, args[0])) exc_print(vm, args[0], stderr);
    fflush(stderr);
    return VAL_NONE;
}

/* _report_unretrieved(all=False): collects, then reports the futures that
 * died with an unretrieved exception (all: every one still watched). */
static CoilValue f_report_unretrieved(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    bool all = nargs > 0 && args[0] == VAL_TRUE;
    gc_collect(vm);
    aio_report_unretrieved(vm, all);
    return VAL_NONE;
}

/* _finalize_dead_agens(loop): collects, then starts aclose() tasks on loop
 * for its async generators nobody references any more.  CPython's
 * refcounting runs their finalizer hook the moment the last reference
 * goes (typically a local of the main coroutine when it returns), so by
 * the time asyncio.run() cancels the leftover tasks those aclose() tasks
 * are among them. */
static CoilValue f_finalize_dead_agens(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_finalize_dead_agens", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_loop(vm, args[0])) return VAL_NONE;
    CoilLoop *l = (CoilLoop *)value_as_object(args[0]);
    /* First those an earlier collection found, whose create_task() is
     * still queued behind the loop's stop. */
    if (loop_run_agen_closes(vm, l) < 0) return VAL_ERROR;
    gc_collect(vm);
    if (!vm->async->agens_dying) return VAL_NONE;
    return aio_loop_finalize_agens(vm, l, true) < 0 ? VAL_ERROR : VAL_NONE;
}

/* _mark_iterable_coroutine(code): sets CO_ITERABLE_COROUTINE on a generator
 * function's code, as types.coroutine() does (CPython replaces the code
 * with a copy carrying the flag; all this code's functions get it here). */
static CoilValue f_mark_iterable_coroutine(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_mark_iterable_coroutine", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_type(args[0], vm->t_code)) return vm_raise(vm, vm->e_TypeError, "a code object was expected");
    CoilCode *c = (CoilCode *)value_as_object(args[0]);
    if (!(c->flags & PROTO_GENERATOR)) return vm_raise(vm, vm->e_TypeError, "a generator function's code was expected");
    c->flags |= PROTO_ITERABLE_COROUTINE;
    return VAL_NONE;
}

/* An async generator shutdown_asyncgens must still aclose(): started, not
 * finished, and not already closed by aclose(). */
static CoilValue f_agen_needs_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_agen_needs_close", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_async_generator(vm, args[0])) return VAL_FALSE;
    return value_from_bool(aio_agen_needs_close((CoilGenerator *)value_as_object(args[0])));
}

/* _define_at(filename, line, source, globals): runs source as if it were
 * line `line` onward of `filename`, so functions defined by it report
 * CPython's file and lines in tracebacks. */
static CoilValue f_define_at(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_define_at", nargs, 4, 4) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]) || !value_is_small_int(args[1]) || !value_is_str(vm, args[2]) ||
        !value_is_dict(vm, args[3]))
        return vm_raise(vm, vm->e_TypeError, "_define_at(filename, line, source, globals)");
    int64_t line = value_as_small_int(args[1]);
    CoilString *src = value_as_str(args[2]);
    if (line < 1 || line > 100000) return vm_raise(vm, vm->e_ValueError, "bad line");
    size_t len = (size_t)(line - 1) + src->len;
    char *buf = coil_alloc(&vm->alloc, len + 1);
    if (!buf) return vm_raise_nomem(vm);
    memset(buf, '\n', (size_t)(line - 1));
    memcpy(buf + line - 1, src->data, src->len);
    buf[len] = 0;
    bool syntax_error;
    /* Coil's code under CPython's text: lines match, columns would not (no carets) */
    bool was = vm->load_without_positions;
    vm->load_without_positions = true;
    CoilValue r = vm_exec_source(vm, buf, len, value_as_str(args[0])->data, args[3], &syntax_error);
    vm->load_without_positions = was;
    coil_free(&vm->alloc, buf, len + 1);
    return value_is_error(r) ? r : VAL_NONE;
}

/* _define_frozen(filename, source, globals): what _frames.place(filename,
 * source) would run, compiled when Coil was built (scripts/freeze_stdlib.c:
 * the table is keyed by the place() call's own arguments); False if this
 * source was not among them. */
static CoilValue f_define_frozen(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_define_frozen", nargs, 3, 3) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]) || !value_is_str(vm, args[1]) || !value_is_dict(vm, args[2]))
        return vm_raise(vm, vm->e_TypeError, "_define_frozen(filename, source, globals)");
    CoilString *file = value_as_str(args[0]), *src = value_as_str(args[1]);
    for (const CoilFrozenPlaced *fp = coil_frozen_placed; fp->filename; fp++) {
        if (fp->len != src->len || memcmp(fp->text, src->data, src->len) || strcmp(fp->filename, file->data))
            continue;
        CoilValue code = load_protobin(vm, fp->code, fp->code_len);
        if (value_is_error(code)) return code;
        GC_ROOT(vm, code);
        CoilValue r = interp_run_module(vm, (CoilCode *)value_as_object(code), args[2]);
        GC_UNROOT(vm, 1);
        return value_is_error(r) ? r : VAL_TRUE;
    }
    return VAL_FALSE;
}

/* _set_traceback_frames(_run, _run_once, run_forever) */
static CoilValue f_set_traceback_frames(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_traceback_frames", nargs, 3, 3) < 0) return VAL_ERROR;
    vm->async->handle_run = args[0];
    vm->async->tb_run_once = args[1];
    vm->async->tb_run_forever = args[2];
    return VAL_NONE;
}

void aio_add_frame(CoilVM *vm, CoilValue fnv)
{
    if (!value_is_type(fnv, vm->t_function) || !vm_has_exception(vm)) return;
    CoilFunction *fn = (CoilFunction *)value_as_object(fnv);
    CoilCode *code = fn->code;
    int line = code->firstlineno + 1;
    for (size_t k = 0; k < code->ncode; k++)
        if (code->lines[k] == line) {
            exc_add_traceback(vm, code, k, fn->globals);
            return;
        }
}

void aio_add_body_frame(CoilVM *vm, CoilValue fnv)
{
    if (!value_is_type(fnv, vm->t_function) || !vm_has_exception(vm)) return;
    CoilFunction *fn = (CoilFunction *)value_as_object(fnv);
    CoilCode *code = fn->code;
    for (size_t k = 0; k < code->ncode; k++)
        if (code->lines[k] > code->firstlineno) {
            exc_add_traceback(vm, code, k, fn->globals);
            return;
        }
}

void aio_add_raise_frame(CoilVM *vm, CoilValue fnv)
{
    if (!value_is_type(fnv, vm->t_function) || !vm_has_exception(vm)) return;
    CoilFunction *fn = (CoilFunction *)value_as_object(fnv);
    CoilCode *code = fn->code;
    for (size_t k = 0; k < code->ncode; k++)
        if (INSTR_OP(code->code[k]) == OP_RAISE) {
            exc_add_traceback(vm, code, k, fn->globals);
            return;
        }
}

static CoilValue f_set_sleep0_frame(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_sleep0_frame", nargs, 1, 1) < 0) return VAL_ERROR;
    vm->async->tb_sleep0 = args[0];
    return VAL_NONE;
}

static CoilValue f_is_coroutine_function(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_is_coroutine_function", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue f = args[0];
    if (value_is_type(f, vm->t_method)) f = ((CoilMethod *)value_as_object(f))->func;
    return value_from_bool(value_is_type(f, vm->t_function) &&
                           (((CoilFunction *)value_as_object(f))->code->flags & PROTO_COROUTINE));
}

static CoilValue f_iscoroutine(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "iscoroutine", nargs, 1, 1) < 0) return VAL_ERROR;
    return value_from_bool(aio_is_coroutine(vm, args[0]));
}

/* _has_repeats(args): whether an argument of gather() may repeat an earlier
 * one, so gather needs its argument -> future map (a dict of one entry per
 * argument, the bulk of a large gather's memory otherwise).  Exact when every
 * argument compares by identity (coroutines, futures, tasks and other
 * objects keeping object's __eq__/__hash__): each is visited once, with the
 * collector's visited bit (no memory of its own: this runs at the peak of a
 * large gather).  Anything else answers True, and gather keeps CPython's
 * dict with its __hash__/__eq__ calls. */

static CoilValue f_has_repeats(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_has_repeats", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_type(args[0], vm->t_tuple)) return VAL_TRUE;
    CoilTuple *t = value_as_tuple(args[0]);
    size_t n = t->len;
    CoilType *obj = vm->t_object;
    for (size_t i = 0; i < n; i++) {
        CoilValue v = t->items[i];
        if (!value_is_object(v)) return VAL_TRUE;
        CoilType *ty = vm_typeof(vm, v);
        if (ty->hash != obj->hash || ty->compare != obj->compare) return VAL_TRUE;
    }
    size_t k = 0; /* up to the first repeat: all distinct, all visited here */
    while (k < n && gc_visit(value_as_object(t->items[k]))) k++;
    for (size_t i = 0; i < k; i++) gc_unvisit(value_as_object(t->items[i]));
    return value_from_bool(k < n);
}

static const CoilMethodDef asyncio_functions[] = {
    {"_has_repeats", f_has_repeats, 0},
    {"get_running_loop", f_get_running_loop, 0},
    {"_get_running_loop", f__get_running_loop, 0},
    {"_set_running_loop", f__set_running_loop, 0},
    {"_get_policy_loop", f__get_policy_loop, 0},
    {"_set_policy_loop", f__set_policy_loop, 0},
    {"_policy_set_called", f__policy_set_called, 0},
    {"current_task", f_current_task, METH_KEYWORDS},
    {"get_event_loop", f_get_event_loop, METH_KEYWORDS},
    {"_get_event_loop", f__get_event_loop, METH_KEYWORDS},
    {"_set_result_unless_cancelled", f_set_result_unless_cancelled, 0},
    {"_print_exception", f_print_exception, 0},
    {"_report_unretrieved", f_report_unretrieved, 0},
    {"_iscoroutine", f_iscoroutine, 0},
    {"_is_coroutine_function", f_is_coroutine_function, 0},
    {"_agen_needs_close", f_agen_needs_close, 0},
    {"_finalize_dead_agens", f_finalize_dead_agens, 0},
    {"_mark_iterable_coroutine", f_mark_iterable_coroutine, 0},
    {"_define_at", f_define_at, 0},
    {"_define_frozen", f_define_frozen, 0},
    {"_set_traceback_frames", f_set_traceback_frames, 0},
    {"_set_sleep0_frame", f_set_sleep0_frame, 0},
    {NULL, NULL, 0}};

extern const CoilMethodDef aqueue_functions[];
void aqueue_init_types(CoilVM *vm, CoilValue module);

CoilValue mod_asyncio_create(CoilVM *vm)
{
    CoilAsync *as = aio_state(vm);
    if (!as) return vm_has_exception(vm) ? VAL_ERROR : vm_raise_nomem(vm);
    GC_SAVE(vm);
    CoilValue m = module_new_native(vm, "_asyncio", asyncio_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    as->module = m;
    CoilValue sleep0 = VAL_ERROR;
    CoilYieldOnce *y = gc_alloc_object(vm, as->t_sleep0, sizeof(CoilYieldOnce));
    if (y) sleep0 = value_from_object(y);
    if (module_set(vm, m, "_sleep0", sleep0) < 0 ||
        module_set(vm, m, "Future", value_from_object(as->t_future)) < 0 ||
        module_set(vm, m, "Task", value_from_object(as->t_task)) < 0 ||
        module_set(vm, m, "EventLoop", value_from_object(as->t_loop)) < 0 ||
        module_set(vm, m, "Handle", value_from_object(as->t_handle)) < 0 ||
        module_set(vm, m, "TimerHandle", value_from_object(as->t_timer_handle)) < 0 ||
        module_set(vm, m, "CancelledError", value_from_object(as->e_cancelled)) < 0 ||
        module_set(vm, m, "InvalidStateError", value_from_object(as->e_invalid_state)) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    for (const CoilMethodDef *d = aqueue_functions; d->name; d++) {
        CoilValue b = builtin_new(vm, d, VAL_EMPTY, NULL);
        if (module_set(vm, m, d->name, b) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    aqueue_init_types(vm, m);
    if (vm_has_exception(vm)) return GC_RESTORE(vm), VAL_ERROR;
    /* Stress tests scale down when every allocation collects (COIL_GC_STRESS). */
    if (module_set(vm, m, "_gc_stress", value_from_bool(vm->gc_stress)) < 0) return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return m;
}
