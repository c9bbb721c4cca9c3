/* mod_atexit.c — the atexit module: callbacks registered by the script run,
 * last first, when __main__ finishes (vm_run_atexit, called by run_main and
 * the REPL's exit), before module teardown, as CPython's finalisation does.
 * The list lives in the VM (vm->atexit_funcs), not the module, so it
 * survives the module being dropped from sys.modules. */
#include <stdio.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

/* Each entry is a tuple (func, args + keyword values, kwnames or None), or
 * None once unregistered: CPython 3.11 leaves the slot in place, so
 * _ncallbacks() still counts it until the list is cleared. */
static CoilList *funcs(CoilVM *vm)
{
    if (vm->atexit_funcs == VAL_EMPTY) {
        CoilValue l = list_new(vm, 0);
        if (value_is_error(l)) return NULL;
        vm->atexit_funcs = l;
    }
    return value_as_list(vm->atexit_funcs);
}

static CoilValue atexit_register(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "register() takes at least 1 argument (0 given)");
    if (vm_typeof(vm, args[0])->call == NULL)
        return vm_raise(vm, vm->e_TypeError, "the first argument must be callable");
    size_t nkw = args_nkw(kw);
    GC_SAVE(vm);
    CoilValue rest = tuple_from_array(vm, args + 1, nargs - 1 + nkw);
    if (value_is_error(rest)) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, rest);
    CoilValue entry = tuple_new(vm, 3);
    if (value_is_error(entry)) return GC_RESTORE(vm), VAL_ERROR;
    CoilTuple *t = value_as_tuple(entry);
    t->items[0] = args[0];
    t->items[1] = rest;
    t->items[2] = nkw ? kw : VAL_NONE;
    GC_ROOT(vm, entry);
    CoilList *l = funcs(vm);
    if (!l || !list_append(vm, l, entry)) return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return args[0];
}

/* Drops every registration of func (compared with ==, as CPython does). */
static CoilValue atexit_unregister(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "atexit.unregister", kw) < 0 || args_count(vm, "atexit.unregister", nargs, 1, 1) < 0)
        return VAL_ERROR;
    if (vm->atexit_funcs == VAL_EMPTY) return VAL_NONE;
    CoilList *l = value_as_list(vm->atexit_funcs);
    for (size_t i = 0; i < l->len; i++) {
        CoilValue e = l->items[i];
        if (e == VAL_NONE) continue;
        CoilValue f = value_as_tuple(e)->items[0];
        int eq = f == args[0] ? 1 : vm_equal(vm, f, args[0]);
        if (eq < 0) return VAL_ERROR;
        /* The comparison may have run code that cleared the list. */
        if (eq && i < l->len && l->items[i] == e) l->items[i] = VAL_NONE;
    }
    return VAL_NONE;
}

/* CPython's unraisable hook: "Exception ignored in atexit callback: <repr>"
 * and the exception with its traceback, if it has one, without its chain. */
static void report_failure(CoilVM *vm, CoilValue func)
{
    CoilValue exc = vm_take_exception(vm);
    GC_ROOT(vm, exc);
    CoilValue r = vm_repr(vm, func);
    fflush(stdout);
    if (value_is_error(r)) {
        vm_take_exception(vm);
        fprintf(stderr, "Exception ignored in atexit callback: <object repr() failed>\n");
    } else {
        fprintf(stderr, "Exception ignored in atexit callback: %s\n", value_as_str(r)->data);
    }
    if (value_is_exception(vm, exc)) exc_print_one(vm, exc, stderr, "Traceback (most recent call last):\n");
    fflush(stderr);
    GC_UNROOT(vm, 1);
}

void vm_run_atexit(CoilVM *vm)
{
    if (vm->atexit_funcs == VAL_EMPTY) return;
    CoilValue saved = vm->exc;
    vm->exc = VAL_EMPTY;
    GC_SAVE(vm);
    GC_ROOT(vm, saved);
    CoilList *l = value_as_list(vm->atexit_funcs);
    GC_ROOT_OBJ(vm, (CoilObject *)l);
    /* Callbacks registered while these run are not run (CPython counts the
     * callbacks once, before the first call). */
    for (size_t i = l->len; i-- > 0;) {
        if (i >= l->len) continue; /* a callback cleared the list */
        CoilValue e = l->items[i];
        if (e == VAL_NONE) continue;
        GC_ROOT(vm, e);
        CoilTuple *t = value_as_tuple(e);
        CoilTuple *rest = value_as_tuple(t->items[1]);
        CoilValue kwn = t->items[2] == VAL_NONE ? VAL_EMPTY : t->items[2];
        size_t npos = rest->len - args_nkw(kwn);
        CoilValue r = vm_call(vm, t->items[0], rest->items, npos, kwn);
        if (value_is_error(r)) report_failure(vm, t->items[0]);
        GC_UNROOT(vm, 1);
    }
    l->len = 0;
    GC_RESTORE(vm);
    vm->exc = saved;
}

static CoilValue atexit_run_exitfuncs(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "atexit._run_exitfuncs", kw) < 0 || args_count(vm, "atexit._run_exitfuncs", nargs, 0, 0) < 0)
        return VAL_ERROR;
    vm_run_atexit(vm);
    return VAL_NONE;
}

static CoilValue atexit_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "atexit._clear", kw) < 0 || args_count(vm, "atexit._clear", nargs, 0, 0) < 0)
        return VAL_ERROR;
    if (vm->atexit_funcs != VAL_EMPTY) value_as_list(vm->atexit_funcs)->len = 0;
    return VAL_NONE;
}

static CoilValue atexit_ncallbacks(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "atexit._ncallbacks", kw) < 0 || args_count(vm, "atexit._ncallbacks", nargs, 0, 0) < 0)
        return VAL_ERROR;
    size_t n = vm->atexit_funcs == VAL_EMPTY ? 0 : value_as_list(vm->atexit_funcs)->len;
    return int_from_i64(vm, (int64_t)n);
}

static const CoilMethodDef atexit_functions[] = {
    {"_clear", atexit_clear, METH_KEYWORDS},
    {"_ncallbacks", atexit_ncallbacks, METH_KEYWORDS},
    {"_run_exitfuncs", atexit_run_exitfuncs, METH_KEYWORDS},
    {"register", atexit_register, METH_KEYWORDS},
    {"unregister", atexit_unregister, METH_KEYWORDS},
    {NULL, NULL, 0},
};

CoilValue mod_atexit_create(CoilVM *vm)
{
    return module_new_native(vm, "atexit", atexit_functions);
}
