/* strlit.h — decoding the body of a string or bytes literal (the text between
 * the quotes that the lexer puts in CoilToken.body) into its value, with
 * CPython 3.11's escapes and error messages.  The parser uses it for STRING
 * tokens and for the literal pieces of f-strings. */
#ifndef COIL_STRLIT_H
#define COIL_STRLIT_H

#include <stddef.h>
#include <stdint.h>

#include "syntax_error.h"

/* Decodes body[0..n) of a literal with STR_* `flags` (STR_RAW, STR_BYTES;
 * STR_FORMAT, STR_TRIPLE and STR_UNICODE change nothing here) into out, which
 * must hold n + 1 bytes (decoding never makes the text longer).  Returns the
 * length written, or -1 with *err set.
 *
 *  - str: the result is UTF-8.  Escapes \\ \' \" \a \b \f \n \r \t \v \ooo
 *    \xhh \uXXXX \UXXXXXXXX; an escaped newline continues the line; unknown
 *    escapes stay as written (backslash included), as in CPython.  A lone
 *    surrogate from \ud800..\udfff is written in the 3-byte form UTF-8 would
 *    give it (ED A0 80..ED BF BF): the one place the result is not strict
 *    UTF-8, so that such strings survive instead of failing.  \N{...} is an
 *    error (Coil has no Unicode name database).
 *  - bytes: the result is raw bytes; \u, \U and \N are unknown escapes there;
 *    non-ASCII characters in the body are an error.
 *  - raw (r prefix): nothing is decoded.
 *  - In every case "\r\n" and "\r" read as "\n": CPython translates line ends
 *    before tokenizing.
 *
 * Errors carry CPython's text, e.g. "(unicode error) 'unicodeescape' codec
 * can't decode bytes in position 2-4: truncated \xXX escape" or "(value error)
 * invalid \x escape at position 2", positioned at (line, col) with one caret.
 * CPython 3.11 reports these at the token the parser looked at after the
 * string (its lookahead), so pass that token's line and col. */
long strlit_decode(const char *body, size_t n, uint32_t flags, int line, int col, char *out,
                   CoilSyntaxError *err);

#endif
