/* mod_os.c — the _os module: the few operating-system calls stdlib/os.py and
 * stdlib/posixpath.py build on (environment, working directory, stat-based
 * file tests, directory listing, process id, file descriptors, modes and
 * times, links, terminal size).  Errors are OSError subclasses
 * chosen by errno, with CPython's "[Errno N] text: 'path'" form. */
#define _POSIX_C_SOURCE 200809L /* setenv, unsetenv, utimensat, O_CLOEXEC */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
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

/* rename(src, dst) and replace(src, dst): the same on POSIX (rename
 * replaces dst); a bad argument is named src or dst, as CPython's. */
static CoilValue rename_impl(CoilVM *vm, const char *fname, const CoilValue *args, size_t nargs)
{
    static const char *const which[2] = {"src", "dst"};
    const char *p[2];
    if (args_count(vm, fname, nargs, 2, 2) < 0) return VAL_ERROR;
    for (int i = 0; i < 2; i++) {
        if (!value_is_str(vm, args[i]))
            return vm_raise(vm, vm->e_TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fname,
                            which[i], value_type_name(vm, args[i]));
        if (path_arg(vm, fname, args[i], &p[i]) < 0) return VAL_ERROR;
    }
    if (rename(p[0], p[1]) < 0) return os_error2(vm, errno, args[0], args[1]);
    return VAL_NONE;
}

static CoilValue o_rename(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return rename_impl(vm, "rename", args, nargs);
}

static CoilValue o_replace(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return rename_impl(vm, "replace", args, nargs);
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

/* The file-descriptor calls tempfile and shutil build on. */
static int fd_arg(CoilVM *vm, CoilValue v, int *out)
{
    int64_t n;
    if (vm_index(vm, v, &n) < 0) return -1;
    if (n < INT32_MIN || n > INT32_MAX) {
        vm_raise(vm, vm->e_OverflowError, n < 0 ? "fd is less than minimum" : "fd is greater than maximum");
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* open(path, flags, mode) -> fd; the fd is not inheritable (O_CLOEXEC), as
 * CPython's os.open makes it. */
static CoilValue o_open(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    int64_t flags, mode = 0777;
    if (args_count(vm, "open", nargs, 2, 3) < 0 || path_arg(vm, "open", args[0], &p) < 0 ||
        vm_index(vm, args[1], &flags) < 0 || (nargs > 2 && vm_index(vm, args[2], &mode) < 0))
        return VAL_ERROR;
    int fd;
    do fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return os_error(vm, errno, args[0]);
    return value_from_small_int(fd);
}

static CoilValue o_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int fd;
    if (args_count(vm, "close", nargs, 1, 1) < 0 || fd_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (close(fd) < 0 && errno != EINTR) return os_error(vm, errno, VAL_EMPTY);
    return VAL_NONE;
}

/* read(fd, n) -> bytes (shorter at end of file) */
static CoilValue o_read(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int fd;
    int64_t n;
    if (args_count(vm, "read", nargs, 2, 2) < 0 || fd_arg(vm, args[0], &fd) < 0 || vm_index(vm, args[1], &n) < 0)
        return VAL_ERROR;
    if (n < 0) return os_error(vm, EINVAL, VAL_EMPTY);
    char *buf = n ? malloc((size_t)n) : NULL;
    if (n && !buf) return vm_raise_nomem(vm);
    ssize_t got;
    do got = n ? read(fd, buf, (size_t)n) : 0;
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        int err = errno;
        free(buf);
        return os_error(vm, err, VAL_EMPTY);
    }
    CoilValue b = bytes_new(vm, buf, (size_t)got);
    free(buf);
    return b;
}

/* write(fd, data) -> the number of bytes written */
static CoilValue o_write(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int fd;
    BytesView bv;
    if (args_count(vm, "write", nargs, 2, 2) < 0 || fd_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (!bytes_view(vm, args[1], &bv))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, args[1]));
    ssize_t n;
    do n = write(fd, bv.p, bv.n);
    while (n < 0 && errno == EINTR);
    if (n < 0) return os_error(vm, errno, VAL_EMPTY);
    return int_from_i64(vm, (int64_t)n);
}

/* lseek(fd, pos, how) -> the new position */
static CoilValue o_lseek(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int fd;
    int64_t pos, how;
    if (args_count(vm, "lseek", nargs, 3, 3) < 0 || fd_arg(vm, args[0], &fd) < 0 || vm_index(vm, args[1], &pos) < 0 ||
        vm_index(vm, args[2], &how) < 0)
        return VAL_ERROR;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    if (r < 0) return os_error(vm, errno, VAL_EMPTY);
    return int_from_i64(vm, (int64_t)r);
}

/* chmod(path, mode, follow_symlinks): Linux cannot change a symlink's own
 * mode, so follow_symlinks=False is refused as CPython refuses it there. */
static CoilValue o_chmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    int64_t mode;
    if (args_count(vm, "chmod", nargs, 2, 2) < 0 || path_arg(vm, "chmod", args[0], &p) < 0 ||
        vm_index(vm, args[1], &mode) < 0)
        return VAL_ERROR;
    if (chmod(p, (mode_t)mode) < 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

/* utime_ns(path, atime_ns, mtime_ns, follow_symlinks); None times mean now. */
static CoilValue o_utime_ns(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "utime", nargs, 4, 4) < 0 || path_arg(vm, "utime", args[0], &p) < 0) return VAL_ERROR;
    struct timespec ts[2];
    for (int i = 0; i < 2; i++) {
        if (args[1 + i] == VAL_NONE) {
            ts[i].tv_sec = 0;
            ts[i].tv_nsec = UTIME_NOW;
            continue;
        }
        int64_t ns;
        if (vm_index(vm, args[1 + i], &ns) < 0) return VAL_ERROR;
        int64_t sec = ns / 1000000000, rem = ns % 1000000000;
        if (rem < 0) sec -= 1, rem += 1000000000;
        ts[i].tv_sec = (time_t)sec;
        ts[i].tv_nsec = (long)rem;
    }
    int follow = vm_truthy(vm, args[3]);
    if (follow < 0) return VAL_ERROR;
    if (utimensat(AT_FDCWD, p, ts, follow ? 0 : AT_SYMLINK_NOFOLLOW) < 0) return os_error(vm, errno, args[0]);
    return VAL_NONE;
}

