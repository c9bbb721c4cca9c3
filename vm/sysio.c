/* sysio.c — sys.stdin, sys.stdout and sys.stderr: text streams over the C
 * stdio streams (CPython's _io.TextIOWrapper, reduced to what scripts use:
 * write/writelines/flush, read/readline/readlines and line iteration,
 * fileno/isatty/readable/writable, name/mode/encoding). */
#define _POSIX_C_SOURCE 200809L /* fileno */
#include <stdio.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/sysio.h"
#include "vm/type.h"

typedef struct CoilStream {
    CoilObject obj;
    int fd; /* 0 stdin, 1 stdout, 2 stderr */
} CoilStream;

static int stream_fd(CoilValue v) { return ((CoilStream *)value_as_object(v))->fd; }
static FILE *stream_file(CoilValue v)
{
    int fd = stream_fd(v);
    return fd == 0 ? stdin : fd == 2 ? stderr : stdout;
}

static CoilValue unsupported(CoilVM *vm, const char *what)
{
    /* CPython raises io.UnsupportedOperation, an OSError subclass. */
    return vm_raise(vm, vm->e_OSError, "%s", what);
}

static CoilValue m_write(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "write", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (stream_fd(args[0]) == 0) return unsupported(vm, "not writable");
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "write() argument must be str, not %s", value_type_name(vm, args[1]));
    CoilString *s = value_as_str(args[1]);
    FILE *fp = stream_file(args[0]);
    /* stderr is unbuffered in effect: what went to stdout before comes first. */
    if (fp == stderr) fflush(stdout);
    if (s->len && fwrite(s->data, 1, s->len, fp) != s->len) return vm_raise(vm, vm->e_OSError, "write failed");
    if (fp == stderr) fflush(stderr);
    return int_from_i64(vm, (int64_t)s->cplen);
}

static CoilValue m_writelines(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "writelines", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue it = vm_iter(vm, args[1]);
    if (value_is_error(it)) return it;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue line = vm_next(vm, it);
        if (line == VAL_EMPTY) break;
        CoilValue a[2] = {args[0], line};
        if (value_is_error(line) || value_is_error(m_write(vm, a, 2, VAL_EMPTY))) {
            GC_UNROOT(vm, 1);
            return VAL_ERROR;
        }
    }
    GC_UNROOT(vm, 1);
    return VAL_NONE;
}

static CoilValue m_flush(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "flush", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    if (stream_fd(args[0]) != 0) fflush(stream_file(args[0]));
    return VAL_NONE;
}

/* Bytes read from stdin become a str only if they are valid UTF-8. */
static CoilValue decoded(CoilVM *vm, CoilBuf *b)
{
    const unsigned char *s = (const unsigned char *)buf_cstr(b);
    for (size_t i = 0; i < b->len;) {
        unsigned c = s[i];
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = n > 0 && i + n <= b->len;
        for (size_t k = 1; ok && k < n; k++) ok = (s[i + k] & 0xC0) == 0x80;
        if (!ok) {
            buf_free(b);
            return vm_raise(vm, vm->e_UnicodeDecodeError,
                            "'utf-8' codec can't decode byte 0x%02x in position %zu: invalid start byte", c, i);
        }
        i += n;
    }
    return str_from_buf(vm, b);
}

/* One line (with its newline), at most `limit` bytes if limit >= 0; "" at EOF. */
static CoilValue read_line(CoilVM *vm, int64_t limit)
{
    fflush(stdout);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    int c;
    while ((limit < 0 || (int64_t)b.len < limit) && (c = fgetc(stdin)) != EOF) {
        if (!buf_putc(&b, (char)c)) {
            buf_free(&b);
            return vm_raise_nomem(vm);
        }
        if (c == '\n') break;
    }
    return decoded(vm, &b);
}

static int size_arg(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, int64_t *out)
{
    *out = -1;
    if (args_count(vm, name, nargs - 1, 0, 1) < 0) return -1;
    if (nargs > 1 && args[1] != VAL_NONE && vm_index(vm, args[1], out) < 0) return -1;
    if (stream_fd(args[0]) != 0) {
        unsupported(vm, "not readable");
        return -1;
    }
    return 0;
}

static CoilValue m_readline(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t limit;
    if (size_arg(vm, args, nargs, "readline", &limit) < 0) return VAL_ERROR;
    return read_line(vm, limit);
}

