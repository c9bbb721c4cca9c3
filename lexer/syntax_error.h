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
    int line, col;      /* 1-based line, 0-based byte column of the caret start;
                         * line 0: no location (only "Type: msg" is printed);
                         * col -1: no caret */
    int end_line, end_col; /* end of the caret range; <= col means one caret */
    /* The error is one CPython's tokenizer raises itself (tokenizer.c's
     * syntaxerror()): CPython then counts the caret columns in characters and
     * shows the line as the tokenizer holds it.  Errors the parser raises
     * (false, what syntax_error_set records) count bytes, as CPython 3.11 does
     * for a script file without a coding declaration or BOM. */
    bool tokenizer;
    /* 0, or 1 + the offset in msg where the file name belongs (CPython's
     * "Non-UTF-8 code ... in file X ..." names the file, which only the
     * printer knows). */
    int file_in_msg;
    /* Raised by the compiler (symbol tables, code generation) rather than
     * the tokenizer or parser: CPython's SyntaxError.text is then read back
     * from the file, so it is None for exec()'d strings. */
    bool compiler;
} CoilSyntaxError;

/* Records an error unless one is already recorded (the first error wins). */
void syntax_error_set(CoilSyntaxError *err, const char *type, int line, int col,
                      int end_line, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* The full message (with the file name where file_in_msg says), written to
 * buf as snprintf does; returns the length it needs. */
int syntax_error_message(const CoilSyntaxError *err, const char *filename,
                         char *buf, size_t size);

/* Prints the error as CPython prints an uncaught SyntaxError of a script:
 *   File "<filename>", line N
 *     <source line, leading whitespace stripped>
 *     <carets>
 *   SyntaxError: <msg>
 * src/len is the whole source, used to show the line.  Follows CPython 3.11's
 * print_error_text: leading blanks stripped, caret clipped to the line, one
 * caret for IndentationError/TabError, no caret left of the text, no source
 * and caret lines when the line does not exist. */
void syntax_error_print(const CoilSyntaxError *err, const char *filename,
                        const char *src, size_t len, FILE *out);

#endif
