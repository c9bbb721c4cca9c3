/* future.c — future statements: the `from __future__ import ...` lines that
 * may open a module (after its docstring), their feature names and errors,
 * and `annotations`, which turns every annotation into the string of its
 * source (PEP 563) before the symbol table sees the tree. */
#include <stdbool.h>
#include <string.h>

#include "compiler/codegen.h"
#include "parser/unparse.h"

/* Every feature Python 3.11 knows; all but `annotations` are already the
 * language's behaviour (barry_as_FLUFL's `<>` is not supported: it is
 * accepted and has no effect). */
static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations", NULL,
};

static bool future_fail(Compiler *c, const AstNode *at, int end_col, const char *fmt, const char *arg)
{
    char msg[200];
    snprintf(msg, sizeof msg, fmt, arg);
    syntax_error_set(c->err, "SyntaxError", at->lineno, at->col_offset, at->end_lineno, end_col, "%s", msg);
    c->err->compiler = true;
    c->failed = true;
    return false;
}

bool comp_is_future_import(const AstNode *s)
{
    return s->kind == AST_ImportFrom && s->v.ImportFrom.level == 0 && s->v.ImportFrom.module &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

/* --- PEP 563: annotations as strings ------------------------------------------------- */

/* CPython refuses these inside a stringified annotation (they would mean
 * something different once the text is evaluated later).  A lambda is its
 * own scope, so only await is looked for inside one. */
static const AstNode *forbidden_in_annotation(const AstNode *e, bool in_lambda, const char **what);

static const AstNode *forbidden_in_list(const AstList *l, bool in_lambda, const char **what)
{
    for (int i = 0; i < l->len; i++) {
        const AstNode *bad = l->items[i] ? forbidden_in_annotation(l->items[i], in_lambda, what) : NULL;
        if (bad) return bad;
    }
    return NULL;
}

static const AstNode *forbidden_in_annotation(const AstNode *e, bool in_lambda, const char **what)
{
    const AstNode *bad = NULL;
    switch (e->kind) {
    case AST_Yield: case AST_YieldFrom:
        if (!in_lambda) { *what = "yield expression"; return e; }
        return e->v.Await.value ? forbidden_in_annotation(e->v.Await.value, in_lambda, what) : NULL;
    case AST_Await:
        *what = "await expression";
        return e;
    case AST_NamedExpr:
        if (!in_lambda) { *what = "named expression"; return e; }
        return forbidden_in_annotation(e->v.NamedExpr.value, in_lambda, what);
    case AST_Lambda: return forbidden_in_annotation(e->v.Lambda.body, true, what);
    case AST_BoolOp: return forbidden_in_list(&e->v.BoolOp.values, in_lambda, what);
    case AST_BinOp:
        if ((bad = forbidden_in_annotation(e->v.BinOp.left, in_lambda, what))) return bad;
        return forbidden_in_annotation(e->v.BinOp.right, in_lambda, what);
    case AST_UnaryOp: return forbidden_in_annotation(e->v.UnaryOp.operand, in_lambda, what);
    case AST_IfExp:
        if ((bad = forbidden_in_annotation(e->v.IfExp.test, in_lambda, what)) ||
            (bad = forbidden_in_annotation(e->v.IfExp.body, in_lambda, what)))
            return bad;
        return forbidden_in_annotation(e->v.IfExp.orelse, in_lambda, what);
    case AST_Dict:
        if ((bad = forbidden_in_list(&e->v.Dict.keys, in_lambda, what))) return bad;
        return forbidden_in_list(&e->v.Dict.values, in_lambda, what);
    case AST_Set: return forbidden_in_list(&e->v.Set.elts, in_lambda, what);
    case AST_List: case AST_Tuple: return forbidden_in_list(&e->v.List.elts, in_lambda, what);
    case AST_Compare:
        if ((bad = forbidden_in_annotation(e->v.Compare.left, in_lambda, what))) return bad;
        return forbidden_in_list(&e->v.Compare.comparators, in_lambda, what);
    case AST_Call:
        if ((bad = forbidden_in_annotation(e->v.Call.func, in_lambda, what)) ||
            (bad = forbidden_in_list(&e->v.Call.args, in_lambda, what)))
            return bad;
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            if ((bad = forbidden_in_annotation(e->v.Call.keywords.items[i]->v.keyword.value, in_lambda, what)))
                return bad;
        return NULL;
    case AST_FormattedValue: return forbidden_in_annotation(e->v.FormattedValue.value, in_lambda, what);
    case AST_JoinedStr: return forbidden_in_list(&e->v.JoinedStr.values, in_lambda, what);
    case AST_Attribute: return forbidden_in_annotation(e->v.Attribute.value, in_lambda, what);
    case AST_Subscript:
        if ((bad = forbidden_in_annotation(e->v.Subscript.value, in_lambda, what))) return bad;
        return forbidden_in_annotation(e->v.Subscript.slice, in_lambda, what);
    case AST_Starred: return forbidden_in_annotation(e->v.Starred.value, in_lambda, what);
    case AST_Slice:
        if (e->v.Slice.lower && (bad = forbidden_in_annotation(e->v.Slice.lower, in_lambda, what))) return bad;
        if (e->v.Slice.upper && (bad = forbidden_in_annotation(e->v.Slice.upper, in_lambda, what))) return bad;
        return e->v.Slice.step ? forbidden_in_annotation(e->v.Slice.step, in_lambda, what) : NULL;
    default: return NULL; /* names, constants; comprehensions are scopes of their own */
    }
}

/* Replaces *slot (an annotation) by a str Constant holding its source. */
static bool stringify(Compiler *c, AstNode **slot)
{
    AstNode *e = *slot;
    if (!e) return true;
    const char *what = NULL;
    const AstNode *bad = forbidden_in_annotation(e, false, &what);
    if (bad) return future_fail(c, bad, bad->end_col_offset, "'%s' can not be used within an annotation", what);
    size_t len = 0;
    char *text = ast_unparse(c->arena, e, &len);
    AstNode *k = arena_alloc(c->arena, ast_node_size(AST_Constant));
    if (!text || !k) return future_fail(c, e, e->end_col_offset, "%s", "out of memory in the compiler");
    memset(k, 0, ast_node_size(AST_Constant));
    k->kind = AST_Constant;
    k->lineno = e->lineno;
    k->col_offset = e->col_offset;
    k->end_lineno = e->end_lineno;
    k->end_col_offset = e->end_col_offset;
    k->v.Constant.kind = AST_CONST_STR;
    k->v.Constant.len = (uint32_t)len;
    k->v.Constant.u.s = text;
    *slot = k;
    return true;
}

static bool stringify_args(Compiler *c, AstNode *a)
{
    AstList *lists[3] = {&a->v.arguments.posonlyargs, &a->v.arguments.args, &a->v.arguments.kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < lists[l]->len; i++)
            if (!stringify(c, &lists[l]->items[i]->v.arg.annotation)) return false;
    if (a->v.arguments.vararg && !stringify(c, &a->v.arguments.vararg->v.arg.annotation)) return false;
    return !a->v.arguments.kwarg || stringify(c, &a->v.arguments.kwarg->v.arg.annotation);
}

static bool stringify_body(Compiler *c, AstList *body);

static bool stringify_stmt(Compiler *c, AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        return stringify_args(c, s->v.FunctionDef.args) && stringify(c, &s->v.FunctionDef.returns) &&
               stringify_body(c, &s->v.FunctionDef.body);
    case AST_ClassDef: return stringify_body(c, &s->v.ClassDef.body);
    case AST_AnnAssign: return stringify(c, &s->v.AnnAssign.annotation);
    case AST_For: case AST_AsyncFor:
        return stringify_body(c, &s->v.For.body) && stringify_body(c, &s->v.For.orelse);
    case AST_While: return stringify_body(c, &s->v.While.body) && stringify_body(c, &s->v.While.orelse);
    case AST_If: return stringify_body(c, &s->v.If.body) && stringify_body(c, &s->v.If.orelse);
    case AST_With: case AST_AsyncWith: return stringify_body(c, &s->v.With.body);
    case AST_Match:
        for (int i = 0; i < s->v.Match.cases.len; i++)
            if (!stringify_body(c, &s->v.Match.cases.items[i]->v.match_case.body)) return false;
        return true;
    case AST_Try:
    case AST_TryStar:
        if (!stringify_body(c, &s->v.Try.body) || !stringify_body(c, &s->v.Try.orelse) ||
            !stringify_body(c, &s->v.Try.finalbody))
            return false;
        for (int i = 0; i < s->v.Try.handlers.len; i++)
            if (!stringify_body(c, &s->v.Try.handlers.items[i]->v.ExceptHandler.body)) return false;
        return true;
    default: return true;
    }
}

static bool stringify_body(Compiler *c, AstList *body)
{
    for (int i = 0; i < body->len; i++)
        if (!stringify_stmt(c, body->items[i])) return false;
    return true;
}

/* --- the future block ------------------------------------------------------------------- */

bool comp_future(Compiler *c, AstNode *module)
{
    AstList *body = &module->v.Module.body;
    bool annotations = false;
    c->future_lineno = 0;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        if (i == 0 && s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
            s->v.Expr.value->v.Constant.kind == AST_CONST_STR)
            continue; /* the docstring */
        if (!comp_is_future_import(s)) break;
        for (int n = 0; n < s->v.ImportFrom.names.len; n++) {
            const char *name = s->v.ImportFrom.names.items[n]->v.alias.name;
            int f = 0;
            while (future_features[f] && strcmp(future_features[f], name) != 0) f++;
            if (strcmp(name, "braces") == 0) return future_fail(c, s, s->col_offset, "%s", "not a chance");
            if (!future_features[f])
                return future_fail(c, s, s->col_offset, "future feature %s is not defined", name);
            if (strcmp(name, "annotations") == 0) annotations = true;
        }
        c->future_lineno = s->lineno;
    }
    return !annotations || stringify_body(c, body);
}
