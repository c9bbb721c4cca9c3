/* mod_gc.c — the gc module: collect(), enable()/disable()/isenabled(), the
 * thresholds, and the garbage/callbacks lists.  Coil has one collector, a
 * tracing mark-sweep that is also its only way to reclaim memory (CPython
 * frees most objects by reference counting and collects only cycles), so
 * disable() records the setting isenabled() reports but does not stop Coil
 * from collecting: turning it off would let every program grow without bound. */
#include "vm/aio.h"
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/weakref.h"

/* CPython's default thresholds; a set_threshold() call replaces them. */
static const int64_t default_threshold[3] = {700, 10, 10};

static CoilValue gc_m_collect(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* CPython frees an object at its last reference; a Coil frame may still
 * hold one in a register an earlier call left behind (arguments are not
 * cleared when a call returns), which would keep weakly referenced objects
 * alive across an explicit gc.collect().  When collect() is being called
 * from script code, the registers of the calling frame above the call's own
 * window are cleared first: the compiler allocates temporaries in stack
 * order, so while a call runs nothing above its arguments is live (they are
 * written before they are read again).  Only the frame whose current
 * instruction is a call of this very function qualifies. */
static void clear_dead_registers(CoilVM *vm)
{
    CoilFrame *f = vm->frame;
    if (!f || !f->code || !f->pc) return;
    CoilInstr i = f->pc[-1];
    size_t a = INSTR_A(i), b = INSTR_B(i), top;
    switch (INSTR_OP(i)) {
    case OP_CALL: top = a + 1 + b; break;
    case OP_CALLMETHOD: top = a + 2 + b; break;
    case OP_CALLKW: top = a + 2 + b; break;
    default: return;
    }
    CoilValue *r = frame_regs(f);
    if (top > f->code->nregs || !value_is_type(r[a], vm->t_builtin_function_or_method) ||
        ((CoilBuiltin *)value_as_object(r[a]))->def->fn != gc_m_collect)
        return;
    for (size_t k = top; k < f->code->nregs; k++) r[k] = VAL_NONE;
}

/* collect(generation=2): a full collection; returns how many objects it freed. */
static CoilValue gc_m_collect(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"generation"};
    CoilValue gen = VAL_EMPTY;
    if (nargs > 1)
        return vm_raise(vm, vm->e_TypeError, "collect() takes at most 1 argument (%zu given)", nargs);
    if (args_parse(vm, "collect", args, nargs, kw, names, 1, 1, 0, &gen) < 0) return VAL_ERROR;
    if (gen != VAL_EMPTY) {
        int64_t g;
        if (!value_is_int(vm, gen))
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, gen));
        if (!int_to_i64(vm, gen, &g) || g < 0 || g > 2) {
            vm_take_exception(vm);
            return vm_raise(vm, vm->e_ValueError, "invalid generation");
        }
    }
    clear_dead_registers(vm);
    size_t before = gc_object_count(vm);
    gc_collect(vm);
    size_t after = gc_object_count(vm);
    /* CPython has called the weakref callbacks when collect() returns. */
    weakref_run_pending(vm);
    /* ... and the finalizers of tasks and futures found dead, which report
     * an exception nobody retrieved ("Task exception was never retrieved"). */
    aio_report_unretrieved(vm, false);
    return int_from_i64(vm, before > after ? (int64_t)(before - after) : 0);
}

static CoilValue gc_m_enable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "enable", kw) < 0 || args_count(vm, "gc.enable", nargs, 0, 0) < 0) return VAL_ERROR;
    vm->gcmod_disabled = false;
    return VAL_NONE;
}

static CoilValue gc_m_disable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "disable", kw) < 0 || args_count(vm, "gc.disable", nargs, 0, 0) < 0) return VAL_ERROR;
    vm->gcmod_disabled = true;
    return VAL_NONE;
}

static CoilValue gc_m_isenabled(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "isenabled", kw) < 0 || args_count(vm, "gc.isenabled", nargs, 0, 0) < 0)
        return VAL_ERROR;
    return vm->gcmod_disabled ? VAL_FALSE : VAL_TRUE;
}

static CoilValue gc_m_get_threshold(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    if (args_no_kw(vm, "get_threshold", kw) < 0 || args_count(vm, "gc.get_threshold", nargs, 0, 0) < 0)
        return VAL_ERROR;
    const int64_t *t = vm->gcmod_threshold_set ? vm->gcmod_threshold : default_threshold;
    CoilValue tup = tuple_new(vm, 3);
    if (value_is_error(tup)) return tup;
    GC_ROOT(vm, tup);
    for (int i = 0; i < 3; i++) {
        CoilValue v = int_from_i64(vm, t[i]);
        if (value_is_error(v)) {
            GC_UNROOT(vm, 1);
            return v;
        }
        value_as_tuple(tup)->items[i] = v;
    }
    GC_UNROOT(vm, 1);
    return tup;
}

static CoilValue gc_m_set_threshold(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "set_threshold", kw) < 0) return VAL_ERROR;
    if (nargs < 1 || nargs > 3)
        return vm_raise(vm, vm->e_TypeError, "set_threshold() takes at %s %d argument%s (%zu given)",
                        nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    int64_t t[3];
    const int64_t *cur = vm->gcmod_threshold_set ? vm->gcmod_threshold : default_threshold;
    for (size_t i = 0; i < 3; i++) {
        t[i] = cur[i];
        if (i >= nargs) continue;
        if (!value_is_int(vm, args[i]))
            return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                            value_type_name(vm, args[i]));
        if (!int_to_i64(vm, args[i], &t[i]) || t[i] < -2147483648LL || t[i] > 2147483647LL) {
            vm_take_exception(vm);
            return vm_raise(vm, vm->e_OverflowError, "signed integer is greater than maximum");
        }
    }
    for (int i = 0; i < 3; i++) vm->gcmod_threshold[i] = t[i];
    vm->gcmod_threshold_set = true;
    return VAL_NONE;
}

static const CoilMethodDef gc_functions[] = {
    {"collect", gc_m_collect, METH_KEYWORDS},
    {"enable", gc_m_enable, 0},
    {"disable", gc_m_disable, 0},
    {"isenabled", gc_m_isenabled, 0},
    {"get_threshold", gc_m_get_threshold, 0},
    {"set_threshold", gc_m_set_threshold, 0},
    {NULL, NULL, 0}};

CoilValue mod_gc_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "gc", gc_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    static const char *const lists[] = {"garbage", "callbacks"};
    for (int i = 0; i < 2; i++) {
        CoilValue l = list_new(vm, 0);
        if (value_is_error(l) || module_set(vm, m, lists[i], l) < 0) {
            GC_UNROOT(vm, 1);
            return VAL_ERROR;
        }
    }
    GC_UNROOT(vm, 1);
    return m;
}
