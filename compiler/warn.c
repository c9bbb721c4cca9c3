/* warn.c — the SyntaxWarnings CPython 3.11's compiler gives for code that is
 * legal but almost surely a slip: `is` with a literal, calling a literal
 * ("perhaps you missed a comma?"), subscripting one or indexing a sequence
 * literal with the wrong type, and `assert (test, msg)`.  A walk over the
 * tree collects them in CPython's code-generation order; the VM issues them
 * through the warnings filters (vm/compile_warn.c). */
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct WarnWalk {
    Compiler *c;
    const CoilCompileWarning *head, **tail;
} WarnWalk;

static void walk_expr(WarnWalk *w, const AstNode *e);
static void walk_stmts(WarnWalk *w, const AstList *body);

static void add_warning(WarnWalk *w, const AstNode *at, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    CoilCompileWarning *cw = arena_alloc(w->c->arena, sizeof *cw);
    char *text = arena_alloc(w->c->arena, strlen(msg) + 1);
    if (!cw || !text) return; /* out of memory: the warning is lost, not the compile */
    strcpy(text, msg);
    cw->message = text;
    cw->lineno = at->lineno;
    cw->col_offset = at->col_offset;
    cw->end_lineno = at->end_lineno;
    cw->end_col_offset = at->end_col_offset;
    cw->next = NULL;
    *w->tail = cw;
    w->tail = &cw->next;
}

/* The type name of a constant, as type(k).__name__. */
static const char *const_type_name(const CoilConst *k)
{
    switch (k->kind) {
    case CONST_NONE: return "NoneType";
    case CONST_TRUE:
    case CONST_FALSE: return "bool";
    case CONST_ELLIPSIS: return "ellipsis";
    case CONST_INT:
    case CONST_BIGINT: return "int";
    case CONST_FLOAT: return "float";
    case CONST_COMPLEX: return "complex";
    case CONST_STR: return "str";
    case CONST_BYTES: return "bytes";
    default: return "tuple";
    }
}

/* What type an expression certainly has (CPython's infer_type), or NULL.
 * A constant is what folding makes of it, as CPython sees it after its AST
 * optimizer. */
static const char *infer_type(WarnWalk *w, const AstNode *e, CoilConst *k, bool *folded)
{
    *folded = false;
    switch (e->kind) {
    case AST_Tuple:
        if (comp_fold(w->c, e, k)) *folded = true;
        return "tuple";
    case AST_List:
    case AST_ListComp: return "list";
    case AST_Dict:
    case AST_DictComp: return "dict";
    case AST_Set:
    case AST_SetComp: return "set";
    case AST_GeneratorExp: return "generator";
    case AST_Lambda: return "function";
    case AST_JoinedStr:
    case AST_FormattedValue: return "str";
    case AST_Constant:
    case AST_UnaryOp:
    case AST_BinOp:
        if (!comp_fold(w->c, e, k)) return NULL;
        *folded = true;
        return const_type_name(k);
    default: return NULL;
    }
}

/* An operand `is` may meet without a warning: not a constant, or None,
 * True, False or Ellipsis. */
static bool is_arg_ok(WarnWalk *w, const AstNode *e)
{
    CoilConst k;
    if (e->kind != AST_Constant && e->kind != AST_UnaryOp && e->kind != AST_BinOp && e->kind != AST_Tuple)
        return true;
    if (!comp_fold(w->c, e, &k)) return true;
    return k.kind == CONST_NONE || k.kind == CONST_TRUE || k.kind == CONST_FALSE || k.kind == CONST_ELLIPSIS;
}

static void check_compare(WarnWalk *w, const AstNode *e)
{
    bool left = is_arg_ok(w, e->v.Compare.left);
    for (int i = 0; i < e->v.Compare.comparators.len; i++) {
        uint8_t op = e->v.Compare.ops[i];
        bool right = is_arg_ok(w, e->v.Compare.comparators.items[i]);
        if ((op == AST_OP_Is || op == AST_OP_IsNot) && (!left || !right)) {
            add_warning(w, e, op == AST_OP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                              : "\"is not\" with a literal. Did you mean \"!=\"?");
            return; /* CPython stops at the first */
        }
        left = right;
    }
}

