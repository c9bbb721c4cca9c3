/* layout.c — the layer over the raw scanner: INDENT/DEDENT from leading
 * whitespace, NEWLINE only at the end of non-blank logical lines outside
 * brackets, bracket matching, the end-of-input sequence, and CPython's checks
 * on the raw bytes (NUL bytes, invalid UTF-8) — with CPython's messages. */

#include <stdint.h>
#include <string.h>

#include "scan.h"

#define LEX_TABSIZE 8

/* --- the check of the raw bytes ------------------------------------------- */

/* Length of the strict UTF-8 sequence at p (p < e, *p >= 0x80), 0 if invalid. */
static int lex_utf8_len(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0];
    unsigned lo = 0x80, hi = 0xBF;
    int n;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (e - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Finds the first NUL byte or invalid UTF-8 sequence.  CPython's file reader
 * rejects a line that is not UTF-8 when it reads that line; lex_next does the
 * same with lx->bad_line, and treats a NUL byte alike (CPython 3.11.7's
 * handling of NUL bytes depends on its buffering; its message is kept).
 * One pass, eight bytes at a time while they are ASCII. */
static void lex_find_bad(CoilLexer *lx)
{
    const unsigned char *p = (const unsigned char *)lx->cursor;
    const unsigned char *e = (const unsigned char *)lx->end;
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (p < e) {
        while (e - p >= 8) {
            uint64_t v;
            memcpy(&v, p, 8);
            if (((v - ones) & ~v & highs) | (v & highs))
                break;
            p += 8;
        }
        if (p >= e)
            return;
        if (*p == 0)
            break;
        if (*p < 0x80) {
            p++;
            continue;
        }
        int n = lex_utf8_len(p, e);
        if (n == 0)
            break;
        p += n;
    }
    if (p >= e)
        return;
    lx->bad_byte = *p;
    /* The line holding it: its start and its number. */
    const char *bad = (const char *)p;
    const char *ls = bad;
    while (ls > lx->cursor && ls[-1] != '\n' && ls[-1] != '\r')
        ls--;
    int line = 1;
    for (const char *q = lx->cursor; q < ls; q++)
        if (*q == '\n' || (*q == '\r' && q[1] != '\n'))
            line++;
    lx->bad_line = ls;
    lx->bad_lineno = line;
}

/* --- tokens without text ---------------------------------------------------- */

static void lex_empty(CoilToken *tok, CoilTokenKind kind, const char *at, int line, int col)
{
    tok->kind = kind;
    tok->start = at;
    tok->len = 0;
    tok->flags = 0;
    tok->line = tok->end_line = line;
    tok->col = tok->end_col = col;
    tok->body = NULL;
    tok->body_len = 0;
}

static bool lex_fail(CoilLexer *lx, CoilToken *tok)
{
    lx->failed = true;
    lex_empty(tok, TOK_ENDMARKER, lx->end, lx->line, -1);
    return false;
}

/* Records an error CPython raises from the parser side of its tokenizer
 * (pegen's tokenizer_error and friends): byte columns. */
#define lex_error_pg(lx, type, line, col, end_col, ...)                               \
    do {                                                                             \
        syntax_error_set((lx)->error, type, line, col, line, end_col, __VA_ARGS__);  \
        (lx)->err_overrides = false;                                                 \
    } while (0)

/* Reports lx->bad_line, which the lexer has reached. */
static bool lex_bad(CoilLexer *lx, CoilToken *tok)
{
    if (lx->bad_byte == 0) {
        /* Shown with its line (up to the NUL) and no caret. */
        lex_error_tok(lx, lx->bad_lineno, -1, -1, "source code cannot contain null bytes");
    } else if (!lx->error->set) {
        CoilSyntaxError *err = lx->error;
        syntax_error_set(err, "SyntaxError", 0, 0, 0, 0,
                         "Non-UTF-8 code starting with '\\x%02x' in file ", lx->bad_byte);
        size_t at = strlen(err->msg);
        snprintf(err->msg + at, sizeof err->msg - at,
                 " on line %d, but no encoding declared; "
                 "see https://peps.python.org/pep-0263/ for details",
                 lx->bad_lineno);
        err->file_in_msg = (int)at + 1;
        lx->err_overrides = true;
    }
    return lex_fail(lx, tok);
}

/* --- setup ------------------------------------------------------------------ */

void lex_init(CoilLexer *lx, const char *src, size_t len, CoilSyntaxError *err)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->end = src + len;
    lx->cursor = src;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cursor += 3; /* a UTF-8 BOM: CPython's reader drops it */
    lx->line_start = lx->buf_start = lx->cursor;
    lx->line = 1;
    lx->at_line_start = true;
    lx->last_was_newline = true;
    lx->error = err;
    lex_find_bad(lx);
}

