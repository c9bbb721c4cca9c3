/* freeze_stdlib.c — build-time tool: compiles every module under stdlib/
 * (the modules written in Coil) and writes one C file holding, per module,
 * its compiled CoilProto tree as bytes (compiler/protobin.h), so importing an embedded module only loads bytecode (load_proto) instead
 * of lexing, parsing and compiling it at every start-up.
 *   freeze_stdlib OUTPUT.c STDLIB_DIR REL.py...
 * stdlib/a/__init__.py is package "a", stdlib/a/b.py is module "a.b"; the
 * output lives in the build tree and is never committed.
 * The source that asyncio's `_frames.place(FILE, SOURCE, ...)` calls would
 * rewrite and run through `_asyncio._define_at` is compiled here too, the
 * same way (coil_frozen_placed, keyed by FILE and SOURCE as written):
 * place() asks `_asyncio._define_frozen` first, which runs a proto only for
 * exactly that file and source, so a mismatch costs a compile at run time,
 * never a wrong result. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/protobin.h"
#include "parser/parser.h"

static FILE *out;

static void emit_bytes_literal(const char *s, size_t n)
{
    /* Octal escapes are always three digits, so they never absorb the
     * character after them (as \x escapes would). */
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') fputc(c, out);
        else fprintf(out, "\\%03o", c);
        if (i % 100 == 99 && i + 1 < n) fputs("\"\n\"", out);
    }
    fputc('"', out);
}

static void emit_cstr(const char *s)
{
    if (!s) fputs("NULL", out);
    else emit_bytes_literal(s, strlen(s));
}

static void emit_array(const char *name, const unsigned char *d, size_t n)
{
    fprintf(out, "static const unsigned char %s[] = {", name);
    for (size_t i = 0; i < n; i++) fprintf(out, "%s%u,", i % 24 ? "" : "\n", d[i]);
    fputs("0};\n", out);
}

/* Writes proto p as the byte array NAME; returns its length. */
static size_t emit_proto(const char *name, const CoilProto *p)
{
    ProtoBin b = {NULL, 0, 0};
    if (!protobin_write(&b, p)) {
        fprintf(stderr, "freeze_stdlib: out of memory\n");
        exit(1);
    }
    emit_array(name, b.data, b.len);
    free(b.data);
    return b.len;
}

/* --- asyncio's _frames.place() -------------------------------------------- */

/* The directory place() puts its files in (stdlib/asyncio/_frames.py). */
#define PLACE_PREFIX "/usr/lib/python3.11/asyncio/"

typedef struct Placed {
    char *filename, *text;
    size_t len;
    long line;
    size_t code_len;
} Placed;
static Placed *placed;
static size_t nplaced, placed_cap;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

/* place()'s rewriting of SOURCE: each line ending in `#@N` lands on line N
 * (blank lines added before it), the mark removed with the spaces before
 * it.  The text goes to *text, its first line to *first; 0 if place()
 * would fail (then nothing is cached). */
static int place_text(const char *src, size_t n, char **text, size_t *tlen, long *first)
{
    size_t cap = n * 2 + 16, len = 0, nlines = 0;
    char *o = malloc(cap);
    if (!o) return 0;
    long f = -1;
    const char *p = src, *end = src + n;
    for (;;) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *le = eol ? eol : end;
        const char *mark = NULL;
        for (const char *q = p; q + 1 < le; q++)
            if (q[0] == '#' && q[1] == '@') mark = q;
        const char *te = le;
        if (mark) {
            char *stop;
            long wanted = strtol(mark + 2, &stop, 10);
            while (stop < le && is_space(*stop)) stop++;
            if (stop != le || stop == mark + 2) goto fail;
            te = mark;
            while (te > p && is_space(te[-1])) te--;
            if (f < 0) {
                f = wanted - (long)nlines;
            } else {
                long gap = wanted - (f + (long)nlines);
                if (gap < 0) goto fail;
                for (long g = 0; g < gap; g++) {
                    if (len + 1 >= cap && !(o = realloc(o, cap *= 2))) return 0;
                    if (nlines) o[len++] = '\n';
                    nlines++;
                }
            }
        }
        size_t tl = (size_t)(te - p);
        while (len + tl + 2 >= cap)
            if (!(o = realloc(o, cap *= 2))) return 0;
        if (nlines) o[len++] = '\n';
        memcpy(o + len, p, tl);
        len += tl;
        nlines++;
        if (!eol) break;
        p = eol + 1;
    }
    if (f < 1) goto fail;
    o[len] = 0;
    *text = o;
    *tlen = len;
    *first = f;
    return 1;
