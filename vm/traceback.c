/* traceback.c — printing an uncaught exception exactly as CPython 3.11's
 * default excepthook: the __cause__/__context__ chain with its separators,
 * "Traceback (most recent call last):", one File/line/name entry per frame
 * with the stripped source line and its caret line (from the code's column
 * table), "[Previous line repeated N more times]" for recursion, the final
 * "Type: message" line and the exception's __notes__ under it. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/syntax_error.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

/* The most recently read source file (tracebacks revisit the same file). */
typedef struct SourceCache {
    const CoilString *path;
    char *text;
    size_t len, cap;
    bool failed;
} SourceCache;

static void cache_release(CoilVM *vm, SourceCache *sc)
{
    if (sc->cap) coil_free(&vm->alloc, sc->text, sc->cap); /* cap 0: borrowed script text */
    sc->text = NULL;
    sc->cap = 0;
}

static bool load_source(CoilVM *vm, SourceCache *sc, const CoilString *path)
{
    if (sc->path == path) return !sc->failed;
    cache_release(vm, sc);
    sc->path = path;
    sc->failed = true;
    if (vm->main_path && vm->main_source && strcmp(vm->main_path, path->data) == 0) {
        /* The running script: its text is already in memory. */
        sc->text = (char *)vm->main_source;
        sc->len = vm->main_source_len;
        sc->cap = 0;
        sc->failed = false;
        return true;
    }
    FILE *f = fopen(path->data, "rb");
    if (!f) return false;
    size_t cap = 4096, len = 0;
    char *buf = coil_alloc(&vm->alloc, cap);
    while (buf) {
        size_t n = fread(buf + len, 1, cap - len, f);
        len += n;
        if (len < cap) break;
        char *g = coil_realloc(&vm->alloc, buf, cap, cap * 2);
        if (!g) {
            coil_free(&vm->alloc, buf, cap);
            buf = NULL;
            break;
        }
        buf = g;
        cap *= 2;
    }
    fclose(f);
    if (!buf) return false;
    sc->text = buf;
    sc->len = len;
    sc->cap = cap;
    sc->failed = false;
    return true;
}

/* Characters (code points) in the UTF-8 text s[0..n). */
static int utf8_chars(const char *s, size_t n)
{
    int k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static bool is_blank(uint32_t ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1C && ch <= 0x1F) || ch == 0x85 || ch == 0xA0;
}

/* The segment under the markers as code points: what the anchor rules
 * index. */
typedef struct Segment {
    const char *s;
    int nbytes, nchars;
    uint32_t ch[512];
} Segment;

static bool segment_init(Segment *g, const char *s, int nbytes)
{
    g->s = s;
    g->nbytes = nbytes;
    g->nchars = 0;
    for (int i = 0; i < nbytes;) {
        unsigned char b = (unsigned char)s[i];
        int n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        uint32_t c = n == 1 ? b : (uint32_t)(b & (0x3F >> (n - 1)));
        for (int k = 1; k < n && i + k < nbytes; k++) c = c << 6 | ((unsigned char)s[i + k] & 0x3F);
        if (g->nchars == (int)(sizeof g->ch / sizeof *g->ch)) return false;
        g->ch[g->nchars++] = c;
        i += n;
    }
    return true;
}

/* Characters in the segment's first `bytes` bytes (a cut character counts). */
static int seg_chars(const Segment *g, int bytes)
{
    if (bytes > g->nbytes) bytes = g->nbytes;
    return bytes < 0 ? 0 : utf8_chars(g->s, (size_t)bytes);
}

/* The '^' part of the markers between '~' operands, in characters from
 * the segment's start: for a binary operation the operator (the first
 * non-blank after the left operand, two characters when the next is not
 * blank and still before the right operand), for a subscript from the
 * value's end to just past the slice's. */
