/* sysmod.c — the sys module's core: argv, stdout/stderr writer objects,
 * exit(), the recursion limit, maxsize, version and modules. */
#include <stdio.h>

#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* A text stream over a C stream (sys.stdout / sys.stderr). */
typedef struct CoilStream {
    CoilObject obj;
    int fd; /* 1 stdout, 2 stderr */
} CoilStream;

static FILE *stream_file(CoilValue v) { return ((CoilStream *)value_as_object(v))->fd == 2 ? stderr : stdout; }

static CoilValue m_write(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "write", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "write() argument must be str, not %s", value_type_name(vm, args[1]));
    CoilString *s = value_as_str(args[1]);
    FILE *fp = stream_file(args[0]);
    if (fp == stderr) fflush(stdout);
    if (s->len && fwrite(s->data, 1, s->len, fp) != s->len) return vm_raise(vm, vm->e_OSError, "write failed");
    if (fp == stderr) fflush(stderr);
    return int_from_i64(vm, (int64_t)s->cplen);
}

static CoilValue m_flush(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)vm;
    (void)nargs;
    (void)kw;
    fflush(stream_file(args[0]));
    return VAL_NONE;
}

static const CoilMethodDef stream_methods[] = {{"write", m_write, 0}, {"flush", m_flush, 0}, {NULL, NULL, 0}};

static CoilValue stream_repr(CoilVM *vm, CoilValue self)
{
    return str_format(vm, "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>",
                      ((CoilStream *)value_as_object(self))->fd == 2 ? "stderr" : "stdout");
}

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
    if (vm_index(vm, args[0], &n) < 0) return VAL_ERROR;
    if (n < 1) return vm_raise(vm, vm->e_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= vm->depth)
        return vm_raise(vm, vm->e_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                        (long long)n, vm->depth);
    /* The C stack bounds how deep native recursion may go. */
    vm->recursion_limit = n > 100000 ? 100000 : (int)n;
    return VAL_NONE;
}

static const CoilMethodDef sys_functions[] = {
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
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

static CoilValue stream_new(CoilVM *vm, CoilType *t, int fd)
{
    CoilStream *s = gc_alloc_object(vm, t, sizeof(CoilStream));
    if (!s) return VAL_ERROR;
    s->fd = fd;
    return value_from_object(s);
}

bool sys_init(CoilVM *vm, int argc, const char *const *argv)
{
    GC_SAVE(vm);
    CoilValue m = module_new(vm, "sys");
    if (value_is_error(m)) return false;
    GC_ROOT(vm, m);
    CoilDict *d = value_as_dict(module_dict(m));
    if (dict_set_cstr(vm, value_as_dict(vm->modules), "sys", m) < 0) return GC_RESTORE(vm), false;
    for (const CoilMethodDef *def = sys_functions; def->name; def++) {
        CoilValue b = builtin_new(vm, def, VAL_EMPTY, NULL);
        if (value_is_error(b)) return GC_RESTORE(vm), false;
        ((CoilBuiltin *)value_as_object(b))->module = value_from_object(str_intern_cstr(vm, "sys"));
        if (dict_set_cstr(vm, d, def->name, b) < 0) return GC_RESTORE(vm), false;
    }
    CoilType *st = type_new_builtin(vm, "TextIOWrapper", vm->t_object, sizeof(CoilStream), 0);
    if (!st) return GC_RESTORE(vm), false;
    GC_ROOT_OBJ(vm, st);
    st->repr = stream_repr;
    st->module_name = "_io";
    if (!type_add_methods(vm, st, stream_methods)) return GC_RESTORE(vm), false;
    CoilValue out = stream_new(vm, st, 1);
    if (value_is_error(out) || dict_set_cstr(vm, d, "stdout", out) < 0 || dict_set_cstr(vm, d, "__stdout__", out) < 0)
        return GC_RESTORE(vm), false;
    CoilValue err = stream_new(vm, st, 2);
    if (value_is_error(err) || dict_set_cstr(vm, d, "stderr", err) < 0 || dict_set_cstr(vm, d, "__stderr__", err) < 0)
        return GC_RESTORE(vm), false;
    CoilValue av = list_new(vm, (size_t)argc);
    if (value_is_error(av)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, av);
    for (int i = 0; i < argc; i++) {
        CoilValue s = str_from_cstr(vm, argv[i]);
        if (value_is_error(s) || !list_append(vm, value_as_list(av), s)) return GC_RESTORE(vm), false;
    }
    CoilValue vi = tuple_new(vm, 5);
    if (value_is_error(vi)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, vi);
    value_as_tuple(vi)->items[0] = value_from_small_int(3);
    value_as_tuple(vi)->items[1] = value_from_small_int(11);
    value_as_tuple(vi)->items[2] = value_from_small_int(0);
    CoilValue fin = str_from_cstr(vm, "final");
    if (value_is_error(fin)) return GC_RESTORE(vm), false;
    value_as_tuple(vi)->items[3] = fin;
    value_as_tuple(vi)->items[4] = value_from_small_int(0);
    if (dict_set_cstr(vm, d, "version_info", vi) < 0) return GC_RESTORE(vm), false;
    if (dict_set_cstr(vm, d, "argv", av) < 0 ||
        dict_set_cstr(vm, d, "maxsize", int_from_i64(vm, INT64_MAX)) < 0 ||
        dict_set_cstr(vm, d, "modules", vm->modules) < 0 ||
        dict_set_cstr(vm, d, "byteorder", str_from_cstr(vm, "little")) < 0 ||
        dict_set_cstr(vm, d, "platform", str_from_cstr(vm, "linux")) < 0 ||
        dict_set_cstr(vm, d, "version", str_from_cstr(vm, "3.11.0 (Coil)")) < 0)
        return GC_RESTORE(vm), false;
    GC_RESTORE(vm);
    return true;
}
