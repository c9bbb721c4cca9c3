/* unparse.h — an expression tree back to source text, written as CPython
 * 3.11 writes annotations under `from __future__ import annotations` (minimal
 * parentheses from operator precedence, constants as their repr, f-strings
 * rebuilt and re-quoted). */
#ifndef COIL_PARSER_UNPARSE_H
#define COIL_PARSER_UNPARSE_H

#include <stddef.h>

#include "parser/arena.h"
#include "parser/ast.h"

/* The source text of expression e, NUL-terminated, in `arena`; *len gets its
 * length in bytes.  NULL when out of memory. */
char *ast_unparse(CoilArena *arena, const AstNode *e, size_t *len);

#endif
