/* repr.h — Python's repr() of the values a Constant holds (str, bytes, int,
 * big int, float, imaginary), printed as CPython 3.11 prints them.  Used by
 * ast_dump; the float and big-int conversions are exposed for tests. */
#ifndef COIL_PARSER_REPR_H
#define COIL_PARSER_REPR_H

#include <stddef.h>
#include <stdio.h>

#include "parser/ast.h"

void repr_str(const char *s, size_t len, FILE *out);
void repr_bytes(const char *s, size_t len, FILE *out);
void repr_constant(const AstNode *c, FILE *out);

/* repr(float) into buf (at least 32 bytes); add_dot_0: "1.0" rather than "1"
 * (off for the imaginary part of a complex). */
void repr_double(double x, int add_dot_0, char *buf, size_t size);

/* Writes the decimal form of `digits` (ASCII digits in `base`) to out. */
void repr_bigint(const char *digits, size_t len, int base, FILE *out);

#endif