static CoilValue m_read(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t limit;
    if (size_arg(vm, args, nargs, "read", &limit) < 0) return VAL_ERROR;
    fflush(stdout);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    int c;
    while ((limit < 0 || (int64_t)b.len < limit) && (c = fgetc(stdin)) != EOF) {
        if (!buf_putc(&b, (char)c)) {
            buf_free(&b);
            return vm_raise_nomem(vm);
        }
    }
    return decoded(vm, &b);
}

static CoilValue m_readlines(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t hint;
    if (size_arg(vm, args, nargs, "readlines", &hint) < 0) return VAL_ERROR;
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    int64_t total = 0;
    for (;;) {
        CoilValue line = read_line(vm, -1);
        if (value_is_error(line)) return GC_UNROOT(vm, 1), line;
        if (value_as_str(line)->len == 0) break;
        if (!list_append(vm, value_as_list(l), line)) return GC_UNROOT(vm, 1), VAL_ERROR;
        total += (int64_t)value_as_str(line)->cplen;
        if (hint > 0 && total >= hint) break;
    }
    GC_UNROOT(vm, 1);
    return l;
}

static CoilValue stream_iter(CoilVM *vm, CoilValue self)
{
    if (stream_fd(self) != 0) return unsupported(vm, "not readable");
    return self;
}

static CoilValue stream_next(CoilVM *vm, CoilValue self)
{
    if (stream_fd(self) != 0) return unsupported(vm, "not readable");
    CoilValue line = read_line(vm, -1);
    if (value_is_error(line) || value_as_str(line)->len) return line;
    return VAL_EMPTY;
}

static CoilValue m_fileno(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "fileno", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return value_from_small_int(stream_fd(args[0]));
}

static CoilValue m_isatty(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "isatty", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return value_from_bool(isatty(stream_fd(args[0])));
}

static CoilValue m_readable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "readable", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return value_from_bool(stream_fd(args[0]) == 0);
}

static CoilValue m_writable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "writable", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return value_from_bool(stream_fd(args[0]) != 0);
}

static const CoilMethodDef stream_methods[] = {
    {"write", m_write, 0},       {"writelines", m_writelines, 0}, {"flush", m_flush, 0},
    {"read", m_read, 0},         {"readline", m_readline, 0},     {"readlines", m_readlines, 0},
    {"fileno", m_fileno, 0},     {"isatty", m_isatty, 0},         {"readable", m_readable, 0},
    {"writable", m_writable, 0}, {NULL, NULL, 0}};

static const char *const stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

static CoilValue g_name(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, stream_names[stream_fd(self)]); }
static CoilValue g_mode(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, stream_fd(self) == 0 ? "r" : "w"); }
static CoilValue g_encoding(CoilVM *vm, CoilValue self)
{
    (void)self;
    return str_from_cstr(vm, "utf-8");
}
static CoilValue g_errors(CoilVM *vm, CoilValue self)
{
    return str_from_cstr(vm, stream_fd(self) == 2 ? "backslashreplace" : "strict");
}

static const CoilGetSetDef stream_getsets[] = {
    {"name", g_name, NULL}, {"mode", g_mode, NULL}, {"encoding", g_encoding, NULL}, {"errors", g_errors, NULL},
    {NULL, NULL, NULL}};

static CoilValue stream_repr(CoilVM *vm, CoilValue self)
{
    int fd = stream_fd(self);
    return str_format(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", stream_names[fd],
                      fd == 0 ? "r" : "w");
}

static CoilValue stream_new(CoilVM *vm, CoilType *t, int fd)
{
    CoilStream *s = gc_alloc_object(vm, t, sizeof(CoilStream));
    if (!s) return VAL_ERROR;
    s->fd = fd;
    return value_from_object(s);
}

bool sysio_init(CoilVM *vm, CoilValue sys)
{
    CoilType *st = type_new_builtin(vm, "TextIOWrapper", vm->t_object, sizeof(CoilStream), 0);
    if (!st) return false;
    GC_ROOT_OBJ(vm, st);
    st->repr = stream_repr;
    st->iter = stream_iter;
    st->next = stream_next;
    st->module_name = "_io";
    bool ok = type_add_methods(vm, st, stream_methods) && type_add_getsets(vm, st, stream_getsets);
    static const char *const names[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (int fd = 0; ok && fd < 3; fd++) {
        CoilValue s = stream_new(vm, st, fd);
        ok = module_set(vm, sys, names[fd][0], s) == 0 && module_set(vm, sys, names[fd][1], s) == 0;
    }
    GC_UNROOT(vm, 1);
    return ok;
}