/* --- indentation ------------------------------------------------------------ */

/* A backslash continuation in the indentation ran into the end of input
 * (CPython's E_EOF).  CPython had emptied its line buffer there, so the error
 * has no column.  Inside brackets the scanner then meets the end and reports
 * the bracket. */
static int lex_eof_after_backslash(CoilLexer *lx, int bs_line)
{
    if (lx->paren_depth > 0)
        return 1;
    lex_error_pg(lx, "SyntaxError", bs_line, -1, -1, "unexpected EOF while parsing");
    return 0;
}

/* The start of a physical line outside a token: measures the indentation as
 * tok_get does under `if (tok->atbol)`, pushes or pops levels and queues
 * INDENT/DEDENT tokens.  Returns 1, 0 after an error, -1 when the line is
 * lx->bad_line. */
static int lex_line_start(CoilLexer *lx)
{
    const char *p = lx->cursor;
    int col = 0, altcol = 0, cont_line_col = 0;

    lx->at_line_start = false;
    lx->buf_start = p; /* CPython starts a new line buffer here */
    if (lx->bad_line && p >= lx->bad_line)
        return -1;
    for (;;) {
        char c = *p;
        if (c == ' ') {
            col++, altcol++, p++;
        } else if (c == '\t') {
            col = (col / LEX_TABSIZE + 1) * LEX_TABSIZE;
            altcol++; /* CPython's ALTTABSIZE is 1 */
            p++;
        } else if (c == '\f') {
            col = altcol = 0; /* "for Emacs users" */
            p++;
        } else if (c == '\\') {
            /* Indentation cannot be split by backslashes: the first one found
             * fixes the level of what follows. */
            cont_line_col = cont_line_col ? cont_line_col : col;
            int bs_line = lx->line;
            p++;
            if (*p == '\n' || *p == '\r') {
                p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
                lx->line++;
                lx->line_start = lx->buf_start = lx->cursor = p;
                if (p >= lx->end)
                    return lex_eof_after_backslash(lx, bs_line);
                if (lx->bad_line && p >= lx->bad_line)
                    return -1;
                continue;
            }
            lx->cursor = p;
            if (p >= lx->end) /* CPython's reader ends the last line with "\n" */
                return lex_eof_after_backslash(lx, bs_line);
            lex_error_pg(lx, "SyntaxError", lx->line, (int)(p - lx->buf_start), -1,
                         "unexpected character after line continuation character");
            return 0;
        } else {
            break;
        }
    }
    lx->cursor = p;

    /* Blank and comment-only lines, the end of input and lines inside brackets
     * leave the indentation alone. */
    char c = *p;
    if (c == '#' || c == '\n' || c == '\r' || p >= lx->end || lx->paren_depth > 0)
        return 1;

    if (cont_line_col)
        col = altcol = cont_line_col;
    int d = lx->indent_depth;
    if (col == lx->indent_stack[d]) {
        if (altcol != lx->alt_indent_stack[d])
            goto tab_error;
    } else if (col > lx->indent_stack[d]) {
        if (d + 1 >= LEX_MAX_INDENT) {
            lex_error_pg(lx, "IndentationError", lx->line, 0, -1,
                         "too many levels of indentation");
            return 0;
        }
        if (altcol <= lx->alt_indent_stack[d])
            goto tab_error;
        lx->indent_depth = ++d;
        lx->indent_stack[d] = col;
        lx->alt_indent_stack[d] = altcol;
        lx->pending_indent = true;
    } else {
        while (d > 0 && col < lx->indent_stack[d]) {
            lx->pending_dedents++;
            d--;
        }
        lx->indent_depth = d;
        if (col != lx->indent_stack[d]) {
            /* CPython's caret goes past the end of the line. */
            const char *e = p;
            while (e < lx->end && *e != '\n' && *e != '\r')
                e++;
            lex_error_pg(lx, "IndentationError", lx->line, (int)(e - lx->line_start), -1,
                         "unindent does not match any outer indentation level");
            return 0;
        }
        if (altcol != lx->alt_indent_stack[d])
            goto tab_error;
    }
    lx->pending_line = lx->line;
    lx->pending_col = (int)(p - lx->line_start);
    return 1;

tab_error:
    lex_error_pg(lx, "TabError", lx->line, 0, -1,
                 "inconsistent use of tabs and spaces in indentation");
    return 0;
}