static CoilValue o_symlink(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p[2];
    if (args_count(vm, "symlink", nargs, 2, 2) < 0 || path_arg(vm, "symlink", args[0], &p[0]) < 0 ||
        path_arg(vm, "symlink", args[1], &p[1]) < 0)
        return VAL_ERROR;
    if (symlink(p[0], p[1]) < 0) return os_error2(vm, errno, args[0], args[1]);
    return VAL_NONE;
}

static CoilValue o_readlink(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "readlink", nargs, 1, 1) < 0 || path_arg(vm, "readlink", args[0], &p) < 0) return VAL_ERROR;
    char buf[4096];
    ssize_t n = readlink(p, buf, sizeof buf);
    if (n < 0) return os_error(vm, errno, args[0]);
    return str_new(vm, buf, (size_t)n);
}

static CoilValue o_umask(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t mask;
    if (args_count(vm, "umask", nargs, 1, 1) < 0 || vm_index(vm, args[0], &mask) < 0) return VAL_ERROR;
    return value_from_small_int((int64_t)umask((mode_t)mask));
}

/* get_terminal_size(fd) -> (columns, lines) */
static CoilValue o_get_terminal_size(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int fd;
    if (args_count(vm, "get_terminal_size", nargs, 1, 1) < 0 || fd_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return os_error(vm, errno, VAL_EMPTY);
    CoilValue t = tuple_new(vm, 2);
    if (value_is_error(t)) return t;
    value_as_tuple(t)->items[0] = value_from_small_int(w.ws_col);
    value_as_tuple(t)->items[1] = value_from_small_int(w.ws_row);
    return t;
}

/* disk_usage(path) -> (total, used, free) in bytes, as shutil computes them
 * from statvfs. */
static CoilValue o_disk_usage(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    const char *p;
    if (args_count(vm, "disk_usage", nargs, 1, 1) < 0 || path_arg(vm, "statvfs", args[0], &p) < 0) return VAL_ERROR;
    struct statvfs st;
    if (statvfs(p, &st) < 0) return os_error(vm, errno, args[0]);
    int64_t v[3] = {(int64_t)st.f_blocks * (int64_t)st.f_frsize,
                    ((int64_t)st.f_blocks - (int64_t)st.f_bfree) * (int64_t)st.f_frsize,
                    (int64_t)st.f_bavail * (int64_t)st.f_frsize};
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    GC_ROOT(vm, t);
    CoilTuple *tt = value_as_tuple(t);
    for (int i = 0; i < 3; i++) tt->items[i] = VAL_NONE;
    for (int i = 0; i < 3; i++) {
        CoilValue x = int_from_i64(vm, v[i]);
        if (value_is_error(x)) return GC_UNROOT(vm, 1), x;
        tt->items[i] = x;
    }
    GC_UNROOT(vm, 1);
    return t;
}

static const CoilMethodDef os_functions[] = {
    {"open", o_open, 0}, {"close", o_close, 0}, {"read", o_read, 0}, {"write", o_write, 0}, {"lseek", o_lseek, 0},
    {"chmod", o_chmod, 0}, {"utime_ns", o_utime_ns, 0}, {"symlink", o_symlink, 0}, {"readlink", o_readlink, 0},
    {"umask", o_umask, 0}, {"get_terminal_size", o_get_terminal_size, 0}, {"disk_usage", o_disk_usage, 0},
    {"stat_fields", o_stat_fields, 0}, {"rename", o_rename, 0}, {"replace", o_replace, 0}, {"access", o_access, 0},
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
    static const struct {
        const char *name;
        int value;
    } consts[] = {{"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},     {"O_RDWR", O_RDWR},
                  {"O_CREAT", O_CREAT},   {"O_EXCL", O_EXCL},         {"O_TRUNC", O_TRUNC},
                  {"O_APPEND", O_APPEND}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_CLOEXEC", O_CLOEXEC},
                  {"O_DIRECTORY", O_DIRECTORY}, {"O_NONBLOCK", O_NONBLOCK}, {"O_NOCTTY", O_NOCTTY},
                  {"O_SYNC", O_SYNC}, {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END}};
    for (size_t i = 0; ok && i < sizeof consts / sizeof consts[0]; i++)
        ok = module_set(vm, m, consts[i].name, value_from_small_int(consts[i].value)) == 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
