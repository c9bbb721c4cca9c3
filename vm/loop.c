/* loop.c — the event loop: a FIFO ready queue (a ring of entries: user
 * handles, or task steps/wakeups that need no handle object), a timer
 * min-heap keyed by (monotonic deadline, insertion number), and a poller
 * (epoll, with poll() as fallback) that sleeps until the next deadline and
 * can be woken from another thread through an eventfd.  One iteration is
 * CPython 3.11's BaseEventLoop._run_once, so callbacks run in the same
 * order; the loop type carries the C half of the loop methods (the rest is
 * Coil code in stdlib/asyncio/base_events.py, a subclass). */
#define _GNU_SOURCE /* eventfd, epoll */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/epoll.h>
#include <sys/eventfd.h>
#define LOOP_HAVE_EPOLL 1
#endif

#include "vm/aio.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/future.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define LOOP(v) ((CoilLoop *)value_as_object(v))
#define HANDLE(v) ((CoilHandle *)value_as_object(v))
#define MAXIMUM_SELECT_TIMEOUT (24.0 * 3600.0)

double loop_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* --- the ready queue ------------------------------------------------------------------------ */

/* Kinds as stored: two more for entries whose b is not the usual one, and
 * RQ_FUTCB of a future's only callback kept in its cb0 (schedule_callbacks
 * leaves it there, kind CB_QUEUED): a is the future. */
enum { RQS_STEP_EXC = RQ_AGENCLOSE + 1, RQS_WAKEUP_FUT, RQS_FUTCB0 };

static size_t ready_bytes(size_t cap) { return cap * (sizeof(CoilValue) + 1); }
static uint8_t *ready_kinds(const CoilLoop *l) { return (uint8_t *)(void *)(l->ready + l->rcap); }

/* Whether a stored kind has its b in the b ring. */
static bool stored_has_b(uint8_t kind)
{
    return kind != RQ_HANDLE && kind != RQ_STEP && kind != RQ_WAKEUP && kind != RQS_FUTCB0;
}

static bool ring_grow(CoilVM *vm, CoilValue **ring, size_t *head, size_t len, size_t *cap, bool kinds,
                      CoilValue a, CoilValue b)
{
    size_t ncap = *cap ? *cap * 2 : 64;
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue *n = vm_mem_alloc(vm, kinds ? ready_bytes(ncap) : ncap * sizeof *n);
    GC_UNROOT(vm, 2);
    if (!n) return false;
    for (size_t k = 0; k < len; k++) n[k] = (*ring)[(*head + k) % *cap];
    if (kinds) {
        const uint8_t *ok = (const uint8_t *)(void *)(*ring + *cap);
        uint8_t *nk = (uint8_t *)(void *)(n + ncap);
        for (size_t k = 0; k < len; k++) nk[k] = ok[(*head + k) % *cap];
    }
    if (*ring) vm_mem_free(vm, *ring, kinds ? ready_bytes(*cap) : *cap * sizeof **ring);
    *ring = n;
    *cap = ncap;
    *head = 0;
    return true;
}

int loop_call_soon_entry(CoilVM *vm, CoilLoop *l, uint8_t kind, CoilValue a, CoilValue b)
{
    uint8_t stored = kind;
    if (kind == RQ_STEP && b != VAL_EMPTY) stored = RQS_STEP_EXC;
    else if (kind == RQ_WAKEUP && b != task_waiter((CoilFuture *)value_as_object(a))) stored = RQS_WAKEUP_FUT;
    else if (kind == RQ_FUTCB && ((CoilFuture *)value_as_object(b))->cb0_kind == CB_QUEUED &&
             ((CoilFuture *)value_as_object(b))->cb0 == a) {
        stored = RQS_FUTCB0;
        a = b;
    }
    if (l->rlen == l->rcap && !ring_grow(vm, &l->ready, &l->rhead, l->rlen, &l->rcap, true, a, b)) return -1;
    if (stored_has_b(stored)) {
        if (l->blen == l->bcap && !ring_grow(vm, &l->ready_b, &l->bhead, l->blen, &l->bcap, false, a, b)) return -1;
        l->ready_b[(l->bhead + l->blen++) % l->bcap] = b;
    }
    size_t i = (l->rhead + l->rlen++) % l->rcap;
    l->ready[i] = a;
    ready_kinds(l)[i] = stored;
    return 0;
}

/* Takes the next entry off the queue (l->rlen > 0). */
static CoilReady ready_pop(CoilLoop *l)
{
    CoilReady e = {l->ready[l->rhead], VAL_NONE, ready_kinds(l)[l->rhead]};
    l->rhead = (l->rhead + 1) % l->rcap;
    l->rlen--;
    if (stored_has_b(e.kind)) {
        e.b = l->ready_b[l->bhead];
        l->bhead = (l->bhead + 1) % l->bcap;
        l->blen--;
    }
    switch (e.kind) {
    case RQ_STEP: e.b = VAL_EMPTY; break;
    case RQS_STEP_EXC: e.kind = RQ_STEP; break;
    case RQ_WAKEUP: e.b = task_waiter((CoilFuture *)value_as_object(e.a)); break;
    case RQS_WAKEUP_FUT: e.kind = RQ_WAKEUP; break;
    case RQS_FUTCB0: {
        CoilFuture *f = (CoilFuture *)value_as_object(e.a);
        e.kind = RQ_FUTCB;
        e.b = e.a;
        e.a = f->cb0;
        f->cb0 = VAL_EMPTY;
        f->cb0_kind = CB_CALL;
        break;
    }
    default: break;
    }
    return e;
}

/* --- the timer heap ---------------------------------------------------------------------------
 * heapq's exact algorithm (heappush/_siftdown/_siftup/heapify) comparing
 * deadlines only, as asyncio's TimerHandle.__lt__ does: timers due at the
 * same instant come out in the order CPython's heap gives them. */

static void heap_siftdown(CoilTimer *h, size_t start, size_t pos)
{
    CoilTimer item = h[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (item.when < h[parent].when) {
            h[pos] = h[parent];
            pos = parent;
            continue;
        }
        break;
    }
    h[pos] = item;
}