/* --- the end of input -------------------------------------------------------- */

static void lex_unclosed(CoilLexer *lx)
{
    int i = lx->paren_depth - 1;
    lex_error_pg(lx, "SyntaxError", lx->paren_line[i], lx->paren_col[i], -1,
                 "'%c' was never closed", lx->paren_stack[i]);
}

/* End of input: a NEWLINE if the last logical line has none, then a DEDENT
 * per open level, then ENDMARKER.  lex_scan left in *tok where the implicit
 * NEWLINE goes (the '#' of a trailing comment, or the end of the line). */
static bool lex_end(CoilLexer *lx, CoilToken *tok)
{
    if (lx->paren_depth > 0) {
        lex_unclosed(lx);
        return lex_fail(lx, tok);
    }
    if (!lx->last_was_newline) {
        tok->kind = TOK_NEWLINE;
        tok->flags = 0;
        lx->last_was_newline = true;
        lx->emitted_eof_newline = true;
        return true;
    }
    int line = lex_eof_line(lx);
    if (lx->indent_depth > 0) {
        lx->pending_dedents = lx->indent_depth - 1;
        lx->indent_depth = 0;
        lx->pending_line = line;
        lx->pending_col = -1;
        lex_empty(tok, TOK_DEDENT, lx->end, line, -1);
        return true;
    }
    lx->done = true;
    lex_empty(tok, TOK_ENDMARKER, lx->end, line, -1);
    return true;
}

/* --- brackets ---------------------------------------------------------------- */

