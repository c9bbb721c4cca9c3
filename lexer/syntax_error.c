/* syntax_error.c — recording a compile-time error and printing it exactly as
 * CPython 3.11 prints an uncaught SyntaxError of a script: parse_syntax_error,
 * print_exception and print_error_text of Python/pythonrun.c, fed with the
 * offsets and source line CPython's file parser would have put in the error. */

#include <stdarg.h>
#include <string.h>

#include "syntax_error.h"

void syntax_error_set(CoilSyntaxError *err, const char *type, int line, int col,
                      int end_line, int end_col, const char *fmt, ...)
{
    if (err->set)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->set = true;
    err->type = type;
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
    err->tokenizer = false;
    err->file_in_msg = 0;
}

int syntax_error_message(const CoilSyntaxError *err, const char *filename, char *buf,
                         size_t size)
{
    if (err->file_in_msg <= 0)
        return snprintf(buf, size, "%s", err->msg);
    int at = err->file_in_msg - 1;
    return snprintf(buf, size, "%.*s%s%s", at, err->msg, filename, err->msg + at);
}

/* --- the source line CPython puts in the error -------------------------------- */

static bool syn_has_bom(const char *src, size_t len)
{
    return len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
}

/* Line `line` of src (1-based, universal newlines), BOM included: its start,
 * the length of its content and whether a newline ends it. */
static bool syn_line(const char *src, size_t len, int line, const char **start, size_t *n,
                     bool *has_nl)
{
    const char *p = src, *end = src + len;
    if (line < 1)
        return false;
    for (int i = 1; i < line; i++) {
        while (p < end && *p != '\n' && *p != '\r')
            p++;
        if (p >= end)
            return false;
        p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    if (p >= end && line > 1)
        return false;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    *start = p;
    *n = (size_t)(e - p);
    *has_nl = e < end;
    return true;
}

/* Characters that start in the first `bytes` bytes of text[0..n), counting
 * bytes past the end as one character each. */
static long syn_chars(const char *text, size_t n, long bytes)
{
    long count = 0;
    long lim = bytes < (long)n ? bytes : (long)n;
    for (long i = 0; i < lim; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    if (bytes > (long)n)
        count += bytes - (long)n;
    return count;
}

/* CPython's _PyPegen_byte_offset_to_character_offset: the length of the first
 * `bytes` bytes (clipped to n + 1, the terminating NUL included) decoded with
 * "replace" — a cut character counts as one. */
static long syn_chars_replace(const char *text, size_t n, long bytes)
{
    if (bytes > (long)n + 1)
        bytes = (long)n + 1;
    long count = 0;
    for (long i = 0; i < bytes; i++)
        if (i == (long)n || ((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* print_error_text of pythonrun.c, for a line text[0..n) without its line
 * end (whatever the source had there, CPython prints one "\n"). */
static void syn_print_text(FILE *out, long offset, long end_offset, const char *text, size_t n)
{
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (n > 0 && (*text == ' ' || *text == '\t' || *text == '\f')) {
        text++, n--;
        offset--;
    }
    long len = (long)n;
    if (offset > len)
        offset = len;
    fputs("    ", out);
    fwrite(text, 1, (size_t)len, out);
    fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    for (long i = 0; i < offset; i++)
        fputc(' ', out);
    for (long i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

void syntax_error_print(const CoilSyntaxError *err, const char *filename, const char *src,
                        size_t len, FILE *out)
{
    if (!err || !err->set)
        return;
    const char *type = err->type ? err->type : "SyntaxError";
    char msg[sizeof err->msg + 1024];
    syntax_error_message(err, filename, msg, sizeof msg);

    if (err->line > 0 || err->line == -1) { /* -1: a compiler error at an artificial location */
        fprintf(out, "  File \"%s\", line %d\n", filename, err->line);
        const char *text;
        size_t n;
        bool has_nl;
        bool bom = syn_has_bom(src, len);
        if (src && syn_line(src, len, err->line, &text, &n, &has_nl)) {
            long offset, end_offset;
            if (err->tokenizer) {
                /* The tokenizer's own line: no BOM, no newline, whole; its
                 * columns count characters. */
                if (err->line == 1 && bom)
                    text += 3, n -= 3;
                const char *nul = memchr(text, 0, n);
                if (nul)
                    n = (size_t)(nul - text);
                has_nl = false;
                offset = err->col < 0 ? 0 : syn_chars(text, n, err->col) + 1;
                end_offset = err->end_col > err->col ? syn_chars(text, n, err->end_col) + 1
                                                     : offset;
            } else {
                /* The line as err_programtext re-reads it from the file: the
                 * BOM kept, the newline kept, and only the last 999-byte
                 * chunk of a longer line (it reads with a 1000-byte fgets). */
                size_t total = n + has_nl;
                if (total > 999) {
                    size_t skip = (total - 1) / 999 * 999;
                    text += skip, n -= skip; /* skip < total: n stays >= 0 */
                }
                const char *nul = memchr(text, 0, n);
                if (nul) {
                    n = (size_t)(nul - text);
                    has_nl = false;
                }
                if (bom) {
                    /* A BOM makes the file's encoding "utf-8", and then the
                     * parser converts its byte offsets to characters. */
                    size_t size = n + has_nl; /* the '\n' counts as one character */
                    offset = err->col < 0 ? 0 : syn_chars_replace(text, size, (long)err->col + 1);
                    end_offset = err->end_col + 1 > 0
                                     ? syn_chars_replace(text, size, (long)err->end_col + 1)
                                     : err->end_col + 1;
                } else {
                    offset = (long)err->col + 1;
                    end_offset = (long)err->end_col + 1;
                }
            }
            long line_size = (long)(n + has_nl);
            long end_line = err->end_line;
            if (strcmp(type, "SyntaxError") != 0) {
                /* parse_syntax_error: subclasses get no end position */
                end_line = err->line;
                end_offset = -1;
            }
            if (end_line > err->line)
                end_offset = line_size;
            if (end_offset > line_size + 1)
                end_offset = line_size + 1;
            syn_print_text(out, offset, end_offset, text, n);
        }
    }
    fputs(type, out);
    if (msg[0]) {
        fputs(": ", out);
        fputs(msg, out);
    }
    fputc('\n', out);
}
