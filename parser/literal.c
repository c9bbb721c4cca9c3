/* literal.c — NUMBER and STRING tokens to Constant (and JoinedStr) nodes:
 * integer and float conversion, escape decoding through the lexer's
 * strlit_decode, and CPython's implicit concatenation of adjacent strings
 * (f-strings included, adjacent literal parts merged into one Constant). */
#include <stdlib.h>
#include <string.h>

#include "lexer/strlit.h"
#include "parser/build.h"

#define SYNTAX "SyntaxError"
#define INT_MAX_STR_DIGITS 4300 /* CPython's default sys.int_info.default_max_str_digits */

/* ------------------------------------------------------------------------ */
/* Numbers                                                                   */

AstNode *parse_number(ParseCtx *ctx, const CoilToken *t)
{
    PSpan sp = {t->line, t->col, t->end_line, t->end_col};
    /* The digits without '_' (and without an imaginary suffix). */
    char small[64];
    char *buf = t->len < sizeof small ? small : parse_alloc(ctx, t->len + 1);
    if (!buf) return NULL;
    size_t n = 0;
    for (uint32_t i = 0; i < t->len; i++)
        if (t->start[i] != '_') buf[n++] = t->start[i];
    buf[n] = '\0';
    bool imag = n > 0 && (buf[n - 1] == 'j' || buf[n - 1] == 'J');
    if (imag) buf[--n] = '\0';

    AstNode *c = ast_const(ctx, AST_CONST_INT, sp);
    if (imag || (t->flags & NUM_FLOAT)) {
        c->v.Constant.kind = imag ? AST_CONST_IMAG : AST_CONST_FLOAT;
        c->v.Constant.u.f = strtod(buf, NULL); /* overflow gives inf, as in CPython */
        return c;
    }
    int base = 10;
    const char *digits = buf;
    if (t->flags & NUM_HEX) base = 16, digits += 2;
    else if (t->flags & NUM_OCT) base = 8, digits += 2;
    else if (t->flags & NUM_BIN) base = 2, digits += 2;
    uint64_t v = 0;
    bool big = false;
    for (const char *p = digits; *p; p++) {
        unsigned dv = *p >= '0' && *p <= '9' ? (unsigned)(*p - '0') : (unsigned)((*p | 0x20) - 'a' + 10);
        if (v > (UINT64_MAX - dv) / (uint64_t)base) {
            big = true;
            break;
        }
        v = v * (uint64_t)base + dv;
    }
    if (!big && v <= (uint64_t)INT64_MAX) {
        c->v.Constant.u.i = (int64_t)v;
        return c;
    }
    while (*digits == '0' && digits[1]) digits++;
    size_t nd = strlen(digits);
    if (base == 10 && nd > INT_MAX_STR_DIGITS) {
        /* CPython converts the literal while parsing and hits its limit. */
        syntax_error_set(ctx->err, SYNTAX, t->line, -1, t->line, -1,
                         "%sExceeds the limit (%d digits) for integer string conversion: value has "
                         "%zu digits; use sys.set_int_max_str_digits() to increase the limit - "
                         "Consider hexadecimal for huge integer literals to avoid decimal "
                         "conversion limits.",
                         ctx->in_fstring ? "f-string: " : "", INT_MAX_STR_DIGITS, nd);
        return NULL;
    }
    c->v.Constant.kind = AST_CONST_BIGINT;
    c->v.Constant.base = (uint8_t)base;
    c->v.Constant.len = (uint32_t)nd;
    c->v.Constant.u.s = buf == small ? arena_strndup(ctx->arena, digits, nd) : digits;
    if (!c->v.Constant.u.s) {
        ctx->oom = true;
        return NULL;
    }
    return c;
}

/* ------------------------------------------------------------------------ */
/* Strings                                                                   */

char *strbuf_reserve(ParseCtx *ctx, StrBuf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + extra + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            ctx->oom = true;
            return NULL;
        }
        b->p = p;
        b->cap = cap;
    }
    return b->p + b->len;
}

bool parse_decode_append(ParseCtx *ctx, StrBuf *b, const char *body, size_t n, uint32_t flags,
                         int line, int col)
{
    char *out = strbuf_reserve(ctx, b, n);
    if (!out) return false;
    long got = strlit_decode(body, n, flags, line, col, out, ctx->err);
    if (got < 0) return false;
    b->len += (size_t)got;
    return true;
}

