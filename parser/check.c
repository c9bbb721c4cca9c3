/* check.c — the errors CPython raises after parsing but before running, in
 * its order: first the symbol-table pass (global/nonlocal misuse, duplicate
 * parameters, yield in comprehensions, walrus rules, `import *` placement,
 * and the nesting limit: "maximum recursion depth exceeded during
 * compilation"), then its analysis (nonlocal bindings), then the compiler's
 * checks ('return'/'yield'/'await'/'break' placement, async constructs,
 * starred targets, repeated keywords, __debug__).  Messages and positions are
 * CPython 3.11's (Python/symtable.c, Python/compile.c). */
#include <stdlib.h>
#include <string.h>

#include "parser/build.h"

#define SYNTAX "SyntaxError"
#define CHECK_MAX_DEPTH 3000 /* CPython: recursion limit 1000 x COMPILER_STACK_FRAME_SCALE 3 */

/* ------------------------------------------------------------------------ */
/* Scopes (the symbol-table pass)                                            */

enum {
    SF_GLOBAL = 1, SF_LOCAL = 2, SF_PARAM = 4, SF_NONLOCAL = 8, SF_USE = 16,
    SF_ANNOT = 32, SF_IMPORT = 64, SF_COMP_ITER = 128
};
#define SF_BOUND (SF_LOCAL | SF_PARAM | SF_IMPORT)

typedef enum { BLK_MODULE, BLK_FUNCTION, BLK_CLASS } BlockType;

typedef struct CSym {
    const char *name;
    uint32_t flags;
    PSpan directive; /* the first global/nonlocal statement naming it */
} CSym;

typedef struct CScope {
    BlockType type;
    int comp;            /* AST kind of a comprehension scope, else 0 */
    CSym *syms;          /* in insertion order, as CPython's dict */
    int nsyms, cap;
    int *slots;          /* open-addressing index into syms (+1) */
    int nslots;
    struct CScope *parent;
    struct CScope **kids;
    int nkids, kcap;
    int comp_iter_expr;  /* inside a comprehension's iterable expression */
} CScope;

typedef struct Checker {
    ParseCtx *ctx;
    CScope *top, *cur;
    int depth;
    bool failed;
    bool str_annotations; /* `from __future__ import annotations`: annotations are strings, not code */
} Checker;

static bool ck_fail(Checker *ck, PSpan sp, const char *fmt, const char *arg)
{
    if (!ck->failed) {
        parse_error_at(ck->ctx, SYNTAX, sp, fmt, arg);
        ck->ctx->err->compiler = true; /* a compile-stage error in CPython */
    }
    ck->failed = true;
    return false;
}

static bool ck_oom(Checker *ck)
{
    ck->ctx->oom = true;
    ck->failed = true;
    return false;
}

static CScope *scope_new(Checker *ck, BlockType type, int comp)
{
    CScope *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->type = type;
    s->comp = comp;
    s->parent = ck->cur;
    if (ck->cur) {
        CScope *p = ck->cur;
        if (p->nkids == p->kcap) {
            int cap = p->kcap ? p->kcap * 2 : 4;
            CScope **k = realloc(p->kids, sizeof *k * (size_t)cap);
            if (!k) {
                free(s);
                return NULL;
            }
            p->kids = k;
            p->kcap = cap;
        }
        p->kids[p->nkids++] = s;
    }
    return s;
}

static void scope_free(CScope *s)
{
    for (int i = 0; i < s->nkids; i++) scope_free(s->kids[i]);
    free(s->kids);
    free(s->syms);
    free(s->slots);
    free(s);
}

/* Names are interned, so they hash and compare by pointer. */
static size_t sym_hash(const char *name) { return (size_t)(uintptr_t)name >> 4; }

static CSym *sym_find(const CScope *s, const char *name)
{
    if (!s->nslots) return NULL;
    size_t mask = (size_t)s->nslots - 1;
    for (size_t i = sym_hash(name) & mask;; i = (i + 1) & mask) {
        int k = s->slots[i];
        if (!k) return NULL;
        if (s->syms[k - 1].name == name) return &s->syms[k - 1];
    }
}

static uint32_t sym_flags(const CScope *s, const char *name)
{
    const CSym *y = sym_find(s, name);
    return y ? y->flags : 0;
}

static CSym *sym_add(Checker *ck, CScope *s, const char *name)
{
    CSym *y = sym_find(s, name);
    if (y) return y;
    if (s->nsyms * 2 >= s->nslots) {
        int n = s->nslots ? s->nslots * 2 : 16;
        int *slots = calloc((size_t)n, sizeof *slots);
        if (!slots) return ck_oom(ck), NULL;
        for (int i = 0; i < s->nsyms; i++) {
            size_t j = sym_hash(s->syms[i].name) & (size_t)(n - 1);
            while (slots[j]) j = (j + 1) & (size_t)(n - 1);
            slots[j] = i + 1;
        }
        free(s->slots);
        s->slots = slots;
        s->nslots = n;
    }
    if (s->nsyms == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        CSym *syms = realloc(s->syms, sizeof *syms * (size_t)cap);
        if (!syms) return ck_oom(ck), NULL;
        s->syms = syms;
        s->cap = cap;
    }
    y = &s->syms[s->nsyms];
    memset(y, 0, sizeof *y);
    y->name = name;
    size_t j = sym_hash(name) & (size_t)(s->nslots - 1);
    while (s->slots[j]) j = (j + 1) & (size_t)(s->nslots - 1);
    s->slots[j] = ++s->nsyms;
    return y;
}

static bool sym_def(Checker *ck, const char *name, uint32_t flag, PSpan sp)
{
    CSym *y = sym_add(ck, ck->cur, name);
    if (!y) return false;
    if ((flag & SF_PARAM) && (y->flags & SF_PARAM))
        return ck_fail(ck, sp, "duplicate argument '%s' in function definition", name);
    y->flags |= flag;
    return true;
}

static bool st_enter(Checker *ck, BlockType type, int comp)
{
    CScope *s = scope_new(ck, type, comp);
    if (!s) return ck_oom(ck);
    ck->cur = s;
    return true;
}

static void st_exit(Checker *ck) { ck->cur = ck->cur->parent; }


/* Walks a match pattern: `expr` on the expressions it holds (values, class
 * names, mapping keys), `name` on the names it binds. */
typedef struct PatVisit {
    bool (*expr)(void *arg, const AstNode *e);
    bool (*name)(void *arg, const char *name, const AstNode *at);
    void *arg;
} PatVisit;

static bool pat_walk(const PatVisit *v, const AstNode *p)
{
    switch (p->kind) {
    case AST_MatchValue: return v->expr(v->arg, p->v.MatchValue.value);
    case AST_MatchSingleton: return true;
    case AST_MatchSequence:
    case AST_MatchOr:
        for (int i = 0; i < p->v.MatchSequence.patterns.len; i++)
            if (!pat_walk(v, p->v.MatchSequence.patterns.items[i])) return false;
        return true;
    case AST_MatchMapping:
        for (int i = 0; i < p->v.MatchMapping.keys.len; i++)
            if (!v->expr(v->arg, p->v.MatchMapping.keys.items[i]) ||
                !pat_walk(v, p->v.MatchMapping.patterns.items[i]))
                return false;
        return !p->v.MatchMapping.rest || !v->name || v->name(v->arg, p->v.MatchMapping.rest, p);
    case AST_MatchClass:
        if (!v->expr(v->arg, p->v.MatchClass.cls)) return false;
        for (int i = 0; i < p->v.MatchClass.patterns.len; i++)
            if (!pat_walk(v, p->v.MatchClass.patterns.items[i])) return false;
        for (int i = 0; i < p->v.MatchClass.kwd_patterns.len; i++)
            if (!pat_walk(v, p->v.MatchClass.kwd_patterns.items[i])) return false;
        return true;
    case AST_MatchStar: return !p->v.MatchStar.name || !v->name || v->name(v->arg, p->v.MatchStar.name, p);
    case AST_MatchAs:
        if (p->v.MatchAs.pattern && !pat_walk(v, p->v.MatchAs.pattern)) return false;
        return !p->v.MatchAs.name || !v->name || v->name(v->arg, p->v.MatchAs.name, p);
    default: return true;
    }
}

