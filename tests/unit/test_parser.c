/* test_parser.c — the parser against CPython 3.11: AST dumps (with and
 * without positions) of every statement and expression kind, and the syntax
 * errors CPython reports (type, message, line, column).  Expected values come
 * from tests/unit/gen_parser_cases.py; nesting limits and the AST API are
 * checked directly. */
#define _POSIX_C_SOURCE 200809L
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"
#include "parser_cases.h"

#define NCASES(a) (sizeof(a) / sizeof((a)[0]))

/* Parses src and returns its dump (malloc'ed), or NULL with *err set. */
static char *dump_of(const char *src, bool attrs, CoilSyntaxError *err)
{
    CoilArena *arena = arena_new();
    cr_assert_not_null(arena);
    memset(err, 0, sizeof *err);
    AstNode *mod = parse_module(arena, src, strlen(src), err);
    char *text = NULL;
    if (mod) {
        size_t len = 0;
        FILE *out = open_memstream(&text, &len);
        cr_assert_not_null(out);
        if (attrs) ast_dump_attrs(mod, out);
        else ast_dump(mod, out);
        fclose(out);
    }
    arena_free(arena);
    return text;
}

Test(parser, ast_dumps_match_cpython)
{
    for (size_t i = 0; i < NCASES(ast_cases); i++) {
        const AstCase *c = &ast_cases[i];
        CoilSyntaxError err;
        char *got = dump_of(c->src, false, &err);
        cr_assert_not_null(got, "case %zu %s: %s (line %d)", i, c->src, err.msg, err.line);
        cr_expect_str_eq(got, c->dump, "case %zu:\n%s", i, c->src);
        free(got);
    }
}

Test(parser, positions_match_cpython)
{
    for (size_t i = 0; i < NCASES(ast_cases); i++) {
        const AstCase *c = &ast_cases[i];
        if (!c->dump_pos) continue;
        CoilSyntaxError err;
        char *got = dump_of(c->src, true, &err);
        cr_assert_not_null(got, "case %zu: %s", i, err.msg);
        cr_expect_str_eq(got, c->dump_pos, "case %zu:\n%s", i, c->src);
        free(got);
    }
}

static void check_error(const ErrorCase *c, size_t i)
{
    CoilSyntaxError err;
    char *got = dump_of(c->src, false, &err);
    cr_assert_null(got, "case %zu parsed but should fail:\n%s", i, c->src);
    cr_assert(err.set, "case %zu: no error recorded:\n%s", i, c->src);
    cr_expect_str_eq(err.type, c->type, "case %zu:\n%s", i, c->src);
    cr_expect_str_eq(err.msg, c->msg, "case %zu:\n%s", i, c->src);
    cr_expect_eq(err.line, c->line, "case %zu: line %d, want %d:\n%s", i, err.line, c->line, c->src);
    if (c->col != COL_ANY)
        cr_expect_eq(err.col, c->col, "case %zu: col %d, want %d:\n%s", i, err.col, c->col, c->src);
}

Test(parser, syntax_errors_match_cpython)
{
    for (size_t i = 0; i < NCASES(error_cases); i++) check_error(&error_cases[i], i);
}

/* A source made of `prefix`, `n` copies of `unit`, then `suffix`. */
static char *repeat(const char *prefix, const char *unit, int n, const char *suffix)
{
    size_t lp = strlen(prefix), lu = strlen(unit), ls = strlen(suffix);
    char *s = malloc(lp + lu * (size_t)n + ls + 1);
    cr_assert_not_null(s);
    memcpy(s, prefix, lp);
    for (int i = 0; i < n; i++) memcpy(s + lp + lu * (size_t)i, unit, lu);
    memcpy(s + lp + lu * (size_t)n, suffix, ls + 1);
    return s;
}

Test(parser, deep_nesting_fails_cleanly)
{
    CoilSyntaxError err;
    /* As CPython: a parser too deep is a MemoryError (no error recorded)... */
    char *src = repeat("x = ", "-", 100000, "1\n");
    cr_expect_null(dump_of(src, false, &err));
    cr_expect(!err.set);
    free(src);
    src = repeat("x = ", "not ", 100000, "1\n");
    cr_expect_null(dump_of(src, false, &err));
    free(src);
    /* ...and a tree too deep for the compiler a RecursionError. */
    src = repeat("x = 1", "+1", 100000, "\n");
    cr_expect_null(dump_of(src, false, &err));
    cr_expect_str_eq(err.type, "RecursionError");
    cr_expect_str_eq(err.msg, "maximum recursion depth exceeded during compilation");
    free(src);
    src = repeat("x = a", ".b", 2999, "\n");
    cr_expect_null(dump_of(src, false, &err));
    cr_expect_str_eq(err.type, "RecursionError");
    free(src);
    /* Just below CPython's limit still works. */
    src = repeat("x = ", "-", 2998, "1\n");
    char *ok = dump_of(src, false, &err);
    cr_expect_not_null(ok, "%s", err.msg);
    free(ok);
    free(src);
    src = repeat("if x: pass\n", "elif x: pass\n", 2000, "");
    ok = dump_of(src, false, &err);
    cr_expect_not_null(ok, "%s", err.msg);
    free(ok);
    free(src);
    src = repeat("x = (", "(", 250, "");
    cr_expect_null(dump_of(src, false, &err));
    cr_expect_str_eq(err.msg, "too many nested parentheses");
    free(src);
}