static void check_caller(WarnWalk *w, const AstNode *call)
{
    const AstNode *f = call->v.Call.func;
    switch (f->kind) {
    case AST_UnaryOp: case AST_BinOp: /* a constant once folded */
    case AST_Constant: case AST_Tuple: case AST_List: case AST_ListComp: case AST_Dict: case AST_DictComp:
    case AST_Set: case AST_SetComp: case AST_GeneratorExp: case AST_JoinedStr: case AST_FormattedValue: {
        CoilConst k;
        bool folded;
        const char *t = infer_type(w, f, &k, &folded);
        if (t) add_warning(w, call, "'%s' object is not callable; perhaps you missed a comma?", t);
        return;
    }
    default: return;
    }
}

static void check_subscript(WarnWalk *w, const AstNode *e)
{
    const AstNode *v = e->v.Subscript.value, *s = e->v.Subscript.slice;
    CoilConst k;
    bool folded;
    /* the subscripted object */
    switch (v->kind) {
    case AST_Constant: case AST_UnaryOp: case AST_BinOp: {
        if (!comp_fold(w->c, v, &k)) break;
        int kk = k.kind;
        if (kk == CONST_NONE || kk == CONST_ELLIPSIS || kk == CONST_INT || kk == CONST_BIGINT ||
            kk == CONST_FLOAT || kk == CONST_COMPLEX) {
            add_warning(w, e, "'%s' object is not subscriptable; perhaps you missed a comma?", const_type_name(&k));
            return;
        }
        break;
    }
    case AST_Set: case AST_SetComp: case AST_GeneratorExp: case AST_Lambda: {
        const char *t = infer_type(w, v, &k, &folded);
        add_warning(w, e, "'%s' object is not subscriptable; perhaps you missed a comma?", t);
        return;
    }
    default: break;
    }
    /* the index: an int (bool included) or a slice is fine; an unknown type too */
    CoilConst ik;
    const char *itype = infer_type(w, s, &ik, &folded);
    if (!itype || !strcmp(itype, "int") || !strcmp(itype, "bool")) return;
    const char *vtype = NULL;
    switch (v->kind) {
    case AST_Constant: case AST_UnaryOp: case AST_BinOp: {
        if (!comp_fold(w->c, v, &k)) return;
        if (k.kind != CONST_STR && k.kind != CONST_BYTES && k.kind != CONST_TUPLE) return;
        vtype = const_type_name(&k);
        break;
    }
    case AST_Tuple: case AST_List: case AST_ListComp: case AST_JoinedStr: case AST_FormattedValue:
        vtype = infer_type(w, v, &k, &folded);
        break;
    default: return;
    }
    add_warning(w, e, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", vtype, itype);
}

static void walk_opt(WarnWalk *w, const AstNode *e)
{
    if (e) walk_expr(w, e);
}

static void walk_list(WarnWalk *w, const AstList *l)
{
    for (int i = 0; i < l->len; i++) walk_opt(w, l->items[i]);
}

/* Defaults, then (unless they are strings) annotations, as CPython's
 * compiler_function / compiler_lambda evaluate them. */
static void walk_arguments(WarnWalk *w, const AstNode *a, bool annotations)
{
    if (!a) return;
    walk_list(w, &a->v.arguments.defaults);
    walk_list(w, &a->v.arguments.kw_defaults);
    if (!annotations) return;
    const AstList *groups[] = {&a->v.arguments.args, &a->v.arguments.posonlyargs};
    for (int g = 0; g < 2; g++)
        for (int i = 0; i < groups[g]->len; i++) walk_opt(w, groups[g]->items[i]->v.arg.annotation);
    if (a->v.arguments.vararg) walk_opt(w, a->v.arguments.vararg->v.arg.annotation);
    for (int i = 0; i < a->v.arguments.kwonlyargs.len; i++)
        walk_opt(w, a->v.arguments.kwonlyargs.items[i]->v.arg.annotation);
    if (a->v.arguments.kwarg) walk_opt(w, a->v.arguments.kwarg->v.arg.annotation);
}

/* A comprehension's body is compiled first (targets, conditions, inner
 * iterables, the element), its outermost iterable last. */
static void walk_comprehension(WarnWalk *w, const AstList *gens, const AstNode *elt, const AstNode *value)
{
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        if (i > 0) walk_expr(w, g->v.comprehension.iter);
        walk_expr(w, g->v.comprehension.target);
        walk_list(w, &g->v.comprehension.ifs);
    }
    walk_opt(w, elt);
    walk_opt(w, value);
    if (gens->len) walk_expr(w, gens->items[0]->v.comprehension.iter);
}