static bool st_stmt(Checker *ck, const AstNode *s);
static bool st_expr(Checker *ck, const AstNode *e);

static bool st_exprs(Checker *ck, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i] && !st_expr(ck, l.items[i])) return false;
    return true;
}

static bool st_stmts(Checker *ck, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (!st_stmt(ck, l.items[i])) return false;
    return true;
}

static bool st_depth(Checker *ck)
{
    if (++ck->depth > CHECK_MAX_DEPTH) {
        if (!ck->failed)
            syntax_error_set(ck->ctx->err, "RecursionError", 0, -1, 0, -1,
                             "maximum recursion depth exceeded during compilation");
        ck->failed = true;
        return false;
    }
    return true;
}

static bool st_annotation(Checker *ck, const AstNode *a) { return !a || ck->str_annotations || st_expr(ck, a); }

static bool st_params(Checker *ck, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (!sym_def(ck, l.items[i]->v.arg.arg, SF_PARAM, span_of(l.items[i]))) return false;
    return true;
}

static bool st_arguments(Checker *ck, const AstNode *a)
{
    if (!st_params(ck, a->v.arguments.posonlyargs) || !st_params(ck, a->v.arguments.args) ||
        !st_params(ck, a->v.arguments.kwonlyargs))
        return false;
    if (a->v.arguments.vararg &&
        !sym_def(ck, a->v.arguments.vararg->v.arg.arg, SF_PARAM, span_of(a->v.arguments.vararg)))
        return false;
    if (a->v.arguments.kwarg &&
        !sym_def(ck, a->v.arguments.kwarg->v.arg.arg, SF_PARAM, span_of(a->v.arguments.kwarg)))
        return false;
    return true;
}

static bool st_arg_annotations(Checker *ck, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (!st_annotation(ck, l.items[i]->v.arg.annotation)) return false;
    return true;
}

static bool st_annotations(Checker *ck, const AstNode *a, const AstNode *returns)
{
    if (!st_arg_annotations(ck, a->v.arguments.posonlyargs) ||
        !st_arg_annotations(ck, a->v.arguments.args))
        return false;
    if (a->v.arguments.vararg && !st_annotation(ck, a->v.arguments.vararg->v.arg.annotation))
        return false;
    if (a->v.arguments.kwarg && !st_annotation(ck, a->v.arguments.kwarg->v.arg.annotation))
        return false;
    if (!st_arg_annotations(ck, a->v.arguments.kwonlyargs)) return false;
    return st_annotation(ck, returns);
}

static const char *const directive_msgs[2][4] = {
    {"name '%s' is parameter and global", "name '%s' is used prior to global declaration",
     "annotated name '%s' can't be global", "name '%s' is assigned to before global declaration"},
    {"name '%s' is parameter and nonlocal", "name '%s' is used prior to nonlocal declaration",
     "annotated name '%s' can't be nonlocal",
     "name '%s' is assigned to before nonlocal declaration"},
};

static bool st_directive(Checker *ck, const AstNode *s, bool nonlocal)
{
    AstNames names = s->v.Global.names;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.items[i];
        uint32_t cur = sym_flags(ck->cur, name);
        if (cur & (SF_PARAM | SF_LOCAL | SF_USE | SF_ANNOT)) {
            int k = cur & SF_PARAM ? 0 : cur & SF_USE ? 1 : cur & SF_ANNOT ? 2 : 3;
            return ck_fail(ck, span_of(s), directive_msgs[nonlocal][k], name);
        }
        CSym *y = sym_add(ck, ck->cur, name);
        if (!y) return false;
        y->flags |= nonlocal ? SF_NONLOCAL : SF_GLOBAL;
        if (!y->directive.line) y->directive = span_of(s);
    }
    return true;
}

static bool st_import(Checker *ck, const AstNode *s)
{
    AstList names = s->kind == AST_Import ? s->v.Import.names : s->v.ImportFrom.names;
    for (int i = 0; i < names.len; i++) {
        const AstNode *al = names.items[i];
        const char *name = al->v.alias.asname ? al->v.alias.asname : al->v.alias.name;
        if (!strcmp(name, "*")) {
            if (ck->cur->type != BLK_MODULE)
                return ck_fail(ck, span_of(al), "%s", "import * only allowed at module level");
            continue;
        }
        /* `import a.b` binds `a` */
        const char *dot = al->v.alias.asname ? NULL : strchr(name, '.');
        if (dot) name = parse_intern(ck->ctx, name, (size_t)(dot - name));
        if (!sym_def(ck, name, SF_IMPORT, span_of(al))) return false;
    }
    return true;
}

static bool st_pat_expr(void *arg, const AstNode *e) { return st_expr(arg, e); }
static bool st_pat_name(void *arg, const char *name, const AstNode *at)
{
    return sym_def(arg, name, SF_LOCAL, span_of(at));
}

