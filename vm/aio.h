/* aio.h — the asyncio runtime written in C: the event loop (loop.c), Future
 * and Task (future.c), and the per-VM state and `_asyncio` module
 * (mod_asyncio.c).  The rest of asyncio (gather, locks, queues, runners...)
 * is Coil code in stdlib/asyncio/ built on these.  Scheduling follows
 * CPython 3.11's base_events/futures/tasks exactly, so task interleavings
 * print the same. */
#ifndef COIL_AIO_H
#define COIL_AIO_H

#include "vm/state.h"

enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

/* A Task parked in an Event's _waiters itself (event.c): still waiting,
 * or released by set() or by a cancellation (its message in cancel_msg). */
enum { PARK_NONE, PARK_PENDING, PARK_SET, PARK_CANCELLED };

/* What a future's done callback is (the ready-queue entry it becomes). */
enum {
    CB_CALL,      /* fn(future) */
    CB_WAKEUP,    /* fn is a Task waiting on the future: step it */
    CB_STOP_LOOP, /* run_until_complete's callback: stop fn (a loop) */
    CB_CTX,       /* fn is (callback, context): callback(future) run in that context */
    CB_MANY,      /* (cb0 only) cb0 is a CoilFutureCbs holding every callback */
    CB_QUEUED,    /* (cb0 only, once done) its one callback, queued (RQ_FUTCB0): not a callback any more */
};

typedef struct CoilFutureCb {
    CoilValue fn;
    uint8_t kind; /* CB_* */
} CoilFutureCb;

/* A future's callbacks once it has more than one: an internal object that
 * cb0 holds (kind CB_MANY), so a future with at most one callback (nearly
 * every one) spends a single value on them and needs no finalizer. */
typedef struct CoilFutureCbs {
    CoilObject obj;
    uint32_t n, cap;
    CoilFutureCb items[];
} CoilFutureCbs;

/* A Future, or a Task (is_task) which adds the coroutine it drives.  Kept
 * compact (a Future is a ticket in every Event/Lock/Queue waiter list): the
 * first callback sits inline with its kind in the flags, and only a Task
 * (whose instances take attributes, as in CPython) has a __dict__. */
typedef struct CoilFuture {
    CoilObject obj;
    CoilValue loop;
    /* A cancel message matters only while pending (a Task's requested
     * cancellation) or once cancelled, never beside a result; the saved
     * CancelledError only once cancelled, never beside an exception; what
     * a Task waits on only while pending: each group shares a slot.
     * Readers check the state first. */
    union {
        CoilValue result;    /* finished with an exception: its traceback, until first raised */
        CoilValue cancel_msg;
    };
    union {
        CoilValue exception;     /* VAL_NONE when none */
        CoilValue cancelled_exc; /* the CancelledError to re-raise, or None */
        CoilValue fut_waiter;    /* Task, pending: the future it waits on, or None (task_waiter) */
    };
    CoilValue cb0;           /* the callback (VAL_EMPTY: none), kind cb0_kind; or all of them (CB_MANY) */
    uint8_t state;           /* FUT_* */
    uint8_t cb0_kind;        /* CB_* */
    uint8_t blocking : 1;    /* _asyncio_future_blocking */
    uint8_t log_tb : 1;      /* an exception nobody retrieved yet */
    uint8_t is_task : 1;
    uint8_t reported : 1;    /* "never retrieved" already reported */
    uint8_t held : 1;        /* its SystemExit/KeyboardInterrupt left the loop: reported at exit */
    uint8_t must_cancel : 1; /* Task: cancel at the next step */
    uint8_t log_destroy_pending : 1; /* Task: report it if it dies pending */
    uint8_t park;            /* Task: PARK_*, parked itself in an Event's _waiters (event.c) */
    int32_t num_cancels;     /* Task: cancel() requests not yet uncancelled */
    /* --- Task (a Future's block ends here) --- */
    CoilValue dict;          /* instance __dict__ */
    CoilValue coro;
    CoilValue name;          /* str, or a small int N for the lazy "Task-N" */
    CoilValue context;       /* its contextvars context (vm->context's forms), current while it steps */
} CoilFuture;


#define FUT_CBS(v) ((CoilFutureCbs *)value_as_object(v))

/* How many done callbacks f has, and the k-th of them (k < fut_cb_count). */
static inline uint32_t fut_cb_count(const CoilFuture *f)
{
    if (f->cb0 == VAL_EMPTY || f->cb0_kind == CB_QUEUED) return 0;
    return f->cb0_kind == CB_MANY ? FUT_CBS(f->cb0)->n : 1;
}

