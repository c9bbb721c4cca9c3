/* mod_io.c — files: the `open` builtin and the `_io` module's file types.
 * One C struct serves TextIOWrapper (str, newline translation, UTF-8 /
 * latin-1 / ASCII) and BufferedReader/Writer/Random (bytes) over a POSIX fd
 * with a read-ahead and a write buffer.  StringIO/BytesIO live in stdlib/io.py. */
#define _POSIX_C_SOURCE 200809L /* O_CLOEXEC, ftruncate */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/args.h"
#include "vm/builtins.h"
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
#include "vm/vm.h"

enum { ENC_UTF8, ENC_LATIN1, ENC_ASCII };
/* newline= of open(): None translates \r and \r\n to \n on read; '' splits
 * lines at all three without translating; the others split at themselves
 * and write '\n' as themselves. */
enum { NL_UNIVERSAL, NL_ANY, NL_LF, NL_CR, NL_CRLF };

#define IO_CHUNK 65536

typedef struct CoilFile {
    CoilObject obj;
    CoilValue name;     /* as given to open(): str or int */
    CoilValue mode;     /* text: the mode string given; binary: normalised */
    CoilValue encoding; /* text: the encoding name shown; binary: None */
    int fd;
    bool text, readable, writable, closed, closefd, eof, seekable;
    unsigned char enc, newline;
    unsigned char *rbuf; /* read-ahead: bytes rpos..rlen are not consumed yet */
    size_t rpos, rlen, rcap;
    unsigned char *wbuf; /* written, not yet flushed */
    size_t wlen, wcap;
    /* vm->io_files: open files, so open() can first flush what dropped but
     * not yet collected files wrote (CPython closes those at once) */
    struct CoilFile *prev_open, *next_open;
} CoilFile;

static void link_open(CoilVM *vm, CoilFile *f)
{
    f->prev_open = NULL;
    f->next_open = vm->io_files;
    if (vm->io_files) vm->io_files->prev_open = f;
    vm->io_files = f;
}

static void unlink_open(CoilVM *vm, CoilFile *f)
{
    if (f->prev_open) f->prev_open->next_open = f->next_open;
    else if (vm->io_files == f) vm->io_files = f->next_open;
    if (f->next_open) f->next_open->prev_open = f->prev_open;
    f->prev_open = f->next_open = NULL;
}

#define FILE_OF(v) ((CoilFile *)value_as_object(v))

/* --- errors ------------------------------------------------------------------------------ */

/* OSError(errno, strerror[, filename]): the constructor picks the subclass
 * (FileNotFoundError, PermissionError, ...) as CPython's does. */
static CoilValue raise_errno(CoilVM *vm, int err, CoilValue filename)
{
    GC_SAVE(vm);
    CoilValue a[3] = {value_from_small_int(err), VAL_NONE, filename};
    a[1] = str_from_cstr(vm, strerror(err));
    if (value_is_error(a[1])) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, a[1]);
    CoilValue e = vm_call(vm, value_from_object(vm->e_OSError), a, filename == VAL_EMPTY ? 2 : 3, VAL_EMPTY);
    if (!value_is_error(e)) exc_set_pending(vm, e);
    GC_RESTORE(vm);
    return VAL_ERROR;
}

static CoilValue unsupported(CoilVM *vm, const char *what)
{
    return vm_raise(vm, vm->t_io_unsupported ? vm->t_io_unsupported : vm->e_OSError, "%s", what);
}

/* The closed-file ValueError; CPython's texts differ by layer and call. */
static bool check_open(CoilVM *vm, CoilFile *f, const char *binary_msg, bool text_period)
{
    if (!f->closed) return true;
    if (f->text) vm_raise(vm, vm->e_ValueError, text_period ? "I/O operation on closed file." : "I/O operation on closed file");
    else vm_raise(vm, vm->e_ValueError, "%s", binary_msg ? binary_msg : "I/O operation on closed file");
    return false;
}

/* --- buffers ------------------------------------------------------------------------------ */

static bool flush_writes(CoilVM *vm, CoilFile *f)
{
    size_t off = 0;
    while (off < f->wlen) {
        ssize_t n = write(f->fd, f->wbuf + off, f->wlen - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            f->wlen = 0;
            raise_errno(vm, err, VAL_EMPTY);
            return false;
        }
        off += (size_t)n;
    }
    f->wlen = 0;
    return true;
}

/* Gives back read-ahead bytes to the OS position (before a write or seek). */
static void drop_readahead(CoilFile *f)
{
    if (f->rlen > f->rpos && f->seekable) lseek(f->fd, -(off_t)(f->rlen - f->rpos), SEEK_CUR);
    f->rpos = f->rlen = 0;
    f->eof = false;
}

/* Reads more bytes after rlen: >0 bytes read, 0 at end of file, -1 error. */
static ssize_t fill(CoilVM *vm, CoilFile *f)
{
    if (f->eof) return 0;
    if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
    if (f->rcap - f->rlen < IO_CHUNK / 2) {
        if (f->rpos > 0) {
            memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
            f->rlen -= f->rpos;
            f->rpos = 0;
        }
        if (f->rcap - f->rlen < IO_CHUNK / 2) {
            size_t cap = f->rcap ? f->rcap * 2 : IO_CHUNK;
            unsigned char *g = vm_mem_realloc(vm, f->rbuf, f->rcap, cap);
            if (!g) {
                vm_raise_nomem(vm);
                return -1;
            }
            f->rbuf = g;
            f->rcap = cap;
        }
    }
    for (;;) {
        ssize_t n = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            raise_errno(vm, errno, VAL_EMPTY);
            return -1;
        }
        if (n == 0) f->eof = true;
        f->rlen += (size_t)n;
        return n;
    }
}