static bool st_stmt(Checker *ck, const AstNode *s)
{
    if (!st_depth(ck)) return false;
    bool ok = true;
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        const AstNode *a = s->v.FunctionDef.args;
        ok = sym_def(ck, s->v.FunctionDef.name, SF_LOCAL, span_of(s)) &&
             st_exprs(ck, a->v.arguments.defaults) && st_exprs(ck, a->v.arguments.kw_defaults) &&
             st_annotations(ck, a, s->v.FunctionDef.returns) &&
             st_exprs(ck, s->v.FunctionDef.decorator_list) && st_enter(ck, BLK_FUNCTION, 0);
        if (ok) {
            ok = st_arguments(ck, a) && st_stmts(ck, s->v.FunctionDef.body);
            st_exit(ck);
        }
        break;
    }
    case AST_ClassDef:
        ok = sym_def(ck, s->v.ClassDef.name, SF_LOCAL, span_of(s)) &&
             st_exprs(ck, s->v.ClassDef.bases);
        for (int i = 0; ok && i < s->v.ClassDef.keywords.len; i++)
            ok = st_expr(ck, s->v.ClassDef.keywords.items[i]->v.keyword.value);
        ok = ok && st_exprs(ck, s->v.ClassDef.decorator_list) && st_enter(ck, BLK_CLASS, 0);
        if (ok) {
            ok = st_stmts(ck, s->v.ClassDef.body);
            st_exit(ck);
        }
        break;
    case AST_Return:
        ok = !s->v.Return.value || st_expr(ck, s->v.Return.value);
        break;
    case AST_Delete:
        ok = st_exprs(ck, s->v.Delete.targets);
        break;
    case AST_Assign:
        ok = st_exprs(ck, s->v.Assign.targets) && st_expr(ck, s->v.Assign.value);
        break;
    case AST_AnnAssign: {
        const AstNode *t = s->v.AnnAssign.target;
        if (t->kind == AST_Name) {
            uint32_t cur = sym_flags(ck->cur, t->v.Name.id);
            if ((cur & (SF_GLOBAL | SF_NONLOCAL)) && ck->cur != ck->top && s->v.AnnAssign.simple)
                return ck_fail(ck, span_of(s),
                               cur & SF_GLOBAL ? "annotated name '%s' can't be global"
                                               : "annotated name '%s' can't be nonlocal",
                               t->v.Name.id);
            if (s->v.AnnAssign.simple) {
                ok = sym_def(ck, t->v.Name.id, SF_ANNOT | SF_LOCAL, span_of(t));
            } else if (s->v.AnnAssign.value) {
                ok = sym_def(ck, t->v.Name.id, SF_LOCAL, span_of(t));
            }
        } else {
            ok = st_expr(ck, t);
        }
        ok = ok && st_annotation(ck, s->v.AnnAssign.annotation) &&
             (!s->v.AnnAssign.value || st_expr(ck, s->v.AnnAssign.value));
        break;
    }
    case AST_AugAssign:
        ok = st_expr(ck, s->v.AugAssign.target) && st_expr(ck, s->v.AugAssign.value);
        break;
    case AST_For:
    case AST_AsyncFor:
        ok = st_expr(ck, s->v.For.target) && st_expr(ck, s->v.For.iter) &&
             st_stmts(ck, s->v.For.body) && st_stmts(ck, s->v.For.orelse);
        break;
    case AST_While:
        ok = st_expr(ck, s->v.While.test) && st_stmts(ck, s->v.While.body) &&
             st_stmts(ck, s->v.While.orelse);
        break;
    case AST_If:
        ok = st_expr(ck, s->v.If.test) && st_stmts(ck, s->v.If.body) && st_stmts(ck, s->v.If.orelse);
        break;
    case AST_With:
    case AST_AsyncWith:
        for (int i = 0; ok && i < s->v.With.items.len; i++) {
            const AstNode *w = s->v.With.items.items[i];
            ok = st_expr(ck, w->v.withitem.context_expr) &&
                 (!w->v.withitem.optional_vars || st_expr(ck, w->v.withitem.optional_vars));
        }
        ok = ok && st_stmts(ck, s->v.With.body);
        break;
    case AST_Match: {
        ok = st_expr(ck, s->v.Match.subject);
        PatVisit v = {st_pat_expr, st_pat_name, ck};
        for (int i = 0; ok && i < s->v.Match.cases.len; i++) {
            const AstNode *mc = s->v.Match.cases.items[i];
            ok = pat_walk(&v, mc->v.match_case.pattern) &&
                 (!mc->v.match_case.guard || st_expr(ck, mc->v.match_case.guard)) &&
                 st_stmts(ck, mc->v.match_case.body);
        }
        break;
    }
    case AST_Raise:
        ok = (!s->v.Raise.exc || st_expr(ck, s->v.Raise.exc)) &&
             (!s->v.Raise.cause || st_expr(ck, s->v.Raise.cause));
        break;
    case AST_Try:
    case AST_TryStar:
        ok = st_stmts(ck, s->v.Try.body) && st_stmts(ck, s->v.Try.orelse);
        for (int i = 0; ok && i < s->v.Try.handlers.len; i++) {
            const AstNode *h = s->v.Try.handlers.items[i];
            ok = (!h->v.ExceptHandler.type || st_expr(ck, h->v.ExceptHandler.type)) &&
                 (!h->v.ExceptHandler.name ||
                  sym_def(ck, h->v.ExceptHandler.name, SF_LOCAL, span_of(h))) &&
                 st_stmts(ck, h->v.ExceptHandler.body);
        }
        ok = ok && st_stmts(ck, s->v.Try.finalbody);
        break;
    case AST_Assert:
        ok = st_expr(ck, s->v.Assert.test) && (!s->v.Assert.msg || st_expr(ck, s->v.Assert.msg));
        break;
    case AST_Import:
    case AST_ImportFrom:
        ok = st_import(ck, s);
        break;
    case AST_Global:
        ok = st_directive(ck, s, false);
        break;
    case AST_Nonlocal:
        ok = st_directive(ck, s, true);
        break;
    case AST_Expr:
        ok = st_expr(ck, s->v.Expr.value);
        break;
    default:
        break;
    }
    ck->depth--;
    return ok;
}

