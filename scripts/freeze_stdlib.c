/* freeze_stdlib.c — build-time tool: compiles every module under stdlib/
 * (the modules written in Coil) and writes one C file holding, per module,
 * its source bytes and its compiled CoilProto tree as static initialisers,
 * so importing an embedded module only loads bytecode (load_proto) instead
 * of lexing, parsing and compiling it at every start-up.
 *   freeze_stdlib OUTPUT.c STDLIB_DIR REL.py...
 * stdlib/a/__init__.py is package "a", stdlib/a/b.py is module "a.b"; the
 * output lives in the build tree and is never committed.
 * The source that asyncio's `_frames.place(FILE, SOURCE, ...)` calls run
 * through `_asyncio._define_at` is compiled here too (coil_frozen_placed):
 * _define_at uses a proto only when its filename, line and text are exactly
 * the ones it was given, so a mismatch costs a compile, never a wrong
 * result. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "parser/parser.h"

static FILE *out;
static int counter; /* names of the emitted arrays and protos: P<n>, K<n> */

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

static void emit_double(double d)
{
    if (isnan(d)) fputs("NAN", out);
    else if (isinf(d)) fputs(d > 0 ? "HUGE_VAL" : "-HUGE_VAL", out);
    else fprintf(out, "%a", d);
}

static int emit_proto(const CoilProto *p);

/* Emits what the constants need first (nested protos, inner tuples), then
 * the array itself; returns its number. */
static int emit_consts(const CoilConst *ks, size_t n)
{
    int *dep = calloc(n ? n : 1, sizeof *dep);
    if (!dep) exit(1);
    for (size_t i = 0; i < n; i++) {
        if (ks[i].kind == CONST_CODE) dep[i] = emit_proto(ks[i].u.code);
        else if (ks[i].kind == CONST_TUPLE && ks[i].u.tuple.len) dep[i] = emit_consts(ks[i].u.tuple.items, ks[i].u.tuple.len);
    }
    int id = ++counter;
    fprintf(out, "static CoilConst K%d[] = {\n", id);
    for (size_t i = 0; i < n; i++) {
        const CoilConst *k = &ks[i];
        fputs("  {", out);
        switch (k->kind) {
        case CONST_NONE: fputs("CONST_NONE, {0}", out); break;
        case CONST_TRUE: fputs("CONST_TRUE, {0}", out); break;
        case CONST_FALSE: fputs("CONST_FALSE, {0}", out); break;
        case CONST_ELLIPSIS: fputs("CONST_ELLIPSIS, {0}", out); break;
        case CONST_INT:
            if (k->u.i == INT64_MIN) fputs("CONST_INT, {.i = INT64_MIN}", out);
            else fprintf(out, "CONST_INT, {.i = INT64_C(%" PRId64 ")}", k->u.i);
            break;
        case CONST_FLOAT:
        case CONST_COMPLEX:
            fprintf(out, "%s, {.f = ", k->kind == CONST_FLOAT ? "CONST_FLOAT" : "CONST_COMPLEX");
            emit_double(k->u.f);
            fputc('}', out);
            break;
        case CONST_BIGINT:
        case CONST_STR:
        case CONST_BYTES:
            fprintf(out, "%s, {.str = {",
                    k->kind == CONST_STR ? "CONST_STR" : k->kind == CONST_BYTES ? "CONST_BYTES" : "CONST_BIGINT");
            emit_bytes_literal(k->u.str.s, k->u.str.len);
            fprintf(out, ", %zu}}", k->u.str.len);
            break;
        case CONST_CODE: fprintf(out, "CONST_CODE, {.code = &P%d}", dep[i]); break;
        case CONST_TUPLE:
            if (k->u.tuple.len) fprintf(out, "CONST_TUPLE, {.tuple = {K%d, %zu}}", dep[i], k->u.tuple.len);
            else fputs("CONST_TUPLE, {.tuple = {NULL, 0}}", out);
            break;
        default: fprintf(stderr, "freeze_stdlib: unknown constant kind %d\n", (int)k->kind); exit(1);
        }
        fputs("},\n", out);
    }
    if (!n) fputs("  {CONST_NONE, {0}}\n", out); /* no empty arrays in C */
    fputs("};\n", out);
    free(dep);
    return id;
}

static void emit_names(int id, const char *tag, const char **names, size_t n)
{
    if (!n) return;
    fprintf(out, "static const char *P%d_%s[] = {", id, tag);
    for (size_t i = 0; i < n; i++) {
        emit_cstr(names[i]);
        fputs(", ", out);
    }
    fputs("};\n", out);
}

static void emit_u8(int id, const char *tag, const uint8_t *v, size_t n)
{
    if (!n) return;
    fprintf(out, "static const uint8_t P%d_%s[] = {", id, tag);
    for (size_t i = 0; i < n; i++) fprintf(out, "%u,", v[i]);
    fputs("};\n", out);
}

