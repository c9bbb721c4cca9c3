/* repl.c — what the interactive prompt needs from the VM: a __main__
 * namespace that lives across inputs, and running one interactive statement
 * in 'single' mode (expression values go to sys.displayhook), with a verdict
 * on input that is not finished yet (an open bracket, a block without its
 * body) so the prompt can ask for more instead of reporting an error. */
#include <string.h>

#include "compiler/compile.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/load.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"

bool vm_repl_begin(CoilVM *vm)
{
    if (vm->repl_globals != VAL_EMPTY) return true;
    CoilValue m = module_new(vm, "__main__");
    if (value_is_error(m)) return vm_take_exception(vm), false;
    GC_ROOT(vm, m);
    CoilDict *g = value_as_dict(module_dict(m));
    bool ok = dict_set_str(vm, g, vm->names.__builtins__, vm->builtins) == 0 &&
              dict_set_str(vm, value_as_dict(vm->modules), vm->names.__main__, m) == 0 && import_init(vm, NULL);
    if (ok) vm->repl_globals = module_dict(m);
    else vm_take_exception(vm);
    GC_UNROOT(vm, 1);
    return ok;
}

/* The errors that mean the input awaits at top level: at the prompt it is
 * compiled again as the body of a coroutine (as `python -m asyncio` does). */
static bool needs_top_level_await(const CoilSyntaxError *err)
{
    static const char *const msgs[] = {"'await' outside function", "'async for' outside async function",
                                       "'async with' outside async function",
                                       "asynchronous comprehension outside of an asynchronous function"};
    for (size_t i = 0; i < sizeof msgs / sizeof *msgs; i++)
        if (!strcmp(err->msg, msgs[i])) return true;
    return false;
}

/* Runs a top-level-await input: its code is a coroutine's body, run to the
 * end as a task of the prompt's event loop, which is made on first need and
 * kept between inputs (tasks created by one input go on running while a
 * later input awaits), and replaced if user code closed it. */
static CoilValue run_awaiting_input(CoilVM *vm, CoilValue code)
{
    CoilCode *input = (CoilCode *)value_as_object(code);
    CoilValue fn = function_new(vm, input, vm->repl_globals);
    if (value_is_error(fn)) return fn;
    GC_ROOT(vm, fn);
    CoilValue coro = vm_call0(vm, fn);
    GC_UNROOT(vm, 1);
    if (value_is_error(coro)) return coro;
    GC_ROOT(vm, coro);
    CoilValue r = VAL_ERROR;
    CoilValue asyncio = import_module(vm, str_intern_cstr(vm, "asyncio"), VAL_NONE, 0, VAL_NONE);
    if (value_is_error(asyncio)) goto done;
    GC_ROOT(vm, asyncio);
    if (vm->repl_loop != VAL_EMPTY) {
        CoilValue closed = vm_call_method(vm, vm->repl_loop, str_intern_cstr(vm, "is_closed"), NULL, 0);
        if (value_is_error(closed)) goto done_asyncio;
        if (closed == VAL_TRUE) vm->repl_loop = VAL_EMPTY;
    }
    if (vm->repl_loop == VAL_EMPTY) {
        CoilValue loop = vm_call_method(vm, asyncio, str_intern_cstr(vm, "new_event_loop"), NULL, 0);
        if (value_is_error(loop)) goto done_asyncio;
        vm->repl_loop = loop;
        if (value_is_error(vm_call_method(vm, asyncio, str_intern_cstr(vm, "set_event_loop"), &loop, 1)))
            goto done_asyncio;
    }
    r = vm_call_method(vm, vm->repl_loop, str_intern_cstr(vm, "run_until_complete"), &coro, 1);
    if (value_is_error(r) && vm_isinstance(vm, vm->exc, vm->e_BaseException)) {
        /* the traceback starts at the input, not inside the loop's machinery */
        CoilException *e = (CoilException *)value_as_object(vm->exc);
        CoilValue tb = e->traceback;
        while (tb != VAL_NONE && value_is_object(tb) && ((CoilTraceback *)value_as_object(tb))->code != input)
            tb = ((CoilTraceback *)value_as_object(tb))->next;
        if (tb != VAL_NONE && value_is_object(tb)) e->traceback = tb;
    }
done_asyncio:
    GC_UNROOT(vm, 1);
done:
    GC_UNROOT(vm, 1);
    return r;
}

/* The syntax errors that only mean "the statement goes on". */
static bool is_unfinished(const CoilSyntaxError *err)
{
    static const char *const prefixes[] = {"expected an indented block", "unexpected EOF",
                                           "unterminated triple-quoted string", "expected 'except' or 'finally'"};
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (!strncmp(err->msg, prefixes[i], strlen(prefixes[i]))) return true;
    size_t n = strlen(err->msg);
    return n > 16 && !strcmp(err->msg + n - 16, "was never closed");
}

CoilReplStatus vm_repl_run(CoilVM *vm, const char *src, size_t len, CoilReplMode mode, int *exit_status)
{
    if (!vm_repl_begin(vm)) return REPL_ERROR;
    CoilArena *arena = arena_new();
    if (!arena) {
        vm_raise_nomem(vm);
        goto report;
    }
    CoilSyntaxError err;
    memset(&err, 0, sizeof err);
    bool parsed;
    CoilProto *p = compile_source_mode(arena, src, len, "<stdin>", COMPILE_SINGLE, &err, &parsed);
    if (!p && err.set && needs_top_level_await(&err)) {
        CoilSyntaxError err2;
        memset(&err2, 0, sizeof err2);
        p = compile_source_mode(arena, src, len, "<stdin>", COMPILE_SINGLE_AWAIT, &err2, &parsed);
        if (!p) err = err2;
    }
    if (!p) {
        arena_free(arena);
        if (err.set && mode != REPL_FINAL && is_unfinished(&err)) return REPL_MORE;
        if (err.set) import_raise_syntax_error_kind(vm, &err, "<stdin>", src, len, SOURCE_SINGLE);
        else vm_raise_nomem(vm);
        goto report;
    }
    if (mode == REPL_CHECK) {
        arena_free(arena);
        return REPL_MORE;
    }
    if (compile_issue_warnings(vm, p, "<stdin>", src, len, SOURCE_SINGLE) < 0) {
        arena_free(arena);
        goto report;
    }
    uint32_t p_flags = p->flags;
    CoilValue code = load_proto(vm, p);
    arena_free(arena);
    if (value_is_error(code)) goto report;
    GC_ROOT(vm, code);
    CoilValue r = (p_flags & PROTO_COROUTINE) ? run_awaiting_input(vm, code)
                                              : interp_run_module(vm, (CoilCode *)value_as_object(code), vm->repl_globals);
    GC_UNROOT(vm, 1);
    if (!value_is_error(r)) return REPL_DONE;
report:
    if (vm_exception_matches(vm, vm->e_SystemExit)) {
        *exit_status = vm_report_exception(vm);
        return REPL_EXIT;
    }
    vm_report_exception(vm);
    return REPL_ERROR;
}