static inline CoilFutureCb fut_cb_at(const CoilFuture *f, uint32_t k)
{
    if (f->cb0_kind == CB_MANY) return FUT_CBS(f->cb0)->items[k];
    return (CoilFutureCb){f->cb0, f->cb0_kind};
}

/* "PENDING", "CANCELLED", "FINISHED" (FUT_*). */
extern const char *const future_state_names[3];

/* The size of a plain Future: the fields up to the Task part. */
#define FUTURE_SIZE offsetof(CoilFuture, dict)

/* call_soon / call_later handles. */
typedef struct CoilHandle {
    CoilObject obj;
    CoilValue callback;
    CoilValue args;          /* tuple */
    CoilValue loop;
    CoilValue context;       /* the contextvars context it runs in (aio_context_snapshot), or VAL_EMPTY */
    double when;
    uint8_t cancelled, timer, scheduled;
} CoilHandle;

/* One entry of the ready queue: a handle, or an internal step that needs
 * no Python-visible handle object.  RQ_AGENCLOSE is the finalizer hook's
 * create_task(aclose()) (a: the bound create_task, b: the aclose()
 * awaitable, VAL_NONE once loop_run_agen_closes ran it early).  (Stored in
 * two rings, loop.c: a and the kind in one, b in another only for the
 * entries whose b is not implied -- a task's first step, a handle, a task
 * woken by the future it waits on -- so most entries take 9 bytes.) */
enum { RQ_HANDLE, RQ_STEP, RQ_WAKEUP, RQ_FUTCB, RQ_STOPCB, RQ_AGENCLOSE };
typedef struct CoilReady {
    CoilValue a, b;
    uint8_t kind;
} CoilReady;

typedef struct CoilTimer {
    double when;
    uint64_t seq;            /* ties run in insertion order */
    CoilValue handle;
} CoilTimer;

typedef struct CoilLoop {
    CoilObject obj;
    CoilValue dict;
    CoilValue *ready;        /* ring of the entries' a values, their kind bytes rcap values on */
    size_t rhead, rlen, rcap;
    CoilValue *ready_b;      /* ring of the b values not implied by the kind (loop.c) */
    size_t bhead, blen, bcap;
    CoilTimer *timers;       /* min-heap on (when, seq) */
    size_t ntimers, tcap, ncancelled_timers;
    uint64_t seq;
    CoilValue current_task;
    CoilValue exc_handler;
    int epfd, wakefd;
    uint8_t running, stopping, closed, debug, agens_shutdown;
} CoilLoop;

/* Names the native asyncio code looks up, interned once (aio_name). */
#define AIO_NAMES(X) \
    X(_queue) X(_maxsize) X(_unfinished_tasks) X(_finished) X(_getters) X(_putters) \
    X(_value) X(_waiters) X(qsize) X(_put) X(_get) X(clear) X(append) X(popleft) \
    X(done) X(set_result) X(_loop)

enum {
#define AIO_NAME_ENUM(n) AN_##n,
    AIO_NAMES(AIO_NAME_ENUM)
#undef AIO_NAME_ENUM
    AN__COUNT
};

/* What aqueue.c found out about a Queue or Event class, valid while the
 * class is `type` and vm->type_epoch is `epoch` (no tracing needed: the
 * epoch moves when a type dies).  flags: AQ_* (aqueue.c). */
typedef struct CoilAqTypeInfo {
    CoilType *type;
    uint64_t epoch;
    uint32_t flags;
} CoilAqTypeInfo;

