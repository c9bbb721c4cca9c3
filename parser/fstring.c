/* fstring.c — f-string bodies, as CPython 3.11 parses them (its
 * Parser/string_parser.c): literal text with doubled braces, and replacement
 * fields {expr[=][!conv][:spec]} whose expression is parsed by a nested run of
 * the same lexer and grammar over "(expr)", with positions moved to where the
 * expression sits in the file.  Format specs may nest fields one level. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/build.h"

#define SYNTAX "SyntaxError"
#define FSTRING_MAX_NEST 200 /* CPython's MAXLEVEL for brackets inside a field */

typedef struct FCtx {
    ParseCtx *ctx;
    const CoilToken *t;    /* the STRING token being parsed */
    const CoilToken *next; /* the token after the run: where errors point */
    bool raw;
} FCtx;

static bool f_error(FCtx *f, const char *msg)
{
    PSpan at = {f->next->line, f->next->col, f->next->end_line, f->next->end_col};
    parse_error_at(f->ctx, SYNTAX, at, "%s", msg);
    return false;
}

static bool fstring_concat(FCtx *f, const char **str, const char *end, int lvl, FBuild *fb);

/* Appends the literal text before the next field to fb.  Returns -1 on error,
 * 1 after a doubled brace (call again), 0 at a '{', a '}' or the end. */