static void heap_siftup(CoilTimer *h, size_t n, size_t pos)
{
    size_t start = pos;
    CoilTimer item = h[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n && !(h[child].when < h[right].when)) child = right;
        h[pos] = h[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = item;
    heap_siftdown(h, start, pos);
}

static CoilValue heap_pop(CoilLoop *l)
{
    CoilTimer last = l->timers[--l->ntimers];
    if (!l->ntimers) return last.handle;
    CoilValue top = l->timers[0].handle;
    l->timers[0] = last;
    heap_siftup(l->timers, l->ntimers, 0);
    return top;
}

static int heap_push(CoilVM *vm, CoilLoop *l, CoilValue handle)
{
    if (l->ntimers == l->tcap) {
        size_t cap = l->tcap ? l->tcap * 2 : 16;
        GC_ROOT(vm, handle);
        CoilTimer *n = vm_mem_realloc(vm, l->timers, l->tcap * sizeof *n, cap * sizeof *n);
        GC_UNROOT(vm, 1);
        if (!n) return -1;
        l->timers = n;
        l->tcap = cap;
    }
    CoilTimer *t = &l->timers[l->ntimers];
    t->when = HANDLE(handle)->when;
    t->seq = l->seq++;
    t->handle = handle;
    l->ntimers++;
    heap_siftdown(l->timers, 0, l->ntimers - 1);
    HANDLE(handle)->scheduled = 1;
    return 0;
}

/* --- the poller ------------------------------------------------------------------------------- */

static void poller_open(CoilLoop *l)
{
#ifdef LOOP_HAVE_EPOLL
    if (l->wakefd < 0) l->wakefd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (l->epfd < 0 && l->wakefd >= 0) {
        l->epfd = epoll_create1(EPOLL_CLOEXEC);
        if (l->epfd >= 0) {
            struct epoll_event ev;
            memset(&ev, 0, sizeof ev);
            ev.events = EPOLLIN;
            ev.data.fd = l->wakefd;
            if (epoll_ctl(l->epfd, EPOLL_CTL_ADD, l->wakefd, &ev) < 0) {
                close(l->epfd);
                l->epfd = -1;
            }
        }
    }
#else
    (void)l;
#endif
}

static void poller_close(CoilLoop *l)
{
    if (l->epfd >= 0) close(l->epfd);
    if (l->wakefd >= 0) close(l->wakefd);
    l->epfd = l->wakefd = -1;
}

static void drain_wakeups(CoilLoop *l)
{
    uint64_t v;
    if (l->wakefd >= 0)
        while (read(l->wakefd, &v, sizeof v) > 0) {
        }
}

void loop_wakeup(CoilLoop *l)
{
    uint64_t one = 1;
    if (l->wakefd >= 0 && write(l->wakefd, &one, sizeof one) < 0) {
        /* Full counter: the loop is awake anyway. */
    }
}

/* Waits up to timeout seconds (negative: no limit) for a wake-up; the
 * selector's rounding: milliseconds, rounded up. */
static void poller_wait(CoilLoop *l, double timeout)
{
    int ms = timeout < 0 ? -1 : (int)ceil(timeout * 1e3);
    poller_open(l);
#ifdef LOOP_HAVE_EPOLL
    if (l->epfd >= 0) {
        struct epoll_event evs[8];
        int n = epoll_wait(l->epfd, evs, 8, ms);
        if (n > 0) drain_wakeups(l);
        return;
    }
#endif
    struct pollfd p = {l->wakefd, POLLIN, 0};
    int n = poll(l->wakefd >= 0 ? &p : NULL, l->wakefd >= 0 ? 1 : 0, ms);
    if (n > 0) drain_wakeups(l);
}

/* --- one iteration (BaseEventLoop._run_once) ----------------------------------------------- */

/* Reports an exception a callback raised through the loop's exception
 * handler (Handle._run), or returns -1 for SystemExit/KeyboardInterrupt.
 * The traceback gains Handle._run's frame (events.py line 80), which is
 * Python code in CPython: stdlib/asyncio/events.py registers its code. */
static int callback_failed(CoilVM *vm, CoilLoop *l, CoilValue what, CoilValue handle)
{
    if (vm_exception_matches(vm, vm->e_SystemExit) || vm_exception_matches(vm, vm->e_KeyboardInterrupt)) return -1;
    aio_add_frame(vm, vm->async->handle_run);
    GC_SAVE(vm);
    CoilValue exc = vm_take_exception(vm);
    GC_ROOT(vm, exc);
    CoilValue ctx = dict_new(vm);
    if (value_is_error(ctx)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, ctx);
    CoilValue msg = str_format(vm, "Exception in callback %s", value_is_str(vm, what) ? value_as_str(what)->data : "?");
    if (value_is_error(msg)) return GC_RESTORE(vm), -1;
    CoilDict *d = value_as_dict(ctx);
    if (dict_set_cstr(vm, d, "message", msg) < 0 || dict_set_cstr(vm, d, "exception", exc) < 0 ||
        (handle != VAL_EMPTY && dict_set_cstr(vm, d, "handle", handle) < 0))
        return GC_RESTORE(vm), -1;
    /* Handle._run calls the handler inside its `except` block: an error the
     * handler raises gets the callback's exception as __context__. */
    CoilValue was_handled = vm->handled;
    GC_ROOT(vm, was_handled);
    vm->handled = exc;
    CoilValue r = vm_call_method(vm, value_from_object(l), str_intern_cstr(vm, "call_exception_handler"), &ctx, 1);
    vm->handled = was_handled;
    GC_RESTORE(vm);
    if (value_is_error(r)) {
        if (vm_exception_matches(vm, vm->e_SystemExit) || vm_exception_matches(vm, vm->e_KeyboardInterrupt)) return -1;
        vm_take_exception(vm);
    }
    return 0;
}

static CoilValue format_handle_cb(CoilVM *vm, CoilValue cb, CoilValue args);
static CoilValue handle_new(CoilVM *vm, CoilType *t, CoilValue loop, CoilValue cb, CoilValue args);

int loop_call_soon_cb(CoilVM *vm, CoilLoop *l, uint8_t cb_kind, CoilValue fn, CoilValue fut)
{
    static const uint8_t kinds[] = {RQ_FUTCB, RQ_WAKEUP, RQ_STOPCB};
    if (cb_kind != CB_CTX) return loop_call_soon_entry(vm, l, kinds[cb_kind], fn, fut);
    /* With its own context it needs a real handle, as call_soon(cb, fut, context=ctx). */
    GC_SAVE(vm);
    GC_ROOT(vm, fn);
    GC_ROOT(vm, fut);
    CoilValue args = tuple_from_array(vm, &fut, 1);
    if (value_is_error(args)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, args);
    CoilTuple *pair = value_as_tuple(fn);
    CoilValue h = handle_new(vm, vm->async->t_handle, value_from_object(l), pair->items[0], args);
    if (value_is_error(h)) return GC_RESTORE(vm), -1;
    HANDLE(h)->context = pair->items[1];
    GC_ROOT(vm, h);
    int rc = loop_call_soon_entry(vm, l, RQ_HANDLE, h, VAL_NONE);
    GC_RESTORE(vm);
    return rc;
}

int loop_run_agen_closes(CoilVM *vm, CoilLoop *l)
{
    /* create_task() appends to the ring (and may regrow it): entries keep
     * their distance from the head, so index from it each time. */
    for (size_t k = 0, bk = 0; k < l->rlen; k++) {
        uint8_t kind = ready_kinds(l)[(l->rhead + k) % l->rcap];
        if (!stored_has_b(kind)) continue;
        CoilValue *bp = &l->ready_b[(l->bhead + bk++) % l->bcap];
        if (kind != RQ_AGENCLOSE || *bp == VAL_NONE) continue;
        CoilValue fn = l->ready[(l->rhead + k) % l->rcap], aw = *bp;
        *bp = VAL_NONE;
        GC_ROOT(vm, fn);
        GC_ROOT(vm, aw);
        CoilValue r = vm_call(vm, fn, &aw, 1, VAL_EMPTY);
        GC_UNROOT(vm, 2);
        if (value_is_error(r)) return -1;
    }
    return 0;
}

static int run_entry(CoilVM *vm, CoilLoop *l, CoilReady e)
{
    switch (e.kind) {
    case RQ_STEP:
    case RQ_WAKEUP: {
        CoilFuture *t = (CoilFuture *)value_as_object(e.a);
        int rc = e.kind == RQ_STEP ? task_step(vm, t, e.b) : task_wakeup(vm, t, e.b);
        if (rc < 0) {
            CoilValue what = str_from_cstr(vm, "Task.task_wakeup()");
            if (value_is_error(what)) return -1;
            return callback_failed(vm, l, what, VAL_EMPTY);
        }
        return 0;
    }
    case RQ_STOPCB: {
        /* _run_until_complete_cb */
        CoilFuture *f = (CoilFuture *)value_as_object(e.b);
        if (f->state != FUT_CANCELLED) {
            f->log_tb = 0;
            CoilValue exc = f->state == FUT_FINISHED ? f->exception : VAL_NONE;
            if (exc != VAL_NONE && (vm_isinstance(vm, exc, vm->e_SystemExit) || vm_isinstance(vm, exc, vm->e_KeyboardInterrupt)))
                return 0;
        }
        LOOP(e.a)->stopping = 1;
        return 0;
    }
    case RQ_AGENCLOSE: /* create_task(aclose()): a callback of one argument too */
    case RQ_FUTCB: {
        if (e.kind == RQ_AGENCLOSE && e.b == VAL_NONE) return 0; /* loop_run_agen_closes ran it */
        CoilValue r = vm_call(vm, e.a, &e.b, 1, VAL_EMPTY);
        if (value_is_error(r)) {
            /* CPython scheduled it as a Handle of callback(future): the
             * report shows that handle, made now for it */
            CoilValue pending = vm_take_exception(vm);
            GC_SAVE(vm);
            GC_ROOT(vm, pending);
            CoilValue args = tuple_from_array(vm, &e.b, 1);
            CoilValue what = VAL_ERROR, handle = VAL_EMPTY;
            if (!value_is_error(args)) {
                GC_ROOT(vm, args);
                what = format_handle_cb(vm, e.a, args);
                if (!value_is_error(what)) {
                    GC_ROOT(vm, what);
                    handle = handle_new(vm, vm->async->t_handle, value_from_object(l), e.a, args);
                    if (value_is_error(handle)) handle = VAL_EMPTY;
                }
            }
            if (vm_has_exception(vm)) vm_take_exception(vm);
            GC_ROOT(vm, handle);
            vm->exc = pending;
            int rc = callback_failed(vm, l, what, handle);
            GC_RESTORE(vm);
            return rc;
        }
        return 0;
    }
    default: {
        CoilHandle *h = HANDLE(e.a);
        if (h->cancelled) return 0;
        CoilTuple *args = value_as_tuple(h->args);
        CoilValue outer_ctx = vm->context;
        if (h->context != VAL_EMPTY) vm->context = h->context;
        GC_ROOT(vm, outer_ctx);
        CoilValue r = vm_call(vm, h->callback, args->items, args->len, VAL_EMPTY);
        GC_UNROOT(vm, 1);
        vm->context = outer_ctx;
        if (value_is_error(r)) {
            CoilValue pending = vm_take_exception(vm);
            GC_ROOT(vm, pending);
            CoilValue what = format_handle_cb(vm, h->callback, h->args);
            GC_UNROOT(vm, 1);
            if (value_is_error(what)) vm_take_exception(vm);
            vm->exc = pending;
            GC_ROOT(vm, what);
            int rc = callback_failed(vm, l, what, e.a);
            GC_UNROOT(vm, 1);
            return rc;
        }
        return 0;
    }
    }
}

static int run_once(CoilVM *vm, CoilLoop *l, double max_wait)
{
    /* Drop cancelled timers: all of them when they are the majority of a
     * large heap, else those at its head. */
    if (l->ntimers > 100 && l->ncancelled_timers * 2 > l->ntimers) {
        size_t out = 0;
        for (size_t k = 0; k < l->ntimers; k++) {
            CoilHandle *h = HANDLE(l->timers[k].handle);
            if (h->cancelled) h->scheduled = 0;
            else l->timers[out++] = l->timers[k];
        }
        l->ntimers = out;
        for (size_t k = out / 2; k-- > 0;) heap_siftup(l->timers, out, k);
        l->ncancelled_timers = 0;
    } else {
        while (l->ntimers && HANDLE(l->timers[0].handle)->cancelled) {
            HANDLE(heap_pop(l))->scheduled = 0;
            if (l->ncancelled_timers) l->ncancelled_timers--;
        }
    }
    double timeout;
    if (l->rlen || l->stopping) timeout = 0;
    else if (l->ntimers) {
        timeout = l->timers[0].when - loop_time();
        if (timeout < 0) timeout = 0;
        if (timeout > MAXIMUM_SELECT_TIMEOUT) timeout = MAXIMUM_SELECT_TIMEOUT;
    } else {
        timeout = -1;
    }
    if (max_wait >= 0 && (timeout < 0 || timeout > max_wait)) timeout = max_wait;
    if (timeout != 0) poller_wait(l, timeout);
    double end = loop_time() + 1e-9;
    while (l->ntimers && l->timers[0].when < end) {
        CoilValue h = heap_pop(l);
        HANDLE(h)->scheduled = 0;
        if (loop_call_soon_entry(vm, l, RQ_HANDLE, h, VAL_NONE) < 0) return -1;
    }
    size_t ntodo = l->rlen;
    for (size_t k = 0; k < ntodo && l->rlen; k++) {
        CoilReady e = ready_pop(l);
        GC_ROOT(vm, e.a);
        GC_ROOT(vm, e.b);
        int rc = run_entry(vm, l, e);
        GC_UNROOT(vm, 2);
        /* The collector found abandoned async generators: their aclose()
         * is scheduled now, where CPython's refcounting would have. */
        if (rc == 0 && vm->async->agens_dying) rc = aio_loop_finalize_agens(vm, l, false);
        if (rc < 0) {
            /* A BaseException leaves the loop through CPython's frames. */
            aio_add_frame(vm, vm->async->handle_run);
            aio_add_frame(vm, vm->async->tb_run_once);
            return -1;
        }
    }
    return 0;
}

/* --- running ----------------------------------------------------------------------------------- */

static CoilValue check_closed(CoilVM *vm, CoilLoop *l)
{
    if (l->closed) return vm_raise(vm, vm->e_RuntimeError, "Event loop is closed");
    return VAL_NONE;
}

static int run_forever(CoilVM *vm, CoilValue loopv, double max_wait, bool once)
{
    CoilAsync *as = vm->async;
    CoilLoop *l = LOOP(loopv);
    if (value_is_error(check_closed(vm, l))) return -1;
    if (l->running) {
        vm_raise(vm, vm->e_RuntimeError, "This event loop is already running");
        return -1;
    }
    if (as->running_loop != VAL_NONE) {
        vm_raise(vm, vm->e_RuntimeError, "Cannot run the event loop while another loop is running");
        return -1;
    }
    GC_ROOT(vm, loopv);
    l->running = 1;
    as->running_loop = loopv;
    int rc = 0;
    for (;;) {
        if (run_once(vm, l, max_wait) < 0) {
            aio_add_frame(vm, vm->async->tb_run_forever);
            rc = -1;
            break;
        }
        if (l->stopping || once) break;
    }
    l->stopping = 0;
    l->running = 0;
    as->running_loop = VAL_NONE;
    GC_UNROOT(vm, 1);
    return rc;
}

int loop_run_once(CoilVM *vm, CoilValue loop, double timeout)
{
    return run_forever(vm, loop, timeout, true);
}

double loop_next_deadline(CoilVM *vm, CoilValue loop)
{
    (void)vm;
    CoilLoop *l = LOOP(loop);
    if (l->rlen) return 0;
    for (size_t k = 0; k < l->ntimers; k++)
        if (!HANDLE(l->timers[k].handle)->cancelled) return l->timers[0].when;
    return -1;
}

int loop_run_until_done(CoilVM *vm, CoilValue loop, CoilValue fut)
{
    CoilFuture *f = (CoilFuture *)value_as_object(fut);
    GC_ROOT(vm, fut);
    if (future_add_callback(vm, f, loop, CB_STOP_LOOP) < 0) {
        GC_UNROOT(vm, 1);
        return -1;
    }
    int rc = run_forever(vm, loop, -1, false);
    future_remove_callback(vm, f, loop, CB_STOP_LOOP);
    GC_UNROOT(vm, 1);
    return rc;
}

/* --- handles ------------------------------------------------------------------------------------- */

/* format_helpers._format_callback_source: "f(1, 'a') at FILE:LINE". */
static CoilValue format_handle_cb(CoilVM *vm, CoilValue cb, CoilValue args)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = aio_format_callback_source(vm, &b, cb, args);
    CoilValue s = ok ? str_new(vm, buf_cstr(&b), b.len) : VAL_ERROR;
    buf_free(&b);
    if (value_is_error(s) && !vm_has_exception(vm)) vm_raise_nomem(vm);
    return s;
}