static void walk_expr(WarnWalk *w, const AstNode *e)
{
    switch (e->kind) {
    case AST_BoolOp: walk_list(w, &e->v.BoolOp.values); break;
    case AST_NamedExpr: walk_expr(w, e->v.NamedExpr.value); break;
    case AST_BinOp:
        walk_expr(w, e->v.BinOp.left);
        walk_expr(w, e->v.BinOp.right);
        break;
    case AST_UnaryOp: walk_expr(w, e->v.UnaryOp.operand); break;
    case AST_Lambda:
        walk_arguments(w, e->v.Lambda.args, false);
        walk_expr(w, e->v.Lambda.body);
        break;
    case AST_IfExp:
        walk_expr(w, e->v.IfExp.test);
        walk_expr(w, e->v.IfExp.body);
        walk_expr(w, e->v.IfExp.orelse);
        break;
    case AST_Dict:
        for (int i = 0; i < e->v.Dict.values.len; i++) {
            walk_opt(w, e->v.Dict.keys.items[i]);
            walk_expr(w, e->v.Dict.values.items[i]);
        }
        break;
    case AST_Set: walk_list(w, &e->v.Set.elts); break;
    case AST_List:
    case AST_Tuple: walk_list(w, &e->v.List.elts); break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp: walk_comprehension(w, &e->v.ListComp.generators, e->v.ListComp.elt, NULL); break;
    case AST_DictComp:
        walk_comprehension(w, &e->v.DictComp.generators, e->v.DictComp.key, e->v.DictComp.value);
        break;
    case AST_Await:
    case AST_Yield:
    case AST_YieldFrom: walk_opt(w, e->v.Await.value); break;
    case AST_Compare:
        check_compare(w, e);
        walk_expr(w, e->v.Compare.left);
        walk_list(w, &e->v.Compare.comparators);
        break;
    case AST_Call:
        check_caller(w, e);
        walk_expr(w, e->v.Call.func);
        walk_list(w, &e->v.Call.args);
        for (int i = 0; i < e->v.Call.keywords.len; i++) walk_expr(w, e->v.Call.keywords.items[i]->v.keyword.value);
        break;
    case AST_FormattedValue:
        walk_expr(w, e->v.FormattedValue.value);
        walk_opt(w, e->v.FormattedValue.format_spec);
        break;
    case AST_JoinedStr: walk_list(w, &e->v.JoinedStr.values); break;
    case AST_Attribute: walk_expr(w, e->v.Attribute.value); break;
    case AST_Subscript:
        if (e->v.Subscript.ctx == AST_LOAD) check_subscript(w, e);
        walk_expr(w, e->v.Subscript.value);
        walk_expr(w, e->v.Subscript.slice);
        break;
    case AST_Starred: walk_expr(w, e->v.Starred.value); break;
    case AST_Slice:
        walk_opt(w, e->v.Slice.lower);
        walk_opt(w, e->v.Slice.upper);
        walk_opt(w, e->v.Slice.step);
        break;
    default: break; /* Constant, Name */
    }
}

/* An augmented assignment's target is read without the subscript checks. */
static void walk_aug_target(WarnWalk *w, const AstNode *t)
{
    if (t->kind == AST_Subscript) {
        walk_expr(w, t->v.Subscript.value);
        walk_expr(w, t->v.Subscript.slice);
    } else if (t->kind == AST_Attribute) {
        walk_expr(w, t->v.Attribute.value);
    }
}

