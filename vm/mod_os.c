/* mod_os.c — the _os module: the few operating-system calls stdlib/os.py and
 * stdlib/posixpath.py build on (environment, working directory, stat-based
 * file tests, directory listing, process id).  Errors are OSError subclasses
 * chosen by errno, with CPython's "[Errno N] text: 'path'" form. */
#define _POSIX_C_SOURCE 200809L /* setenv, unsetenv */
#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

extern char **environ;

/* OSError(errno, strerror[, filename[, None, filename2]]): the exception
 * class picks the subclass (FileNotFoundError for ENOENT ...) as CPython's
 * does. */
static CoilValue os_error2(CoilVM *vm, int err, CoilValue filename, CoilValue filename2)
{
    GC_SAVE(vm);
    CoilValue msg = str_from_cstr(vm, strerror(err));
    if (value_is_error(msg)) return msg;
    GC_ROOT(vm, msg);
    CoilValue a[5] = {value_from_small_int(err), msg, filename, VAL_NONE, filename2};
    size_t n = filename == VAL_EMPTY ? 2 : filename2 == VAL_EMPTY ? 3 : 5;
    CoilValue exc = vm_call(vm, value_from_object(vm->e_OSError), a, n, VAL_EMPTY);
    GC_RESTORE(vm);
    if (value_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

static CoilValue os_error(CoilVM *vm, int err, CoilValue filename) { return os_error2(vm, err, filename, VAL_EMPTY); }

static int path_arg(CoilVM *vm, const char *fname, CoilValue v, const char **out)
{
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname,
                 value_type_name(vm, v));
        return -1;
    }
    CoilString *s = value_as_str(v);
    if (memchr(s->data, 0, s->len)) {
        vm_raise(vm, vm->e_ValueError, "%s: embedded null character in path", fname);
        return -1;
    }
    *out = s->data;
    return 0;
}

static CoilValue o_getcwd(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "getcwd", nargs, 0, 0) < 0) return VAL_ERROR;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return os_error(vm, errno, VAL_EMPTY);
    return str_from_cstr(vm, buf);
}

static CoilValue o_chdir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "chdir", nargs, 1, 1) < 0 || path_arg(vm, "chdir", args[0], &p) < 0) return VAL_ERROR;
    if (chdir(p) != 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

static CoilValue o_getpid(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "getpid", nargs, 0, 0) < 0) return VAL_ERROR;
    return int_from_i64(vm, (int64_t)getpid());
}

static CoilValue o_putenv(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "putenv", nargs, 2, 2) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]) || !value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "str expected, not %s",
                        value_type_name(vm, value_is_str(vm, args[0]) ? args[1] : args[0]));
    CoilString *k = value_as_str(args[0]);
    if (k->len == 0 || strchr(k->data, '='))
        return vm_raise(vm, vm->e_ValueError, "illegal environment variable name");
    if (setenv(k->data, value_as_str(args[1])->data, 1) != 0) return os_error(vm, errno, VAL_EMPTY);
    return VAL_NONE;
}

static CoilValue o_unsetenv(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "unsetenv", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "str expected, not %s", value_type_name(vm, args[0]));
    CoilString *k = value_as_str(args[0]);
    if (k->len == 0 || strchr(k->data, '='))
        return vm_raise(vm, vm->e_ValueError, "illegal environment variable name");
    if (unsetenv(k->data) != 0) return os_error(vm, errno, VAL_EMPTY);
    return VAL_NONE;
}