static CoilValue handle_new(CoilVM *vm, CoilType *t, CoilValue loop, CoilValue cb, CoilValue args)
{
    GC_ROOT(vm, loop);
    GC_ROOT(vm, cb);
    GC_ROOT(vm, args);
    CoilHandle *h = gc_alloc_object(vm, t, sizeof(CoilHandle));
    GC_UNROOT(vm, 3);
    if (!h) return VAL_ERROR;
    h->loop = loop;
    h->callback = cb;
    h->args = args;
    h->context = VAL_EMPTY;
    return value_from_object(h);
}

static void handle_trace(CoilVM *vm, CoilObject *o)
{
    CoilHandle *h = (CoilHandle *)o;
    gc_mark_value(vm, h->callback);
    gc_mark_value(vm, h->args);
    gc_mark_value(vm, h->context);
    gc_mark_value(vm, h->loop);
}

static CoilValue handle_repr(CoilVM *vm, CoilValue self)
{
    CoilHandle *h = HANDLE(self);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_putc(&b, '<') && buf_append_str(&b, value_as_object(self)->type->name);
    if (ok && h->cancelled) ok = buf_append_str(&b, " cancelled");
    if (ok && h->timer) {
        CoilValue w = vm_repr(vm, value_from_double(h->when));
        ok = !value_is_error(w) && buf_append_str(&b, " when=") && buf_append(&b, value_as_str(w)->data, value_as_str(w)->len);
    }
    if (ok && !h->cancelled) {
        CoilValue s = format_handle_cb(vm, h->callback, h->args);
        ok = !value_is_error(s) && buf_putc(&b, ' ') && buf_append(&b, value_as_str(s)->data, value_as_str(s)->len);
    }
    ok = ok && buf_putc(&b, '>');
    CoilValue s = ok ? str_new(vm, buf_cstr(&b), b.len) : VAL_ERROR;
    buf_free(&b);
    if (value_is_error(s) && !vm_has_exception(vm)) vm_raise_nomem(vm);
    return s;
}