static bool wbuf_append(CoilVM *vm, CoilFile *f, const void *p, size_t n)
{
    if (n == 0) return true; /* write(''): p may be NULL, memcpy must not see it */
    if (f->wlen + n > f->wcap) {
        if (f->wlen && !flush_writes(vm, f)) return false;
        if (n > f->wcap) {
            size_t cap = f->wcap ? f->wcap : IO_CHUNK;
            while (cap < n) cap *= 2;
            unsigned char *g = vm_mem_realloc(vm, f->wbuf, f->wcap, cap);
            if (!g) return vm_raise_nomem(vm), false;
            f->wbuf = g;
            f->wcap = cap;
        }
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    return true;
}

/* Before reading: pending writes go out first (a '+' file reads what it wrote). */
static bool prepare_read(CoilVM *vm, CoilFile *f)
{
    return f->wlen == 0 || flush_writes(vm, f);
}

static bool prepare_write(CoilFile *f)
{
    if (f->rlen) drop_readahead(f);
    return true;
}

/* --- decoding ----------------------------------------------------------------------------- */

/* Converts the bytes read (already newline-translated) into a str in the
 * file's encoding; `base` is their offset, for error positions. */
static CoilValue decode(CoilVM *vm, CoilFile *f, CoilBuf *b)
{
    const unsigned char *s = (const unsigned char *)b->data;
    if (f->enc == ENC_UTF8) {
        for (size_t i = 0; i < b->len;) {
            /* ASCII runs eight bytes at a time */
            uint64_t w;
            while (i + 8 <= b->len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0)) i += 8;
            if (i >= b->len) break;
            unsigned c = s[i];
            size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3
                     : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
            bool ok = n > 0 && i + n <= b->len;
            for (size_t k = 1; ok && k < n; k++) ok = (s[i + k] & 0xC0) == 0x80;
            if (!ok) {
                buf_free(b);
                return vm_raise(vm, vm->e_UnicodeDecodeError,
                                "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i,
                                n == 0 ? "invalid start byte" : i + n > b->len ? "unexpected end of data"
                                                                               : "invalid continuation byte");
            }
            i += n;
        }
        return str_from_buf(vm, b);
    }
    CoilBuf u;
    buf_init(&u, &vm->counted);
    for (size_t i = 0; i < b->len; i++) {
        if (f->enc == ENC_ASCII && s[i] >= 0x80) {
            unsigned c = s[i];
            buf_free(b);
            buf_free(&u);
            return vm_raise(vm, vm->e_UnicodeDecodeError,
                            "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)", c, i);
        }
        if (!buf_append_cp(&u, s[i])) {
            buf_free(b);
            buf_free(&u);
            return vm_raise_nomem(vm);
        }
    }
    buf_free(b);
    return str_from_buf(vm, &u);
}

/* Whether byte c begins a character (latin-1/ASCII: every byte does). */
static inline bool char_start(const CoilFile *f, unsigned char c)
{
    return f->enc != ENC_UTF8 || (c & 0xC0) != 0x80;
}

/* Reads text into b: at most `maxchars` characters (-1: no limit), and
 * stopping after a line end if `line`.  Newlines are handled per f->newline. */
static bool read_text(CoilVM *vm, CoilFile *f, CoilBuf *b, int64_t maxchars, bool line)
{
    int64_t nchars = 0;
    for (;;) {
        if (f->rpos == f->rlen) {
            ssize_t n = fill(vm, f);
            if (n < 0) return false;
            if (n == 0) return true;
        }
        if (maxchars < 0 && f->enc == ENC_UTF8) {
            /* fast path: copy the run before the next \r (and, reading a
             * line, up to its \n) in one go */
            const unsigned char *p = f->rbuf + f->rpos;
            size_t avail = f->rlen - f->rpos;
            size_t lim = avail;
            const unsigned char *nl = NULL;
            if (line && f->newline != NL_CR && f->newline != NL_CRLF && (nl = memchr(p, '\n', avail)))
                lim = (size_t)(nl - p) + 1;
            const unsigned char *cr = f->newline == NL_LF ? NULL : memchr(p, '\r', lim);
            size_t span = cr ? (size_t)(cr - p) : lim;
            bool done = !cr && nl;
            if (span) {
                if (!buf_append(b, p, span)) return vm_raise_nomem(vm), false;
                f->rpos += span;
                if (done) return true;
                continue;
            }
        }
        unsigned char c = f->rbuf[f->rpos];
        if (maxchars >= 0 && nchars >= maxchars && char_start(f, c)) return true;
        if (c == '\r' && f->newline != NL_LF) {
            /* a \r may start \r\n: look at the next byte */
            if (f->rpos + 1 == f->rlen && !f->eof) {
                ssize_t n = fill(vm, f);
                if (n < 0) return false;
                if (n > 0) continue;
            }
            bool crlf = f->rpos + 1 < f->rlen && f->rbuf[f->rpos + 1] == '\n';
            f->rpos++;
            nchars++;
            if (f->newline == NL_UNIVERSAL) {
                if (crlf) f->rpos++;
                if (!buf_putc(b, '\n')) return vm_raise_nomem(vm), false;
                if (line) return true;
                continue;
            }
            if (!buf_putc(b, '\r')) return vm_raise_nomem(vm), false;
            if (crlf && (f->newline == NL_ANY || f->newline == NL_CRLF)) {
                if (maxchars >= 0 && nchars >= maxchars) return true;
                f->rpos++;
                nchars++;
                if (!buf_putc(b, '\n')) return vm_raise_nomem(vm), false;
                if (line) return true;
                continue;
            }
            if (line && (f->newline == NL_ANY || f->newline == NL_CR)) return true;
            continue;
        }
        f->rpos++;
        if (char_start(f, c)) nchars++;
        if (!buf_putc(b, (char)c)) return vm_raise_nomem(vm), false;
        if (c == '\n' && line && f->newline != NL_CR && f->newline != NL_CRLF) return true;
    }
}