static int tb_caret_anchors(const Segment *g, const CoilPosition *p, int *left, int *right)
{
    if (p->kind == 1) {
        int from = seg_chars(g, p->anchor_left - p->col), to = seg_chars(g, p->anchor_right - p->col);
        int l = from;
        while (l < to && is_blank(g->ch[l])) l++;
        if (l >= to) return 0;
        *left = l;
        *right = l + 1 + (l + 1 < to && !is_blank(g->ch[l + 1]));
        return 1;
    }
    if (p->kind == 2) {
        *left = seg_chars(g, p->anchor_left - p->col);
        *right = seg_chars(g, p->anchor_right - p->col) + 1;
        return 1;
    }
    return 0;
}

/* CPython 3.11's marker line under a source line (line[0..len), as in the
 * file, indent bytes of indentation): '^' under the instruction's range,
 * or '~' under the operands and '^' under the operator or brackets of a
 * one-line binary operation or subscript.  Nothing when the range is
 * unknown, or covers the whole stripped line and has no anchors.  Columns
 * are bytes; markers are placed by characters. */
static void tb_print_carets(const char *line, int len, int indent, int stripped_len, const CoilPosition *p, FILE *out)
{
    if (p->col > len) return;
    int start = utf8_chars(line, (size_t)p->col), end;
    int ind = utf8_chars(line, (size_t)indent), slen = utf8_chars(line + indent, (size_t)stripped_len);
    int left = 0, right = 0, anchored = 0;
    if (p->end_line == p->line) {
        int eb = p->end_col < len ? p->end_col : len;
        end = utf8_chars(line, (size_t)eb);
        Segment g;
        if (p->kind && segment_init(&g, line + p->col, eb - p->col)) anchored = tb_caret_anchors(&g, p, &left, &right);
    } else {
        end = ind + slen;
    }
    if (end - start >= slen && !(anchored && right > left)) return;
    if (start < ind) return;
    fputs("    ", out);
    for (int i = ind; i < start; i++) fputc(' ', out);
    if (!anchored) {
        for (int i = start; i < end; i++) fputc('^', out);
    } else {
        for (int i = 0; i < left; i++) fputc('~', out);
        for (int i = left; i < right; i++) fputc('^', out);
        for (int i = right; i < end - start; i++) fputc('~', out);
    }
    fputc('\n', out);
}

/* Writes line `lineno` of the file without its indentation, as
 * _Py_DisplaySourceLine does, and the marker line for pos when given. */
static void print_source_line(CoilVM *vm, SourceCache *sc, const CoilString *path, int lineno,
                              const CoilPosition *pos, FILE *out)
{
    /* "<string>", "<stdin>", "<frozen x>": no file to show lines from. */
    if (lineno < 1 || path->data[0] == '<' || !load_source(vm, sc, path)) return;
    const char *p = sc->text, *end = sc->text + sc->len;
    for (int l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return;
        p = nl + 1;
    }
    if (p >= end) return;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    if (e > p && e[-1] == '\r') e--;
    const char *linestart = p;
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
    fputs("    ", out);
    fwrite(p, 1, (size_t)(e - p), out);
    fputc('\n', out);
    if (pos && p < e) {
        const char *s = e;
        while (s > p && is_blank(s[-1])) s--;
        tb_print_carets(linestart, (int)(e - linestart), (int)(p - linestart), (int)(s - p), pos, out);
    }
}

