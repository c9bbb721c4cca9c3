/* sysio.c — sys.stdin, sys.stdout and sys.stderr: text streams over the C
 * stdio streams (CPython's _io.TextIOWrapper, reduced to what scripts use:
 * write/writelines/flush, read/readline/readlines and line iteration,
 * fileno/isatty/readable/writable, name/mode/encoding), and their binary
 * `.buffer`s, which share the same stdio stream so text and bytes written in
 * turn come out in program order. */
#define _POSIX_C_SOURCE 200809L /* fileno, newlocale */
#define _DEFAULT_SOURCE /* strcasecmp */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
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
    int fd;           /* 0 stdin, 1 stdout, 2 stderr */
    CoilValue buffer; /* text streams: the binary stream under it; binary ones: None */
    CoilValue errors; /* set by reconfigure(errors=...), else VAL_EMPTY */
    signed char line_buffering; /* -1: CPython's default for the stream; 0 or 1 once reconfigured */
    bool write_through;
} CoilStream;

static CoilStream *stream_of(CoilValue v) { return (CoilStream *)value_as_object(v); }

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
        return vm_raise(vm, vm->e_TypeError, "write() argument must be str, not %s", value_arg_type_name(vm, args[1]));
    CoilString *s = value_as_str(args[1]);
    FILE *fp = stream_file(args[0]);
    /* stderr is unbuffered in effect: what went to stdout before comes first. */
    if (fp == stderr) fflush(stdout);
    if (s->len && fwrite(s->data, 1, s->len, fp) != s->len) return vm_raise(vm, vm->e_OSError, "write failed");
    CoilStream *st = stream_of(args[0]);
    if (fp == stderr || st->write_through || (st->line_buffering == 1 && memchr(s->data, '\n', s->len))) fflush(fp);
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

/* --- the binary streams (sys.stdout.buffer ...) ------------------------------------------ */

static CoilValue b_write(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "write", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (stream_fd(args[0]) == 0) return unsupported(vm, "write");
    BytesView bv;
    if (!bytes_view(vm, args[1], &bv))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, args[1]));
    FILE *fp = stream_file(args[0]);
    if (fp == stderr) fflush(stdout);
    if (bv.n && fwrite(bv.p, 1, bv.n, fp) != bv.n) return vm_raise(vm, vm->e_OSError, "write failed");
    if (fp == stderr) fflush(stderr);
    return int_from_i64(vm, (int64_t)bv.n);
}

/* Bytes from stdin: at most limit (-1: to the end), or one line. */
static CoilValue read_raw(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, bool line)
{
    int64_t limit = -1;
    if (args_count(vm, name, nargs - 1, 0, 1) < 0) return VAL_ERROR;
    if (nargs > 1 && args[1] != VAL_NONE && vm_index(vm, args[1], &limit) < 0) return VAL_ERROR;
    if (stream_fd(args[0]) != 0) return unsupported(vm, "read");
    fflush(stdout);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    int c;
    while ((limit < 0 || (int64_t)b.len < limit) && (c = fgetc(stdin)) != EOF) {
        if (!buf_putc(&b, (char)c)) {
            buf_free(&b);
            return vm_raise_nomem(vm);
        }
        if (line && c == '\n') break;
    }
    CoilValue r = bytes_new(vm, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

static CoilValue b_read(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return read_raw(vm, args, nargs, "read", false);
}

static CoilValue b_readline(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return read_raw(vm, args, nargs, "readline", true);
}

static const CoilMethodDef binary_methods[] = {
    {"write", b_write, 0},       {"flush", m_flush, 0},           {"read", b_read, 0},
    {"readline", b_readline, 0}, {"fileno", m_fileno, 0},         {"isatty", m_isatty, 0},
    {"readable", m_readable, 0}, {"writable", m_writable, 0},     {NULL, NULL, 0}};

static CoilValue m_reconfigure(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

static const CoilMethodDef stream_methods[] = {
    {"write", m_write, 0},       {"writelines", m_writelines, 0}, {"flush", m_flush, 0},
    {"read", m_read, 0},         {"readline", m_readline, 0},     {"readlines", m_readlines, 0},
    {"fileno", m_fileno, 0},     {"isatty", m_isatty, 0},         {"readable", m_readable, 0},
    {"writable", m_writable, 0}, {"reconfigure", m_reconfigure, METH_KEYWORDS}, {NULL, NULL, 0}};

static const char *const stream_names[] = {"<stdin>", "<stdout>", "<stderr>"};

static CoilValue g_name(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, stream_names[stream_fd(self)]); }
static CoilValue g_mode(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, stream_fd(self) == 0 ? "r" : "w"); }
static CoilValue g_encoding(CoilVM *vm, CoilValue self)
{
    (void)self;
    return str_from_cstr(vm, "utf-8");
}
/* CPython's stdin/stdout use surrogateescape under the C or POSIX locale
 * (C.UTF-8 included, and a locale the system does not have falls back to
 * C), strict under any other; stderr always backslashreplace. */
static bool c_locale(void)
{
    const char *names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    const char *loc = NULL;
    for (int i = 0; i < 3 && !loc; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) loc = v;
    }
    if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX") || !strncmp(loc, "C.", 2)) return true;
    locale_t l = newlocale(LC_CTYPE_MASK, loc, (locale_t)0);
    if (l == (locale_t)0) return true;
    freelocale(l);
    return false;
}