/* stat(path) -> (mode, size, mtime) or raises OSError. */
static CoilValue o_stat(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "stat", nargs, 1, 1) < 0 || path_arg(vm, "stat", args[0], &p) < 0) return VAL_ERROR;
    struct stat st;
    if (stat(p, &st) != 0) return os_error(vm, errno, args[0]);
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = value_from_small_int((int64_t)st.st_mode);
    tt->items[1] = value_from_small_int(0);
    tt->items[2] = value_from_double((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
    CoilValue size = int_from_i64(vm, (int64_t)st.st_size);
    GC_UNROOT(vm, 1);
    if (value_is_error(size)) return size;
    tt->items[1] = size;
    return t;
}

/* kind(path) -> 0 missing, 1 regular file, 2 directory, 3 other; never raises
 * for a path that cannot be stat'ed (os.path.exists semantics). */
static CoilValue o_kind(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "kind", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0])) return value_from_small_int(0);
    CoilString *s = value_as_str(args[0]);
    struct stat st;
    if (memchr(s->data, 0, s->len) || stat(s->data, &st) != 0) return value_from_small_int(0);
    return value_from_small_int(S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3);
}

static CoilValue o_listdir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p = ".";
    if (args_count(vm, "listdir", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 1 && args[0] != VAL_NONE && path_arg(vm, "listdir", args[0], &p) < 0) return VAL_ERROR;
    DIR *d = opendir(p);
    if (!d) return os_error(vm, errno, nargs ? args[0] : value_from_object(vm->chars['.']));
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) {
        closedir(d);
        return l;
    }
    GC_ROOT(vm, l);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        CoilValue n = str_from_cstr(vm, e->d_name);
        if (value_is_error(n) || !list_append(vm, value_as_list(l), n)) {
            closedir(d);
            GC_UNROOT(vm, 1);
            return VAL_ERROR;
        }
    }
    closedir(d);
    GC_UNROOT(vm, 1);
    return l;
}

static CoilValue environ_dict(CoilVM *vm)
{
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return d;
    GC_ROOT(vm, d);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        CoilValue k = str_new(vm, *e, (size_t)(eq - *e));
        if (value_is_error(k)) return GC_UNROOT(vm, 1), k;
        GC_ROOT(vm, k);
        CoilValue v = str_from_cstr(vm, eq + 1);
        int r = value_is_error(v) ? -1 : dict_set(vm, value_as_dict(d), k, v);
        GC_UNROOT(vm, 1);
        if (r < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return d;
}

/* mkdir(path, mode=0o777), rmdir(path), remove(path) / unlink(path) */
static CoilValue o_mkdir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    int64_t mode = 0777;
    if (args_count(vm, "mkdir", nargs, 1, 2) < 0 || path_arg(vm, "mkdir", args[0], &p) < 0) return VAL_ERROR;
    if (nargs > 1 && vm_index(vm, args[1], &mode) < 0) return VAL_ERROR;
    if (mkdir(p, (mode_t)mode) < 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

static CoilValue o_rmdir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "rmdir", nargs, 1, 1) < 0 || path_arg(vm, "rmdir", args[0], &p) < 0) return VAL_ERROR;
    if (rmdir(p) < 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

static CoilValue o_remove(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "remove", nargs, 1, 1) < 0 || path_arg(vm, "remove", args[0], &p) < 0) return VAL_ERROR;
    if (unlink(p) < 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

/* stat_fields(path, follow_symlinks) -> the 13 fields os.stat_result holds:
 * mode ino dev nlink uid gid size, atime mtime ctime as floats, then the
 * three times in nanoseconds. */
static CoilValue o_stat_fields(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "stat", nargs, 2, 2) < 0 || path_arg(vm, "stat", args[0], &p) < 0) return VAL_ERROR;
    struct stat st;
    int rc = vm_truthy(vm, args[1]) ? stat(p, &st) : lstat(p, &st);
    if (rc != 0) return os_error(vm, errno, args[0]);
    int64_t ints[7] = {(int64_t)st.st_mode, (int64_t)st.st_ino, (int64_t)st.st_dev, (int64_t)st.st_nlink,
                       (int64_t)st.st_uid, (int64_t)st.st_gid, (int64_t)st.st_size};
    const struct timespec *ts[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
    CoilValue t = tuple_new(vm, 13);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    CoilTuple *tt = value_as_tuple(t);
    for (int i = 0; i < 13; i++) tt->items[i] = VAL_NONE;
    for (int i = 0; i < 7; i++) {
        CoilValue v = int_from_i64(vm, ints[i]);
        if (value_is_error(v)) return GC_UNROOT(vm, 1), v;
        tt->items[i] = v;
    }
    for (int i = 0; i < 3; i++) {
        tt->items[7 + i] = value_from_double((double)ts[i]->tv_sec + ts[i]->tv_nsec * 1e-9);
        CoilValue ns = int_from_i64(vm, (int64_t)ts[i]->tv_sec * 1000000000 + ts[i]->tv_nsec);
        if (value_is_error(ns)) return GC_UNROOT(vm, 1), ns;
        tt->items[10 + i] = ns;
    }
    GC_UNROOT(vm, 1);
    return t;
}