/* The per-VM async state (vm->async), a GC object rooted by the VM. */
typedef struct CoilAsync {
    CoilObject obj;
    CoilValue running_loop;  /* None when no loop runs */
    CoilValue event_loop;    /* set_event_loop()'s loop, or None */
    CoilValue module;        /* _asyncio */
    CoilType *t_future, *t_task, *t_loop, *t_handle, *t_timer_handle, *t_sleep0;
    CoilType *t_event_wait;  /* Event.wait()'s native coroutine (event.c) */
    CoilType *t_future_cbs;  /* a future's callback list (future.c) */
    CoilType *e_cancelled, *e_invalid_state;
    /* Stand-ins for CPython's Python frames of Handle._run, _run_once and
     * run_forever, added to tracebacks of exceptions leaving callbacks. */
    CoilValue handle_run, tb_run_once, tb_run_forever, tb_sleep0, tb_event_wait;
    CoilValue tb_put_nowait, tb_get_nowait, tb_full; /* Queue's Python methods the native ones replace */
    uint64_t task_counter;
    uint8_t set_called;      /* set_event_loop() was called */
    uint8_t agens_dying;     /* async generators wait for their finalizer hook */
    CoilString *names[AN__COUNT]; /* interned, so immortal */
    /* aqueue.c: where each name sat in the last instance dict it was found
     * in (instances of one class share their dicts' layout), and the last
     * Queue and Event classes seen. */
    uint32_t name_hint[AN__COUNT];
    CoilAqTypeInfo queue_info, event_info;
    /* Event.wait() objects: the one the last wait() call returned (and the
     * frame and pc of that call), and one free for reuse (event.c). */
    struct CoilObject *ew_fresh, *ew_spare;
    const void *ew_fresh_frame, *ew_fresh_pc;
} CoilAsync;

/* --- mod_asyncio.c --- */
/* The async state, created on first use; NULL with MemoryError. */
CoilAsync *aio_state(CoilVM *vm);
CoilValue mod_asyncio_create(CoilVM *vm);
/* Reports (on stderr, as CPython's loop exception handler) the futures
 * whose exception was never retrieved and that are now unreachable. */
void aio_report_unretrieved(CoilVM *vm, bool all);
/* GC: after marking, before sweeping (keeps dying unretrieved futures for reporting). */
void aio_gc_before_sweep(CoilVM *vm);
/* Async generators (the firstiter/finalizer hooks, mod_asyncio.c): */
struct CoilGenerator;
bool aio_agen_needs_close(struct CoilGenerator *g);
/* An async generator only its `async for` loop held was left early: its
 * aclose() is scheduled on its loop now (the finalizer hook), not when the
 * collector finds it. */
void aio_agen_abandoned(CoilVM *vm, struct CoilGenerator *g);
/* A new list of the live async generators first iterated on l. */
CoilValue aio_loop_agens(CoilVM *vm, CoilLoop *l);
/* Forgets them (shutdown_asyncgens took them). */
void aio_loop_forget_agens(CoilVM *vm, CoilLoop *l);
/* Schedules aclose() of l's generators the collector found unreachable
 * (as vm->async->agens_dying says there are some); now: creates their
 * aclose() tasks at once.  0 or -1. */
int aio_loop_finalize_agens(CoilVM *vm, CoilLoop *l, bool now);
/* Watches a future that got an exception, for the report. 0 or -1. */
int aio_watch_future(CoilVM *vm, CoilFuture *f);

/* The current contextvars context as a task or callback keeps it: None or
 * the immutable dict snapshot (a Context object's data, so that the task's
 * own changes stay its own).  May run Python code: VAL_ERROR on failure. */
CoilValue aio_context_snapshot(CoilVM *vm);

/* --- future.c --- */
void future_init_types(CoilVM *vm, CoilAsync *as);
CoilValue future_new(CoilVM *vm, CoilValue loop);
CoilValue task_new(CoilVM *vm, CoilValue loop, CoilValue coro, CoilValue name);
int future_set_result(CoilVM *vm, CoilFuture *f, CoilValue v);
int future_set_exception(CoilVM *vm, CoilFuture *f, CoilValue exc);
bool future_cancel(CoilVM *vm, CoilFuture *f, CoilValue msg);
/* result(): the value, or VAL_ERROR with the exception raised. */
CoilValue future_result(CoilVM *vm, CoilFuture *f);
int future_add_callback(CoilVM *vm, CoilFuture *f, CoilValue fn, uint8_t kind);
/* Removes callbacks equal to fn (kind-aware); the count. */
int future_remove_callback(CoilVM *vm, CoilFuture *f, CoilValue fn, uint8_t kind);
/* Runs a task step / wakeup from the ready queue (0, or -1 to stop the loop
 * with the exception: SystemExit, KeyboardInterrupt). */
int task_step(CoilVM *vm, CoilFuture *t, CoilValue exc);
int task_wakeup(CoilVM *vm, CoilFuture *t, CoilValue fut);
bool value_is_future(CoilVM *vm, CoilValue v);
/* --- future_repr.c --- */
/* repr(future or task), as base_futures/base_tasks format it. */
CoilValue future_repr(CoilVM *vm, CoilValue self);
/* A task's name as get_name() returns it (the lazy "Task-N" made now). */
CoilValue task_name_value(CoilVM *vm, CoilFuture *t);
CoilValue make_cancelled_error(CoilVM *vm, CoilFuture *f);
/* A new CancelledError(msg), or CancelledError() for msg None. */
CoilValue cancelled_error_new(CoilVM *vm, CoilValue msg);

