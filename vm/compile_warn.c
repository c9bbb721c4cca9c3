/* compile_warn.c — issues the SyntaxWarnings the compiler collected
 * (compiler/warn.c) through warnings.warn_explicit, as CPython's compiler
 * does while it compiles; a warning the filters make an error becomes a
 * SyntaxError at the warning's place. */
#include <stdio.h>
#include <string.h>

#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/str.h"

int compile_issue_warnings(CoilVM *vm, const CoilProto *p, const char *filename, const char *src, size_t len,
                           CoilSourceKind kind)
{
    if (!p->warnings) return 0;
    GC_SAVE(vm);
    CoilValue mod = import_module(vm, str_intern_cstr(vm, "warnings"), VAL_NONE, 0, VAL_NONE);
    if (value_is_error(mod)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, mod);
    CoilString *fname = str_intern_cstr(vm, filename);
    if (!fname) return GC_RESTORE(vm), -1;
    GC_ROOT_OBJ(vm, fname);
    for (const CoilCompileWarning *w = p->warnings; w; w = w->next) {
        CoilValue msg = str_from_cstr(vm, w->message);
        if (value_is_error(msg)) return GC_RESTORE(vm), -1;
        GC_ROOT(vm, msg);
        CoilValue args[4] = {msg, value_from_object(vm->e_SyntaxWarning), value_from_object(fname),
                             value_from_small_int(w->lineno)};
        CoilValue r = vm_call_method(vm, mod, str_intern_cstr(vm, "warn_explicit"), args, 4);
        GC_UNROOT(vm, 1);
        if (!value_is_error(r)) continue;
        CoilValue exc = vm_take_exception(vm);
        if (!vm_isinstance(vm, exc, vm->e_SyntaxWarning)) {
            vm_raise_value(vm, exc);
            return GC_RESTORE(vm), -1;
        }
        /* filters making it an error: the SyntaxError CPython's compiler raises instead */
        CoilSyntaxError err;
        memset(&err, 0, sizeof err);
        err.set = true;
        err.type = "SyntaxError";
        snprintf(err.msg, sizeof err.msg, "%s", w->message);
        err.line = w->lineno;
        err.col = w->col_offset;
        err.end_line = w->end_lineno;
        err.end_col = w->end_col_offset;
        err.compiler = true;
        import_raise_syntax_error_kind(vm, &err, filename, src, len, kind);
        return GC_RESTORE(vm), -1;
    }
    GC_RESTORE(vm);
    return 0;
}