static const char *comp_name(int kind)
{
    switch (kind) {
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static bool st_comprehension(Checker *ck, const AstNode *e)
{
    AstList gens = e->kind == AST_DictComp ? e->v.DictComp.generators : e->v.ListComp.generators;
    const AstNode *first = gens.items[0];
    ck->cur->comp_iter_expr++;
    bool ok = st_expr(ck, first->v.comprehension.iter);
    ck->cur->comp_iter_expr--;
    if (!ok || !st_enter(ck, BLK_FUNCTION, e->kind)) return false;
    for (int i = 0; ok && i < gens.len; i++) {
        const AstNode *g = gens.items[i];
        if (i > 0) {
            ck->cur->comp_iter_expr++;
            ok = st_expr(ck, g->v.comprehension.iter);
            ck->cur->comp_iter_expr--;
        }
        ok = ok && st_expr(ck, g->v.comprehension.target) && st_exprs(ck, g->v.comprehension.ifs);
    }
    if (ok) {
        if (e->kind == AST_DictComp)
            ok = st_expr(ck, e->v.DictComp.value) && st_expr(ck, e->v.DictComp.key);
        else
            ok = st_expr(ck, e->v.ListComp.elt);
    }
    st_exit(ck);
    return ok;
}

/* A walrus inside comprehensions binds in the first enclosing non-comprehension
 * scope; CPython's symtable_extend_namedexpr_scope checks. */
static bool st_namedexpr(Checker *ck, const AstNode *e)
{
    const AstNode *t = e->v.NamedExpr.target;
    if (ck->cur->comp_iter_expr > 0)
        return ck_fail(ck, span_of(e), "%s",
                       "assignment expression cannot be used in a comprehension iterable expression");
    const char *name = t->v.Name.id;
    for (CScope *s = ck->cur; s && s->comp; s = s->parent) {
        if (sym_flags(s, name) & SF_COMP_ITER)
            return ck_fail(ck, span_of(t),
                           "assignment expression cannot rebind comprehension iteration variable '%s'",
                           name);
        if (s->parent && s->parent->type == BLK_CLASS && !s->parent->comp)
            return ck_fail(ck, span_of(t), "%s",
                           "assignment expression within a comprehension cannot be used in a class body");
    }
    if (!st_expr(ck, e->v.NamedExpr.value)) return false;
    if (!ck->cur->comp) return st_expr(ck, t);
    /* Inside a comprehension the target binds in the enclosing function (a
     * nonlocal of the comprehension) or module (a global). */
    CScope *target = ck->cur;
    while (target->comp) target = target->parent;
    CSym *y = sym_add(ck, ck->cur, name);
    if (!y) return false;
    bool global = target->type == BLK_MODULE || (sym_flags(target, name) & SF_GLOBAL);
    y->flags |= global ? SF_GLOBAL : SF_NONLOCAL;
    if (!y->directive.line) y->directive = span_of(e);
    y = sym_add(ck, target, name);
    if (!y) return false;
    y->flags |= global && target->type == BLK_MODULE ? SF_GLOBAL : SF_LOCAL;
    return true;
}

static bool st_lambda(Checker *ck, const AstNode *e)
{
    const AstNode *a = e->v.Lambda.args;
    if (!st_exprs(ck, a->v.arguments.defaults) || !st_exprs(ck, a->v.arguments.kw_defaults) ||
        !st_enter(ck, BLK_FUNCTION, 0))
        return false;
    bool ok = st_arguments(ck, a) && st_expr(ck, e->v.Lambda.body);
    st_exit(ck);
    return ok;
}

static bool st_call(Checker *ck, const AstNode *e)
{
    if (!st_expr(ck, e->v.Call.func) || !st_exprs(ck, e->v.Call.args)) return false;
    for (int i = 0; i < e->v.Call.keywords.len; i++)
        if (!st_expr(ck, e->v.Call.keywords.items[i]->v.keyword.value)) return false;
    return true;
}

static bool st_yield(Checker *ck, const AstNode *e)
{
    if (ck->cur->comp) return ck_fail(ck, span_of(e), "'yield' inside %s", comp_name(ck->cur->comp));
    return !e->v.Await.value || st_expr(ck, e->v.Await.value);
}

static bool st_opt(Checker *ck, const AstNode *e) { return !e || st_expr(ck, e); }

static bool st_name(Checker *ck, const AstNode *e)
{
    uint32_t flag = e->v.Name.ctx == AST_LOAD ? SF_USE : SF_LOCAL;
    /* a comprehension's own targets are its iteration variables */
    if (flag == SF_LOCAL && ck->cur->comp && ck->cur->comp_iter_expr == 0) flag |= SF_COMP_ITER;
    return sym_def(ck, e->v.Name.id, flag, span_of(e));
}

/* The recursive path kept lean: deep expressions nest thousands of calls. */
static bool st_expr_kind(Checker *ck, const AstNode *e)
{
    switch (e->kind) {
    case AST_NamedExpr: return st_namedexpr(ck, e);
    case AST_BoolOp: return st_exprs(ck, e->v.BoolOp.values);
    case AST_BinOp: return st_expr(ck, e->v.BinOp.left) && st_expr(ck, e->v.BinOp.right);
    case AST_UnaryOp: return st_expr(ck, e->v.UnaryOp.operand);
    case AST_Lambda: return st_lambda(ck, e);
    case AST_IfExp:
        return st_expr(ck, e->v.IfExp.test) && st_expr(ck, e->v.IfExp.body) &&
               st_expr(ck, e->v.IfExp.orelse);
    case AST_Dict: return st_exprs(ck, e->v.Dict.keys) && st_exprs(ck, e->v.Dict.values);
    case AST_Set: return st_exprs(ck, e->v.Set.elts);
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        return st_comprehension(ck, e);
    case AST_Yield: case AST_YieldFrom: return st_yield(ck, e);
    case AST_Await: return st_expr(ck, e->v.Await.value);
    case AST_Compare: return st_expr(ck, e->v.Compare.left) && st_exprs(ck, e->v.Compare.comparators);
    case AST_Call: return st_call(ck, e);
    case AST_FormattedValue:
        return st_expr(ck, e->v.FormattedValue.value) && st_opt(ck, e->v.FormattedValue.format_spec);
    case AST_JoinedStr: return st_exprs(ck, e->v.JoinedStr.values);
    case AST_Attribute: return st_expr(ck, e->v.Attribute.value);
    case AST_Subscript: return st_expr(ck, e->v.Subscript.value) && st_expr(ck, e->v.Subscript.slice);
    case AST_Starred: return st_expr(ck, e->v.Starred.value);
    case AST_Slice:
        return st_opt(ck, e->v.Slice.lower) && st_opt(ck, e->v.Slice.upper) && st_opt(ck, e->v.Slice.step);
    case AST_Name: return st_name(ck, e);
    case AST_List: case AST_Tuple: return st_exprs(ck, e->v.List.elts);
    default: return true;
    }
}

static bool st_expr(Checker *ck, const AstNode *e)
{
    if (!st_depth(ck)) return false;
    bool ok = st_expr_kind(ck, e);
    ck->depth--;
    return ok;
}

/* CPython's analyze_block/analyze_name, reduced to the errors they raise.
 * `bound`: names bound in enclosing function scopes (NULL at module level). */
typedef struct NameSet {
    const char **items;
    int len, cap;
} NameSet;

static bool nameset_has(const NameSet *s, const char *name)
{
    for (int i = s->len; i-- > 0;)
        if (s->items[i] == name) return true;
    return false;
}

static bool nameset_add(NameSet *s, const char *name)
{
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 16;
        const char **items = realloc(s->items, sizeof *items * (size_t)cap);
        if (!items) return false;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = name;
    return true;
}

static bool analyze(Checker *ck, CScope *s, NameSet *bound, bool has_bound)
{
    for (int i = 0; i < s->nsyms; i++) {
        const CSym *y = &s->syms[i];
        if (y->flags & SF_GLOBAL) {
            if (y->flags & SF_NONLOCAL)
                return ck_fail(ck, y->directive, "name '%s' is nonlocal and global", y->name);
            continue;
        }
        if (y->flags & SF_NONLOCAL) {
            if (!has_bound)
                return ck_fail(ck, y->directive, "%s",
                               "nonlocal declaration not allowed at module level");
            if (!nameset_has(bound, y->name))
                return ck_fail(ck, y->directive, "no binding for nonlocal '%s' found", y->name);
        }
    }
    /* Children see this scope's locals when it is a function. */
    int mark = bound->len;
    if (s->type == BLK_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++) {
            const CSym *y = &s->syms[i];
            if ((y->flags & SF_BOUND) && !(y->flags & (SF_GLOBAL | SF_NONLOCAL)) &&
                !nameset_add(bound, y->name))
                return ck_oom(ck);
        }
    }
    /* Only the module itself has no enclosing bindings at all. */
    for (int i = 0; i < s->nkids; i++)
        if (!analyze(ck, s->kids[i], bound, true)) return false;
    bound->len = mark;
    return true;
}

/* ------------------------------------------------------------------------ */
/* The compiler's checks                                                     */

typedef enum { SC_MODULE, SC_CLASS, SC_FUNCTION, SC_ASYNC_FUNCTION, SC_LAMBDA, SC_COMPREHENSION } ScopeType;

typedef struct CUnit {
    ScopeType type;
    bool async_generator; /* an async def containing yield */
    int loops;            /* enclosing loops in this unit */
    /* break/continue/return must not leave an except* clause.  star_loops is
     * the loop count where the innermost except* clause began (-1: none);
     * art counts the enclosing with and try-finally blocks, whose unwinding
     * gives CPython's error an artificial location (line -1). */
    int star_loops, art, star_art;
} CUnit;

typedef struct Compiler {
    Checker *ck;
    CUnit *u;
} Compiler;

static bool cc_stmt(Compiler *c, const AstNode *s);
static bool cc_expr(Compiler *c, const AstNode *e);
static bool cc_seq_load(Compiler *c, AstList elts);

static bool cc_fail(Compiler *c, const AstNode *at, const char *fmt, const char *arg)
{
    return ck_fail(c->ck, span_of(at), fmt, arg);
}

/* Whether the current unit may await: an async def, or the module itself
 * when the prompt allows top-level await. */
static bool cc_async_ok(Compiler *c)
{
    return c->u->type == SC_ASYNC_FUNCTION || (c->u->type == SC_MODULE && c->ck->ctx->top_level_await);
}

/* A jump out of an except* clause (CPython finds it unwinding the blocks). */
static bool cc_star_jump(Compiler *c, PSpan sp)
{
    if (c->u->art > c->u->star_art) sp = (PSpan){-1, -1, -1, -1};
    return ck_fail(c->ck, sp, "%s", "'break', 'continue' and 'return' cannot appear in an except* block");
}

static bool cc_stmts(Compiler *c, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (!cc_stmt(c, l.items[i])) return false;
    return true;
}

static bool cc_exprs(Compiler *c, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i] && !cc_expr(c, l.items[i])) return false;
    return true;
}