/* Prepends the frame of stand-in function fn (its second line) to the
 * pending exception's traceback. */
void aio_add_frame(CoilVM *vm, CoilValue fn);
/* The same at fn's first raise statement. */
void aio_add_raise_frame(CoilVM *vm, CoilValue fn);
/* The same at fn's first statement (past its docstring). */
void aio_add_body_frame(CoilVM *vm, CoilValue fn);

/* --- event.c --- */
struct CoilBuf;
/* Appends what a Task repr says of an Event.wait() coroutine
 * ("Event.wait() running at FILE:LINE"). */
bool event_wait_describe(CoilVM *vm, struct CoilBuf *b, CoilValue ew);
/* A task's step got ew, parked in _waiters without a future: true when
 * so (ew now wakes task), false when ew is not such a wait. */
bool event_wait_park(CoilVM *vm, CoilValue ew, CoilValue task);
/* fut_waiter.cancel(msg) for a parked wait: false when settled already. */
bool event_wait_cancel(CoilVM *vm, CoilValue ew, CoilValue msg);
/* fut_waiter.result() for a settled parked wait: True, or VAL_ERROR with
 * its CancelledError raised. */
CoilValue event_wait_result(CoilVM *vm, CoilValue ew);
/* What a task repr shows as wait_for= for a parked wait (its future's repr). */
bool event_wait_describe_ticket(CoilVM *vm, struct CoilBuf *b, CoilValue ew);
/* A task parked itself (t->park): Task.cancel() releases it (false when
 * it is released already); its repr's wait_for=; and the general form made
 * of it -- a future in _waiters, a wait object awaited -- for whatever
 * looks closer (0, or -1 with MemoryError). */
bool task_park_cancel(CoilVM *vm, CoilFuture *t, CoilValue msg);
bool task_park_describe(struct CoilBuf *b, const CoilFuture *t);
int task_park_materialize(CoilVM *vm, CoilFuture *t);

/* --- loop.c --- */
void loop_init_types(CoilVM *vm, CoilAsync *as);
int loop_call_soon_entry(CoilVM *vm, CoilLoop *l, uint8_t kind, CoilValue a, CoilValue b);
/* Queues a done callback (future_add_callback's kinds) of future fut. */
int loop_call_soon_cb(CoilVM *vm, CoilLoop *l, uint8_t cb_kind, CoilValue fn, CoilValue fut);
/* Runs l's queued RQ_AGENCLOSE entries now, in queue order: 0 or -1. */
int loop_run_agen_closes(CoilVM *vm, CoilLoop *l);
/* Runs the loop until fut is done (run_until_complete without the checks):
 * 0, or -1 with an exception. */
int loop_run_until_done(CoilVM *vm, CoilValue loop, CoilValue fut);
/* One iteration, waiting at most timeout seconds for timers or I/O
 * (negative: as long as needed); for hosts driving the loop. 0 or -1. */
int loop_run_once(CoilVM *vm, CoilValue loop, double timeout);
/* The monotonic time of the next timer, 0 if callbacks are ready, -1 if
 * there is nothing to wait for. */
double loop_next_deadline(CoilVM *vm, CoilValue loop);
/* Wakes a loop blocked in its poller; safe from any thread. */
void loop_wakeup(CoilLoop *l);
double loop_time(void);
/* The pending tasks of a loop are the pending tasks among the watched
 * futures (mod_asyncio.c), in creation order: the loop marks them while it
 * is open (aio_mark_loop_tasks), all_tasks lists them. */
void aio_mark_loop_tasks(CoilVM *vm, CoilLoop *l);
CoilValue aio_loop_pending_tasks(CoilVM *vm, CoilLoop *l);

/* What a Task waits on: the future (or parked wait) while pending, else None. */
static inline CoilValue task_waiter(const CoilFuture *t) { return t->state == FUT_PENDING ? t->fut_waiter : VAL_NONE; }

static inline bool value_is_loop(CoilVM *vm, CoilValue v)
{
    return vm->async && value_is_object(v) && type_is_subtype(value_as_object(v)->type, vm->async->t_loop);
}

#endif
