/* parser.h — the front end's entry point: source text in, AST (or a syntax
 * error) out.  Drives the lexer into the lemon parser generated from
 * grammar/coil.y, then runs the checks CPython makes after parsing. */
#ifndef COIL_PARSER_H
#define COIL_PARSER_H

#include <stdbool.h>
#include <stdio.h>

#include "lexer/syntax_error.h"
#include "parser/arena.h"
#include "parser/ast.h"

/* Parses a whole module.  src must be NUL-terminated at src[len].  Returns the
 * Module node, allocated in `arena`, or NULL with *err set. */
AstNode *parse_module(CoilArena *arena, const char *src, size_t len, CoilSyntaxError *err);

/* The same, or with `eval` set, eval() input: one expression list (and an
 * optional newline), returned as a Module holding one Expr statement. */
AstNode *parse_source(CoilArena *arena, const char *src, size_t len, bool eval, CoilSyntaxError *err);
/* The same; top_level_await lets `await`, `async for`, `async with` and
 * async comprehensions appear at module level (input at the prompt). */
AstNode *parse_source_ex(CoilArena *arena, const char *src, size_t len, bool eval, bool top_level_await,
                         CoilSyntaxError *err);

/* Prints the tree exactly as CPython 3.11's ast.dump(tree, indent=2) does,
 * followed by a newline. */
void ast_dump(const AstNode *node, FILE *out);

/* The same with include_attributes=True: every node's lineno, col_offset,
 * end_lineno and end_col_offset too (for checking positions). */
void ast_dump_attrs(const AstNode *node, FILE *out);

#endif
