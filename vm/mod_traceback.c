/* mod_traceback.c — `_traceback`, the native half of the traceback module:
 * an exception formatted exactly as the interpreter prints it when it goes
 * uncaught (with or without its cause/context chain), as a str.  The
 * Python layer (stdlib/traceback.py) splits and writes it. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/type.h"

/* format(exc, chain=True, tb=True): the whole report; without tb only the
 * exception's own lines (format_exception_only). */
static CoilValue tb_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "format", kw) < 0 || args_count(vm, "format", nargs, 1, 3) < 0) return VAL_ERROR;
    CoilValue exc = args[0];
    if (!value_is_exception(vm, exc))
        return vm_raise(vm, vm->e_TypeError, "format() argument must be an exception, not %s", value_type_name(vm, exc));
    bool chain = nargs < 2 || args[1] == VAL_TRUE;
    bool with_tb = nargs < 3 || args[2] == VAL_TRUE;
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) return vm_raise_nomem(vm);
    CoilException *x = value_as_exc(exc);
    CoilValue saved_tb = x->traceback;
    if (!with_tb) {
        GC_ROOT(vm, saved_tb); /* detached from the exception meanwhile */
        x->traceback = VAL_NONE;
        exc_print_one(vm, exc, mem, "");
        x->traceback = saved_tb;
        GC_UNROOT(vm, 1);
    } else if (chain) {
        exc_print(vm, exc, mem);
    } else {
        exc_print_one(vm, exc, mem, "Traceback (most recent call last):\n");
    }
    fclose(mem);
    CoilValue s = str_new(vm, text ? text : "", len);
    free(text);
    return s;
}

static const CoilMethodDef traceback_functions[] = {{"format", tb_format, 0}, {NULL, NULL, 0}};

CoilValue mod_traceback_create(CoilVM *vm) { return module_new_native(vm, "_traceback", traceback_functions); }