/* rename(src, dst): replaces dst if it exists (as os.replace does on POSIX). */
static CoilValue o_rename(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *a, *b;
    if (args_count(vm, "rename", nargs, 2, 2) < 0 || path_arg(vm, "rename", args[0], &a) < 0 ||
        path_arg(vm, "rename", args[1], &b) < 0)
        return VAL_ERROR;
    if (rename(a, b) < 0) return os_error2(vm, errno, args[0], args[1]);
    return VAL_NONE;
}

/* access(path, mode) -> bool */
static CoilValue o_access(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    int64_t mode;
    if (args_count(vm, "access", nargs, 2, 2) < 0 || path_arg(vm, "access", args[0], &p) < 0 ||
        vm_index(vm, args[1], &mode) < 0)
        return VAL_ERROR;
    return value_from_bool(access(p, (int)mode) == 0);
}

static CoilValue o_cpu_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "cpu_count", nargs, 0, 0) < 0) return VAL_ERROR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? VAL_NONE : value_from_small_int(n);
}

/* urandom(n): n bytes from the kernel's generator. */
static CoilValue o_urandom(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t n;
    if (args_count(vm, "urandom", nargs, 1, 1) < 0 || vm_index(vm, args[0], &n) < 0) return VAL_ERROR;
    if (n < 0) return vm_raise(vm, vm->e_ValueError, "negative argument not allowed");
    FILE *f = fopen("/dev/urandom", "rb");
    if (!f) return os_error(vm, errno, VAL_EMPTY);
    CoilValue b = bytes_new(vm, NULL, (size_t)n);
    if (value_is_error(b)) {
        fclose(f);
        return b;
    }
    size_t got = n ? fread(((CoilBytes *)value_as_object(b))->data, 1, (size_t)n, f) : 0;
    fclose(f);
    if (got != (size_t)n) return vm_raise(vm, vm->e_OSError, "urandom: short read");
    return b;
}

static CoilValue o_ids(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "_ids", nargs, 0, 0) < 0) return VAL_ERROR;
    CoilValue t = tuple_new(vm, 4);
    if (value_is_error(t)) return t;
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = value_from_small_int(getppid());
    tt->items[1] = value_from_small_int(getuid());
    tt->items[2] = value_from_small_int(getgid());
    tt->items[3] = value_from_small_int(geteuid());
    return t;
}

static const CoilMethodDef os_functions[] = {
    {"stat_fields", o_stat_fields, 0}, {"rename", o_rename, 0}, {"access", o_access, 0},
    {"cpu_count", o_cpu_count, 0}, {"urandom", o_urandom, 0}, {"_ids", o_ids, 0},
    {"mkdir", o_mkdir, 0},     {"rmdir", o_rmdir, 0},     {"remove", o_remove, 0},
    {"getcwd", o_getcwd, 0},   {"chdir", o_chdir, 0},     {"getpid", o_getpid, 0},
    {"putenv", o_putenv, 0},   {"unsetenv", o_unsetenv, 0}, {"stat", o_stat, 0},
    {"kind", o_kind, 0},       {"listdir", o_listdir, 0}, {NULL, NULL, 0}};

CoilValue mod_os_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "_os", os_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    bool ok = module_set(vm, m, "environ", environ_dict(vm)) == 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