/* Reads bytes into b: at most max (-1: all), or up to and including b'\n'. */
static bool read_bytes(CoilVM *vm, CoilFile *f, CoilBuf *b, int64_t max, bool line)
{
    for (;;) {
        if (max >= 0 && (int64_t)b->len >= max) return true;
        if (f->rpos == f->rlen) {
            ssize_t n = fill(vm, f);
            if (n < 0) return false;
            if (n == 0) return true;
        }
        size_t avail = f->rlen - f->rpos;
        if (max >= 0 && (int64_t)avail > max - (int64_t)b->len) avail = (size_t)(max - (int64_t)b->len);
        const unsigned char *p = f->rbuf + f->rpos;
        if (line) {
            const unsigned char *nl = memchr(p, '\n', avail);
            if (nl) avail = (size_t)(nl - p) + 1;
        }
        if (!buf_append(b, p, avail)) return vm_raise_nomem(vm), false;
        f->rpos += avail;
        if (line && b->data[b->len - 1] == '\n') return true;
    }
}

/* One read step as a str or bytes; "" / b"" at end of file. */
static CoilValue read_value(CoilVM *vm, CoilFile *f, int64_t max, bool line)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = f->text ? read_text(vm, f, &b, max, line) : read_bytes(vm, f, &b, max, line);
    if (!ok) {
        buf_free(&b);
        return VAL_ERROR;
    }
    if (f->text) return decode(vm, f, &b);
    CoilValue r = bytes_new(vm, b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

/* --- methods ------------------------------------------------------------------------------ */

static int size_arg(CoilVM *vm, const CoilValue *args, size_t nargs, const char *fname, int64_t *out)
{
    *out = -1;
    if (args_count(vm, fname, nargs - 1, 0, 1) < 0) return -1;
    if (nargs < 2 || args[1] == VAL_NONE) return 0;
    if (!value_is_int(vm, args[1])) {
        vm_raise(vm, vm->e_TypeError, "argument should be integer or None, not '%s'", value_type_name(vm, args[1]));
        return -1;
    }
    return vm_index(vm, args[1], out);
}

static bool check_readable(CoilVM *vm, CoilFile *f, const char *closed_msg)
{
    if (!check_open(vm, f, closed_msg, true)) return false;
    if (!f->readable) return unsupported(vm, f->text ? "not readable" : "read"), false;
    return prepare_read(vm, f);
}

static CoilValue m_read(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    int64_t n;
    if (size_arg(vm, args, nargs, "read", &n) < 0 || !check_readable(vm, f, "read of closed file")) return VAL_ERROR;
    return read_value(vm, f, n, false);
}

static CoilValue m_readline(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    int64_t n;
    if (size_arg(vm, args, nargs, "readline", &n) < 0 || !check_readable(vm, f, "readline of closed file"))
        return VAL_ERROR;
    return read_value(vm, f, n, true);
}

static CoilValue m_readlines(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    int64_t hint;
    if (size_arg(vm, args, nargs, "readlines", &hint) < 0 || !check_readable(vm, f, NULL)) return VAL_ERROR;
    CoilValue l = list_new(vm, 0);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    int64_t total = 0;
    for (;;) {
        CoilValue line = read_value(vm, f, -1, true);
        if (value_is_error(line)) return GC_UNROOT(vm, 1), VAL_ERROR;
        int64_t len = f->text ? (int64_t)value_as_str(line)->cplen : (int64_t)((CoilBytes *)value_as_object(line))->len;
        if (len == 0) break;
        GC_ROOT(vm, line);
        bool ok = list_append(vm, value_as_list(l), line);
        GC_UNROOT(vm, 1);
        if (!ok) return GC_UNROOT(vm, 1), VAL_ERROR;
        total += len;
        if (hint > 0 && total >= hint) break;
    }
    GC_UNROOT(vm, 1);
    return l;
}

/* Text to write: the str, encoded, with '\n' written as the newline= asks. */
static CoilValue write_text(CoilVM *vm, CoilFile *f, CoilValue v)
{
    if (!value_is_str(vm, v))
        return vm_raise(vm, vm->e_TypeError, "write() argument must be str, not %s", value_arg_type_name(vm, v));
    CoilString *s = value_as_str(v);
    const char *nl = f->newline == NL_CR ? "\r" : f->newline == NL_CRLF ? "\r\n" : NULL;
    if (f->enc == ENC_UTF8 && !nl) {
        if (!wbuf_append(vm, f, s->data, s->len)) return VAL_ERROR;
        return int_from_i64(vm, (int64_t)s->cplen);
    }
    size_t pos = 0;
    for (size_t i = 0; i < s->len;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        if (cp == '\n' && nl) {
            if (!wbuf_append(vm, f, nl, strlen(nl))) return VAL_ERROR;
        } else if (f->enc == ENC_UTF8) {
            if (!wbuf_append(vm, f, s->data + i, adv)) return VAL_ERROR;
        } else {
            uint32_t limit = f->enc == ENC_ASCII ? 128 : 256;
            if (cp >= limit) {
                char esc[16];
                snprintf(esc, sizeof esc, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
                return vm_raise(vm, vm->e_UnicodeEncodeError,
                                "'%s' codec can't encode character '%s' in position %zu: ordinal not in range(%u)",
                                f->enc == ENC_ASCII ? "ascii" : "latin-1", esc, pos, limit);
            }
            unsigned char c = (unsigned char)cp;
            if (!wbuf_append(vm, f, &c, 1)) return VAL_ERROR;
        }
        i += adv;
        pos++;
    }
    return int_from_i64(vm, (int64_t)s->cplen);
}

static CoilValue m_write(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    char fname[48];
    snprintf(fname, sizeof fname, "%s.write", vm_typeof(vm, args[0])->name);
    if (args_count(vm, fname, nargs - 1, 1, 1) < 0 || !check_open(vm, f, "write to closed file", true))
        return VAL_ERROR;
    if (!f->writable) return unsupported(vm, f->text ? "not writable" : "write");
    prepare_write(f);
    if (f->text) return write_text(vm, f, args[1]);
    BytesView b; /* any bytes-like object (args[1] keeps it alive) */
    if (!bytes_view(vm, args[1], &b))
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'", value_type_name(vm, args[1]));
    if (!wbuf_append(vm, f, b.p, b.n)) return VAL_ERROR;
    return int_from_i64(vm, (int64_t)b.n);
}

static CoilValue m_writelines(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "writelines", nargs - 1, 1, 1) < 0 || !check_open(vm, f, NULL, true)) return VAL_ERROR;
    CoilValue it = vm_iter(vm, args[1]);
    if (value_is_error(it)) return it;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue line = vm_next(vm, it);
        if (line == VAL_EMPTY) break;
        if (value_is_error(line)) return GC_UNROOT(vm, 1), VAL_ERROR;
        CoilValue a[2] = {args[0], line};
        GC_ROOT(vm, line);
        CoilValue r = m_write(vm, a, 2, VAL_EMPTY);
        GC_UNROOT(vm, 1);
        if (value_is_error(r)) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return VAL_NONE;
}