Test(parser, node_api)
{
    const char *src = "def f(a, *b, c=1):\n    return a + 1\n";
    CoilArena *arena = arena_new();
    CoilSyntaxError err = {0};
    AstNode *mod = parse_module(arena, src, strlen(src), &err);
    cr_assert_not_null(mod);
    cr_assert_eq(mod->kind, AST_Module);
    cr_assert_eq(mod->v.Module.body.len, 1);
    const AstNode *f = mod->v.Module.body.items[0];
    cr_assert_eq(f->kind, AST_FunctionDef);
    cr_assert(ast_is_stmt(f->kind));
    cr_assert_str_eq(f->v.FunctionDef.name, "f");
    cr_assert_str_eq(ast_kind_name(f->kind), "FunctionDef");
    const AstNode *args = f->v.FunctionDef.args;
    cr_assert_eq(args->v.arguments.args.len, 1);
    cr_assert_str_eq(args->v.arguments.vararg->v.arg.arg, "b");
    cr_assert_eq(args->v.arguments.kwonlyargs.len, 1);
    cr_assert_eq(args->v.arguments.kw_defaults.items[0]->v.Constant.u.i, 1);
    const AstNode *ret = f->v.FunctionDef.body.items[0];
    cr_assert_eq(ret->kind, AST_Return);
    cr_assert_eq(ret->lineno, 2);
    cr_assert_eq(ret->col_offset, 4);
    const AstNode *add = ret->v.Return.value;
    cr_assert_eq(add->kind, AST_BinOp);
    cr_assert(ast_is_expr(add->kind));
    cr_assert_eq(add->v.BinOp.op, AST_OP_Add);
    cr_assert_str_eq(ast_op_name(add->v.BinOp.op), "Add");
    /* identifiers are interned: the parameter and its use share one string */
    cr_assert_eq(add->v.BinOp.left->v.Name.id, args->v.arguments.args.items[0]->v.arg.arg);
    cr_assert_eq(add->end_col_offset, 16);
    arena_free(arena);
}

Test(parser, big_and_float_constants)
{
    const char *src = "x = 123456789012345678901234567890\ny = 0x10\nz = 1e400\n";
    CoilArena *arena = arena_new();
    CoilSyntaxError err = {0};
    AstNode *mod = parse_module(arena, src, strlen(src), &err);
    cr_assert_not_null(mod);
    const AstNode *big = mod->v.Module.body.items[0]->v.Assign.value;
    cr_assert_eq(big->v.Constant.kind, AST_CONST_BIGINT);
    cr_assert_eq(big->v.Constant.base, 10);
    cr_assert_str_eq(big->v.Constant.u.s, "123456789012345678901234567890");
    const AstNode *hex = mod->v.Module.body.items[1]->v.Assign.value;
    cr_assert_eq(hex->v.Constant.kind, AST_CONST_INT);
    cr_assert_eq(hex->v.Constant.u.i, 16);
    const AstNode *inf = mod->v.Module.body.items[2]->v.Assign.value;
    cr_assert_eq(inf->v.Constant.kind, AST_CONST_FLOAT);
    cr_assert(inf->v.Constant.u.f > 1e308);
    arena_free(arena);
}

Test(arena, alloc_is_zeroed_aligned_and_counted)
{
    CoilArena *a = arena_new();
    cr_assert_not_null(a);
    size_t before = arena_bytes(a);
    for (int i = 1; i < 5000; i++) {
        unsigned char *p = arena_alloc(a, (size_t)(i % 97) + 1);
        cr_assert_not_null(p);
        cr_assert_eq((uintptr_t)p % 16, 0);
        for (int k = 0; k < i % 97 + 1; k++) cr_assert_eq(p[k], 0);
        memset(p, 0xAB, (size_t)(i % 97) + 1);
    }
    char *big = arena_alloc(a, 1 << 20); /* bigger than a chunk */
    cr_assert_not_null(big);
    big[(1 << 20) - 1] = 1;
    char *s = arena_strndup(a, "hello world", 5);
    cr_assert_str_eq(s, "hello");
    cr_assert_gt(arena_bytes(a), before);
    arena_free(a);
}