static void print_repeated(int cnt, FILE *out)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    fprintf(out, "  [Previous line repeated %d more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static void print_traceback(CoilVM *vm, CoilValue tb, SourceCache *sc, FILE *out, const char *header)
{
    size_t depth = 0;
    for (CoilValue t = tb; value_is_type(t, vm->t_traceback); t = ((CoilTraceback *)value_as_object(t))->next) depth++;
    while (depth > TB_LIMIT) {
        tb = ((CoilTraceback *)value_as_object(tb))->next;
        depth--;
    }
    fputs(header, out);
    const CoilString *last_file = NULL, *last_name = NULL;
    int last_line = -1, cnt = 0;
    for (CoilValue t = tb; value_is_type(t, vm->t_traceback); t = ((CoilTraceback *)value_as_object(t))->next) {
        CoilTraceback *e = (CoilTraceback *)value_as_object(t);
        const CoilString *file = e->code->filename, *name = e->code->name;
        if (!last_file || file != last_file || last_line == -1 || e->lineno != last_line || !last_name ||
            name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(cnt, out);
            last_file = file;
            last_line = e->lineno;
            last_name = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            fprintf(out, "  File \"%s\", line %d, in %s\n", file->data, e->lineno, name->data);
            CoilPosition pos;
            bool have = e->lasti >= 0 && code_position(e->code, (size_t)e->lasti / 2, &pos) && pos.line == e->lineno;
            print_source_line(vm, sc, file, e->lineno, have ? &pos : NULL, out);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) print_repeated(cnt, out);
}

static void print_exception_line(CoilVM *vm, CoilValue exc, FILE *out)
{
    CoilType *t = vm_typeof(vm, exc);
    CoilValue mod = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
    const char *modname = value_is_str(vm, mod) ? value_as_str(mod)->data : (t->module_name ? t->module_name : "builtins");
    if (strcmp(modname, "builtins") != 0 && strcmp(modname, "__main__") != 0) fprintf(out, "%s.", modname);
    fputs(t->qualname->data, out);
    CoilValue s = vm_str(vm, exc);
    if (value_is_error(s)) {
        vm_take_exception(vm);
        fputs(": <exception str() failed>\n", out);
        return;
    }
    CoilString *str = value_as_str(s);
    if (str->len) {
        fputs(": ", out);
        fwrite(str->data, 1, str->len, out);
    }
    GC_ROOT(vm, s);
    CoilValue sugg = vm->tb_module_format ? VAL_EMPTY : exc_suggestion(vm, exc);
    if (value_is_str(vm, sugg)) fprintf(out, ". Did you mean: '%s'?", value_as_str(sugg)->data);
    GC_UNROOT(vm, 1);
    fputc('\n', out);
}

/* The __notes__ under the message line, as CPython 3.11's printer: a
 * sequence prints one note a line (str() of non-str notes, a placeholder
 * when that fails); anything else prints its repr with no newline. */
static void print_notes(CoilVM *vm, CoilValue exc, FILE *out)
{
    CoilValue notes = vm_getattr_cstr(vm, exc, "__notes__");
    if (value_is_error(notes)) {
        vm_take_exception(vm);
        return;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, notes);
    CoilType *t = vm_typeof(vm, notes);
    CoilString *getitem = str_intern_cstr(vm, "__getitem__");
    bool seq = getitem && !type_is_subtype(t, vm->t_dict) && type_lookup(vm, t, getitem) != VAL_EMPTY;
    int64_t n = 0;
    if (seq && vm_len(vm, notes, &n) < 0) {
        vm_take_exception(vm);
        seq = false;
    }
    if (!seq) {
        CoilValue r = vm_repr(vm, notes);
        if (value_is_error(r)) {
            vm_take_exception(vm);
            fputs("<__notes__ repr() failed>", out);
        } else {
            fwrite(value_as_str(r)->data, 1, value_as_str(r)->len, out);
        }
        GC_RESTORE(vm);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        CoilValue note = vm_getitem(vm, notes, value_from_small_int(i));
        if (value_is_error(note)) {
            vm_take_exception(vm);
            break;
        }
        if (!value_is_str(vm, note)) {
            GC_ROOT(vm, note);
            note = vm_str(vm, note);
            GC_UNROOT(vm, 1);
        }
        if (value_is_error(note)) {
            vm_take_exception(vm);
            fputs("<note str() failed>", out);
        } else {
            fwrite(value_as_str(note)->data, 1, value_as_str(note)->len, out);
        }
        fputc('\n', out);
    }
    GC_RESTORE(vm);
}

/* A SyntaxError prints its File/line/caret block as the compiler's printer
 * does for scripts: from the compiler's record when it has one, else from
 * its attributes (a SyntaxError raised by script code).  The line comes from
 * the file, or from the `text` attribute when there is no file (exec). */
static bool print_syntax_error(CoilVM *vm, CoilValue exc, SourceCache *sc, FILE *out)
{
    CoilException *x = value_as_exc(exc);
    if (!type_is_subtype(vm_typeof(vm, exc), vm->e_SyntaxError)) return false;
    CoilSyntaxError err;
    memset(&err, 0, sizeof err);
    CoilValue fn = vm_getattr_cstr(vm, exc, "filename");
    if (value_is_error(fn)) return vm_take_exception(vm), false;
    GC_SAVE(vm);
    GC_ROOT(vm, fn);
    CoilValue text = vm_getattr_cstr(vm, exc, "text");
    if (value_is_error(text)) return vm_take_exception(vm), GC_RESTORE(vm), false;
    GC_ROOT(vm, text);
    if (value_is_type(x->value, vm->t_bytes) && ((CoilBytes *)value_as_object(x->value))->len == sizeof err) {
        memcpy(&err, ((CoilBytes *)value_as_object(x->value))->data, sizeof err);
    } else {
        CoilValue f[5];
        const char *names[5] = {"msg", "lineno", "offset", "end_lineno", "end_offset"};
        for (int i = 0; i < 5; i++) {
            f[i] = vm_getattr_cstr(vm, exc, names[i]);
            if (value_is_error(f[i])) return vm_take_exception(vm), GC_RESTORE(vm), false;
            GC_ROOT(vm, f[i]);
        }
        CoilValue m = vm_str(vm, f[0]);
        if (value_is_error(m)) return vm_take_exception(vm), GC_RESTORE(vm), false;
        err.set = true;
        err.type = vm_typeof(vm, exc)->name;
        snprintf(err.msg, sizeof err.msg, "%s", value_as_str(m)->data);
        err.line = value_is_small_int(f[1]) ? (int)value_as_small_int(f[1]) : 0;
        err.col = value_is_small_int(f[2]) ? (int)value_as_small_int(f[2]) - 1 : -1;
        err.end_line = value_is_small_int(f[3]) ? (int)value_as_small_int(f[3]) : err.line;
        err.end_col = value_is_small_int(f[4]) ? (int)value_as_small_int(f[4]) - 1 : err.col;
    }
    const char *fname = value_is_str(vm, fn) ? value_as_str(fn)->data : "<string>";
    const char *src = NULL;
    size_t len = 0;
    char *fake = NULL;
    size_t fake_len = 0;
    if (value_is_str(vm, fn) && load_source(vm, sc, value_as_str(fn))) {
        src = sc->text;
        len = sc->len;
    } else if (value_is_str(vm, text) && err.line > 0) {
        /* No file: the text attribute stands for the error's line. */
        CoilString *t = value_as_str(text);
        fake_len = (size_t)(err.line - 1) + t->len;
        fake = vm_mem_alloc(vm, fake_len + 1);
        if (fake) {
            memset(fake, '\n', (size_t)(err.line - 1));
            memcpy(fake + err.line - 1, t->data, t->len);
            fake[fake_len] = 0;
            src = fake;
            len = fake_len;
        }
    }
    syntax_error_print(&err, fname, src, len, out);
    if (fake) vm_mem_free(vm, fake, fake_len + 1);
    GC_RESTORE(vm);
    return true;
}

void exc_print_one(CoilVM *vm, CoilValue exc, FILE *out, const char *header)
{
    SourceCache sc = {0};
    CoilException *x = value_as_exc(exc);
    if (value_is_type(x->traceback, vm->t_traceback)) print_traceback(vm, x->traceback, &sc, out, header);
    if (!print_syntax_error(vm, exc, &sc, out)) print_exception_line(vm, exc, out);
    print_notes(vm, exc, out);
    cache_release(vm, &sc);
}

void exc_print(CoilVM *vm, CoilValue exc, FILE *out)
{
    /* Exception groups print as nested boxes (excgroup.c). */
    if (excgroup_in_chain(vm, exc)) {
        excgroup_print(vm, exc, out);
        return;
    }
    /* Collect the chain outermost-last, stopping at a repeat (CPython's seen set). */
    CoilValue chain[256];
    int kinds[256]; /* how chain[i] links to chain[i-1]: 1 cause, 2 context */
    size_t n = 0;
    CoilValue cur = exc;
    int kind = 0;
    while (value_is_exception(vm, cur) && n < 256) {
        bool seen = false;
        for (size_t k = 0; k < n; k++) seen = seen || chain[k] == cur;
        if (seen) break;
        chain[n] = cur;
        kinds[n] = kind;
        n++;
        CoilException *e = value_as_exc(cur);
        if (e->cause != VAL_NONE) {
            cur = e->cause;
            kind = 1;
            /* A cause already printed ends the chain (no fallback to context). */
            bool dup = false;
            for (size_t k = 0; k < n; k++) dup = dup || chain[k] == cur;
            if (dup) break;
        } else if (e->context != VAL_NONE && !e->suppress_context) {
            cur = e->context;
            kind = 2;
        } else {
            break;
        }
    }
    SourceCache sc = {0};
    for (size_t k = n; k > 0; k--) {
        CoilValue e = chain[k - 1];
        CoilException *x = value_as_exc(e);
        if (value_is_type(x->traceback, vm->t_traceback)) print_traceback(vm, x->traceback, &sc, out, "Traceback (most recent call last):\n");
        if (!print_syntax_error(vm, e, &sc, out)) print_exception_line(vm, e, out);
        print_notes(vm, e, out);
        if (k > 1) {
            if (kinds[k - 1] == 1)
                fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
            else
                fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
        }
    }
    cache_release(vm, &sc);
    fflush(out);
}

/* sys.<name> as the sys module holds it, or VAL_EMPTY. */
static CoilValue sys_attr(CoilVM *vm, const char *name)
{
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    if (!value_is_type(sys, vm->t_module)) return VAL_EMPTY;
    return dict_get_cstr(vm, value_as_dict(module_dict(sys)), name);
}

void exc_write_stderr(CoilVM *vm, const char *s, size_t n)
{
    CoilValue err = sys_attr(vm, "stderr");
    if (err == VAL_EMPTY || err == sys_attr(vm, "__stderr__")) {
        fwrite(s, 1, n, stderr);
        fflush(stderr);
        return;
    }
    if (err == VAL_NONE) return; /* CPython prints nothing without a stderr */
    GC_SAVE(vm);
    GC_ROOT(vm, err);
    CoilValue text = str_new(vm, s, n);
    if (!value_is_error(text)) {
        GC_ROOT(vm, text);
        CoilString *w = str_intern_cstr(vm, "write");
        if (w) text = vm_call_method(vm, err, w, &text, 1);
    }
    if (value_is_error(text)) vm_take_exception(vm);
    GC_RESTORE(vm);
}

void exc_display(CoilVM *vm, CoilValue exc)
{
    CoilValue err = sys_attr(vm, "stderr");
    if (err == VAL_EMPTY || err == sys_attr(vm, "__stderr__")) {
        exc_print(vm, exc, stderr);
        return;
    }
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem) return;
    GC_ROOT(vm, exc);
    exc_print(vm, exc, mem);
    fclose(mem);
    exc_write_stderr(vm, text ? text : "", text ? len : 0);
    GC_UNROOT(vm, 1);
    free(text);
}