static CoilValue m_flush(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    const char *msg = f->writable ? "flush of closed file" : "I/O operation on closed file.";
    if (args_count(vm, "flush", nargs - 1, 0, 0) < 0 || !check_open(vm, f, msg, true))
        return VAL_ERROR;
    return flush_writes(vm, f) ? VAL_NONE : VAL_ERROR;
}

/* Closes the file: flushes, then closes the fd (even if the flush failed). */
static bool file_close(CoilVM *vm, CoilFile *f)
{
    if (f->closed) return true;
    bool ok = flush_writes(vm, f);
    f->closed = true;
    unlink_open(vm, f);
    if (f->closefd && f->fd >= 0 && close(f->fd) < 0 && ok) {
        raise_errno(vm, errno, VAL_EMPTY);
        ok = false;
    }
    f->fd = -1;
    if (f->rbuf) vm_mem_free(vm, f->rbuf, f->rcap);
    if (f->wbuf) vm_mem_free(vm, f->wbuf, f->wcap);
    f->rbuf = f->wbuf = NULL;
    f->rcap = f->wcap = f->rlen = f->rpos = f->wlen = 0;
    return ok;
}

static CoilValue m_close(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "close", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return file_close(vm, FILE_OF(args[0])) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_tell(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "tell", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, true)) return VAL_ERROR;
    if (!flush_writes(vm, f)) return VAL_ERROR;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return raise_errno(vm, errno, VAL_EMPTY);
    return int_from_i64(vm, (int64_t)pos - (int64_t)(f->rlen - f->rpos));
}

static CoilValue m_seek(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "seek", nargs - 1, 1, 2) < 0 || !check_open(vm, f, "seek of closed file", true))
        return VAL_ERROR;
    int64_t off, whence = 0;
    if (f->text && !value_is_int(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "'<' not supported between instances of '%s' and 'int'",
                        value_type_name(vm, args[1]));
    if (vm_index(vm, args[1], &off) < 0 || (nargs > 2 && vm_index(vm, args[2], &whence) < 0)) return VAL_ERROR;
    if (whence < 0 || whence > 2) {
        if (f->text) return vm_raise(vm, vm->e_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return vm_raise(vm, vm->e_ValueError, "whence value %lld unsupported", (long long)whence);
    }
    if (f->text && whence == 1 && off != 0) return unsupported(vm, "can't do nonzero cur-relative seeks");
    if (f->text && whence == 2 && off != 0) return unsupported(vm, "can't do nonzero end-relative seeks");
    if (f->text && whence == 0 && off < 0)
        return vm_raise(vm, vm->e_ValueError, "negative seek position %lld", (long long)off);
    if (!flush_writes(vm, f)) return VAL_ERROR;
    if (whence == 1) off -= (int64_t)(f->rlen - f->rpos);
    f->rpos = f->rlen = 0;
    f->eof = false;
    off_t pos = lseek(f->fd, (off_t)off, (int)whence);
    if (pos < 0) return raise_errno(vm, errno, VAL_EMPTY);
    return int_from_i64(vm, (int64_t)pos);
}

static CoilValue m_truncate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "truncate", nargs - 1, 0, 1) < 0 || !check_open(vm, f, NULL, true)) return VAL_ERROR;
    if (!f->writable) return unsupported(vm, "truncate");
    if (!flush_writes(vm, f)) return VAL_ERROR;
    drop_readahead(f);
    int64_t size;
    if (nargs > 1 && args[1] != VAL_NONE) {
        if (vm_index(vm, args[1], &size) < 0) return VAL_ERROR;
    } else {
        off_t pos = lseek(f->fd, 0, SEEK_CUR);
        if (pos < 0) return raise_errno(vm, errno, VAL_EMPTY);
        size = (int64_t)pos;
    }
    if (ftruncate(f->fd, (off_t)size) < 0) return raise_errno(vm, errno, VAL_EMPTY);
    return int_from_i64(vm, size);
}