static CoilValue g_errors(CoilVM *vm, CoilValue self)
{
    CoilStream *s = stream_of(self);
    if (s->errors != VAL_EMPTY) return s->errors;
    return str_from_cstr(vm, s->fd == 2 ? "backslashreplace" : c_locale() ? "surrogateescape" : "strict");
}

/* reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
 * write_through=None): the buffering switches take effect; the streams stay
 * UTF-8 with '\n' newlines, so other encodings and newlines are refused. */
static CoilValue m_reconfigure(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"encoding", "errors", "newline", "line_buffering", "write_through"};
    CoilValue a[5];
    if (args_parse(vm, "reconfigure", args + 1, nargs - 1, kw, names, 5, 0, 0, a) < 0) return VAL_ERROR;
    CoilStream *s = stream_of(args[0]);
    for (int i = 0; i < 3; i++)
        if (a[i] != VAL_EMPTY && a[i] != VAL_NONE && !value_is_str(vm, a[i]))
            return vm_raise(vm, vm->e_TypeError, "bad argument type for built-in operation");
    if (a[0] != VAL_EMPTY && a[0] != VAL_NONE) {
        const char *e = value_as_str(a[0])->data;
        if (strcasecmp(e, "utf-8") && strcasecmp(e, "utf8") && strcasecmp(e, "utf_8"))
            return vm_raise(vm, vm->e_ValueError, "Coil's standard streams are UTF-8 only, not %s", e);
    }
    if (a[2] != VAL_EMPTY && a[2] != VAL_NONE && strcmp(value_as_str(a[2])->data, "\n") != 0)
        return vm_raise(vm, vm->e_ValueError, "Coil's standard streams only write '\\n' newlines");
    int lb = -1, wt = -1;
    if (a[3] != VAL_EMPTY && a[3] != VAL_NONE && (lb = vm_truthy(vm, a[3])) < 0) return VAL_ERROR;
    if (a[4] != VAL_EMPTY && a[4] != VAL_NONE && (wt = vm_truthy(vm, a[4])) < 0) return VAL_ERROR;
    fflush(stream_file(args[0]));
    if (a[1] != VAL_EMPTY && a[1] != VAL_NONE) s->errors = a[1];
    if (lb >= 0) s->line_buffering = (signed char)lb;
    if (wt >= 0) s->write_through = wt;
    return VAL_NONE;
}

static CoilValue g_buffer(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return ((CoilStream *)value_as_object(self))->buffer;
}
/* CPython: stderr is always line-buffered, stdout when it is a terminal. */
static CoilValue g_line_buffering(CoilVM *vm, CoilValue self)
{
    (void)vm;
    int fd = stream_fd(self);
    if (stream_of(self)->line_buffering >= 0) return value_from_bool(stream_of(self)->line_buffering);
    return value_from_bool(fd == 2 || (fd == 1 && isatty(fd)));
}
static CoilValue g_write_through(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(stream_of(self)->write_through);
}
static CoilValue g_closed(CoilVM *vm, CoilValue self)
{
    (void)vm, (void)self;
    return VAL_FALSE;
}
static CoilValue g_binary_mode(CoilVM *vm, CoilValue self) { return str_from_cstr(vm, stream_fd(self) == 0 ? "rb" : "wb"); }