static bool lex_bracket(CoilLexer *lx, const CoilToken *tok)
{
    char c = tok->start[0];
    if (c == '(' || c == '[' || c == '{') {
        if (lx->paren_depth >= LEX_MAX_PAREN) {
            lex_error_tok(lx, tok->line, tok->col, tok->col, "too many nested parentheses");
            return false;
        }
        lx->paren_stack[lx->paren_depth] = c;
        lx->paren_line[lx->paren_depth] = tok->line;
        lx->paren_col[lx->paren_depth] = tok->col;
        lx->paren_depth++;
        return true;
    }
    if (lx->paren_depth == 0) {
        lex_error_tok(lx, tok->line, tok->col, tok->col, "unmatched '%c'", c);
        return false;
    }
    int i = --lx->paren_depth;
    char open = lx->paren_stack[i];
    if ((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))
        return true;
    if (lx->paren_line[i] != tok->line)
        lex_error_tok(lx, tok->line, tok->col, tok->col,
                      "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                      c, open, lx->paren_line[i]);
    else
        lex_error_tok(lx, tok->line, tok->col, tok->col,
                      "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                      open);
    return false;
}

/* --- the token stream -------------------------------------------------------- */

/* A token CPython accepts but Coil's grammar never does ('$', "<>", 1j):
 * "invalid syntax" (or Coil's message) at the token, after the rest of the
 * source has had its chance to produce a tokenizer error, as in CPython. */
static bool lex_reject(CoilLexer *lx, CoilToken *tok, const char *msg)
{
    lex_error_pg(lx, "SyntaxError", tok->line, tok->col, tok->end_col, "%s", msg);
    lex_recheck(lx, tok->line, lx->error);
    return lex_fail(lx, tok);
}

bool lex_next(CoilLexer *lx, CoilToken *tok)
{
    if (lx->failed || lx->error->set)
        return lex_fail(lx, tok);
    if (lx->done) {
        lex_empty(tok, TOK_ENDMARKER, lx->end, lex_eof_line(lx), -1);
        return true;
    }
    for (;;) {
        if (lx->pending_dedents > 0) {
            lx->pending_dedents--;
            lex_empty(tok, TOK_DEDENT, lx->cursor, lx->pending_line, lx->pending_col);
            return true;
        }
        if (lx->pending_indent) {
            lx->pending_indent = false;
            lex_empty(tok, TOK_INDENT, lx->cursor, lx->pending_line, lx->pending_col);
            return true;
        }
        if (lx->at_line_start) {
            int r = lex_line_start(lx);
            if (r < 0)
                return lex_bad(lx, tok);
            if (r == 0)
                return lex_fail(lx, tok);
            if (lx->pending_dedents > 0 || lx->pending_indent)
                continue;
        }

        int k = lex_scan(lx, tok);
        if (lx->bad_line && lx->cursor > lx->bad_line) {
            if (k == LEX_R_ERROR) /* the scanner's own error yields to the bad line */
                *lx->error = (CoilSyntaxError){0};
            return lex_bad(lx, tok);
        }
        if (k >= 0) {
            switch (k) {
            case TOK_LPAR: case TOK_RPAR: case TOK_LSQB: case TOK_RSQB:
            case TOK_LBRACE: case TOK_RBRACE:
                if (!lex_bracket(lx, tok))
                    return lex_fail(lx, tok);
                break;
            default:
                break;
            }
            lx->last_was_newline = false;
            return true;
        }
        switch (k) {
        case LEX_R_NEWLINE:
            lx->at_line_start = true;
            if (lx->paren_depth > 0 || lx->last_was_newline)
                continue; /* inside brackets, or a blank line */
            lx->last_was_newline = true;
            return true;
        case LEX_R_EOF:
            return lex_end(lx, tok);
        case LEX_R_BADCHAR:
            if (lx->rechecking) { /* CPython's OP token: scanning goes on */
                lx->last_was_newline = false;
                continue;
            }
            return lex_reject(lx, tok, "invalid syntax");
        case LEX_R_CONT_EOF:
            if (lx->paren_depth > 0)
                lex_unclosed(lx);
            else
                lex_error_pg(lx, "SyntaxError", tok->line, tok->col, -1,
                             "unexpected EOF while parsing");
            return lex_fail(lx, tok);
        default: /* LEX_R_ERROR */
            return lex_fail(lx, tok);
        }
    }
}

bool lex_recheck(CoilLexer *lx, int last_token_line, CoilSyntaxError *err)
{
    if (lx->failed || lx->done || lx->rechecking)
        return false;
    CoilSyntaxError found = {0};
    CoilSyntaxError *saved = lx->error;
    CoilToken tok;
    lx->error = &found;
    lx->rechecking = true;
    lx->err_overrides = false;
    while (lex_next(lx, &tok) && tok.kind != TOK_ENDMARKER) {
    }
    lx->rechecking = false;
    lx->error = saved;
    if (!found.set)
        return false;
    if (!lx->err_overrides) {
        /* An error CPython's tokenizer leaves to the parser: only an open
         * bracket from an earlier line than the parser's error matters. */
        if (lx->paren_depth == 0 || lx->paren_line[lx->paren_depth - 1] >= last_token_line)
            return false;
        found = (CoilSyntaxError){0};
        lx->error = &found;
        lex_unclosed(lx);
        lx->error = saved;
    }
    *err = found;
    return true;
}

bool lex_source_line(const char *src, size_t len, int line, const char **out, size_t *out_len)
{
    const char *p = src, *end = src + len;
    if (line < 1)
        return false;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (int n = 1; n < line; n++) {
        while (p < end && *p != '\n' && *p != '\r')
            p++;
        if (p >= end)
            return false;
        p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    if (p >= end && !(line == 1))
        return false;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    *out = p;
    *out_len = (size_t)(e - p);
    return true;
}