/* A Constant holding a copy of the first len bytes of s. */
static AstNode *str_const(ParseCtx *ctx, const char *s, size_t len, int ckind, PSpan sp)
{
    AstNode *c = ast_const(ctx, ckind, sp);
    char *copy = arena_strndup(ctx->arena, s ? s : "", len);
    if (!copy) {
        ctx->oom = true;
        return c;
    }
    c->v.Constant.u.s = copy;
    c->v.Constant.len = (uint32_t)len;
    return c;
}

static void fbuild_flush_at(ParseCtx *ctx, FBuild *fb, PSpan sp)
{
    if (fb->lit.len == 0) return;
    AstNode *c = str_const(ctx, fb->lit.p, fb->lit.len, AST_CONST_STR, sp);
    if (fb->ukind) c->flags |= AST_F_UKIND;
    plist_add(ctx, fb->parts, c, sp);
    fb->lit.len = 0;
}

void fbuild_flush(ParseCtx *ctx, FBuild *fb)
{
    fbuild_flush_at(ctx, fb, fb->whole);
}

void fbuild_value(ParseCtx *ctx, FBuild *fb, AstNode *value)
{
    fbuild_flush(ctx, fb);
    plist_add(ctx, fb->parts, value, fb->whole);
}

AstNode *fbuild_finish(ParseCtx *ctx, FBuild *fb, PSpan sp)
{
    /* CPython gives the trailing literal the JoinedStr's own span (a format
     * spec's: its token's), the ones before fields the whole run's. */
    fbuild_flush_at(ctx, fb, sp);
    AstNode *j = ast_new(ctx, AST_JoinedStr, sp);
    j->v.JoinedStr.values = plist_finish(ctx, fb->parts);
    fb->parts = NULL;
    free(fb->lit.p);
    fb->lit.p = NULL;
    return j;
}

AstNode *parse_strings(ParseCtx *ctx, const CoilToken *toks, int n, const CoilToken *next)
{
    PSpan whole = {toks[0].line, toks[0].col, toks[n - 1].end_line, toks[n - 1].end_col};
    PSpan at_next = {next->line, next->col, next->end_line, next->end_col};
    bool any_bytes = false, any_text = false, any_f = false;
    for (int i = 0; i < n; i++) {
        if (toks[i].flags & STR_BYTES) any_bytes = true;
        else any_text = true;
        if (toks[i].flags & STR_FORMAT) any_f = true;
    }
    if (any_bytes && any_text) {
        /* CPython blames the token after the strings. */
        parse_error_at(ctx, SYNTAX, at_next, "cannot mix bytes and nonbytes literals");
        return NULL;
    }
    /* kind='u' comes from a lowercase u prefix on the first token only. */
    bool ukind = toks[0].start[0] == 'u';

    if (!any_f) {
        StrBuf b = {0};
        AstNode *c = NULL;
        bool ok = true;
        for (int i = 0; i < n && ok; i++)
            ok = parse_decode_append(ctx, &b, toks[i].body, toks[i].body_len, toks[i].flags,
                                     next->line, next->col);
        if (ok) {
            c = str_const(ctx, b.p, b.len, any_bytes ? AST_CONST_BYTES : AST_CONST_STR, whole);
            if (ukind) c->flags |= AST_F_UKIND;
        }
        free(b.p);
        return ok && !ctx->oom ? c : NULL;
    }

    /* With f-strings: one JoinedStr; plain strings join the literal text. */
    FBuild fb = {plist_new(ctx), {0}, ukind, whole};
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        if (toks[i].flags & STR_FORMAT)
            ok = fstring_parse_token(ctx, &toks[i], &fb, next);
        else
            ok = parse_decode_append(ctx, &fb.lit, toks[i].body, toks[i].body_len, toks[i].flags,
                                     next->line, next->col);
    }
    if (!ok || ctx->err->set || ctx->oom) {
        free(fb.lit.p);
        plist_release(ctx, fb.parts);
        return NULL;
    }
    return fbuild_finish(ctx, &fb, whole);
}
