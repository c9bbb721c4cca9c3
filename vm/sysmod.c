/* sysmod.c — the sys module: argv, path, modules, exit(), exc_info(), the
 * recursion limit, maxsize, version_info/float_info/int_info, platform and
 * byteorder.  The standard streams are in sysio.c.
 *
 * Versions: sys.version_info is the version of CPython whose semantics Coil
 * tracks (3.11, micro 0); sys.version says it is Coil. */
#define _POSIX_C_SOURCE 200809L /* readlink */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/structseq.h"
#include "vm/sysio.h"
#include "vm/tuple.h"
#include "vm/type.h"

static CoilValue sys_exit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "exit", nargs, 0, 1) < 0) return VAL_ERROR;
    CoilValue t = tuple_from_array(vm, args, nargs);
    if (value_is_error(t)) return t;
    return vm_raise_args(vm, vm->e_SystemExit, t);
}

static CoilValue sys_getrecursionlimit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "getrecursionlimit", nargs, 0, 0) < 0) return VAL_ERROR;
    return value_from_small_int(vm->recursion_limit);
}

static CoilValue sys_setrecursionlimit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "setrecursionlimit", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t n;
    if (!value_is_int(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(vm, args[0]));
    if (vm_index(vm, args[0], &n) < 0 || n > INT32_MAX || n < INT32_MIN) {
        if (vm_has_exception(vm) && !vm_exception_matches(vm, vm->e_OverflowError)) return VAL_ERROR;
        vm_take_exception(vm); /* CPython converts to a C int */
        return vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C int");
    }
    if (n < 1) return vm_raise(vm, vm->e_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= vm->depth)
        return vm_raise(vm, vm->e_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, vm->depth);
    /* Script frames live on the register stack, and native recursion is
     * bounded by the C stack guard (vm_enter_recursion) whatever the limit. */
    vm->recursion_limit = (int)n;
    return VAL_NONE;
}

static CoilValue sys_exc_info(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "exc_info", nargs, 0, 0) < 0) return VAL_ERROR;
    CoilValue e = vm->handled;
    if (!value_is_exception(vm, e)) {
        CoilValue none[3] = {VAL_NONE, VAL_NONE, VAL_NONE};
        return tuple_from_array(vm, none, 3);
    }
    CoilValue t[3] = {value_from_object(vm_typeof(vm, e)), e, value_as_exc(e)->traceback};
    return tuple_from_array(vm, t, 3);
}

static CoilValue sys_exception(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "exception", nargs, 0, 0) < 0) return VAL_ERROR;
    return value_is_exception(vm, vm->handled) ? vm->handled : VAL_NONE;
}

static CoilValue sys_intern(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "intern", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_type(args[0], vm->t_str))
        return vm_raise(vm, vm->e_TypeError, "intern() argument must be str, not %s", value_arg_type_name(vm, args[0]));
    CoilString *s = str_intern_obj(vm, value_as_str(args[0]));
    return s ? value_from_object(s) : VAL_ERROR;
}

static CoilValue sys_getdefaultencoding(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "getdefaultencoding", nargs, 0, 0) < 0) return VAL_ERROR;
    return str_from_cstr(vm, "utf-8");
}

static CoilValue sys_get_int_max_str_digits(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "get_int_max_str_digits", nargs, 0, 0) < 0) return VAL_ERROR;
    return value_from_small_int(vm->bigctx.max_str_digits);
}

static CoilValue sys_set_int_max_str_digits(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"maxdigits"};
    CoilValue a[1];
    if (args_parse(vm, "set_int_max_str_digits", args, nargs, kw, names, 1, 1, 1, a) < 0) return VAL_ERROR;
    int64_t n;
    if (vm_index(vm, a[0], &n) < 0) return VAL_ERROR;
    if (n != 0 && n < BIGINT_STR_DIGITS_THRESHOLD)
        return vm_raise(vm, vm->e_ValueError, "maxdigits must be 0 or larger than %d", BIGINT_STR_DIGITS_THRESHOLD);
    vm->bigctx.max_str_digits = n > INT32_MAX ? INT32_MAX : (int)n;
    return VAL_NONE;
}

