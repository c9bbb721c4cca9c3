/* syntax_error.h — the record of a compile-time error (SyntaxError,
 * IndentationError, TabError) shared by the lexer, the parser and the checks
 * after parsing, and its printing in CPython 3.11's exact format. */
#ifndef COIL_SYNTAX_ERROR_H
#define COIL_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct CoilSyntaxError {
    bool set;
    const char *type;   /* "SyntaxError", "IndentationError" or "TabError" */
    char msg[320];
    int line, col;      /* 1-based line, 0-based byte column of the caret start */
    int end_line, end_col; /* end of the caret range; <= col means one caret */
} CoilSyntaxError;

/* Records an error unless one is already recorded (the first error wins). */
void syntax_error_set(CoilSyntaxError *err, const char *type, int line, int col,
                      int end_line, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Prints the error as CPython prints an uncaught SyntaxError of a script:
 *   File "<filename>", line N
 *     <source line, leading whitespace stripped>
 *     <carets>
 *   SyntaxError: <msg>
 * src/len is the whole source, used to show the line. */
void syntax_error_print(const CoilSyntaxError *err, const char *filename,
                        const char *src, size_t len, FILE *out);

#endif
