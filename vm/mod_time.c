/* mod_time.c — the time module's clocks (time, monotonic, perf_counter,
 * process_time, each also as *_ns) and sleep.  Calendar functions
 * (localtime, strftime, struct_time) are not provided yet. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, nanosleep */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/type.h"

static CoilValue clock_ns(CoilVM *vm, clockid_t id, int64_t *ns)
{
    struct timespec ts;
    if (clock_gettime(id, &ts) != 0) return vm_raise(vm, vm->e_OSError, "clock_gettime failed");
    *ns = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
    return VAL_NONE;
}

/* Seconds as a float, computed as CPython's _PyTime_AsSecondsDouble does
 * (whole seconds and the remainder separately, so no precision is lost). */
static CoilValue clock_seconds(CoilVM *vm, const char *name, size_t nargs, clockid_t id)
{
    int64_t ns = 0;
    if (args_count(vm, name, nargs, 0, 0) < 0 || value_is_error(clock_ns(vm, id, &ns))) return VAL_ERROR;
    double d;
    if (ns % 1000000000 == 0) d = (double)(ns / 1000000000);
    else d = (double)ns / 1e9;
    return value_from_double(d);
}

static CoilValue clock_nanos(CoilVM *vm, const char *name, size_t nargs, clockid_t id)
{
    int64_t ns = 0;
    if (args_count(vm, name, nargs, 0, 0) < 0 || value_is_error(clock_ns(vm, id, &ns))) return VAL_ERROR;
    return int_from_i64(vm, ns);
}

#define CLOCK_FUNCS(pyname, id)                                                                     \
    static CoilValue t_##pyname(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)      \
    {                                                                                               \
        (void)args;                                                                                 \
        (void)kw;                                                                                   \
        return clock_seconds(vm, #pyname, nargs, id);                                               \
    }                                                                                               \
    static CoilValue t_##pyname##_ns(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw) \
    {                                                                                               \
        (void)args;                                                                                 \
        (void)kw;                                                                                   \
        return clock_nanos(vm, #pyname "_ns", nargs, id);                                           \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static CoilValue t_sleep(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "sleep", nargs, 1, 1) < 0) return VAL_ERROR;
    double secs;
    if (value_is_double(args[0])) {
        secs = value_as_double(args[0]);
        if (isnan(secs)) return vm_raise(vm, vm->e_ValueError, "Invalid value NaN (not a number)");
    } else if (value_is_int(vm, args[0])) {
        if (!int_to_double(vm, args[0], &secs)) {
            vm_take_exception(vm);
            return vm_raise(vm, vm->e_OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
    } else {
        return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                        value_type_name(vm, args[0]));
    }
    if (secs < 0) return vm_raise(vm, vm->e_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return vm_raise(vm, vm->e_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec req;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec >= 1000000000) req.tv_nsec = 999999999;
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR) return vm_raise(vm, vm->e_OSError, "nanosleep failed");
        req = rem;
    }
    return VAL_NONE;
}

static const CoilMethodDef time_functions[] = {
    {"time", t_time, 0},
    {"time_ns", t_time_ns, 0},
    {"monotonic", t_monotonic, 0},
    {"monotonic_ns", t_monotonic_ns, 0},
    {"perf_counter", t_perf_counter, 0},
    {"perf_counter_ns", t_perf_counter_ns, 0},
    {"process_time", t_process_time, 0},
    {"process_time_ns", t_process_time_ns, 0},
    {"thread_time", t_thread_time, 0},
    {"thread_time_ns", t_thread_time_ns, 0},
    {"sleep", t_sleep, 0},
    {NULL, NULL, 0}};

CoilValue mod_time_create(CoilVM *vm) { return module_new_native(vm, "time", time_functions); }