static void walk_stmt(WarnWalk *w, const AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        walk_list(w, &s->v.FunctionDef.decorator_list);
        walk_arguments(w, s->v.FunctionDef.args, true);
        walk_opt(w, s->v.FunctionDef.returns);
        walk_stmts(w, &s->v.FunctionDef.body);
        break;
    case AST_ClassDef:
        walk_list(w, &s->v.ClassDef.decorator_list);
        walk_stmts(w, &s->v.ClassDef.body); /* the body's code first, then the call with the bases */
        walk_list(w, &s->v.ClassDef.bases);
        for (int i = 0; i < s->v.ClassDef.keywords.len; i++)
            walk_expr(w, s->v.ClassDef.keywords.items[i]->v.keyword.value);
        break;
    case AST_Return: walk_opt(w, s->v.Return.value); break;
    case AST_Delete: walk_list(w, &s->v.Delete.targets); break;
    case AST_Assign:
        walk_expr(w, s->v.Assign.value);
        walk_list(w, &s->v.Assign.targets);
        break;
    case AST_AugAssign:
        walk_aug_target(w, s->v.AugAssign.target);
        walk_expr(w, s->v.AugAssign.value);
        break;
    case AST_AnnAssign:
        walk_opt(w, s->v.AnnAssign.value);
        walk_expr(w, s->v.AnnAssign.target);
        walk_opt(w, s->v.AnnAssign.annotation);
        break;
    case AST_For:
    case AST_AsyncFor:
        walk_expr(w, s->v.For.iter);
        walk_expr(w, s->v.For.target);
        walk_stmts(w, &s->v.For.body);
        walk_stmts(w, &s->v.For.orelse);
        break;
    case AST_While:
    case AST_If:
        walk_expr(w, s->v.If.test);
        walk_stmts(w, &s->v.If.body);
        walk_stmts(w, &s->v.If.orelse);
        break;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.len; i++) {
            const AstNode *it = s->v.With.items.items[i];
            walk_expr(w, it->v.withitem.context_expr);
            walk_opt(w, it->v.withitem.optional_vars);
        }
        walk_stmts(w, &s->v.With.body);
        break;
    case AST_Match:
        walk_expr(w, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.len; i++) {
            const AstNode *mc = s->v.Match.cases.items[i];
            walk_opt(w, mc->v.match_case.guard);
            walk_stmts(w, &mc->v.match_case.body);
        }
        break;
    case AST_Raise:
        walk_opt(w, s->v.Raise.exc);
        walk_opt(w, s->v.Raise.cause);
        break;
    case AST_Try:
    case AST_TryStar:
        walk_stmts(w, &s->v.Try.body);
        walk_stmts(w, &s->v.Try.orelse);
        for (int i = 0; i < s->v.Try.handlers.len; i++) {
            const AstNode *h = s->v.Try.handlers.items[i];
            walk_opt(w, h->v.ExceptHandler.type);
            walk_stmts(w, &h->v.ExceptHandler.body);
        }
        walk_stmts(w, &s->v.Try.finalbody);
        break;
    case AST_Assert: {
        const AstNode *t = s->v.Assert.test;
        CoilConst k;
        if ((t->kind == AST_Tuple && t->v.List.elts.len > 0) ||
            (t->kind == AST_Constant && comp_fold(w->c, t, &k) && k.kind == CONST_TUPLE && k.u.tuple.len > 0))
            add_warning(w, s, "assertion is always true, perhaps remove parentheses?");
        walk_expr(w, t);
        walk_opt(w, s->v.Assert.msg);
        break;
    }
    case AST_Expr: walk_expr(w, s->v.Expr.value); break;
    default: break; /* Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue */
    }
}

static void walk_stmts(WarnWalk *w, const AstList *body)
{
    for (int i = 0; i < body->len; i++) walk_stmt(w, body->items[i]);
}

const CoilCompileWarning *comp_collect_warnings(Compiler *c, const AstNode *module)
{
    WarnWalk w = {c, NULL, NULL};
    w.tail = &w.head;
    walk_stmts(&w, &module->v.Module.body);
    return w.head;
}