/* Whether a function body yields (CPython's ste_generator), not looking into
 * nested scopes. */
static bool yields_expr(const AstNode *e);

static bool yields_list(AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i] && yields_expr(l.items[i])) return true;
    return false;
}

static bool yields_stmt(const AstNode *s);

static bool yields_stmts(AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (yields_stmt(l.items[i])) return true;
    return false;
}

static bool yields_expr(const AstNode *e)
{
    switch (e->kind) {
    case AST_Yield: case AST_YieldFrom: return true;
    case AST_Lambda: return yields_list(e->v.Lambda.args->v.arguments.defaults) ||
                            yields_list(e->v.Lambda.args->v.arguments.kw_defaults);
    case AST_ListComp: case AST_SetComp: case AST_GeneratorExp: case AST_DictComp: {
        AstList g = e->kind == AST_DictComp ? e->v.DictComp.generators : e->v.ListComp.generators;
        return yields_expr(g.items[0]->v.comprehension.iter);
    }
    case AST_NamedExpr: return yields_expr(e->v.NamedExpr.value);
    case AST_BoolOp: return yields_list(e->v.BoolOp.values);
    case AST_BinOp: return yields_expr(e->v.BinOp.left) || yields_expr(e->v.BinOp.right);
    case AST_UnaryOp: return yields_expr(e->v.UnaryOp.operand);
    case AST_IfExp: return yields_expr(e->v.IfExp.test) || yields_expr(e->v.IfExp.body) ||
                           yields_expr(e->v.IfExp.orelse);
    case AST_Dict: return yields_list(e->v.Dict.keys) || yields_list(e->v.Dict.values);
    case AST_Set: return yields_list(e->v.Set.elts);
    case AST_Await: return yields_expr(e->v.Await.value);
    case AST_Compare: return yields_expr(e->v.Compare.left) || yields_list(e->v.Compare.comparators);
    case AST_Call:
        if (yields_expr(e->v.Call.func) || yields_list(e->v.Call.args)) return true;
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            if (yields_expr(e->v.Call.keywords.items[i]->v.keyword.value)) return true;
        return false;
    case AST_FormattedValue: return yields_expr(e->v.FormattedValue.value) ||
                                    (e->v.FormattedValue.format_spec &&
                                     yields_expr(e->v.FormattedValue.format_spec));
    case AST_JoinedStr: return yields_list(e->v.JoinedStr.values);
    case AST_Attribute: return yields_expr(e->v.Attribute.value);
    case AST_Subscript: return yields_expr(e->v.Subscript.value) || yields_expr(e->v.Subscript.slice);
    case AST_Starred: return yields_expr(e->v.Starred.value);
    case AST_List: case AST_Tuple: return yields_list(e->v.List.elts);
    case AST_Slice: return (e->v.Slice.lower && yields_expr(e->v.Slice.lower)) ||
                           (e->v.Slice.upper && yields_expr(e->v.Slice.upper)) ||
                           (e->v.Slice.step && yields_expr(e->v.Slice.step));
    default: return false;
    }
}

static bool yields_opt(const AstNode *e) { return e && yields_expr(e); }

static bool yields_stmt(const AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: {
        const AstNode *a = s->v.FunctionDef.args;
        return yields_list(s->v.FunctionDef.decorator_list) || yields_list(a->v.arguments.defaults) ||
               yields_list(a->v.arguments.kw_defaults) || yields_opt(s->v.FunctionDef.returns);
    }
    case AST_ClassDef:
        if (yields_list(s->v.ClassDef.bases) || yields_list(s->v.ClassDef.decorator_list)) return true;
        for (int i = 0; i < s->v.ClassDef.keywords.len; i++)
            if (yields_expr(s->v.ClassDef.keywords.items[i]->v.keyword.value)) return true;
        return false;
    case AST_Return: return yields_opt(s->v.Return.value);
    case AST_Delete: return yields_list(s->v.Delete.targets);
    case AST_Assign: return yields_list(s->v.Assign.targets) || yields_expr(s->v.Assign.value);
    case AST_AugAssign: return yields_expr(s->v.AugAssign.target) || yields_expr(s->v.AugAssign.value);
    case AST_AnnAssign: return yields_expr(s->v.AnnAssign.target) ||
                               yields_expr(s->v.AnnAssign.annotation) || yields_opt(s->v.AnnAssign.value);
    case AST_For: case AST_AsyncFor:
        return yields_expr(s->v.For.target) || yields_expr(s->v.For.iter) ||
               yields_stmts(s->v.For.body) || yields_stmts(s->v.For.orelse);
    case AST_While: return yields_expr(s->v.While.test) || yields_stmts(s->v.While.body) ||
                           yields_stmts(s->v.While.orelse);
    case AST_If: return yields_expr(s->v.If.test) || yields_stmts(s->v.If.body) ||
                        yields_stmts(s->v.If.orelse);
    case AST_With: case AST_AsyncWith:
        for (int i = 0; i < s->v.With.items.len; i++) {
            const AstNode *w = s->v.With.items.items[i];
            if (yields_expr(w->v.withitem.context_expr) || yields_opt(w->v.withitem.optional_vars))
                return true;
        }
        return yields_stmts(s->v.With.body);
    case AST_Match:
        if (yields_expr(s->v.Match.subject)) return true;
        for (int i = 0; i < s->v.Match.cases.len; i++) {
            const AstNode *mc = s->v.Match.cases.items[i];
            if (yields_opt(mc->v.match_case.guard) || yields_stmts(mc->v.match_case.body)) return true;
        }
        return false;
    case AST_Raise: return yields_opt(s->v.Raise.exc) || yields_opt(s->v.Raise.cause);
    case AST_Try:
    case AST_TryStar:
        if (yields_stmts(s->v.Try.body) || yields_stmts(s->v.Try.orelse) ||
            yields_stmts(s->v.Try.finalbody))
            return true;
        for (int i = 0; i < s->v.Try.handlers.len; i++) {
            const AstNode *h = s->v.Try.handlers.items[i];
            if (yields_opt(h->v.ExceptHandler.type) || yields_stmts(h->v.ExceptHandler.body)) return true;
        }
        return false;
    case AST_Assert: return yields_expr(s->v.Assert.test) || yields_opt(s->v.Assert.msg);
    case AST_Expr: return yields_expr(s->v.Expr.value);
    default: return false;
    }
}

/* Whether a comprehension runs asynchronously (CPython's ste_coroutine for
 * its scope): an `async for`, an await in its own scope, or a nested list,
 * set or dict comprehension that does. */
static bool comp_awaits(const AstNode *e, bool own);

static bool comp_awaits_list(AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i] && comp_awaits(l.items[i], false)) return true;
    return false;
}

