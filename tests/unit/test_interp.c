/* test_interp.c — the interpreter seen from C: running source in a fresh
 * namespace, host interrupts at the check point, RecursionError instead of
 * a crash (script and native recursion), and stackless deep recursion. */
#include <criterion/criterion.h>

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

TestSuite(interp, .init = setup, .fini = teardown);

/* Runs src; returns the pending exception (taken) or VAL_NONE. */
static CoilValue run(const char *src)
{
    bool syntax_error;
    CoilValue r = vm_exec_source(vm, src, strlen(src), "<test>", globals, &syntax_error);
    cr_assert(!syntax_error, "syntax error in test source");
    return value_is_error(r) ? vm_take_exception(vm) : VAL_NONE;
}

static CoilValue global(const char *name) { return dict_get_cstr(vm, value_as_dict(globals), name); }

Test(interp, runs_code_and_binds_globals)
{
    cr_assert_eq(run("def f(a, b=2, *r, k=3, **kw):\n    return a + b + k + len(r) + len(kw)\n"
                     "x = f(1) + f(1, 2, 3, k=0, z=1)\n"),
                 VAL_NONE);
    cr_assert_eq(global("x"), value_from_small_int(6 + 5));
}

Test(interp, host_interrupt_stops_an_endless_loop)
{
    vm_request_interrupt(vm);
    CoilValue e = run("while True:\n    pass\n");
    cr_assert(value_is_exception(vm, e));
    cr_assert_eq(vm_typeof(vm, e), vm->e_KeyboardInterrupt);
}

/* The step limit ends a loop that catches everything, and its finally
 * clauses do not run; after vm_set_step_limit(vm, 0) code runs normally. */
Test(interp, step_limit_stops_a_loop_no_handler_can_catch)
{
    vm_set_step_limit(vm, 50000);
    CoilValue e = run("ran_finally = False\n"
                      "def f():\n"
                      "    global ran_finally\n"
                      "    try:\n"
                      "        while True:\n"
                      "            try:\n"
                      "                f2 = lambda: 0\n"
                      "                f2()\n"
                      "            except BaseException:\n"
                      "                pass\n"
                      "    finally:\n"
                      "        ran_finally = True\n"
                      "f()\n");
    cr_assert(value_is_exception(vm, e));
    cr_assert_eq(vm_typeof(vm, e), vm->e_RuntimeError);
    cr_assert_eq(global("ran_finally"), VAL_FALSE);
    vm_set_step_limit(vm, 0);
    cr_assert_eq(run("try:\n    raise ValueError\nexcept ValueError:\n    ok = 1\n"), VAL_NONE);
    cr_assert_eq(global("ok"), value_from_small_int(1));
}

Test(interp, recursion_error_not_a_crash)
{
    CoilValue e = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    cr_assert_eq(vm_typeof(vm, e), vm->e_RecursionError);
    CoilValue s = vm_str(vm, e);
    cr_assert_str_eq(value_as_str(s)->data, "maximum recursion depth exceeded");
    /* Through native code (repr calling __repr__), too. */
    e = run("class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n");
    cr_assert_eq(vm_typeof(vm, e), vm->e_RecursionError);
    cr_assert_eq(vm->depth, 0, "depth not restored after unwinding");
}

Test(interp, script_recursion_is_stackless)
{
    cr_assert_eq(run("import sys\nsys.setrecursionlimit(60000)\n"
                     "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nx = d(50000)\n"),
                 VAL_NONE);
    cr_assert_eq(global("x"), value_from_small_int(50000));
}

Test(interp, generators_and_exceptions)
{
    cr_assert_eq(run("def g():\n    x = yield 1\n    yield x * 2\n"
                     "it = g()\nfirst = next(it)\nsecond = it.send(21)\n"
                     "try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        {}['k']\n"
                     "except KeyError as e:\n    ctx = type(e.__context__).__name__\n"),
                 VAL_NONE);
    cr_assert_eq(global("first"), value_from_small_int(1));
    cr_assert_eq(global("second"), value_from_small_int(42));
    cr_assert(str_eq_cstr(value_as_str(global("ctx")), "ZeroDivisionError"));
}