/* CPython's loop and handle methods are Python functions: a wrong call gets
 * the messages of a Python function named by its qualname, which these
 * reproduce.  `nargs` counts self; names[] are the parameters after self,
 * the first `nreq` of them required.
 * "qual() missing 2 required positional arguments: 'a' and 'b'". */
static CoilValue py_missing(CoilVM *vm, const char *qual, size_t nargs, const char *const *names, size_t nreq)
{
    size_t have = nargs - 1, miss = nreq - have;
    char list[256];
    size_t n = 0;
    for (size_t k = have; k < nreq && n < sizeof list; k++) {
        const char *sep = k == have ? "" : miss == 2 ? " and " : k + 1 == nreq ? ", and " : ", ";
        int w = snprintf(list + n, sizeof list - n, "%s'%s'", sep, names[k]);
        if (w < 0) break;
        n += (size_t)w;
    }
    return vm_raise(vm, vm->e_TypeError, "%s() missing %zu required positional argument%s: %s", qual, miss,
                    miss == 1 ? "" : "s", list);
}

/* "qual() takes 2 positional arguments but 3 were given" (self counted). */
static CoilValue py_too_many(CoilVM *vm, const char *qual, size_t nargs, size_t npos)
{
    return vm_raise(vm, vm->e_TypeError, "%s() takes %zu positional argument%s but %zu were given", qual, npos + 1,
                    npos ? "s" : "", nargs);
}

