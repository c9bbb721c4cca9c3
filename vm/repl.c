/* repl.c — what the interactive prompt needs from the VM: a __main__
 * namespace that lives across inputs, and running one interactive statement
 * in 'single' mode (expression values go to sys.displayhook), with a verdict
 * on input that is not finished yet (an open bracket, a block without its
 * body) so the prompt can ask for more instead of reporting an error. */
#include <string.h>

#include "compiler/compile.h"
#include "vm/dict.h"
#include "vm/exc.h"
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
    CoilValue code = load_proto(vm, p);
    arena_free(arena);
    if (value_is_error(code)) goto report;
    GC_ROOT(vm, code);
    CoilValue r = interp_run_module(vm, (CoilCode *)value_as_object(code), vm->repl_globals);
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