static bool comp_awaits(const AstNode *e, bool own)
{
    switch (e->kind) {
    case AST_Await: return true;
    case AST_Lambda: return comp_awaits_list(e->v.Lambda.args->v.arguments.defaults) ||
                            comp_awaits_list(e->v.Lambda.args->v.arguments.kw_defaults);
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp: {
        AstList g = e->kind == AST_DictComp ? e->v.DictComp.generators : e->v.ListComp.generators;
        if (!own) {
            /* a nested comprehension: its first iterable is in our scope */
            if (comp_awaits(g.items[0]->v.comprehension.iter, false)) return true;
            if (e->kind == AST_GeneratorExp) return false;
        }
        for (int i = 0; i < g.len; i++) {
            const AstNode *c = g.items[i];
            if (c->v.comprehension.is_async) return true;
            if (i > 0 && comp_awaits(c->v.comprehension.iter, false)) return true;
            if (comp_awaits(c->v.comprehension.target, false) || comp_awaits_list(c->v.comprehension.ifs))
                return true;
        }
        if (e->kind == AST_DictComp)
            return comp_awaits(e->v.DictComp.key, false) || comp_awaits(e->v.DictComp.value, false);
        return comp_awaits(e->v.ListComp.elt, false);
    }
    case AST_NamedExpr: return comp_awaits(e->v.NamedExpr.value, false);
    case AST_BoolOp: return comp_awaits_list(e->v.BoolOp.values);
    case AST_BinOp: return comp_awaits(e->v.BinOp.left, false) || comp_awaits(e->v.BinOp.right, false);
    case AST_UnaryOp: return comp_awaits(e->v.UnaryOp.operand, false);
    case AST_IfExp: return comp_awaits(e->v.IfExp.test, false) || comp_awaits(e->v.IfExp.body, false) ||
                           comp_awaits(e->v.IfExp.orelse, false);
    case AST_Dict: return comp_awaits_list(e->v.Dict.keys) || comp_awaits_list(e->v.Dict.values);
    case AST_Set: return comp_awaits_list(e->v.Set.elts);
    case AST_Yield: case AST_YieldFrom: return e->v.Await.value && comp_awaits(e->v.Await.value, false);
    case AST_Compare: return comp_awaits(e->v.Compare.left, false) ||
                             comp_awaits_list(e->v.Compare.comparators);
    case AST_Call:
        if (comp_awaits(e->v.Call.func, false) || comp_awaits_list(e->v.Call.args)) return true;
        for (int i = 0; i < e->v.Call.keywords.len; i++)
            if (comp_awaits(e->v.Call.keywords.items[i]->v.keyword.value, false)) return true;
        return false;
    case AST_FormattedValue:
        return comp_awaits(e->v.FormattedValue.value, false) ||
               (e->v.FormattedValue.format_spec && comp_awaits(e->v.FormattedValue.format_spec, false));
    case AST_JoinedStr: return comp_awaits_list(e->v.JoinedStr.values);
    case AST_Attribute: return comp_awaits(e->v.Attribute.value, false);
    case AST_Subscript: return comp_awaits(e->v.Subscript.value, false) ||
                               comp_awaits(e->v.Subscript.slice, false);
    case AST_Starred: return comp_awaits(e->v.Starred.value, false);
    case AST_List: case AST_Tuple: return comp_awaits_list(e->v.List.elts);
    case AST_Slice: return (e->v.Slice.lower && comp_awaits(e->v.Slice.lower, false)) ||
                           (e->v.Slice.upper && comp_awaits(e->v.Slice.upper, false)) ||
                           (e->v.Slice.step && comp_awaits(e->v.Slice.step, false));
    default: return false;
    }
}

static bool is_debug(const char *name) { return !strcmp(name, "__debug__"); }

/* compiler_check_debug_args: parameters named __debug__ (blaming `at`). */
static bool cc_debug_args(Compiler *c, const AstNode *a, const AstNode *at)
{
    AstList lists[3] = {a->v.arguments.posonlyargs, a->v.arguments.args, a->v.arguments.kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k].len; i++)
            if (is_debug(lists[k].items[i]->v.arg.arg))
                return cc_fail(c, at, "%s", "cannot assign to __debug__");
    if ((a->v.arguments.vararg && is_debug(a->v.arguments.vararg->v.arg.arg)) ||
        (a->v.arguments.kwarg && is_debug(a->v.arguments.kwarg->v.arg.arg)))
        return cc_fail(c, at, "%s", "cannot assign to __debug__");
    return true;
}

static bool cc_keywords(Compiler *c, AstList kws, const AstNode *call)
{
    for (int i = 0; i < kws.len; i++) {
        const AstNode *k = kws.items[i];
        if (!k->v.keyword.arg) continue;
        if (is_debug(k->v.keyword.arg)) return cc_fail(c, call, "%s", "cannot assign to __debug__");
        for (int j = i + 1; j < kws.len; j++) {
            const AstNode *o = kws.items[j];
            if (o->v.keyword.arg == k->v.keyword.arg)
                return cc_fail(c, o, "keyword argument repeated: %s", k->v.keyword.arg);
        }
    }
    return true;
}

static bool cc_body(Compiler *c, ScopeType type, bool async_gen, AstList body, const AstNode *expr)
{
    CUnit unit = {type, async_gen, 0, -1, 0, 0}, *saved = c->u;
    c->u = &unit;
    bool ok = expr ? cc_expr(c, expr) : cc_stmts(c, body);
    c->u = saved;
    return ok;
}

static bool cc_defaults(Compiler *c, const AstNode *a)
{
    return cc_exprs(c, a->v.arguments.defaults) && cc_exprs(c, a->v.arguments.kw_defaults);
}

static bool cc_arg_annotations(Compiler *c, AstList l)
{
    for (int i = 0; i < l.len; i++)
        if (l.items[i]->v.arg.annotation && !cc_expr(c, l.items[i]->v.arg.annotation)) return false;
    return true;
}

/* Annotations are evaluated when the def runs (without `from __future__
 * import annotations`, under which they are strings checked by the compiler). */
static bool cc_annotations(Compiler *c, const AstNode *a, const AstNode *returns)
{
    if (c->ck->str_annotations) return true;
    if (!cc_arg_annotations(c, a->v.arguments.posonlyargs) || !cc_arg_annotations(c, a->v.arguments.args))
        return false;
    if (a->v.arguments.vararg && a->v.arguments.vararg->v.arg.annotation &&
        !cc_expr(c, a->v.arguments.vararg->v.arg.annotation))
        return false;
    if (!cc_arg_annotations(c, a->v.arguments.kwonlyargs)) return false;
    if (a->v.arguments.kwarg && a->v.arguments.kwarg->v.arg.annotation &&
        !cc_expr(c, a->v.arguments.kwarg->v.arg.annotation))
        return false;
    return !returns || cc_expr(c, returns);
}

static bool cc_pat_expr(void *arg, const AstNode *e) { return cc_expr(arg, e); }