static CoilValue m_fileno(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "fileno", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, false)) return VAL_ERROR;
    return value_from_small_int(f->fd);
}

static CoilValue m_readable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "readable", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, false)) return VAL_ERROR;
    return value_from_bool(f->readable);
}

static CoilValue m_writable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "writable", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, false)) return VAL_ERROR;
    return value_from_bool(f->writable);
}

static CoilValue m_seekable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "seekable", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, false)) return VAL_ERROR;
    return value_from_bool(f->seekable);
}

static CoilValue m_isatty(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilFile *f = FILE_OF(args[0]);
    if (args_count(vm, "isatty", nargs - 1, 0, 0) < 0 || !check_open(vm, f, NULL, false)) return VAL_ERROR;
    return value_from_bool(isatty(f->fd) == 1);
}

static CoilValue m_enter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    if (!check_open(vm, FILE_OF(args[0]), NULL, true)) return VAL_ERROR;
    return args[0];
}

static CoilValue m_exit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)nargs;
    return file_close(vm, FILE_OF(args[0])) ? VAL_NONE : VAL_ERROR;
}

static CoilValue file_iter(CoilVM *vm, CoilValue self)
{
    if (!check_open(vm, FILE_OF(self), NULL, true)) return VAL_ERROR;
    return self;
}

static CoilValue file_next(CoilVM *vm, CoilValue self)
{
    CoilFile *f = FILE_OF(self);
    if (!check_readable(vm, f, "readline of closed file")) return VAL_ERROR;
    CoilValue line = read_value(vm, f, -1, true);
    if (value_is_error(line)) return line;
    size_t len = f->text ? value_as_str(line)->len : ((CoilBytes *)value_as_object(line))->len;
    return len ? line : VAL_EMPTY;
}

static CoilValue file_repr(CoilVM *vm, CoilValue self)
{
    CoilFile *f = FILE_OF(self);
    CoilType *t = vm_typeof(vm, self);
    GC_SAVE(vm);
    CoilValue name = vm_repr(vm, f->name);
    if (value_is_error(name)) return GC_RESTORE(vm), name;
    GC_ROOT(vm, name);
    CoilValue r;
    if (f->text) {
        CoilValue mode = vm_repr(vm, f->mode);
        if (value_is_error(mode)) return GC_RESTORE(vm), mode;
        GC_ROOT(vm, mode);
        CoilValue enc = vm_repr(vm, f->encoding);
        if (value_is_error(enc)) return GC_RESTORE(vm), enc;
        r = str_format(vm, "<_io.%s name=%s mode=%s encoding=%s>", t->name, value_as_str(name)->data,
                       value_as_str(mode)->data, value_as_str(enc)->data);
    } else {
        r = str_format(vm, "<_io.%s name=%s>", t->name, value_as_str(name)->data);
    }
    GC_RESTORE(vm);
    return r;
}

static CoilValue g_closed(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_from_bool(FILE_OF(self)->closed);
}
static CoilValue g_name(CoilVM *vm, CoilValue self) { (void)vm; return FILE_OF(self)->name; }
static CoilValue g_mode(CoilVM *vm, CoilValue self) { (void)vm; return FILE_OF(self)->mode; }
static CoilValue g_encoding(CoilVM *vm, CoilValue self) { (void)vm; return FILE_OF(self)->encoding; }
static CoilValue g_errors(CoilVM *vm, CoilValue self)
{
    (void)self;
    return str_from_cstr(vm, "strict");
}
static CoilValue g_line_buffering(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return VAL_FALSE;
}

static const CoilMethodDef file_methods[] = {
    {"read", m_read, 0},           {"readline", m_readline, 0}, {"readlines", m_readlines, 0},
    {"write", m_write, 0},         {"writelines", m_writelines, 0}, {"flush", m_flush, 0},
    {"close", m_close, 0},         {"tell", m_tell, 0},         {"seek", m_seek, 0},
    {"truncate", m_truncate, 0},   {"fileno", m_fileno, 0},     {"readable", m_readable, 0},
    {"writable", m_writable, 0},   {"seekable", m_seekable, 0}, {"isatty", m_isatty, 0},
    {"__enter__", m_enter, 0},     {"__exit__", m_exit, 0},     {NULL, NULL, 0}};

static const CoilGetSetDef file_getsets[] = {
    {"closed", g_closed, NULL}, {"name", g_name, NULL}, {"mode", g_mode, NULL}, {NULL, NULL, NULL}};

static const CoilGetSetDef text_getsets[] = {
    {"encoding", g_encoding, NULL}, {"errors", g_errors, NULL}, {"line_buffering", g_line_buffering, NULL},
    {NULL, NULL, NULL}};

static void file_trace(CoilVM *vm, CoilObject *o)
{
    CoilFile *f = (CoilFile *)o;
    gc_mark_value(vm, f->name);
    gc_mark_value(vm, f->mode);
    gc_mark_value(vm, f->encoding);
}

/* A file dropped without close(): its buffered writes still reach the disk
 * (as CPython's dealloc does), and its fd is closed. */