fail:
    free(o);
    return 0;
}

/* Compiles, as _define_at would, the source of every top-level
 * `_frames.place('FILE', '''SOURCE''', ...)` of a module. */
static void freeze_placed(const AstNode *mod)
{
    for (int i = 0; i < mod->v.Module.body.len; i++) {
        const AstNode *st = mod->v.Module.body.items[i];
        if (st->kind != AST_Expr) continue;
        const AstNode *call = st->v.Expr.value;
        if (call->kind != AST_Call || call->v.Call.args.len < 2) continue;
        const AstNode *fn = call->v.Call.func;
        if (fn->kind != AST_Attribute || strcmp(fn->v.Attribute.attr, "place") ||
            fn->v.Attribute.value->kind != AST_Name || strcmp(fn->v.Attribute.value->v.Name.id, "_frames"))
            continue;
        const AstNode *a = call->v.Call.args.items[0], *b = call->v.Call.args.items[1];
        if (a->kind != AST_Constant || a->v.Constant.kind != AST_CONST_STR || b->kind != AST_Constant ||
            b->v.Constant.kind != AST_CONST_STR)
            continue;
        char *text;
        size_t tlen;
        long first;
        if (!place_text(b->v.Constant.u.s, b->v.Constant.len, &text, &tlen, &first)) continue;
        char fname[1100];
        snprintf(fname, sizeof fname, "%s%s", PLACE_PREFIX, a->v.Constant.u.s);
        size_t blen = (size_t)(first - 1) + tlen;
        char *buf = malloc(blen + 1);
        if (!buf) exit(1);
        memset(buf, '\n', (size_t)(first - 1));
        memcpy(buf + first - 1, text, tlen);
        buf[blen] = 0;
        CoilArena *arena = arena_new();
        CoilSyntaxError err;
        memset(&err, 0, sizeof err);
        CoilProto *p = arena ? compile_source(arena, buf, blen, fname, &err) : NULL;
        if (p) {
            if (nplaced == placed_cap && !(placed = realloc(placed, (placed_cap = placed_cap * 2 + 8) * sizeof *placed)))
                exit(1);
            Placed *e = &placed[nplaced++];
            size_t fl = strlen(fname) + 1;
            if (!(e->filename = malloc(fl))) exit(1);
            memcpy(e->filename, fname, fl);
            /* The key: the place() call's own source argument. */
            e->len = b->v.Constant.len;
            if (!(e->text = malloc(e->len + 1))) exit(1);
            memcpy(e->text, b->v.Constant.u.s, e->len);
            free(text);
            e->line = first;
            char arr[64];
            snprintf(arr, sizeof arr, "placed_code%zu", nplaced - 1);
            e->code_len = emit_proto(arr, p);
        } else {
            free(text);
        }
        if (arena) arena_free(arena);
        free(buf);
    }
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (cap - n - 1 == 0) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: freeze_stdlib OUTPUT.c STDLIB_DIR REL.py...\n");
        return 2;
    }
    out = fopen(argv[1], "w");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    fputs("/* Generated by scripts/freeze_stdlib.c from stdlib/ -- do not edit. */\n"
          "#include <stddef.h>\n"
          "#include \"vm/frozen.h\"\n\n",
          out);
    int nmod = argc - 3;
    char **names = calloc((size_t)(nmod ? nmod : 1), sizeof *names);
    int *pkgs = calloc((size_t)(nmod ? nmod : 1), sizeof *pkgs);
    size_t *codes = calloc((size_t)(nmod ? nmod : 1), sizeof *codes);
    size_t *lens = calloc((size_t)(nmod ? nmod : 1), sizeof *lens);
    if (!names || !pkgs || !codes || !lens) return 1;
    for (int m = 0; m < nmod; m++) {
        const char *rel = argv[3 + m];
        size_t rl = strlen(rel);
        if (rl < 3 || strcmp(rel + rl - 3, ".py")) {
            fprintf(stderr, "freeze_stdlib: not a .py file: %s\n", rel);
            return 1;
        }
        char *name = malloc(rl + 1);
        if (!name) return 1;
        memcpy(name, rel, rl - 3);
        name[rl - 3] = 0;
        size_t nl = rl - 3;
        if (nl >= 9 && !strcmp(name + nl - 9, "/__init__")) {
            name[nl - 9] = 0;
            pkgs[m] = 1;
        }
        for (char *c = name; *c; c++)
            if (*c == '/') *c = '.';
        names[m] = name;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[2], rel);
        size_t len;
        char *src = read_all(path, &len);
        if (!src) {
            perror(path);
            return 1;
        }
        lens[m] = len;
        /* The name import gives an embedded module's code (import.c). */
        char fname[1100];
        snprintf(fname, sizeof fname, "<frozen %s>", name);
        CoilArena *arena = arena_new();
        CoilSyntaxError err;
        memset(&err, 0, sizeof err);
        CoilProto *p = arena ? compile_source(arena, src, len, fname, &err) : NULL;
        if (!p) {
            /* Left to import, which reports the error as it would at run time. */
            fprintf(stderr, "freeze_stdlib: %s does not compile; embedded as source only\n", rel);
        } else {
            char arr[64];
            snprintf(arr, sizeof arr, "code%d", m);
            fprintf(out, "/* %s */\n", rel);
            codes[m] = emit_proto(arr, p);
        }
        if (arena) arena_free(arena);
        /* The same source parsed again for its place() calls. */
        if (p && (arena = arena_new())) {
            memset(&err, 0, sizeof err);
            AstNode *mod = parse_module(arena, src, len, &err);
            if (mod) freeze_placed(mod);
            arena_free(arena);
        }
        if (!p) {
            fprintf(out, "/* %s */\nstatic const char src%d[] = {", rel, m);
            for (size_t i = 0; i < len; i++) fprintf(out, "%s0x%02x,", i % 20 ? "" : "\n", (unsigned char)src[i]);
            fputs("0};\n\n", out);
        }
        free(src);
    }
    fputs("const CoilFrozenModule coil_frozen_modules[] = {\n", out);
    for (int m = 0; m < nmod; m++) {
        if (codes[m])
            fprintf(out, "    {\"%s\", %d, NULL, 0, code%d, %zu},\n", names[m], pkgs[m], m, codes[m]);
        else
            fprintf(out, "    {\"%s\", %d, src%d, %zu, NULL, 0},\n", names[m], pkgs[m], m, lens[m]);
    }
    fputs("    {0, 0, 0, 0, 0, 0}};\n\n", out);
    for (size_t i = 0; i < nplaced; i++) {
        fprintf(out, "static const char placed%zu[] = ", i);
        emit_bytes_literal(placed[i].text, placed[i].len);
        fputs(";\n", out);
    }
    fputs("const CoilFrozenPlaced coil_frozen_placed[] = {\n", out);
    for (size_t i = 0; i < nplaced; i++) {
        fputs("    {", out);
        emit_cstr(placed[i].filename);
        fprintf(out, ", %ld, placed%zu, %zu, placed_code%zu, %zu},\n", placed[i].line, i, placed[i].len, i,
                placed[i].code_len);
    }
    fputs("    {0, 0, 0, 0, 0, 0}};\n", out);
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    /* Everything freed, so the sanitizer build's leak check passes. */
    for (size_t i = 0; i < nplaced; i++) {
        free(placed[i].filename);
        free(placed[i].text);
    }
    free(placed);
    for (int m = 0; m < nmod; m++) free(names[m]);
    free(names);
    free(pkgs);
    free(codes);
    free(lens);
    return 0;
}
