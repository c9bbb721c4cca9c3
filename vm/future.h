/* future.h — the asyncio Future and Task objects (future.c) as the
 * language layer sees them: AWAIT takes a native future's result directly
 * or suspends the await chain on it, and async generators register with the
 * running loop when first iterated. */
#ifndef COIL_FUTURE_H
#define COIL_FUTURE_H

#include "vm/state.h"

/* v is a Future or Task (or subclass) whose __await__ is the native one. */
bool fut_is_native(CoilVM *vm, CoilValue v);
/* A Task can drive v: a coroutine, a generator, or a native object with
 * the coroutine protocol (Event.wait(), asend/athrow awaitables), which
 * CPython's iscoroutine() accepts through collections.abc.Coroutine. */
bool aio_is_coroutine(CoilVM *vm, CoilValue v);
/* format_helpers._format_callback_source(fn, args): "f(1, 'a') at FILE:LINE"
 * appended to b (partials unfolded, values through reprlib); false with an
 * exception pending on failure. */
struct CoilBuf;
bool aio_format_callback_source(CoilVM *vm, struct CoilBuf *b, CoilValue fn, CoilValue args);
/* asyncio.get_event_loop(): the running loop, else the policy's loop. */
CoilValue aio_get_event_loop(CoilVM *vm);
/* For AWAIT: 1 done (*out = result), -1 done with an exception (raised),
 * 0 pending (*out = the future to hand to the driver; marked blocking). */
int fut_await_ready(CoilVM *vm, CoilValue fut, CoilValue *out);
/* An AWAIT of Event.wait() whose task parked itself in the event's
 * _waiters (f->parked; event.c): resumed (CORO_*, as the instruction), or
 * thrown into (0: raise the pending exception at the AWAIT, as the wait()
 * coroutine leaving with it).  frame_park_materialize gives the frame the
 * general form, awaiting a wait object (cr_await shows it): 0 or -1. */
int task_park_resume(CoilVM *vm, CoilFrame *f, uint8_t reg, CoilValue *out);
int task_park_throw(CoilVM *vm, CoilFrame *f, CoilValue exc);
int frame_park_materialize(CoilVM *vm, CoilFrame *f);
/* The firstiter hook of an async generator (registers it with the running
 * loop for shutdown_asyncgens). 0 or -1. */
int aio_agen_firstiter(CoilVM *vm, CoilValue agen);

#endif