CoilValue frameobj_getframe(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
/* displayhook(value): what 'single'-mode code calls with an expression's
 * value: None prints nothing; anything else prints its repr and becomes
 * builtins._ (cleared first, as CPython does, in case repr fails). */
static CoilValue sys_displayhook(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "displayhook", nargs, 1, 1) < 0) return VAL_ERROR;
    if (args[0] == VAL_NONE) return VAL_NONE;
    CoilDict *b = value_as_dict(vm->builtins_dict);
    if (dict_set_cstr(vm, b, "_", VAL_NONE) < 0) return VAL_ERROR;
    CoilValue r = vm_repr(vm, args[0]);
    if (value_is_error(r)) return r;
    if (!builtins_write_stdout(vm, value_as_str(r)->data, value_as_str(r)->len) ||
        !builtins_write_stdout(vm, "\n", 1))
        return VAL_ERROR;
    if (dict_set_cstr(vm, b, "_", args[0]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

/* excepthook(type, value, traceback): the default printer for an uncaught
 * exception (also sys.__excepthook__), writing to sys.stderr.  A value that
 * is no exception gets CPython's complaint printed, not raised. */
static CoilValue sys_excepthook(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "excepthook", nargs, 3, 3) < 0) return VAL_ERROR;
    CoilValue value = args[1];
    if (!value_is_exception(vm, value)) {
        char msg[200];
        int n = snprintf(msg, sizeof msg, "TypeError: print_exception(): Exception expected for value, %s found\n",
                         value_type_name(vm, value));
        fflush(stdout);
        exc_write_stderr(vm, msg, (size_t)n < sizeof msg ? (size_t)n : sizeof msg - 1);
        return VAL_NONE;
    }
    /* The traceback argument counts only for an exception that has none. */
    if (value_is_type(args[2], vm->t_traceback) && !value_is_type(value_as_exc(value)->traceback, vm->t_traceback))
        value_as_exc(value)->traceback = args[2];
    fflush(stdout);
    exc_display(vm, value);
    return VAL_NONE;
}

/* gettrace()/getprofile(): Coil has no tracing hooks, so never one set. */
static CoilValue sys_gettrace(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "gettrace", nargs, 0, 0) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue sys_getprofile(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "getprofile", nargs, 0, 0) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static const CoilMethodDef sys_functions[] = {
    {"gettrace", sys_gettrace, 0},
    {"getprofile", sys_getprofile, 0},
    {"displayhook", sys_displayhook, 0},
    {"excepthook", sys_excepthook, 0},
    {"exit", sys_exit, 0},
    {"_getframe", frameobj_getframe, METH_KEYWORDS},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_KEYWORDS},
    {NULL, NULL, 0}};

bool vm_set_argv(CoilVM *vm, int argc, const char *const *argv)
{
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    if (!value_is_type(sys, vm->t_module)) return false;
    CoilValue av = list_new(vm, (size_t)argc);
    if (value_is_error(av)) return false;
    GC_ROOT(vm, av);
    for (int i = 0; i < argc; i++) {
        CoilValue s = str_from_cstr(vm, argv[i]);
        if (value_is_error(s) || !list_append(vm, value_as_list(av), s)) return GC_UNROOT(vm, 1), false;
    }
    bool ok = dict_set_cstr(vm, value_as_dict(module_dict(sys)), "argv", av) == 0;
    GC_UNROOT(vm, 1);
    return ok;
}

/* The struct sequences of sys (version_info, float_info, int_info). */
static int add_structseq(CoilVM *vm, CoilValue sys, const char *attr, const char *tname,
                         const char *const *fields, const CoilValue *items)
{
    size_t n = 0;
    while (fields[n]) n++;
    CoilType *t = structseq_new_type(vm, tname, "sys", fields);
    if (!t) return -1;
    GC_ROOT_OBJ(vm, t);
    int r = module_set(vm, sys, attr, structseq_new(vm, t, items, n));
    GC_UNROOT(vm, 1);
    return r;
}