static const CoilGetSetDef stream_getsets[] = {
    {"name", g_name, NULL},       {"mode", g_mode, NULL},         {"encoding", g_encoding, NULL},
    {"errors", g_errors, NULL},   {"buffer", g_buffer, NULL},     {"line_buffering", g_line_buffering, NULL},
    {"closed", g_closed, NULL},   {"write_through", g_write_through, NULL}, {NULL, NULL, NULL}};

static const CoilGetSetDef binary_getsets[] = {
    {"name", g_name, NULL}, {"mode", g_binary_mode, NULL}, {"closed", g_closed, NULL}, {NULL, NULL, NULL}};

static CoilValue stream_repr(CoilVM *vm, CoilValue self)
{
    int fd = stream_fd(self);
    return str_format(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", stream_names[fd],
                      fd == 0 ? "r" : "w");
}

static CoilValue binary_repr(CoilVM *vm, CoilValue self)
{
    int fd = stream_fd(self);
    return str_format(vm, "<_io.%s name='%s'>", fd == 0 ? "BufferedReader" : "BufferedWriter", stream_names[fd]);
}

static void stream_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((CoilStream *)o)->buffer);
    gc_mark_value(vm, ((CoilStream *)o)->errors);
}

static CoilValue stream_new(CoilVM *vm, CoilType *t, int fd, CoilValue buffer)
{
    CoilStream *s = gc_alloc_object(vm, t, sizeof(CoilStream));
    if (!s) return VAL_ERROR;
    s->fd = fd;
    s->buffer = buffer;
    s->errors = VAL_EMPTY;
    s->line_buffering = -1;
    s->write_through = false;
    return value_from_object(s);
}

static CoilType *binary_type(CoilVM *vm, const char *name)
{
    CoilType *t = type_new_builtin(vm, name, vm->t_object, sizeof(CoilStream), 0);
    if (!t) return NULL;
    GC_ROOT_OBJ(vm, t);
    t->repr = binary_repr;
    t->trace = stream_trace;
    t->module_name = "_io";
    bool ok = type_add_methods(vm, t, binary_methods) && type_add_getsets(vm, t, binary_getsets);
    GC_UNROOT(vm, 1);
    return ok ? t : NULL;
}

bool sysio_init(CoilVM *vm, CoilValue sys)
{
    CoilType *st = type_new_builtin(vm, "TextIOWrapper", vm->t_object, sizeof(CoilStream), 0);
    if (!st) return false;
    GC_ROOT_OBJ(vm, st);
    st->repr = stream_repr;
    st->iter = stream_iter;
    st->next = stream_next;
    st->trace = stream_trace;
    st->module_name = "_io";
    bool ok = type_add_methods(vm, st, stream_methods) && type_add_getsets(vm, st, stream_getsets);
    CoilType *reader = ok ? binary_type(vm, "BufferedReader") : NULL;
    if (reader) GC_ROOT_OBJ(vm, reader);
    CoilType *writer = reader ? binary_type(vm, "BufferedWriter") : NULL;
    if (writer) GC_ROOT_OBJ(vm, writer);
    ok = writer != NULL;
    static const char *const names[3][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
    for (int fd = 0; ok && fd < 3; fd++) {
        CoilValue b = stream_new(vm, fd == 0 ? reader : writer, fd, VAL_NONE);
        if (value_is_error(b)) {
            ok = false;
            break;
        }
        GC_ROOT(vm, b);
        CoilValue s = stream_new(vm, st, fd, b);
        GC_UNROOT(vm, 1);
        ok = !value_is_error(s) && module_set(vm, sys, names[fd][0], s) == 0 && module_set(vm, sys, names[fd][1], s) == 0;
    }
    GC_UNROOT(vm, 1 + (reader != NULL) + (writer != NULL));
    return ok;
}
