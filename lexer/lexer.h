/* lexer.h — turns Coil source into tokens.
 * The raw scanner (lexer.re, re2c) recognises one token at a time; the layer in
 * lexer.c adds what re2c cannot: INDENT/DEDENT from leading whitespace, no NEWLINE
 * inside brackets, bracket matching and CPython's tokenizer error messages. */
#ifndef COIL_LEXER_H
#define COIL_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "syntax_error.h"
#include "token.h"

#define LEX_MAX_INDENT 100  /* CPython's MAXINDENT: "too many levels of indentation" */
#define LEX_MAX_PAREN 200   /* CPython's MAXLEVEL: "too many nested parentheses" */

typedef struct CoilLexer {
    /* input */
    const char *src;     /* NUL-terminated source (the caller keeps it alive) */
    size_t len;
    const char *cursor;  /* next byte to scan */
    const char *line_start; /* first byte of the current line */
    int line;            /* current line, 1-based */

    /* layout state */
    bool at_line_start;  /* next token starts a logical line: measure indentation */
    bool cont_line;      /* the previous physical line ended with a backslash */
    int indent_stack[LEX_MAX_INDENT + 1];   /* columns (tabs to multiples of 8) */
    int alt_indent_stack[LEX_MAX_INDENT + 1]; /* columns with tabs as 1: TabError check */
    int indent_depth;
    int pending_dedents; /* DEDENT tokens still to emit */
    bool pending_indent; /* an INDENT token still to emit */
    bool emitted_eof_newline;
    bool done;           /* ENDMARKER was returned */
    bool last_was_newline; /* the previous token returned was NEWLINE (or none yet) */

    /* brackets: kind and position of each open one */
    char paren_stack[LEX_MAX_PAREN];
    int paren_line[LEX_MAX_PAREN];
    int paren_col[LEX_MAX_PAREN];
    int paren_depth;

    /* first error; once set, lex_next keeps returning ENDMARKER */
    CoilSyntaxError *error;
} CoilLexer;

/* src must be NUL-terminated at src[len].  err receives the first error. */
void lex_init(CoilLexer *lx, const char *src, size_t len, CoilSyntaxError *err);

/* Scans the next token into *tok.  Returns true on success, false after an
 * error (then lx->error->set is true and *tok is ENDMARKER). */
bool lex_next(CoilLexer *lx, CoilToken *tok);

/* Source line `line` (1-based) of src, without its newline, as a pointer and a
 * length.  Returns false when there is no such line. */
bool lex_source_line(const char *src, size_t len, int line, const char **out, size_t *out_len);

#endif