static bool sys_add_infos(CoilVM *vm, CoilValue sys)
{
    static const char *const vi_fields[] = {"major", "minor", "micro", "releaselevel", "serial", NULL};
    static const char *const fi_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                            "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};
    static const char *const ii_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                            "str_digits_check_threshold", NULL};
    CoilValue fin = str_from_cstr(vm, "final");
    if (value_is_error(fin)) return false;
    GC_ROOT(vm, fin);
    CoilValue vi[5] = {value_from_small_int(3), value_from_small_int(11), value_from_small_int(0), fin,
                       value_from_small_int(0)};
    bool ok = add_structseq(vm, sys, "version_info", "version_info", vi_fields, vi) == 0;
    GC_UNROOT(vm, 1);
    CoilValue fi[11] = {value_from_double(DBL_MAX), value_from_small_int(DBL_MAX_EXP),
                        value_from_small_int(DBL_MAX_10_EXP), value_from_double(DBL_MIN),
                        value_from_small_int(DBL_MIN_EXP), value_from_small_int(DBL_MIN_10_EXP),
                        value_from_small_int(DBL_DIG), value_from_small_int(DBL_MANT_DIG),
                        value_from_double(DBL_EPSILON), value_from_small_int(FLT_RADIX), value_from_small_int(1)};
    /* Coil's ints are not made of CPython's 30-bit digits; int_info reports
     * CPython's values, which scripts compare against. */
    CoilValue ii[4] = {value_from_small_int(30), value_from_small_int(4),
                       value_from_small_int(BIGINT_DEFAULT_MAX_STR_DIGITS),
                       value_from_small_int(BIGINT_STR_DIGITS_THRESHOLD)};
    /* The interpreter's options: Coil has none of CPython's command-line
     * switches, so these are the defaults (it never writes bytecode). */
    static const char *const fl_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                            "no_user_site", "no_site", "ignore_environment", "verbose",
                                            "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                                            "utf8_mode", "warn_default_encoding", "safe_path",
                                            "int_max_str_digits", NULL};
    CoilValue fl[18];
    for (int i = 0; i < 18; i++) fl[i] = value_from_small_int(0);
    fl[4] = fl[11] = value_from_small_int(1);
    fl[13] = fl[16] = VAL_FALSE;
    fl[17] = value_from_small_int(-1);
    ok = ok && add_structseq(vm, sys, "flags", "flags", fl_fields, fl) == 0;
    return ok && add_structseq(vm, sys, "float_info", "float_info", fi_fields, fi) == 0 &&
           add_structseq(vm, sys, "int_info", "int_info", ii_fields, ii) == 0 &&
           module_set(vm, sys, "hexversion", value_from_small_int(0x030B00F0)) == 0;
}

/* sys.path before a script sets its directory first: the COILPATH entries. */
static CoilValue initial_path(CoilVM *vm)
{
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    const char *spec = getenv("COILPATH");
    while (spec && *spec) {
        const char *colon = strchr(spec, ':');
        size_t n = colon ? (size_t)(colon - spec) : strlen(spec);
        if (n) {
            CoilValue e = str_new(vm, spec, n);
            if (value_is_error(e) || !list_append(vm, value_as_list(l), e)) return GC_UNROOT(vm, 1), VAL_ERROR;
        }
        spec = colon ? colon + 1 : NULL;
    }
    GC_UNROOT(vm, 1);
    return l;
}

/* sys.executable: the running binary's absolute path ('' if unknown). */
static CoilValue executable_path(CoilVM *vm)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n < 0) n = 0;
    return str_new(vm, buf, (size_t)n);
}

bool sys_init(CoilVM *vm, int argc, const char *const *argv)
{
    GC_SAVE(vm);
    CoilValue m = module_new_native(vm, "sys", sys_functions);
    if (value_is_error(m)) return false;
    GC_ROOT(vm, m);
    if (dict_set_cstr(vm, value_as_dict(vm->modules), "sys", m) < 0 || !sysio_init(vm, m))
        return GC_RESTORE(vm), false;
    CoilValue av = list_new(vm, (size_t)argc);
    if (value_is_error(av)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, av);
    for (int i = 0; i < argc; i++) {
        CoilValue s = str_from_cstr(vm, argv[i]);
        if (value_is_error(s) || !list_append(vm, value_as_list(av), s)) return GC_RESTORE(vm), false;
    }
    bool ok = module_set(vm, m, "argv", av) == 0 && module_set(vm, m, "path", initial_path(vm)) == 0 &&
              module_set(vm, m, "modules", vm->modules) == 0 &&
              module_set(vm, m, "maxsize", int_from_i64(vm, INT64_MAX)) == 0 &&
              module_set(vm, m, "byteorder", str_from_cstr(vm, "little")) == 0 &&
              module_set(vm, m, "platform", str_from_cstr(vm, "linux")) == 0 &&
              module_set(vm, m, "version", str_from_cstr(vm, "3.11.0 (Coil)")) == 0 &&
              module_set(vm, m, "executable", executable_path(vm)) == 0 &&
              module_set(vm, m, "warnoptions", list_new(vm, 0)) == 0 &&
              module_set(vm, m, "dont_write_bytecode", VAL_TRUE) == 0 &&
              module_set(vm, m, "builtin_module_names", import_builtin_module_names(vm)) == 0 && sys_add_infos(vm, m);
    /* The originals scripts can restore after replacing the hooks. */
    CoilDict *md = value_as_dict(module_dict(m));
    ok = ok && module_set(vm, m, "__excepthook__", dict_get_cstr(vm, md, "excepthook")) == 0 &&
         module_set(vm, m, "__displayhook__", dict_get_cstr(vm, md, "displayhook")) == 0;
    GC_RESTORE(vm);
    return ok;
}
