/* test_loop.c — the event loop's C interface (aio.h), which the embedding
 * API will expose: one iteration with a timeout, the next deadline, a
 * wake-up that cuts a wait short, running until a future is done, driving
 * a coroutine's await chain from C, and no leak when a loop is closed with
 * tasks still pending. */
#include <criterion/criterion.h>

#include "vm/aio.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/run.h"
#include "vm/str.h"

static CoilVM *vm;
static CoilValue globals;

static void setup(void)
{
    vm = vm_new(NULL);
    globals = dict_new(vm);
    GC_ROOT(vm, globals);
}

static void teardown(void) { vm_free(vm); }

TestSuite(loop, .init = setup, .fini = teardown);

static void run(const char *src)
{
    bool syntax_error;
    CoilValue r = vm_exec_source(vm, src, strlen(src), "<test>", globals, &syntax_error);
    if (value_is_error(r)) {
        exc_print(vm, vm_take_exception(vm), stderr);
        cr_assert_fail("script failed: %s", src);
    }
}

static CoilValue global(const char *name) { return dict_get_cstr(vm, value_as_dict(globals), name); }

static double now(void) { return loop_time(); }

Test(loop, run_once_respects_timeout_and_deadline)
{
    run("import _asyncio\n"
        "loop = _asyncio.EventLoop()\n"
        "log = []\n"
        "loop.call_soon(log.append, 'soon')\n"
        "h = loop.call_later(0.05, log.append, 'later')\n");
    CoilValue loop = global("loop");
    cr_assert_eq(loop_next_deadline(vm, loop), 0, "ready callbacks: deadline now");
    cr_assert_eq(loop_run_once(vm, loop, 0), 0);
    double deadline = loop_next_deadline(vm, loop);
    cr_assert_gt(deadline, loop_time());
    cr_assert_lt(deadline, loop_time() + 0.06);
    /* a zero timeout does not wait for the timer */
    cr_assert_eq(loop_run_once(vm, loop, 0), 0);
    run("assert log == ['soon'], log\n");
    double t0 = now();
    cr_assert_eq(loop_run_once(vm, loop, 2.0), 0);
    cr_assert_lt(now() - t0, 1.0, "waited for the timer, not the whole timeout");
    run("assert log == ['soon', 'later'], log\n");
    cr_assert_eq(loop_next_deadline(vm, loop), -1, "nothing left to wait for");
    run("loop.close()\n");
}

Test(loop, wakeup_cuts_the_wait_short)
{
    run("import _asyncio\nloop = _asyncio.EventLoop()\nh = loop.call_later(30, print)\n");
    CoilValue loop = global("loop");
    loop_wakeup((CoilLoop *)value_as_object(loop));
    double t0 = now();
    cr_assert_eq(loop_run_once(vm, loop, 10.0), 0);
    cr_assert_lt(now() - t0, 1.0, "a pending wake-up ends the poll at once");
    run("h.cancel()\nloop.close()\n");
}

Test(loop, run_until_done_and_timer_order)
{
    run("import _asyncio\n"
        "loop = _asyncio.EventLoop()\n"
        "fut = loop.create_future()\n"
        "order = []\n"
        "t = loop.time() + 0.01\n"
        "for name in 'abc':\n"
        "    loop.call_at(t, order.append, name)\n"
        "loop.call_later(0.02, fut.set_result, 42)\n");
    CoilValue loop = global("loop"), fut = global("fut");
    cr_assert_eq(loop_run_until_done(vm, loop, fut), 0);
    run("assert fut.result() == 42\n"
        "assert sorted(order) == ['a', 'b', 'c'] and len(order) == 3\n"
        "loop.close()\n");
}

Test(loop, drive_a_coroutine_from_c)
{
    run("class Pause:\n"
        "    def __await__(self):\n"
        "        got = yield 'paused'\n"
        "        return got\n"
        "async def inner():\n"
        "    return await Pause()\n"
        "async def outer():\n"
        "    return 1 + await inner()\n"
        "c = outer()\n");
    CoilValue c = global("c");
    CoilValue out;
    cr_assert_eq(coro_drive(vm, c, VAL_NONE, VAL_EMPTY, &out), DRIVE_YIELD);
    cr_assert(value_is_str(vm, out) && str_eq_cstr(value_as_str(out), "paused"));
    cr_assert_eq(coro_drive(vm, c, value_from_small_int(41), VAL_EMPTY, &out), DRIVE_RETURN);
    cr_assert_eq(out, value_from_small_int(42));
    cr_assert_eq(coro_drive(vm, c, VAL_NONE, VAL_EMPTY, &out), DRIVE_ERROR);
    cr_assert(vm_exception_matches(vm, vm->e_RuntimeError));
    vm_take_exception(vm);
}

typedef struct Counter {
    size_t live;
} Counter;

static void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    Counter *c = ud;
    if (new_size == 0) {
        free(ptr);
        c->live -= old_size;
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p) return NULL;
    c->live = c->live - old_size + new_size;
    return p;
}

Test(loop_leaks, closing_a_loop_with_pending_tasks_frees_everything)
{
    Counter cnt = {0};
    CoilAllocator a = {counting_alloc, &cnt};
    CoilVM *v = vm_new(&a);
    cr_assert_not_null(v);
    CoilValue g = dict_new(v);
    GC_ROOT(v, g);
    const char *src = "import asyncio\n"
                      "loop = asyncio.new_event_loop()\n"
                      "async def forever(ev):\n"
                      "    await ev.wait()\n"
                      "async def start():\n"
                      "    ev = asyncio.Event()\n"
                      "    for i in range(100):\n"
                      "        asyncio.create_task(forever(ev))\n"
                      "    await asyncio.sleep(0)\n"
                      "loop.run_until_complete(start())\n"
                      "loop.close()\n"
                      "del loop\n";
    bool se;
    CoilValue r = vm_exec_source(v, src, strlen(src), "<test>", g, &se);
    cr_assert(!value_is_error(r));
    GC_UNROOT(v, 1);
    vm_free(v);
    cr_assert_eq(cnt.live, 0, "%zu bytes leaked", cnt.live);
}