/* A method with only required positional parameters and no keywords. */
static int py_arity(CoilVM *vm, const char *qual, size_t nargs, CoilValue kw, const char *const *names, size_t n)
{
    if (nargs - 1 > n) return py_too_many(vm, qual, nargs, n), -1;
    if (args_nkw(kw)) {
        CoilString *k0 = value_as_str(value_as_tuple(kw)->items[0]);
        return vm_raise(vm, vm->e_TypeError, "%s() got an unexpected keyword argument '%s'", qual, k0->data), -1;
    }
    if (nargs - 1 < n) return py_missing(vm, qual, nargs, names, n), -1;
    return 0;
}

static CoilValue h_cancel(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    /* TimerHandle overrides cancel() (to tell the loop), not cancelled() */
    const char *qual = HANDLE(args[0])->timer ? "TimerHandle.cancel" : "Handle.cancel";
    if (py_arity(vm, qual, nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    CoilHandle *h = HANDLE(args[0]);
    if (!h->cancelled) {
        if (h->timer && h->scheduled && value_is_loop(vm, h->loop)) LOOP(h->loop)->ncancelled_timers++;
        h->cancelled = 1;
        h->callback = VAL_NONE;
        h->args = vm->empty_tuple;
    }
    return VAL_NONE;
}

static CoilValue h_cancelled(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "Handle.cancelled", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_bool(HANDLE(args[0])->cancelled);
}

static CoilValue h_when(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "TimerHandle.when", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_double(HANDLE(args[0])->when);
}

static const CoilMethodDef handle_methods[] = {
    {"cancel", h_cancel, METH_KEYWORDS}, {"cancelled", h_cancelled, METH_KEYWORDS}, {NULL, NULL, 0}};
static const CoilMethodDef timer_methods[] = {{"when", h_when, METH_KEYWORDS}, {NULL, NULL, 0}};

/* --- the loop type: C methods -------------------------------------------------------------------- */

static CoilValue check_callback(CoilVM *vm, CoilValue cb, const char *method)
{
    if (value_is_coroutine(vm, cb) ||
        (value_is_type(cb, vm->t_function) &&
         (((CoilFunction *)value_as_object(cb))->code->flags & PROTO_COROUTINE)))
        return vm_raise(vm, vm->e_TypeError, "coroutines cannot be used with %s()", method);
    if (!vm_typeof(vm, cb)->call) {
        CoilValue r = vm_repr(vm, cb);
        if (value_is_error(r)) return r;
        return vm_raise(vm, vm->e_TypeError, "a callable object was expected by %s(), got %s", method,
                        value_as_str(r)->data);
    }
    return VAL_NONE;
}

/* The context a call_soon/call_later/call_at handle runs in: `context=` if
 * given, else a copy of the current one.  VAL_ERROR on failure. */
static CoilValue handle_context(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    size_t nkw = args_nkw(kw);
    for (size_t k = 0; k < nkw; k++)
        if (str_eq_cstr(value_as_str(value_as_tuple(kw)->items[k]), "context") && args[nargs + k] != VAL_NONE)
            return args[nargs + k];
    return aio_context_snapshot(vm);
}

/* call_soon(callback, *args, context=None) and call_at/call_later(x,
 * callback, *args, context=None): an unknown keyword is reported before a
 * missing argument, as for a Python function.  fname is the bare name. */
static int check_call_sig(CoilVM *vm, size_t nargs, CoilValue kw, const char *fname)
{
    static const char *const soon[] = {"callback"}, *const at[] = {"when", "callback"},
                             *const later[] = {"delay", "callback"};
    char qual[64];
    snprintf(qual, sizeof qual, "BaseEventLoop.%s", fname);
    size_t nkw = args_nkw(kw);
    for (size_t k = 0; k < nkw; k++) {
        CoilString *n = value_as_str(value_as_tuple(kw)->items[k]);
        if (!str_eq_cstr(n, "context"))
            return vm_raise(vm, vm->e_TypeError, "%s() got an unexpected keyword argument '%s'", qual, n->data), -1;
    }
    bool is_soon = strcmp(fname, "call_soon") == 0;
    size_t nreq = is_soon ? 1 : 2;
    if (nargs - 1 >= nreq) return 0;
    py_missing(vm, qual, nargs, is_soon ? soon : strcmp(fname, "call_at") == 0 ? at : later, nreq);
    return -1;
}

/* The positional arguments after the first `skip` as a tuple; `context=`
 * is the only keyword (handle_context). */
static CoilValue rest_args(CoilVM *vm, const CoilValue *args, size_t nargs, size_t skip, CoilValue kw,
                           const char *fname)
{
    if (check_call_sig(vm, nargs, kw, fname) < 0) return VAL_ERROR;
    return tuple_from_array(vm, args + skip, nargs - skip);
}

static CoilValue l_call_soon(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    CoilLoop *l = LOOP(args[0]);
    if (check_call_sig(vm, nargs, kw, "call_soon") < 0) return VAL_ERROR;
    if (value_is_error(check_closed(vm, l))) return VAL_ERROR;
    /* As CPython, callbacks are only checked in debug mode. */
    if (l->debug && value_is_error(check_callback(vm, args[1], "call_soon"))) return VAL_ERROR;
    CoilValue rest = rest_args(vm, args, nargs, 2, kw, "call_soon");
    if (value_is_error(rest)) return rest;
    CoilValue h = handle_new(vm, vm->async->t_handle, args[0], args[1], rest);
    if (value_is_error(h)) return h;
    GC_ROOT(vm, h);
    CoilValue ctx = handle_context(vm, args, nargs, kw);
    if (value_is_error(ctx)) return GC_UNROOT(vm, 1), ctx;
    HANDLE(h)->context = ctx;
    int rc = loop_call_soon_entry(vm, l, RQ_HANDLE, h, VAL_NONE);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : h;
}

static CoilValue call_at(CoilVM *vm, CoilValue loopv, double when, CoilValue cb, CoilValue rest,
                         const CoilValue *args, size_t nargs, CoilValue kw)
{
    CoilLoop *l = LOOP(loopv);
    CoilValue h = handle_new(vm, vm->async->t_timer_handle, loopv, cb, rest);
    if (value_is_error(h)) return h;
    HANDLE(h)->timer = 1;
    HANDLE(h)->when = when;
    GC_ROOT(vm, h);
    CoilValue ctx = handle_context(vm, args, nargs, kw);
    if (value_is_error(ctx)) return GC_UNROOT(vm, 1), ctx;
    HANDLE(h)->context = ctx;
    int rc = heap_push(vm, l, h);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : h;
}

static CoilValue l_call_at(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (check_call_sig(vm, nargs, kw, "call_at") < 0) return VAL_ERROR;
    if (args[1] == VAL_NONE) return vm_raise(vm, vm->e_TypeError, "when cannot be None");
    double when;
    if (vm_to_double(vm, args[1], &when) < 0) return VAL_ERROR;
    if (value_is_error(check_closed(vm, LOOP(args[0]))) ||
        (LOOP(args[0])->debug && value_is_error(check_callback(vm, args[2], "call_at"))))
        return VAL_ERROR;
    CoilValue rest = rest_args(vm, args, nargs, 3, kw, "call_at");
    if (value_is_error(rest)) return rest;
    return call_at(vm, args[0], when, args[2], rest, args, nargs, kw);
}

static CoilValue l_call_later(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (check_call_sig(vm, nargs, kw, "call_later") < 0) return VAL_ERROR;
    if (args[1] == VAL_NONE) return vm_raise(vm, vm->e_TypeError, "delay must not be None");
    double when;
    if (value_is_double(args[1]) || value_is_small_int(args[1])) {
        double delay;
        if (vm_to_double(vm, args[1], &delay) < 0) return VAL_ERROR;
        when = loop_time() + delay;
    } else {
        /* CPython computes self.time() + delay: its TypeError for a delay
         * that is no number. */
        CoilValue w = vm_binary(vm, BIN_ADD, value_from_double(loop_time()), args[1]);
        if (value_is_error(w) || vm_to_double(vm, w, &when) < 0) return VAL_ERROR;
    }
    if (value_is_error(check_closed(vm, LOOP(args[0]))) ||
        (LOOP(args[0])->debug && value_is_error(check_callback(vm, args[2], "call_at"))))
        return VAL_ERROR;
    CoilValue rest = rest_args(vm, args, nargs, 3, kw, "call_later");
    if (value_is_error(rest)) return rest;
    return call_at(vm, args[0], when, args[2], rest, args, nargs, kw);
}

static CoilValue l_time(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.time", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_double(loop_time());
}

static CoilValue create_task(CoilVM *vm, CoilValue loopv, CoilValue coro, CoilValue name)
{
    if (value_is_error(check_closed(vm, LOOP(loopv)))) return VAL_ERROR;
    CoilValue factory = VAL_EMPTY;
    CoilValue d = LOOP(loopv)->dict;
    if (value_is_object(d)) factory = dict_get_cstr(vm, value_as_dict(d), "_task_factory");
    if (factory == VAL_EMPTY || factory == VAL_NONE) {
        CoilValue t = task_new(vm, loopv, coro, name);
        /* Rejected by the Task constructor: the traceback shows CPython's
         * BaseEventLoop.create_task() frame making it (base_events.py). */
        if (value_is_error(t)) {
            CoilValue standin = dict_get_cstr(vm, value_as_dict(module_dict(vm->async->module)), "_tb_create_task");
            if (standin != VAL_EMPTY) aio_add_body_frame(vm, standin);
        }
        return t;
    }
    CoilValue a[2] = {loopv, coro};
    CoilValue t = vm_call(vm, factory, a, 2, VAL_EMPTY);
    if (value_is_error(t) || name == VAL_NONE || name == VAL_EMPTY) return t;
    GC_ROOT(vm, t);
    CoilValue r = vm_call_method(vm, t, str_intern_cstr(vm, "set_name"), &name, 1);
    GC_UNROOT(vm, 1);
    return value_is_error(r) ? r : t;
}

static CoilValue l_create_task(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"coro", "name", "context"};
    CoilValue a[3] = {VAL_EMPTY, VAL_EMPTY, VAL_EMPTY};
    /* create_task(self, coro, *, name=None, context=None), a Python method
     * in CPython: its messages for a wrong call. */
    const char *qual = "BaseEventLoop.create_task";
    if (nargs > 2) return py_too_many(vm, qual, nargs, 1);
    bool coro_kw = false;
    for (size_t k = 0, nkw = args_nkw(kw); k < nkw; k++) {
        CoilString *n = value_as_str(value_as_tuple(kw)->items[k]);
        if (str_eq_cstr(n, "coro")) {
            if (nargs == 2)
                return vm_raise(vm, vm->e_TypeError, "%s() got multiple values for argument 'coro'", qual);
            coro_kw = true;
        } else if (!str_eq_cstr(n, "name") && !str_eq_cstr(n, "context")) {
            return vm_raise(vm, vm->e_TypeError, "%s() got an unexpected keyword argument '%s'", qual, n->data);
        }
    }
    if (nargs < 2 && !coro_kw) return py_missing(vm, qual, nargs, names, 1);
    if (args_parse(vm, "create_task", args + 1, nargs - 1, kw, names, 3, 1, 1, a) < 0) return VAL_ERROR;
    CoilValue t = create_task(vm, args[0], a[0], a[1] == VAL_EMPTY ? VAL_NONE : a[1]);
    /* context=: the task runs in that Context object itself */
    if (!value_is_error(t) && value_is_future(vm, t) && a[2] != VAL_EMPTY && a[2] != VAL_NONE)
        ((CoilFuture *)value_as_object(t))->context = a[2];
    return t;
}

static CoilValue l_create_future(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.create_future", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return future_new(vm, args[0]);
}

/* tasks.ensure_future(arg, loop=loop) for run_until_complete. */
static CoilValue ensure_future(CoilVM *vm, CoilValue loopv, CoilValue arg)
{
    if (aio_is_coroutine(vm, arg))
        return create_task(vm, loopv, arg, VAL_NONE);
    if (value_is_future(vm, arg)) {
        if (((CoilFuture *)value_as_object(arg))->loop != loopv)
            return vm_raise(vm, vm->e_ValueError,
                            "The future belongs to a different loop than the one specified as the loop argument");
        return arg;
    }
    CoilValue helper = dict_get_cstr(vm, value_as_dict(module_dict(vm->async->module)), "_ensure_future");
    if (helper == VAL_EMPTY)
        return vm_raise(vm, vm->e_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    CoilValue a[2] = {arg, loopv};
    return vm_call(vm, helper, a, 2, VAL_EMPTY);
}

/* run_until_complete up to, not including, `return future.result()`:
 * the future, done (stdlib/asyncio/base_events.py adds the last line). */
static CoilValue run_until_complete_future(CoilVM *vm, const CoilValue *args, size_t nargs)
{
    CoilValue loopv = args[0];
    CoilLoop *l = LOOP(loopv);
    if (value_is_error(check_closed(vm, l))) return VAL_ERROR;
    if (l->running) return vm_raise(vm, vm->e_RuntimeError, "This event loop is already running");
    if (vm->async->running_loop != VAL_NONE)
        return vm_raise(vm, vm->e_RuntimeError, "Cannot run the event loop while another loop is running");
    bool new_task = !value_is_future(vm, args[1]);
    CoilValue fut = ensure_future(vm, loopv, args[1]);
    if (value_is_error(fut)) return fut;
    if (!value_is_future(vm, fut)) return vm_raise(vm, vm->e_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    CoilFuture *f = (CoilFuture *)value_as_object(fut);
    if (new_task && f->is_task) f->log_destroy_pending = 0;
    GC_ROOT(vm, fut);
    int rc = loop_run_until_done(vm, loopv, fut);
    GC_UNROOT(vm, 1);
    if (rc < 0) {
        if (new_task && f->state == FUT_FINISHED) f->log_tb = 0;
        return VAL_ERROR;
    }
    if (f->state == FUT_PENDING) return vm_raise(vm, vm->e_RuntimeError, "Event loop stopped before Future completed.");
    return fut;
}

/* The three steps of base_events.py's run_until_complete, each called
 * from the line where CPython does that work (stdlib/asyncio/base_events.py):
 * checks and ensure_future; running the loop; the not-done check. */
static CoilValue l_ruc_start(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_ruc_start", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue loopv = args[0];
    CoilLoop *l = LOOP(loopv);
    if (value_is_error(check_closed(vm, l))) return VAL_ERROR;
    if (l->running) return vm_raise(vm, vm->e_RuntimeError, "This event loop is already running");
    if (vm->async->running_loop != VAL_NONE)
        return vm_raise(vm, vm->e_RuntimeError, "Cannot run the event loop while another loop is running");
    bool new_task = !value_is_future(vm, args[1]);
    CoilValue fut = ensure_future(vm, loopv, args[1]);
    if (value_is_error(fut)) return fut;
    if (!value_is_future(vm, fut)) return vm_raise(vm, vm->e_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    CoilFuture *f = (CoilFuture *)value_as_object(fut);
    if (new_task && f->is_task) f->log_destroy_pending = 0;
    GC_ROOT(vm, fut);
    int rc = future_add_callback(vm, f, loopv, CB_STOP_LOOP);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : fut;
}

static CoilValue l_ruc_run(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_ruc_run", nargs - 1, 2, 2) < 0) return VAL_ERROR;
    CoilValue fut = args[1];
    if (!value_is_future(vm, fut)) return vm_raise(vm, vm->e_TypeError, "a Future was expected");
    CoilFuture *f = (CoilFuture *)value_as_object(fut);
    bool new_task = args[2] == VAL_TRUE;
    int rc = run_forever(vm, args[0], -1, false);
    CoilValue pending = rc < 0 ? vm_take_exception(vm) : VAL_EMPTY;
    GC_ROOT(vm, pending);
    future_remove_callback(vm, f, args[0], CB_STOP_LOOP);
    if (new_task && rc < 0 && f->state == FUT_FINISHED) {
        f->log_tb = 0; /* future.exception(): the caller cannot reach the task */
        f->held = 0;
    }
    GC_UNROOT(vm, 1);
    if (rc < 0) {
        vm->exc = pending; /* re-raised through the calling frame (line 640) */
        vm->exc_reraise = false;
        return VAL_ERROR;
    }
    return VAL_NONE;
}

static CoilValue l_ruc_check(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_ruc_check", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (value_is_future(vm, args[1]) && ((CoilFuture *)value_as_object(args[1]))->state == FUT_PENDING)
        return vm_raise(vm, vm->e_RuntimeError, "Event loop stopped before Future completed.");
    return VAL_NONE;
}

static CoilValue l_run_until_complete(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "run_until_complete", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue fut = run_until_complete_future(vm, args, nargs);
    if (value_is_error(fut)) return fut;
    return future_result(vm, (CoilFuture *)value_as_object(fut));
}

static CoilValue l_run_forever(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.run_forever", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return run_forever(vm, args[0], -1, false) < 0 ? VAL_ERROR : VAL_NONE;
}

static CoilValue l_stop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.stop", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    LOOP(args[0])->stopping = 1;
    return VAL_NONE;
}

static void loop_clear(CoilVM *vm, CoilLoop *l)
{
    if (l->ready) vm_mem_free(vm, l->ready, ready_bytes(l->rcap));
    if (l->ready_b) vm_mem_free(vm, l->ready_b, l->bcap * sizeof *l->ready_b);
    if (l->timers) vm_mem_free(vm, l->timers, l->tcap * sizeof *l->timers);
    l->ready = l->ready_b = NULL;
    l->timers = NULL;
    l->blen = l->bhead = l->bcap = 0;
    l->rlen = l->rhead = l->rcap = l->ntimers = l->tcap = l->ncancelled_timers = 0;
}

static CoilValue l_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.close", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    CoilLoop *l = LOOP(args[0]);
    if (l->running) return vm_raise(vm, vm->e_RuntimeError, "Cannot close a running event loop");
    if (l->closed) return VAL_NONE;
    l->closed = 1; /* tasks still pending stay alive only through their own references */
    loop_clear(vm, l);
    poller_close(l);
    aio_loop_forget_agens(vm, l); /* their finalizer hook can no longer run here */
    /* Tasks dropped with an exception nobody looked at are reported now,
     * as CPython does when they are freed with their loop. */
    gc_collect(vm);
    aio_report_unretrieved(vm, false);
    return VAL_NONE;
}

static CoilValue l_is_running(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.is_running", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_bool(LOOP(args[0])->running);
}

static CoilValue l_is_closed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.is_closed", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_bool(LOOP(args[0])->closed);
}

static CoilValue l_get_debug(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (py_arity(vm, "BaseEventLoop.get_debug", nargs, kw, NULL, 0) < 0) return VAL_ERROR;
    return value_from_bool(LOOP(args[0])->debug);
}

static CoilValue l_set_debug(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    static const char *const names[] = {"enabled"};
    if (py_arity(vm, "BaseEventLoop.set_debug", nargs, kw, names, 1) < 0) return VAL_ERROR;
    int t = vm_truthy(vm, args[1]);
    if (t < 0) return VAL_ERROR;
    LOOP(args[0])->debug = (uint8_t)t;
    return VAL_NONE;
}

/* The pending tasks in creation order (all_tasks; shutdown). */
static CoilValue l_pending_tasks(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    return aio_loop_pending_tasks(vm, LOOP(args[0]));
}

static CoilValue l_repr(CoilVM *vm, CoilValue self)
{
    CoilLoop *l = LOOP(self);
    return str_format(vm, "<%s running=%s closed=%s debug=%s>", value_as_object(self)->type->name,
                      l->running ? "True" : "False", l->closed ? "True" : "False", l->debug ? "True" : "False");
}

static CoilValue l_default_handler(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "call_exception_handler", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue ctx = args[1];
    if (value_is_dict(vm, ctx)) {
        CoilValue msg = dict_get_cstr(vm, value_as_dict(ctx), "message");
        CoilValue exc = dict_get_cstr(vm, value_as_dict(ctx), "exception");
        fflush(stdout);
        if (value_is_str(vm, msg)) fprintf(stderr, "%s\n", value_as_str(msg)->data);
        if (value_is_exception(vm, exc)) exc_print(vm, exc, stderr);
    }
    return VAL_NONE;
}

static CoilValue l_forget_agens(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_forget_asyncgens", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    aio_loop_forget_agens(vm, LOOP(args[0]));
    return VAL_NONE;
}

static const CoilMethodDef loop_methods[] = {
    {"call_soon", l_call_soon, METH_KEYWORDS},
    {"call_later", l_call_later, METH_KEYWORDS},
    {"call_at", l_call_at, METH_KEYWORDS},
    {"time", l_time, METH_KEYWORDS},
    {"create_task", l_create_task, METH_KEYWORDS},
    {"create_future", l_create_future, METH_KEYWORDS},
    {"run_until_complete", l_run_until_complete, 0},
    {"_ruc_start", l_ruc_start, 0},
    {"_ruc_run", l_ruc_run, 0},
    {"_ruc_check", l_ruc_check, 0},
    {"run_forever", l_run_forever, METH_KEYWORDS},
    {"stop", l_stop, METH_KEYWORDS},
    {"close", l_close, METH_KEYWORDS},
    {"is_running", l_is_running, METH_KEYWORDS},
    {"is_closed", l_is_closed, METH_KEYWORDS},
    {"get_debug", l_get_debug, METH_KEYWORDS},
    {"set_debug", l_set_debug, METH_KEYWORDS},
    {"_pending_tasks", l_pending_tasks, 0},
    {"call_exception_handler", l_default_handler, 0},
    {"_forget_asyncgens", l_forget_agens, 0},
    {NULL, NULL, 0}};

static CoilValue g_agens(CoilVM *vm, CoilValue self) { return aio_loop_agens(vm, LOOP(self)); }

static CoilValue g_agens_shutdown(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(LOOP(self)->agens_shutdown);
}
static int s_agens_shutdown(CoilVM *vm, CoilValue self, CoilValue v)
{
    int t = vm_truthy(vm, v);
    if (t < 0) return -1;
    LOOP(self)->agens_shutdown = (uint8_t)t;
    return 0;
}
static CoilValue g_stopping(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(LOOP(self)->stopping);
}
static CoilValue g_ready_count(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_small_int((int64_t)LOOP(self)->rlen);
}

static const CoilGetSetDef loop_getsets[] = {{"_asyncgens", g_agens, NULL},
                                             {"_asyncgens_shutdown_called", g_agens_shutdown, s_agens_shutdown},
                                             {"_stopping", g_stopping, NULL},
                                             {"_ready_count", g_ready_count, NULL},
                                             {NULL, NULL, NULL}};

static void loop_trace(CoilVM *vm, CoilObject *o)
{
    CoilLoop *l = (CoilLoop *)o;
    gc_mark_value(vm, l->dict);
    for (size_t k = 0; k < l->rlen; k++) gc_mark_value(vm, l->ready[(l->rhead + k) % l->rcap]);
    for (size_t k = 0; k < l->blen; k++) gc_mark_value(vm, l->ready_b[(l->bhead + k) % l->bcap]);
    for (size_t k = 0; k < l->ntimers; k++) gc_mark_value(vm, l->timers[k].handle);
    if (!l->closed) aio_mark_loop_tasks(vm, l); /* its pending tasks */
    gc_mark_value(vm, l->current_task);
    gc_mark_value(vm, l->exc_handler);
}

static void loop_finalize(CoilVM *vm, CoilObject *o)
{
    CoilLoop *l = (CoilLoop *)o;
    loop_clear(vm, l);
    poller_close(l);
}

static CoilValue loop_py_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilLoop *l = gc_alloc_object(vm, t, t->instance_size);
    if (!l) return VAL_ERROR;
    l->dict = VAL_EMPTY;
    l->current_task = VAL_NONE;
    l->exc_handler = VAL_NONE;
    l->epfd = l->wakefd = -1;
#ifdef LOOP_HAVE_EPOLL
    l->wakefd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
#endif
    return value_from_object(l);
}