static bool cc_stmt(Compiler *c, const AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: {
        const AstNode *a = s->v.FunctionDef.args;
        bool is_async = s->kind == AST_AsyncFunctionDef;
        if (!cc_debug_args(c, a, s) || !cc_exprs(c, s->v.FunctionDef.decorator_list) ||
            !cc_defaults(c, a) || !cc_annotations(c, a, s->v.FunctionDef.returns))
            return false;
        if (!cc_body(c, is_async ? SC_ASYNC_FUNCTION : SC_FUNCTION,
                     is_async && yields_stmts(s->v.FunctionDef.body), s->v.FunctionDef.body, NULL))
            return false;
        if (is_debug(s->v.FunctionDef.name)) return cc_fail(c, s, "%s", "cannot assign to __debug__");
        return true;
    }
    case AST_ClassDef:
        if (!cc_exprs(c, s->v.ClassDef.decorator_list) ||
            !cc_body(c, SC_CLASS, false, s->v.ClassDef.body, NULL) ||
            !cc_seq_load(c, s->v.ClassDef.bases) || !cc_keywords(c, s->v.ClassDef.keywords, s))
            return false;
        for (int i = 0; i < s->v.ClassDef.keywords.len; i++)
            if (!cc_expr(c, s->v.ClassDef.keywords.items[i]->v.keyword.value)) return false;
        if (is_debug(s->v.ClassDef.name)) return cc_fail(c, s, "%s", "cannot assign to __debug__");
        return true;
    case AST_Return:
        if (c->u->type == SC_MODULE || c->u->type == SC_CLASS)
            return cc_fail(c, s, "%s", "'return' outside function");
        if (s->v.Return.value && c->u->async_generator)
            return cc_fail(c, s, "%s", "'return' with value in async generator");
        if (s->v.Return.value && !cc_expr(c, s->v.Return.value)) return false;
        if (c->u->star_loops >= 0) {
            /* a constant value on the statement's line lends its position */
            const AstNode *v = s->v.Return.value;
            bool at_value = v && v->kind == AST_Constant && v->lineno == s->lineno;
            return cc_star_jump(c, span_of(at_value ? v : s));
        }
        return true;
    case AST_Delete:
        return cc_exprs(c, s->v.Delete.targets);
    case AST_Assign:
        return cc_expr(c, s->v.Assign.value) && cc_exprs(c, s->v.Assign.targets);
    case AST_AugAssign:
        return cc_expr(c, s->v.AugAssign.target) && cc_expr(c, s->v.AugAssign.value);
    case AST_AnnAssign:
        if (s->v.AnnAssign.value && !cc_expr(c, s->v.AnnAssign.value)) return false;
        if (!cc_expr(c, s->v.AnnAssign.target)) return false;
        return c->u->type == SC_FUNCTION || c->u->type == SC_ASYNC_FUNCTION || c->ck->str_annotations ||
               cc_expr(c, s->v.AnnAssign.annotation);
    case AST_For:
    case AST_AsyncFor:
        if (s->kind == AST_AsyncFor && !cc_async_ok(c))
            return cc_fail(c, s, "%s", "'async for' outside async function");
        if (!cc_expr(c, s->v.For.iter) || !cc_expr(c, s->v.For.target)) return false;
        c->u->loops++;
        if (!cc_stmts(c, s->v.For.body)) return false;
        c->u->loops--;
        return cc_stmts(c, s->v.For.orelse);
    case AST_While:
        if (!cc_expr(c, s->v.While.test)) return false;
        c->u->loops++;
        if (!cc_stmts(c, s->v.While.body)) return false;
        c->u->loops--;
        return cc_stmts(c, s->v.While.orelse);
    case AST_If:
        return cc_expr(c, s->v.If.test) && cc_stmts(c, s->v.If.body) && cc_stmts(c, s->v.If.orelse);
    case AST_With:
    case AST_AsyncWith:
        if (s->kind == AST_AsyncWith && !cc_async_ok(c))
            return cc_fail(c, s, "%s", "'async with' outside async function");
        for (int i = 0; i < s->v.With.items.len; i++) {
            const AstNode *w = s->v.With.items.items[i];
            if (!cc_expr(c, w->v.withitem.context_expr) ||
                (w->v.withitem.optional_vars && !cc_expr(c, w->v.withitem.optional_vars)))
                return false;
        }
        c->u->art++;
        if (!cc_stmts(c, s->v.With.body)) return false;
        c->u->art--;
        return true;
    case AST_Match: {
        if (!cc_expr(c, s->v.Match.subject)) return false;
        PatVisit v = {cc_pat_expr, NULL, c};
        for (int i = 0; i < s->v.Match.cases.len; i++) {
            const AstNode *mc = s->v.Match.cases.items[i];
            if (!pat_walk(&v, mc->v.match_case.pattern) ||
                (mc->v.match_case.guard && !cc_expr(c, mc->v.match_case.guard)) ||
                !cc_stmts(c, mc->v.match_case.body))
                return false;
        }
        return true;
    }
    case AST_Raise:
        return (!s->v.Raise.exc || cc_expr(c, s->v.Raise.exc)) &&
               (!s->v.Raise.cause || cc_expr(c, s->v.Raise.cause));
    case AST_Try:
    case AST_TryStar: {
        /* a finally's unwinding covers the body, the clauses and the else */
        int fin = s->v.Try.finalbody.len > 0;
        c->u->art += fin;
        if (!cc_stmts(c, s->v.Try.body) || !cc_stmts(c, s->v.Try.orelse)) return false;
        int n = s->v.Try.handlers.len;
        for (int i = 0; i < n; i++) {
            const AstNode *h = s->v.Try.handlers.items[i];
            if (!h->v.ExceptHandler.type && i < n - 1)
                return cc_fail(c, h, "%s", "default 'except:' must be last");
            if (h->v.ExceptHandler.type && !cc_expr(c, h->v.ExceptHandler.type)) return false;
            if (h->v.ExceptHandler.name && is_debug(h->v.ExceptHandler.name))
                return cc_fail(c, h, "%s", "cannot assign to __debug__");
            int sl = c->u->star_loops, sa = c->u->star_art;
            if (s->kind == AST_TryStar) {
                c->u->star_loops = c->u->loops;
                c->u->star_art = c->u->art;
            }
            if (!cc_stmts(c, h->v.ExceptHandler.body)) return false;
            c->u->star_loops = sl;
            c->u->star_art = sa;
        }
        c->u->art -= fin;
        return cc_stmts(c, s->v.Try.finalbody);
    }
    case AST_Assert:
        return cc_expr(c, s->v.Assert.test) && (!s->v.Assert.msg || cc_expr(c, s->v.Assert.msg));
    case AST_Import:
    case AST_ImportFrom: {
        AstList names = s->kind == AST_Import ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < names.len; i++) {
            const AstNode *al = names.items[i];
            const char *bound = al->v.alias.asname ? al->v.alias.asname : al->v.alias.name;
            if (is_debug(bound)) return cc_fail(c, s, "%s", "cannot assign to __debug__");
        }
        return true;
    }
    case AST_Expr:
        return cc_expr(c, s->v.Expr.value);
    case AST_Break:
        if (c->u->star_loops >= 0 && c->u->loops == c->u->star_loops) return cc_star_jump(c, span_of(s));
        if (!c->u->loops) return cc_fail(c, s, "%s", "'break' outside loop");
        return true;
    case AST_Continue:
        if (c->u->star_loops >= 0 && c->u->loops == c->u->star_loops) return cc_star_jump(c, span_of(s));
        if (!c->u->loops) return cc_fail(c, s, "%s", "'continue' not properly in loop");
        return true;
    default:
        return true;
    }
}

/* An assignment target list: one starred element at most; Starred only
 * directly inside a list or tuple. */
static bool cc_unpack(Compiler *c, const AstNode *e)
{
    int stars = 0;
    for (int i = 0; i < e->v.List.elts.len; i++) {
        const AstNode *x = e->v.List.elts.items[i];
        if (x->kind == AST_Starred) {
            if (++stars > 1) return cc_fail(c, e, "%s", "multiple starred expressions in assignment");
        }
    }
    for (int i = 0; i < e->v.List.elts.len; i++) {
        const AstNode *x = e->v.List.elts.items[i];
        if (!cc_expr(c, x->kind == AST_Starred ? x->v.Starred.value : x)) return false;
    }
    return true;
}

static bool cc_seq_load(Compiler *c, AstList elts)
{
    for (int i = 0; i < elts.len; i++) {
        const AstNode *x = elts.items[i];
        if (!cc_expr(c, x->kind == AST_Starred ? x->v.Starred.value : x)) return false;
    }
    return true;
}

