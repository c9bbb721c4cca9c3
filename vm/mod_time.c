/* mod_time.c — the time module: clocks (time, monotonic, perf_counter,
 * process_time, each also as *_ns), sleep, and the calendar functions over
 * the C library's (gmtime, localtime, mktime, asctime, ctime, strftime,
 * struct_time, timezone/altzone/daylight/tzname).  strptime is not
 * provided. */
#define _DEFAULT_SOURCE /* timegm, tm_gmtoff, tzset */
#define _POSIX_C_SOURCE 200809L /* clock_gettime, nanosleep */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "vm/buf.h"
#include "vm/str.h"
#include "vm/structseq.h"
#include "vm/tuple.h"

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
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

/* --- calendar ------------------------------------------------------------------------------ */

/* Seconds since the epoch from None/absent (now), an int or a float (rounded
 * toward minus infinity, as CPython's gmtime/localtime do). */
static bool arg_seconds(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, time_t *out)
{
    if (args_count(vm, name, nargs, 0, 1) < 0) return false;
    if (nargs == 0 || args[0] == VAL_NONE) {
        *out = time(NULL);
        return true;
    }
    if (value_is_double(args[0])) {
        double d = value_as_double(args[0]);
        if (isnan(d)) return vm_raise(vm, vm->e_ValueError, "Invalid value NaN (not a number)"), false;
        d = floor(d);
        if (d < -9.2e18 || d > 9.2e18)
            return vm_raise(vm, vm->e_OverflowError, "timestamp out of range for platform time_t"), false;
        *out = (time_t)d;
        return true;
    }
    int64_t v;
    if (!value_is_int(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                        value_type_name(vm, args[0])), false;
    if (vm_index(vm, args[0], &v) < 0) return false;
    *out = (time_t)v;
    return true;
}

static CoilType *struct_time_type(CoilVM *vm);

static CoilValue struct_time_from_tm(CoilVM *vm, const struct tm *tm)
{
    CoilType *t = struct_time_type(vm);
    if (!t) return VAL_ERROR;
    CoilValue items[9] = {
        value_from_small_int(tm->tm_year + 1900), value_from_small_int(tm->tm_mon + 1),
        value_from_small_int(tm->tm_mday),        value_from_small_int(tm->tm_hour),
        value_from_small_int(tm->tm_min),         value_from_small_int(tm->tm_sec),
        value_from_small_int((tm->tm_wday + 6) % 7), value_from_small_int(tm->tm_yday + 1),
        value_from_small_int(tm->tm_isdst)};
    return structseq_new(vm, t, items, 9);
}

/* A struct_time or 9-tuple back to a struct tm; `fname` names the caller in
 * the errors, as CPython's do. */
static bool tm_from_value(CoilVM *vm, CoilValue v, const char *fname, struct tm *tm)
{
    if (!value_is_tuple(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    CoilTuple *t = value_as_tuple(v);
    if (t->len != 9) {
        vm_raise(vm, vm->e_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t f[9];
    for (int i = 0; i < 9; i++) {
        if (!value_is_int(vm, t->items[i])) {
            vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(vm, t->items[i]));
            return false;
        }
        if (vm_index(vm, t->items[i], &f[i]) < 0) return false;
        if (f[i] < -2147483647 || f[i] > 2147483647) {
            vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C int");
            return false;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    return true;
}

/* The range checks asctime/strftime make (CPython's checktm); a zero month,
 * day or year-day is taken as the first, as CPython's strftime does. */
static bool check_tm(CoilVM *vm, struct tm *tm, bool fix_zero)
{
    if (fix_zero) {
        if (tm->tm_mon == -1) tm->tm_mon = 0;
        if (tm->tm_mday == 0) tm->tm_mday = 1;
        if (tm->tm_yday == -1) tm->tm_yday = 0;
    }
    const char *msg = tm->tm_mon < 0 || tm->tm_mon > 11                ? "month out of range"
                      : tm->tm_mday < 1 || tm->tm_mday > 31            ? "day of month out of range"
                      : tm->tm_hour < 0 || tm->tm_hour > 23            ? "hour out of range"
                      : tm->tm_min < 0 || tm->tm_min > 59              ? "minute out of range"
                      : tm->tm_sec < 0 || tm->tm_sec > 61              ? "seconds out of range"
                      : tm->tm_wday < 0                                ? "day of week out of range"
                      : tm->tm_yday < 0 || tm->tm_yday > 365           ? "day of year out of range"
                                                                       : NULL;
    if (msg) vm_raise(vm, vm->e_ValueError, "%s", msg);
    return msg == NULL;
}

static CoilValue t_gmtime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    time_t s;
    struct tm tm;
    if (!arg_seconds(vm, args, nargs, "gmtime", &s)) return VAL_ERROR;
    if (!gmtime_r(&s, &tm)) return vm_raise(vm, vm->e_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(vm, &tm);
}

static CoilValue t_localtime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    time_t s;
    struct tm tm;
    if (!arg_seconds(vm, args, nargs, "localtime", &s)) return VAL_ERROR;
    if (!localtime_r(&s, &tm)) return vm_raise(vm, vm->e_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(vm, &tm);
}

static CoilValue t_mktime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    struct tm tm;
    if (args_count(vm, "mktime", nargs, 1, 1) < 0 || !tm_from_value(vm, args[0], "mktime", &tm)) return VAL_ERROR;
    tm.tm_wday = -1; /* mktime sets it: still -1 means failure */
    time_t r = mktime(&tm);
    if (r == (time_t)-1 && tm.tm_wday == -1) return vm_raise(vm, vm->e_OverflowError, "mktime argument out of range");
    return value_from_double((double)r);
}

/* "Sun Jun 20 23:21:05 1993", CPython's asctime layout (day padded with a space). */
static CoilValue format_asctime(CoilVM *vm, const struct tm *tm)
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return str_format(vm, "%s %s%3d %.2d:%.2d:%.2d %d", days[tm->tm_wday], months[tm->tm_mon], tm->tm_mday,
                      tm->tm_hour, tm->tm_min, tm->tm_sec, 1900 + tm->tm_year);
}

static CoilValue t_asctime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    struct tm tm;
    if (args_count(vm, "asctime", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 0) {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    } else if (!tm_from_value(vm, args[0], "asctime", &tm) || !check_tm(vm, &tm, false)) {
        return VAL_ERROR;
    }
    return format_asctime(vm, &tm);
}

static CoilValue t_ctime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    time_t s;
    struct tm tm;
    if (!arg_seconds(vm, args, nargs, "ctime", &s)) return VAL_ERROR;
    if (!localtime_r(&s, &tm)) return vm_raise(vm, vm->e_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(vm, &tm);
}

static CoilValue t_strftime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    struct tm tm;
    if (args_count(vm, "strftime", nargs, 1, 2) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "strftime() argument 1 must be str, not %s", value_arg_type_name(vm, args[0]));
    if (nargs == 1) {
        time_t now = time(NULL);
        localtime_r(&now, &tm);
    } else if (!tm_from_value(vm, args[1], "strftime", &tm) || !check_tm(vm, &tm, true)) {
        return VAL_ERROR;
    }
    const CoilString *fmt = value_as_str(args[0]);
    if (memchr(fmt->data, '\0', fmt->len)) return vm_raise(vm, vm->e_ValueError, "embedded null character");
    if (fmt->len == 0) return str_from_cstr(vm, "");
    /* strftime gives 0 both for "too small" and for an empty result: grow
     * up to a bound generous for any format. */
    for (size_t cap = 256; cap <= 256 * fmt->len + 4096; cap *= 2) {
        char *buf = vm_mem_alloc(vm, cap);
        if (!buf) return vm_raise_nomem(vm);
        size_t n = strftime(buf, cap, fmt->data, &tm);
        if (n > 0) {
            CoilValue r = str_new(vm, buf, n);
            vm_mem_free(vm, buf, cap);
            return r;
        }
        vm_mem_free(vm, buf, cap);
    }
    return str_from_cstr(vm, "");
}

/* struct_time(sequence): 9 items (CPython also takes 10 or 11, with the
 * zone fields Coil's struct_time does not carry). */
static CoilValue struct_time_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)callee;
    if (args_count(vm, "struct_time", nargs, 1, 2) < 0 || args_no_kw(vm, "struct_time", kw) < 0) return VAL_ERROR;
    CoilValue t = value_is_tuple(vm, args[0]) ? args[0] : tuple_from_iterable(vm, args[0]);
    if (value_is_error(t)) return t;
    size_t n = value_as_tuple(t)->len;
    if (n < 9 || n > 11)
        return vm_raise(vm, vm->e_TypeError, "time.struct_time() takes %s 9-sequence (%zu-sequence given)",
                        n < 9 ? "an at least" : "an at most", n);
    CoilType *type = struct_time_type(vm);
    if (!type) return VAL_ERROR;
    GC_ROOT(vm, t);
    CoilValue r = structseq_new(vm, type, value_as_tuple(t)->items, 9);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilType *struct_time_type(CoilVM *vm)
{
    if (vm->t_struct_time) return vm->t_struct_time;
    static const char *const fields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                         "tm_sec", "tm_wday", "tm_yday", "tm_isdst", NULL};
    CoilType *t = structseq_new_type(vm, "struct_time", "time", fields);
    if (t) t->new_ = struct_time_new;
    vm->t_struct_time = t;
    return t;
}

/* strptime(string, format=...): the parser is Coil code (stdlib/_strptime.py,
 * shared with datetime.strptime), imported on first use. */
static CoilValue t_strptime(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    /* Arguments go through unchecked: _strptime_time reports them. */
    CoilString *name = str_intern_cstr(vm, "_strptime");
    if (!name) return VAL_ERROR;
    CoilValue namev = value_from_object(name);
    GC_ROOT(vm, namev);
    CoilValue mod = import_module(vm, name, VAL_NONE, 0, VAL_NONE);
    GC_UNROOT(vm, 1);
    if (value_is_error(mod)) return mod;
    CoilValue fn = vm_getattr_cstr(vm, mod, "_strptime_time");
    if (value_is_error(fn)) return fn;
    return vm_call(vm, fn, args, nargs, kw);
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
    {"gmtime", t_gmtime, 0},
    {"localtime", t_localtime, 0},
    {"mktime", t_mktime, 0},
    {"asctime", t_asctime, 0},
    {"ctime", t_ctime, 0},
    {"strftime", t_strftime, 0},
    {"strptime", t_strptime, 0},
    {NULL, NULL, 0}};

/* timezone, altzone, daylight and tzname from the C library's view of TZ. */
static bool add_zone_info(CoilVM *vm, CoilValue m)
{
    tzset();
    time_t now = time(NULL);
    struct tm jan, jul;
    /* the offsets of January and July this year: the smaller is standard time */
    struct tm probe;
    localtime_r(&now, &probe);
    int year = probe.tm_year;
    memset(&jan, 0, sizeof jan);
    memset(&jul, 0, sizeof jul);
    jan.tm_year = jul.tm_year = year;
    jan.tm_mday = jul.tm_mday = 1;
    jul.tm_mon = 6;
    jan.tm_isdst = jul.tm_isdst = -1;
    time_t tjan = mktime(&jan), tjul = mktime(&jul);
    localtime_r(&tjan, &jan);
    localtime_r(&tjul, &jul);
    long off_jan = -jan.tm_gmtoff, off_jul = -jul.tm_gmtoff;
    bool south = off_jan < off_jul; /* January is summer */
    const struct tm *std = south ? &jul : &jan, *dst = south ? &jan : &jul;
    CoilValue zone_std = str_from_cstr(vm, std->tm_zone ? std->tm_zone : "UTC");
    if (value_is_error(zone_std)) return false;
    GC_ROOT(vm, zone_std);
    CoilValue zone_dst = str_from_cstr(vm, dst->tm_zone ? dst->tm_zone : "UTC");
    if (value_is_error(zone_dst)) return GC_UNROOT(vm, 1), false;
    GC_ROOT(vm, zone_dst);
    CoilValue names = tuple_pack2(vm, zone_std, zone_dst);
    if (value_is_error(names)) return GC_UNROOT(vm, 2), false;
    GC_ROOT(vm, names);
    bool ok = module_set(vm, m, "tzname", names) == 0 &&
              module_set(vm, m, "timezone", value_from_small_int(-std->tm_gmtoff)) == 0 &&
              module_set(vm, m, "altzone", value_from_small_int(-dst->tm_gmtoff)) == 0 &&
              module_set(vm, m, "daylight", value_from_small_int(off_jan != off_jul)) == 0;
    GC_UNROOT(vm, 3);
    return ok;
}

CoilValue mod_time_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "time", time_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilType *st = struct_time_type(vm);
    bool ok = st && module_set(vm, m, "struct_time", value_from_object(st)) == 0 && add_zone_info(vm, m);
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