static void file_finalize(CoilVM *vm, CoilObject *o)
{
    CoilFile *f = (CoilFile *)o;
    if (!f->closed) {
        unlink_open(vm, f);
        size_t off = 0;
        while (off < f->wlen) {
            ssize_t n = write(f->fd, f->wbuf + off, f->wlen - off);
            if (n <= 0 && errno != EINTR) break;
            if (n > 0) off += (size_t)n;
        }
        if (f->closefd && f->fd >= 0) close(f->fd);
    }
    if (f->rbuf) vm_mem_free(vm, f->rbuf, f->rcap);
    if (f->wbuf) vm_mem_free(vm, f->wbuf, f->wcap);
    f->rbuf = f->wbuf = NULL;
}

/* --- the types ---------------------------------------------------------------------------- */

/* TextIOWrapper(buffer)/BufferedReader(raw) wrap other stream objects,
 * which Coil's files do not have: open() is the way in. */
static CoilValue file_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return vm_raise(vm, vm->e_NotImplementedError, "_io.%s() is not supported by Coil: use open()",
                    ((CoilType *)value_as_object(callee))->name);
}

static CoilType *new_file_type(CoilVM *vm, const char *name, bool text)
{
    CoilType *t = type_new_builtin(vm, name, vm->t_object, sizeof(CoilFile), 0);
    if (!t) return NULL;
    GC_ROOT_OBJ(vm, t);
    t->new_ = file_new;
    t->module_name = "_io";
    t->trace = file_trace;
    t->finalize = file_finalize;
    t->repr = file_repr;
    t->iter = file_iter;
    t->next = file_next;
    bool ok = type_add_methods(vm, t, file_methods) && type_add_getsets(vm, t, file_getsets) &&
              (!text || type_add_getsets(vm, t, text_getsets));
    GC_UNROOT(vm, 1);
    return ok ? t : NULL;
}

/* Creates the file types and io.UnsupportedOperation once per VM. */
static bool io_types(CoilVM *vm)
{
    if (vm->t_io_unsupported) return true;
    if (!(vm->t_io_text = new_file_type(vm, "TextIOWrapper", true)) ||
        !(vm->t_io_reader = new_file_type(vm, "BufferedReader", false)) ||
        !(vm->t_io_writer = new_file_type(vm, "BufferedWriter", false)) ||
        !(vm->t_io_random = new_file_type(vm, "BufferedRandom", false)))
        return false;
    /* class UnsupportedOperation(OSError, ValueError), module io */
    GC_SAVE(vm);
    CoilValue bases = tuple_pack2(vm, value_from_object(vm->e_OSError), value_from_object(vm->e_ValueError));
    if (value_is_error(bases)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, bases);
    CoilValue ns = dict_new(vm);
    if (value_is_error(ns)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, ns);
    CoilValue mod = str_from_cstr(vm, "io");
    if (value_is_error(mod) || dict_set_str(vm, value_as_dict(ns), vm->names.__module__, mod) < 0)
        return GC_RESTORE(vm), false;
    CoilValue name = str_from_cstr(vm, "UnsupportedOperation");
    if (value_is_error(name)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, name);
    CoilValue a[3] = {name, bases, ns};
    CoilValue cls = vm_call(vm, value_from_object(vm->t_type), a, 3, VAL_EMPTY);
    GC_RESTORE(vm);
    if (value_is_error(cls)) return false;
    vm->t_io_unsupported = (CoilType *)value_as_object(cls);
    return true;
}

/* --- open --------------------------------------------------------------------------------- */

static bool parse_encoding(CoilVM *vm, CoilValue v, unsigned char *enc)
{
    if (v == VAL_EMPTY || v == VAL_NONE) {
        *enc = ENC_UTF8;
        return true;
    }
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "open() argument 'encoding' must be str or None, not %s", value_type_name(vm, v));
        return false;
    }
    /* Python's codec lookup: case-insensitive, '-' '_' and ' ' alike */
    const CoilString *s = value_as_str(v);
    char norm[32];
    size_t n = 0;
    for (size_t i = 0; i < s->len && n + 1 < sizeof norm; i++) {
        char c = s->data[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '-' || c == ' ') c = '_';
        norm[n++] = c;
    }
    norm[n] = '\0';
    static const struct { const char *name; unsigned char enc; } known[] = {
        {"utf_8", ENC_UTF8},     {"utf8", ENC_UTF8},       {"u8", ENC_UTF8},        {"utf", ENC_UTF8},
        {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1},   {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1},
        {"l1", ENC_LATIN1},      {"latin", ENC_LATIN1},    {"ascii", ENC_ASCII},    {"us_ascii", ENC_ASCII},
        {"646", ENC_ASCII},
    };
    if (n < s->len) n = 0; /* too long to be one of ours */
    for (size_t i = 0; n && i < sizeof known / sizeof *known; i++) {
        if (!strcmp(norm, known[i].name)) {
            *enc = known[i].enc;
            return true;
        }
    }
    vm_raise(vm, vm->e_LookupError, "unknown encoding: %s", s->data);
    return false;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