static bool cc_comprehension(Compiler *c, const AstNode *e)
{
    AstList gens = e->kind == AST_DictComp ? e->v.DictComp.generators : e->v.ListComp.generators;
    ScopeType outer = c->u->type;
    if (e->kind != AST_GeneratorExp && comp_awaits(e, true) && !cc_async_ok(c) && outer != SC_COMPREHENSION)
        return cc_fail(c, e, "%s", "asynchronous comprehension outside of an asynchronous function");
    CUnit unit = {SC_COMPREHENSION, false, 0, -1, 0, 0}, *saved = c->u;
    c->u = &unit;
    bool ok = true;
    for (int i = 0; ok && i < gens.len; i++) {
        const AstNode *g = gens.items[i];
        if (i > 0) ok = cc_expr(c, g->v.comprehension.iter);
        ok = ok && cc_expr(c, g->v.comprehension.target) && cc_exprs(c, g->v.comprehension.ifs);
    }
    if (ok) {
        if (e->kind == AST_DictComp)
            ok = cc_expr(c, e->v.DictComp.key) && cc_expr(c, e->v.DictComp.value);
        else
            ok = cc_expr(c, e->v.ListComp.elt);
    }
    c->u = saved;
    return ok && cc_expr(c, gens.items[0]->v.comprehension.iter);
}

static bool cc_opt(Compiler *c, const AstNode *e) { return !e || cc_expr(c, e); }

static bool cc_dict(Compiler *c, const AstNode *e)
{
    for (int i = 0; i < e->v.Dict.keys.len; i++)
        if (!cc_opt(c, e->v.Dict.keys.items[i]) || !cc_expr(c, e->v.Dict.values.items[i])) return false;
    return true;
}

static bool cc_await(Compiler *c, const AstNode *e)
{
    if (cc_async_ok(c)) return cc_expr(c, e->v.Await.value);
    if (c->u->type == SC_MODULE || c->u->type == SC_CLASS)
        return cc_fail(c, e, "%s", "'await' outside function");
    if (c->u->type != SC_ASYNC_FUNCTION && c->u->type != SC_COMPREHENSION)
        return cc_fail(c, e, "%s", "'await' outside async function");
    return cc_expr(c, e->v.Await.value);
}

static bool cc_yield(Compiler *c, const AstNode *e)
{
    if (c->u->type == SC_MODULE || c->u->type == SC_CLASS)
        return cc_fail(c, e, "%s", "'yield' outside function");
    return cc_opt(c, e->v.Await.value);
}

static bool cc_call(Compiler *c, const AstNode *e)
{
    if (!cc_expr(c, e->v.Call.func) || !cc_keywords(c, e->v.Call.keywords, e) ||
        !cc_seq_load(c, e->v.Call.args))
        return false;
    for (int i = 0; i < e->v.Call.keywords.len; i++)
        if (!cc_expr(c, e->v.Call.keywords.items[i]->v.keyword.value)) return false;
    return true;
}

static bool cc_lambda(Compiler *c, const AstNode *e)
{
    AstList none = {NULL, 0};
    return cc_debug_args(c, e->v.Lambda.args, e) && cc_defaults(c, e->v.Lambda.args) &&
           cc_body(c, SC_LAMBDA, false, none, e->v.Lambda.body);
}

static bool cc_store_debug(Compiler *c, const AstNode *e, const char *name, int ctx)
{
    if (ctx == AST_LOAD || !is_debug(name)) return true;
    return cc_fail(c, e, "%s", ctx == AST_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
}

static bool cc_starred(Compiler *c, const AstNode *e)
{
    return cc_fail(c, e, "%s",
                   e->v.Starred.ctx == AST_STORE ? "starred assignment target must be in a list or tuple"
                                                 : "can't use starred expression here");
}

/* The recursive path kept lean: deep expressions nest thousands of calls. */
static bool cc_expr(Compiler *c, const AstNode *e)
{
    switch (e->kind) {
    case AST_BoolOp: return cc_exprs(c, e->v.BoolOp.values);
    case AST_NamedExpr: return cc_expr(c, e->v.NamedExpr.value) && cc_expr(c, e->v.NamedExpr.target);
    case AST_BinOp: return cc_expr(c, e->v.BinOp.left) && cc_expr(c, e->v.BinOp.right);
    case AST_UnaryOp: return cc_expr(c, e->v.UnaryOp.operand);
    case AST_Lambda: return cc_lambda(c, e);
    case AST_IfExp:
        return cc_expr(c, e->v.IfExp.test) && cc_expr(c, e->v.IfExp.body) && cc_expr(c, e->v.IfExp.orelse);
    case AST_Dict: return cc_dict(c, e);
    case AST_Set: return cc_seq_load(c, e->v.Set.elts);
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        return cc_comprehension(c, e);
    case AST_Await: return cc_await(c, e);
    case AST_Yield: case AST_YieldFrom: return cc_yield(c, e);
    case AST_Compare: return cc_expr(c, e->v.Compare.left) && cc_exprs(c, e->v.Compare.comparators);
    case AST_Call: return cc_call(c, e);
    case AST_FormattedValue:
        return cc_expr(c, e->v.FormattedValue.value) && cc_opt(c, e->v.FormattedValue.format_spec);
    case AST_JoinedStr: return cc_exprs(c, e->v.JoinedStr.values);
    case AST_Attribute:
        return cc_store_debug(c, e, e->v.Attribute.attr, e->v.Attribute.ctx) &&
               cc_expr(c, e->v.Attribute.value);
    case AST_Subscript: return cc_expr(c, e->v.Subscript.value) && cc_expr(c, e->v.Subscript.slice);
    case AST_Starred: return cc_starred(c, e);
    case AST_Name: return cc_store_debug(c, e, e->v.Name.id, e->v.Name.ctx);
    case AST_List: case AST_Tuple:
        return e->v.List.ctx == AST_STORE ? cc_unpack(c, e) : cc_seq_load(c, e->v.List.elts);
    case AST_Slice:
        return cc_opt(c, e->v.Slice.lower) && cc_opt(c, e->v.Slice.upper) && cc_opt(c, e->v.Slice.step);
    default: return true;
    }
}

/* Whether the module's leading future statements (after an optional
 * docstring) include `annotations`; the compiler checks the block itself. */
static bool has_future_annotations(const AstNode *mod)
{
    const AstList *body = &mod->v.Module.body;
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        if (i == 0 && s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
            s->v.Expr.value->v.Constant.kind == AST_CONST_STR)
            continue;
        if (s->kind != AST_ImportFrom || s->v.ImportFrom.level != 0 || !s->v.ImportFrom.module ||
            strcmp(s->v.ImportFrom.module, "__future__") != 0)
            return false;
        for (int n = 0; n < s->v.ImportFrom.names.len; n++)
            if (strcmp(s->v.ImportFrom.names.items[n]->v.alias.name, "annotations") == 0) return true;
    }
    return false;
}

bool check_module(ParseCtx *ctx, AstNode *mod)
{
    Checker ck = {ctx, NULL, NULL, 0, false, has_future_annotations(mod)};
    if (!st_enter(&ck, BLK_MODULE, 0)) return false;
    ck.top = ck.cur;
    bool ok = st_stmts(&ck, mod->v.Module.body);
    if (ok) {
        NameSet bound = {NULL, 0, 0};
        ok = analyze(&ck, ck.top, &bound, false);
        free(bound.items);
    }
    scope_free(ck.top);
    if (ok) {
        CUnit unit = {SC_MODULE, false, 0, -1, 0, 0};
        Compiler c = {&ck, &unit};
        ok = cc_stmts(&c, mod->v.Module.body);
    }
    return ok && !ctx->oom;
}