static CoilValue loop_py_init(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)self;
    (void)args;
    (void)kw;
    if (nargs) return vm_raise(vm, vm->e_TypeError, "event loop takes no arguments");
    return VAL_NONE;
}

void loop_init_types(CoilVM *vm, CoilAsync *as)
{
    CoilType *t = type_new_builtin(vm, "EventLoop", vm->t_object, sizeof(CoilLoop), TYPE_BASETYPE | TYPE_HAS_DICT);
    if (!t) return;
    as->t_loop = t;
    t->module_name = "_asyncio";
    t->dict_offset = (uint32_t)offsetof(CoilLoop, dict);
    t->trace = loop_trace;
    t->finalize = loop_finalize;
    t->repr = l_repr;
    t->new_ = loop_py_new;
    t->init = loop_py_init;
    type_add_methods(vm, t, loop_methods);
    type_add_getsets(vm, t, loop_getsets);

    CoilType *h = type_new_builtin(vm, "Handle", vm->t_object, sizeof(CoilHandle), 0);
    if (!h) return;
    as->t_handle = h;
    h->module_name = "asyncio.events";
    h->trace = handle_trace;
    h->repr = handle_repr;
    type_add_methods(vm, h, handle_methods);
    CoilType *th = type_new_builtin(vm, "TimerHandle", h, sizeof(CoilHandle), 0);
    if (!th) return;
    as->t_timer_handle = th;
    th->module_name = "asyncio.events";
    type_add_methods(vm, th, timer_methods);
}