static CoilValue io_open(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    CoilValue a[8];
    if (args_parse(vm, "open", args, nargs, kw, names, 8, 8, 1, a) < 0) return VAL_ERROR;
    if (!io_types(vm)) return VAL_ERROR;
    for (CoilFile *o = vm->io_files; o; o = o->next_open) {
        if (o->wlen && !flush_writes(vm, o)) vm_take_exception(vm); /* CPython: "Exception ignored" */
    }
    GC_SAVE(vm);
    /* the path: str, bytes, os.PathLike, or an fd */
    CoilValue file = a[0];
    const char *path = NULL;
    int fd = -1;
    if (value_is_int(vm, file) && !value_is_bool(file)) {
        int64_t n;
        if (vm_index(vm, file, &n) < 0) return GC_RESTORE(vm), VAL_ERROR;
        if (n < 0) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "negative file descriptor");
        fd = (int)n;
    } else {
        CoilValue p = file;
        if (!value_is_str(vm, p) && !value_is_type(p, vm->t_bytes)) {
            CoilValue m = type_lookup(vm, vm_typeof(vm, p), str_intern_cstr(vm, "__fspath__"));
            if (m == VAL_EMPTY) {
                GC_RESTORE(vm);
                return vm_raise(vm, vm->e_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                value_type_name(vm, p));
            }
            p = vm_call_method(vm, p, str_intern_cstr(vm, "__fspath__"), NULL, 0);
            if (value_is_error(p)) return GC_RESTORE(vm), p;
            GC_ROOT(vm, p);
            file = p;
        }
        if (value_is_type(p, vm->t_bytes)) {
            CoilBytes *b = (CoilBytes *)value_as_object(p);
            CoilValue s = str_new(vm, (const char *)b->data, b->len); /* a NUL-terminated copy */
            if (value_is_error(s)) return GC_RESTORE(vm), s;
            GC_ROOT(vm, s);
            path = value_as_str(s)->data;
        } else if (value_is_str(vm, p)) {
            path = value_as_str(p)->data;
        } else {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "expected str, bytes or os.PathLike object, not %s", value_type_name(vm, p));
        }
        if (strlen(path) != (value_is_str(vm, p) ? value_as_str(p)->len : ((CoilBytes *)value_as_object(p))->len)) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_ValueError, "embedded null byte");
        }
    }
    /* the mode */
    CoilValue modev = a[1] == VAL_EMPTY ? VAL_EMPTY : a[1];
    const char *mode = "r";
    if (modev != VAL_EMPTY) {
        if (!value_is_str(vm, modev)) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "open() argument 'mode' must be str, not %s",
                            modev == VAL_NONE ? "None" : value_type_name(vm, modev));
        }
        mode = value_as_str(modev)->data;
    }
    bool r = false, w = false, x = false, ap = false, plus = false, t = false, b = false;
    for (const char *c = mode; *c; c++) {
        bool *flag = *c == 'r' ? &r : *c == 'w' ? &w : *c == 'x' ? &x : *c == 'a' ? &ap : *c == '+' ? &plus
                   : *c == 't' ? &t : *c == 'b' ? &b : NULL;
        if (!flag || *flag) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_ValueError, "invalid mode: '%s'", mode);
        }
        *flag = true;
    }
    if (t && b) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "can't have text and binary mode at once");
    int kinds = r + w + x + ap;
    if (kinds > 1) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "must have exactly one of create/read/write/append mode");
    if (kinds == 0)
        return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError,
                                        "Must have exactly one of create/read/write/append mode and at most one plus");
    if (b && a[3] != VAL_EMPTY && a[3] != VAL_NONE)
        return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "binary mode doesn't take an encoding argument");
    if (b && a[4] != VAL_EMPTY && a[4] != VAL_NONE)
        return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "binary mode doesn't take an errors argument");
    if (b && a[5] != VAL_EMPTY && a[5] != VAL_NONE)
        return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "binary mode doesn't take a newline argument");
    unsigned char enc = ENC_UTF8, newline = NL_UNIVERSAL;
    if (!b && a[2] != VAL_EMPTY && value_is_small_int(a[2]) && value_as_small_int(a[2]) == 0)
        return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "can't have unbuffered text I/O");
    if (!b) {
        if (!parse_encoding(vm, a[3], &enc)) return GC_RESTORE(vm), VAL_ERROR;
        CoilValue nl = a[5];
        if (nl != VAL_EMPTY && nl != VAL_NONE) {
            if (!value_is_str(vm, nl)) {
                GC_RESTORE(vm);
                return vm_raise(vm, vm->e_TypeError, "open() argument 'newline' must be str or None, not %s",
                                value_type_name(vm, nl));
            }
            const char *s = value_as_str(nl)->data;
            if (!strcmp(s, "")) newline = NL_ANY;
            else if (!strcmp(s, "\n")) newline = NL_LF;
            else if (!strcmp(s, "\r")) newline = NL_CR;
            else if (!strcmp(s, "\r\n")) newline = NL_CRLF;
            else return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "illegal newline value: %s", s);
        }
        CoilValue errs = a[4];
        if (errs != VAL_EMPTY && errs != VAL_NONE &&
            !(value_is_str(vm, errs) && !strcmp(value_as_str(errs)->data, "strict"))) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_NotImplementedError, "open(): only errors='strict' is supported by Coil");
        }
    }
    CoilValue opener = a[7] == VAL_EMPTY ? VAL_NONE : a[7];
    bool closefd = true;
    if (a[6] != VAL_EMPTY) {
        int tr = vm_truthy(vm, a[6]);
        if (tr < 0) return GC_RESTORE(vm), VAL_ERROR;
        closefd = tr;
    }
    if (!closefd && fd < 0) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "Cannot use closefd=False with file name");
    /* open the fd */
    if (fd < 0 && opener != VAL_NONE) {
        /* opener(file, flags) -> an open fd, as CPython's FileIO calls it */
        int flags = (plus ? O_RDWR : r ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
        if (w) flags |= O_CREAT | O_TRUNC;
        if (x) flags |= O_CREAT | O_EXCL;
        if (ap) flags |= O_CREAT | O_APPEND;
        CoilValue oa[2] = {a[0], value_from_small_int(flags)};
        CoilValue got = vm_call(vm, opener, oa, 2, VAL_EMPTY);
        if (value_is_error(got)) return GC_RESTORE(vm), got;
        if (!value_is_int(vm, got) || value_is_bool(got)) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "expected integer from opener");
        }
        int64_t n;
        if (vm_index(vm, got, &n) < 0) return GC_RESTORE(vm), VAL_ERROR;
        if (n < 0) return GC_RESTORE(vm), vm_raise(vm, vm->e_ValueError, "opener returned %d", (int)n);
        fd = (int)n;
    }
    if (fd < 0) {
        int flags = (plus ? O_RDWR : r ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
        if (w) flags |= O_CREAT | O_TRUNC;
        if (x) flags |= O_CREAT | O_EXCL;
        if (ap) flags |= O_CREAT | O_APPEND;
        do fd = open(path, flags, 0666);
        while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            int err = errno;
            CoilValue r2 = raise_errno(vm, err, file);
            GC_RESTORE(vm);
            return r2;
        }
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (closefd) close(fd);
        CoilValue r2 = raise_errno(vm, EISDIR, file);
        GC_RESTORE(vm);
        return r2;
    } else if (fstat(fd, &st) < 0) {
        int err = errno;
        CoilValue r2 = raise_errno(vm, err, VAL_EMPTY);
        GC_RESTORE(vm);
        return r2;
    }
    if (ap) lseek(fd, 0, SEEK_END);
    CoilType *type = !b ? vm->t_io_text : plus ? vm->t_io_random : r ? vm->t_io_reader : vm->t_io_writer;
    CoilFile *f = gc_alloc_object(vm, type, sizeof(CoilFile));
    if (!f) {
        if (closefd) close(fd);
        GC_RESTORE(vm);
        return vm_raise_nomem(vm);
    }
    f->name = file;
    f->mode = VAL_NONE;
    f->encoding = VAL_NONE;
    f->fd = fd;
    f->text = !b;
    f->readable = r || plus;
    f->writable = w || x || ap || plus;
    f->closefd = closefd;
    f->enc = enc;
    f->newline = newline;
    f->seekable = lseek(fd, 0, SEEK_CUR) >= 0;
    link_open(vm, f);
    CoilValue fv = value_from_object(f);
    GC_ROOT(vm, fv);
    if (!b) {
        f->mode = modev == VAL_EMPTY ? str_from_cstr(vm, "r") : modev;
        if (value_is_error(f->mode)) return GC_RESTORE(vm), (f->mode = VAL_NONE, VAL_ERROR);
        f->encoding = a[3] == VAL_EMPTY || a[3] == VAL_NONE ? str_from_cstr(vm, "UTF-8") : a[3];
        if (value_is_error(f->encoding)) return GC_RESTORE(vm), (f->encoding = VAL_NONE, VAL_ERROR);
    } else {
        /* FileIO's normalised mode */
        const char *m = x ? (f->readable ? "xb+" : "xb") : ap ? (f->readable ? "ab+" : "ab")
                      : f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb";
        f->mode = str_from_cstr(vm, m);
        if (value_is_error(f->mode)) return GC_RESTORE(vm), (f->mode = VAL_NONE, VAL_ERROR);
    }
    GC_RESTORE(vm);
    return fv;
}

