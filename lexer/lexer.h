/* lexer.h — turns Coil source into tokens.
 * The raw scanner (lexer.re, re2c) recognises one token at a time; the layer in
 * layout.c adds what re2c cannot: INDENT/DEDENT from leading whitespace, no NEWLINE
 * inside brackets, bracket matching and CPython's tokenizer error messages.
 *
 * Token positions follow CPython's tokenizer (what its error carets show):
 *  - NEWLINE starts at the '#' of a trailing comment, else at the newline
 *    character, and ends at the newline character (zero length without comment);
 *    at end of input without a final newline it sits at the end of the last line.
 *  - INDENT and DEDENT have zero length at the first token of their line.  At end
 *    of input, DEDENT and ENDMARKER sit on the last line read with col = -1
 *    (CPython gives them no column: an error there shows no caret).
 *  - A STRING spanning lines has line/col of its first character (the prefix)
 *    and end_line/end_col just past its closing quote. */
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

    /* Optional: called for compile-time warnings CPython's tokenizer emits
     * (SyntaxWarning "invalid decimal literal" for `1if x else y`).  lex_init
     * sets it to NULL; set it after lex_init to receive them. */
    void (*warn)(void *ctx, const char *category, int line, const char *msg);
    void *warn_ctx;

    /* --- private to lexer/ --- */
    const char *end;        /* src + len */
    const char *buf_start;  /* CPython's tok->buf: columns of "unexpected character
                             * after line continuation character" count from here */
    const char *bad_line;   /* first line holding a NUL byte or invalid UTF-8 (NULL:
                             * none); reported when the lexer reaches that line, as
                             * CPython's reader does */
    int bad_lineno;
    unsigned char bad_byte; /* 0 for a NUL byte, else the first invalid UTF-8 byte */
    int pending_line, pending_col; /* where pending INDENT/DEDENT tokens sit */
    bool failed;            /* an error was returned: only ENDMARKER from now on */
    bool err_overrides;     /* the error is one CPython's tokenizer raises itself: it
                             * replaces an earlier parser error (see lex_recheck) */
    bool rechecking;        /* inside lex_recheck */
} CoilLexer;

/* src must be NUL-terminated at src[len].  err receives the first error. */
void lex_init(CoilLexer *lx, const char *src, size_t len, CoilSyntaxError *err);

/* Scans the next token into *tok.  Returns true on success, false after an
 * error (then lx->error->set is true and *tok is ENDMARKER). */
bool lex_next(CoilLexer *lx, CoilToken *tok);

/* After the parser rejected the source with an error of its own (not one that
 * lex_next returned), CPython 3.11 tokenizes the rest of the file: a tokenizer
 * error found there (unterminated string, invalid character or number,
 * unmatched bracket, NUL byte, ...) replaces the parser's error, and so does
 * "'(' was never closed" for a bracket opened on a line before
 * `last_token_line` (the line of the last token the parser took).  This does
 * the same, continuing from where lx stopped; returns true when *err was
 * replaced.  lex_next already does it for the errors it returns itself.
 * (CPython does it after the generic "invalid syntax" and after errors raised
 * by its grammar's rules, not after "unexpected indent"/"unexpected unindent"
 * or errors at the end of input.) */
bool lex_recheck(CoilLexer *lx, int last_token_line, CoilSyntaxError *err);

/* Source line `line` (1-based) of src, without its newline, as a pointer and a
 * length.  Lines end at "\n", "\r\n" or a lone "\r" (CPython's universal
 * newlines); a UTF-8 BOM opening line 1 is not part of it.  Returns false when
 * there is no such line. */
bool lex_source_line(const char *src, size_t len, int line, const char **out, size_t *out_len);

#endif