static int fstring_literal(FCtx *f, const char **str, const char *end, int lvl, FBuild *fb)
{
    const char *s = *str, *start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!f->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* \N{NAME}: its braces are not fields */
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                break;
            }
        }
        if (ch == '{' || ch == '}') {
            if (lvl == 0) {
                if (s < end && *s == ch) {
                    /* Doubled: the literal keeps one brace, the scan resumes
                     * after the second. */
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    f_error(f, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:;
    const char *lit_end = result == 1 ? *str - 1 : s;
    size_t n = (size_t)(lit_end - start);
    if (n) {
        /* A lone backslash ending the piece (before '{') stays a backslash. */
        size_t trailing = 0;
        while (trailing < n && start[n - 1 - trailing] == '\\') trailing++;
        bool odd = !f->raw && (trailing & 1);
        if (odd) n--;
        if (n && !parse_decode_append(f->ctx, &fb->lit, start, n, f->raw ? STR_RAW : 0,
                                      f->next->line, f->next->col))
            return -1;
        if (odd) {
            char *p = strbuf_reserve(f->ctx, &fb->lit, 1);
            if (!p) return -1;
            *p = '\\';
            fb->lit.len++;
        }
    }
    return result;
}

/* Where CPython's fstring_compile_expr puts the field's "(expr)" text: the
 * line before its first line, and the column its first line starts at. */
static void fstring_location(const FCtx *f, const char *brace, int *line0, int *col0)
{
    const char *tok = f->t->start;
    int lines = 0;
    for (const char *p = tok; p < brace; p++)
        if (*p == '\n') lines++;
    bool newline_after_brace = true;
    for (const char *p = brace + 1; *p && *p != '}' && *p != '\n'; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char *p = brace;
        while (p > tok && *p != '\n') p--;
        cols = (int)(brace - p);
        if (*p == '\n') cols--;
    }
    *line0 = f->t->line + lines - 1;
    *col0 = lines ? cols : f->t->col + cols;
}

/* Parses a field at *str (a '{') and appends its parts to fb. */
static bool fstring_field(FCtx *f, const char **str, const char *end, int lvl, FBuild *fb)
{
    if (lvl >= 2) return f_error(f, "f-string: expressions nested too deeply");
    const char *brace = *str;
    *str += 1;
    const char *expr_start = *str;
    char quote = 0;
    int string_type = 0, depth = 0;
    char parens[FSTRING_MAX_NEST];
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') return f_error(f, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= FSTRING_MAX_NEST) return f_error(f, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return f_error(f, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                                  ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            char msg[100];
            if (!depth) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                return f_error(f, msg);
            }
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         ch, open);
                return f_error(f, msg);
            }
        }
    }
    const char *expr_end = *str;
    if (quote) return f_error(f, "f-string: unterminated string");
    if (depth) {
        char msg[60];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parens[depth - 1]);
        return f_error(f, msg);
    }
    if (*str >= end) return f_error(f, "f-string: expecting '}'");

    const char *p = expr_start;
    while (p < expr_end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f')) p++;
    if (p == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
            char msg[60];
            snprintf(msg, sizeof msg, "f-string: expression required before '%c'", *expr_end);
            return f_error(f, msg);
        }
        return f_error(f, "f-string: empty expression not allowed");
    }

    /* Parse the expression now, so its errors come before the spec's. */
    int line0, col0;
    fstring_location(f, brace, &line0, &col0);
    PExpr value;
    if (!parse_fstring_expr(f->ctx, expr_start, (size_t)(expr_end - expr_start), line0, col0, &value))
        return false;

    bool debug = false;
    if (**str == '=') {
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                              **str == '\f' || **str == '\v'))
            *str += 1;
        /* The expression's text, '=' and blanks included, as literal text. */
        size_t n = (size_t)(*str - expr_start);
        char *out = strbuf_reserve(f->ctx, &fb->lit, n);
        if (!out) return false;
        memcpy(out, expr_start, n);
        fb->lit.len += n;
        debug = true;
    }
    int conversion = -1;
    if (*str < end && **str == '!') {
        *str += 1;
        if (*str >= end) return f_error(f, "f-string: expecting '}'");
        conversion = (unsigned char)**str;
        *str += 1;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return f_error(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (*str >= end) return f_error(f, "f-string: expecting '}'");
    AstNode *spec = NULL;
    if (**str == ':') {
        *str += 1;
        if (*str >= end) return f_error(f, "f-string: expecting '}'");
        /* The spec is a JoinedStr of its own, positioned at this token. */
        FBuild sb = {plist_new(f->ctx), {0}, fb->ukind, fb->whole};
        if (!fstring_concat(f, str, end, lvl + 1, &sb)) {
            free(sb.lit.p);
            plist_release(f->ctx, sb.parts);
            return false;
        }
        PSpan tsp = {f->t->line, f->t->col, f->t->end_line, f->t->end_col};
        spec = fbuild_finish(f->ctx, &sb, tsp);
    }
    if (*str >= end || **str != '}') return f_error(f, "f-string: expecting '}'");
    *str += 1;
    if (debug && !spec && conversion == -1) conversion = 'r';

    AstNode *fv = ast_new(f->ctx, AST_FormattedValue, fb->whole);
    fv->v.FormattedValue.value = value.n;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    fbuild_value(f->ctx, fb, fv);
    return true;
}

/* Literal text and fields up to `end` (lvl 0) or the '}' closing a spec. */
static bool fstring_concat(FCtx *f, const char **str, const char *end, int lvl, FBuild *fb)
{
    for (;;) {
        int r = fstring_literal(f, str, end, lvl, fb);
        if (r < 0) return false;
        if (r == 1) continue;
        if (*str >= end || **str == '}') break;
        if (!fstring_field(f, str, end, lvl, fb)) return false;
    }
    if (lvl == 0 && *str < end - 1) return f_error(f, "f-string: unexpected end of string");
    if (lvl != 0 && (*str >= end || **str != '}')) return f_error(f, "f-string: expecting '}'");
    return true;
}

bool fstring_parse_token(ParseCtx *ctx, const CoilToken *t, FBuild *fb, const CoilToken *next)
{
    FCtx f = {ctx, t, next, (t->flags & STR_RAW) != 0};
    const char *s = t->body, *end = t->body + t->body_len;
    return fstring_concat(&f, &s, end, 0, fb) && !ctx->err->set && !ctx->oom;
}