const CoilMethodDef builtins_io[] = {{"open", io_open, METH_KEYWORDS}, {NULL, NULL, 0}};

/* _io._set_name(file, name): what tempfile does with `raw.name = path` in
 * CPython (whose FileIO.name is writable): a file opened through an opener
 * is named by the path the opener chose, not by the argument open() got. */
static CoilValue io_set_name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_set_name", nargs, 2, 2) < 0) return VAL_ERROR;
    CoilType *t = value_is_object(args[0]) ? value_as_object(args[0])->type : NULL;
    if (t != vm->t_io_text && t != vm->t_io_reader && t != vm->t_io_writer && t != vm->t_io_random)
        return vm_raise(vm, vm->e_TypeError, "_set_name: expected a file object, not %s", value_type_name(vm, args[0]));
    FILE_OF(args[0])->name = args[1];
    return VAL_NONE;
}

/* The _io module: open and the file types; io.py adds StringIO/BytesIO. */
CoilValue mod_io_create(CoilVM *vm)
{
    if (!io_types(vm)) return VAL_ERROR;
    static const CoilMethodDef funcs[] = {{"_set_name", io_set_name, 0}, {NULL, NULL, 0}};
    CoilValue m = module_new_native(vm, "_io", funcs);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    /* _io.open is builtins.open, one object as in CPython */
    CoilValue open_fn = dict_get_cstr(vm, value_as_dict(vm->builtins_dict), "open");
    bool ok = (open_fn == VAL_EMPTY || module_set(vm, m, "open", open_fn) >= 0) && module_set(vm, m, "TextIOWrapper", value_from_object(vm->t_io_text)) >= 0 &&
              module_set(vm, m, "BufferedReader", value_from_object(vm->t_io_reader)) >= 0 &&
              module_set(vm, m, "BufferedWriter", value_from_object(vm->t_io_writer)) >= 0 &&
              module_set(vm, m, "BufferedRandom", value_from_object(vm->t_io_random)) >= 0 &&
              module_set(vm, m, "UnsupportedOperation", value_from_object(vm->t_io_unsupported)) >= 0 &&
              module_set(vm, m, "DEFAULT_BUFFER_SIZE", value_from_small_int(8192)) >= 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