/* One proto (its nested protos first); returns its number. */
static int emit_proto(const CoilProto *p)
{
    int kid = emit_consts(p->consts, p->nconsts);
    int id = ++counter;
    fprintf(out, "static const CoilInstr P%d_code[] = {", id);
    for (uint32_t i = 0; i < p->ncode; i++) fprintf(out, "%s0x%08" PRIx32 "u,", i % 8 ? "" : "\n", p->code[i]);
    fprintf(out, "};\nstatic const int32_t P%d_lines[] = {", id);
    for (uint32_t i = 0; i < p->ncode; i++) fprintf(out, "%s%" PRId32 ",", i % 16 ? "" : "\n", p->lines[i]);
    fputs("};\n", out);
    if (p->nexc) {
        fprintf(out, "static const CoilExcEntry P%d_exc[] = {", id);
        for (uint32_t i = 0; i < p->nexc; i++) {
            const CoilExcEntry *e = &p->exc_table[i];
            fprintf(out, "{%" PRIu32 ",%" PRIu32 ",%" PRIu32 ",%u},", e->start, e->end, e->handler, e->reg);
        }
        fputs("};\n", out);
    }
    emit_names(id, "locals", p->localnames, p->nlocals);
    emit_names(id, "cells", p->cellnames, p->ncellvars);
    emit_names(id, "frees", p->freenames, p->nfreevars);
    emit_u8(id, "cellregs", p->cellregs, p->ncellvars);
    emit_u8(id, "freeregs", p->freeregs, p->nfreevars);
    fprintf(out, "static CoilProto P%d = {\n  .name = ", id);
    emit_cstr(p->name);
    fputs(", .qualname = ", out);
    emit_cstr(p->qualname);
    fputs(", .filename = ", out);
    emit_cstr(p->filename);
    fprintf(out, ",\n  .firstlineno = %d, .flags = %" PRIu32 "u, .argcount = %u, .posonlyargcount = %u,"
                 " .kwonlyargcount = %u, .nlocals = %u, .nregs = %u,\n",
            p->firstlineno, p->flags, p->argcount, p->posonlyargcount, p->kwonlyargcount, p->nlocals, p->nregs);
    if (p->nlocals) fprintf(out, "  .localnames = P%d_locals,\n", id);
    fprintf(out, "  .ncellvars = %u, .nfreevars = %u,\n", p->ncellvars, p->nfreevars);
    if (p->ncellvars) fprintf(out, "  .cellnames = P%d_cells, .cellregs = P%d_cellregs,\n", id, id);
    if (p->nfreevars) fprintf(out, "  .freenames = P%d_frees, .freeregs = P%d_freeregs,\n", id, id);
    fprintf(out, "  .code = P%d_code, .ncode = %" PRIu32 "u, .consts = K%d, .nconsts = %" PRIu32 "u,"
                 " .docconst = %" PRId32 ", .lines = P%d_lines,\n",
            id, p->ncode, kid, p->nconsts, p->docconst, id);
    if (p->nexc) fprintf(out, "  .exc_table = P%d_exc, .nexc = %" PRIu32 "u,\n", id, p->nexc);
    fputs("};\n", out);
    return id;
}

/* --- asyncio's _frames.place() -------------------------------------------- */

/* The directory place() puts its files in (stdlib/asyncio/_frames.py). */
#define PLACE_PREFIX "/usr/lib/python3.11/asyncio/"

typedef struct Placed {
    char *filename, *text;
    size_t len;
    long line;
    int proto;
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
            e->text = text;
            e->len = tlen;
            e->line = first;
            e->proto = emit_proto(p);
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
          "#include <math.h>\n#include <stdint.h>\n#include <stddef.h>\n"
          "#include \"compiler/bytecode.h\"\n#include \"vm/frozen.h\"\n\n",
          out);
    int nmod = argc - 3;
    char **names = calloc((size_t)(nmod ? nmod : 1), sizeof *names);
    int *pkgs = calloc((size_t)(nmod ? nmod : 1), sizeof *pkgs);
    int *protos = calloc((size_t)(nmod ? nmod : 1), sizeof *protos);
    size_t *lens = calloc((size_t)(nmod ? nmod : 1), sizeof *lens);
    if (!names || !pkgs || !protos || !lens) return 1;
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
            protos[m] = 0;
        } else {
            protos[m] = emit_proto(p);
        }
        if (arena) arena_free(arena);
        /* The same source parsed again for its place() calls. */
        if (p && (arena = arena_new())) {
            memset(&err, 0, sizeof err);
            AstNode *mod = parse_module(arena, src, len, &err);
            if (mod) freeze_placed(mod);
            arena_free(arena);
        }
        fprintf(out, "/* %s */\nstatic const char src%d[] = {", rel, m);
        for (size_t i = 0; i < len; i++) fprintf(out, "%s0x%02x,", i % 20 ? "" : "\n", (unsigned char)src[i]);
        fputs("0};\n\n", out);
        free(src);
    }
    fputs("const CoilFrozenModule coil_frozen_modules[] = {\n", out);
    for (int m = 0; m < nmod; m++) {
        fprintf(out, "    {\"%s\", %d, src%d, %zu, ", names[m], pkgs[m], m, lens[m]);
        if (protos[m]) fprintf(out, "&P%d},\n", protos[m]);
        else fputs("NULL},\n", out);
    }
    fputs("    {0, 0, 0, 0, 0}};\n\n", out);
    for (size_t i = 0; i < nplaced; i++) {
        fprintf(out, "static const char placed%zu[] = ", i);
        emit_bytes_literal(placed[i].text, placed[i].len);
        fputs(";\n", out);
    }
    fputs("const CoilFrozenPlaced coil_frozen_placed[] = {\n", out);
    for (size_t i = 0; i < nplaced; i++) {
        fputs("    {", out);
        emit_cstr(placed[i].filename);
        fprintf(out, ", %ld, placed%zu, %zu, &P%d},\n", placed[i].line, i, placed[i].len, placed[i].proto);
    }
    fputs("    {0, 0, 0, 0, 0}};\n", out);
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
