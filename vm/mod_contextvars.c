/* mod_contextvars.c — _contextstate: where the current contextvars context
 * lives (vm->context, a root of the VM) so that asyncio tasks and loop
 * callbacks can switch it in C around each step.  The types themselves are
 * in stdlib/contextvars.py. */
#include "vm/args.h"
#include "vm/module.h"
#include "vm/modules.h"

static CoilValue cs_get(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args, (void)kw;
    if (args_count(vm, "get", nargs, 0, 0) < 0) return VAL_ERROR;
    return vm->context;
}

static CoilValue cs_set(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "set", nargs, 1, 1) < 0) return VAL_ERROR;
    vm->context = args[0];
    return VAL_NONE;
}

static const CoilMethodDef contextstate_functions[] = {
    {"get", cs_get, 0},
    {"set", cs_set, 0},
    {NULL, NULL, 0}};

CoilValue mod_contextstate_create(CoilVM *vm)
{
    return module_new_native(vm, "_contextstate", contextstate_functions);
}
