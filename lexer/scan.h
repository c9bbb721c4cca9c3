/* scan.h — internal to lexer/: the contract between the raw re2c scanner
 * (lexer.re) and the layout layer (layout.c), and the error helpers both use
 * to record CPython's tokenizer messages with CPython's positions. */
#ifndef COIL_LEX_SCAN_H
#define COIL_LEX_SCAN_H

#include "lexer.h"

/* lex_scan's results besides a token kind (>= 0). */
enum {
    LEX_R_NEWLINE = -1,  /* a physical newline; tok holds CPython's NEWLINE position */
    LEX_R_EOF = -2,      /* end of input; tok holds where an implicit NEWLINE goes */
    LEX_R_ERROR = -3,    /* an error was recorded in lx->error */
    LEX_R_BADCHAR = -4,  /* '$', '?' or '`': CPython makes an OP of it that no
                          * grammar rule accepts, so the parser says "invalid syntax" */
    LEX_R_CONT_EOF = -5  /* a backslash continuation runs into the end of input */
};

/* NUMBER flag of an imaginary literal (1j): Coil has no complex type, so
 * layout.c turns it into an error. */
#define LEX_NUM_IMAG 0x100u

/* Scans one token at lx->cursor, skipping blanks, comments and backslash
 * continuations.  Leading indentation is measured by layout.c, not here. */
int lex_scan(CoilLexer *lx, CoilToken *tok);

/* Records an error CPython's tokenizer raises itself (tokenizer.c's
 * syntaxerror()): its caret columns count characters.  col/end_col are byte
 * columns on `line` (end_col <= col: one caret). */
void lex_error_tok(CoilLexer *lx, int line, int col, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* The "invalid character" / "invalid non-printable character" error for the
 * UTF-8 (or stray) character at p, on the current line. */
void lex_error_char(CoilLexer *lx, const char *p);

/* Line number CPython's tokenizer reports at end of input: the last line it
 * read (a final newline does not open a new line). */
int lex_eof_line(const CoilLexer *lx);

#endif
