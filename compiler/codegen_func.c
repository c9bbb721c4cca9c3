/* codegen_func.c — everything that makes a new code object: def and async
 * def (defaults, keyword-only defaults, annotations, decorators, closures),
 * lambda, class bodies run through CLASS, and comprehensions, which are
 * nested functions called at once on the outermost iterator as in 3.11. */
#include <string.h>

#include "compiler/codegen.h"

/* Loads the closure tuple a child proto needs (its free variables are cells
 * of this unit) into R[dest], or None. */
static void load_closure(CompUnit *u, const CoilProto *child, int dest)
{
    int n = child->nfreevars;
    if (!n) return; /* the caller's LOADNONE covers it */
    int save = u->freereg;
    int base = comp_reg_alloc(u, n);
    for (int i = 0; i < n; i++) {
        int r = comp_closure_reg(u, child->freenames[i]);
        if (r < 0) {
            comp_error(u, NULL, "internal compiler error: no cell for free variable '%s'", child->freenames[i]);
            return;
        }
        comp_emit_move(u, base + i, r);
    }
    comp_emit_abc(u, OP_BUILDTUPLE, dest, base, n);
    comp_reg_settop(u, save);
}

static int code_const(CompUnit *u, CoilProto *p)
{
    CoilConst k = {.kind = CONST_CODE};
    k.u.code = p;
    return comp_const(u, &k);
}

/* Compiles the body of a def or lambda into a proto. */
static CoilProto *compile_function_body(CompUnit *u, const AstNode *node, const char *name, int firstlineno,
                                        bool global_in_parent)
{
    SymScope *sc = sym_scope_of(&u->c->st, node);
    if (!sc) {
        comp_error(u, node, "internal compiler error: no scope for %s", name);
        return NULL;
    }
    CompUnit cu;
    CoilProto *p = NULL;
    if (comp_unit_init(&cu, u->c, u, sc, UNIT_FUNCTION, name, firstlineno)) {
        cu.qualname = comp_qualname(u, name, global_in_parent);
        if (node->kind == AST_Lambda) {
            int r = comp_reg_alloc(&cu, 1);
            comp_expr_to(&cu, node->v.Lambda.body, r);
            /* a generator lambda's value is dropped; it returns None */
            if (!sc->is_generator) {
                cu.line = node->v.Lambda.body->lineno;
                comp_emit_abc(&cu, OP_RETURN, r, 0, 0);
                cu.bound.dead = true;
            }
            comp_reg_settop(&cu, r);
        } else {
            comp_body_with_doc(&cu, &node->v.FunctionDef.body);
        }
        p = comp_unit_finish(&cu);
    }
    comp_unit_free(&cu);
    return p;
}

static bool all_folded(CompUnit *u, const AstList *l, CoilConst **out)
{
    CoilConst *k = arena_alloc(u->c->scratch, sizeof *k * (size_t)(l->len ? l->len : 1));
    if (!k) return false;
    for (int i = 0; i < l->len; i++)
        if (!comp_fold(u->c, l->items[i], &k[i])) return false;
    *out = k;
    return true;
}

/* R[dest] = {names[i]: exprs[i]} in chunks that fit BUILDDICT's count and
 * the registers (names are mangled parameter names). */
static void dict_from_pairs(CompUnit *u, int dest, const char **names, const AstNode **exprs, int n)
{
    enum { CHUNK = 32 };
    int save = u->freereg;
    for (int i = 0; i < n; i += CHUNK) {
        int k = n - i < CHUNK ? n - i : CHUNK;
        int into = i ? comp_reg_alloc(u, 1) : dest;
        int base = comp_reg_alloc(u, 2 * k);
        for (int j = 0; j < k; j++) {
            comp_emit_abx(u, OP_LOADK, base + 2 * j, comp_name(u, comp_mangle(u, names[i + j])));
            comp_expr_to(u, exprs[i + j], base + 2 * j + 1);
        }
        comp_emit_abc(u, OP_BUILDDICT, into, base, k);
        if (i) comp_emit_abc(u, OP_DICTUPDATE, dest, into, 0);
        comp_reg_settop(u, save);
    }
}

/* R[fbase+1] = defaults tuple, R[fbase+2] = keyword-only defaults dict; an
 * absent one stays None from the caller's LOADNONE. */
static void load_defaults(CompUnit *u, const AstNode *args, int fbase)
{
    const AstList *defs = &args->v.arguments.defaults;
    CoilConst *items;
    if (!defs->len) {
        /* None already */
    } else if (all_folded(u, defs, &items)) {
        CoilConst k = {.kind = CONST_TUPLE};
        k.u.tuple.items = items;
        k.u.tuple.len = (size_t)defs->len;
        comp_emit_abx(u, OP_LOADK, fbase + 1, comp_const(u, &k));
    } else {
        /* the call-argument builder chunks long tuples; it sets R[fbase+2]
         * to None, which the keyword-only defaults overwrite next */
        AstList none = {NULL, 0};
        comp_call_args(u, fbase + 1, defs, &none, fbase);
    }
    const AstList *kwonly = &args->v.arguments.kwonlyargs, *kwdefs = &args->v.arguments.kw_defaults;
    const char **names = arena_alloc(u->c->scratch, sizeof *names * (size_t)(kwdefs->len + 1));
    const AstNode **exprs = arena_alloc(u->c->scratch, sizeof *exprs * (size_t)(kwdefs->len + 1));
    if (!names || !exprs) return;
    int n = 0;
    for (int i = 0; i < kwdefs->len; i++) {
        if (!kwdefs->items[i]) continue;
        names[n] = kwonly->items[i]->v.arg.arg;
        exprs[n++] = kwdefs->items[i];
    }
    if (n) dict_from_pairs(u, fbase + 2, names, exprs, n);
}

static void add_annotation(const char *name, const AstNode *ann, const char **names, const AstNode **exprs, int *n)
{
    if (!ann) return;
    names[*n] = name;
    exprs[(*n)++] = ann;
}

/* R[dest] = the annotations dict (CPython 3.11's order: args, then
 * positional-only, *args, keyword-only, **kwargs, return), or left None. */
static void load_annotations(CompUnit *u, const AstNode *args, const AstNode *returns, int dest)
{
    const AstNode *a = args;
    int most = a->v.arguments.args.len + a->v.arguments.posonlyargs.len + a->v.arguments.kwonlyargs.len + 3;
    const char **names = arena_alloc(u->c->scratch, sizeof *names * (size_t)most);
    const AstNode **exprs = arena_alloc(u->c->scratch, sizeof *exprs * (size_t)most);
    if (!names || !exprs) return;
    int n = 0;
    const AstList *lists[2] = {&a->v.arguments.args, &a->v.arguments.posonlyargs};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++)
            add_annotation(lists[l]->items[i]->v.arg.arg, lists[l]->items[i]->v.arg.annotation, names, exprs, &n);
    if (a->v.arguments.vararg)
        add_annotation(a->v.arguments.vararg->v.arg.arg, a->v.arguments.vararg->v.arg.annotation, names, exprs, &n);
    for (int i = 0; i < a->v.arguments.kwonlyargs.len; i++) {
        const AstNode *k = a->v.arguments.kwonlyargs.items[i];
        add_annotation(k->v.arg.arg, k->v.arg.annotation, names, exprs, &n);
    }
    if (a->v.arguments.kwarg)
        add_annotation(a->v.arguments.kwarg->v.arg.arg, a->v.arguments.kwarg->v.arg.annotation, names, exprs, &n);
    add_annotation("return", returns, names, exprs, &n);
    if (n) dict_from_pairs(u, dest, names, exprs, n);
}

void comp_funcdef(CompUnit *u, const AstNode *s)
{
    const AstList *decos = &s->v.FunctionDef.decorator_list;
    const AstNode *args = s->v.FunctionDef.args;
    const char *name = s->v.FunctionDef.name;
    int save = u->freereg;
    int base = comp_reg_alloc(u, decos->len);
    for (int i = 0; i < decos->len; i++) comp_expr_to(u, decos->items[i], base + i);
    int fbase = comp_reg_alloc(u, 5);
    u->line = s->lineno;
    comp_emit_abc(u, OP_LOADNONE, fbase + 1, 3, 0); /* no defaults, closure or annotations yet */
    load_defaults(u, args, fbase);
    load_annotations(u, args, s->v.FunctionDef.returns, fbase + 4);
    SymEntry *e = sym_lookup(u->scope, comp_mangle(u, name));
    int first = decos->len ? decos->items[0]->lineno : s->lineno;
    CoilProto *p = compile_function_body(u, s, name, first, e && e->scope == SYM_GLOBAL_EXPLICIT);
    if (!p) return;
    u->line = s->lineno;
    load_closure(u, p, fbase + 3);
    comp_emit_abx(u, OP_CLOSURE, fbase, code_const(u, p));
    for (int i = decos->len - 1; i >= 0; i--) {
        u->line = decos->items[i]->lineno;
        u->posnode = decos->items[i];
        comp_emit_abc(u, OP_CALL, base + i, 1, 0);
    }
    u->posnode = s;
    u->line = s->lineno;
    comp_store_name(u, name, base);
    comp_reg_settop(u, save);
}

void comp_lambda(CompUnit *u, const AstNode *e, int target)
{
    int save = u->freereg;
    int fbase = comp_reg_alloc(u, 5);
    comp_emit_abc(u, OP_LOADNONE, fbase + 1, 3, 0); /* lambdas have no annotations */
    load_defaults(u, e->v.Lambda.args, fbase);
    CoilProto *p = compile_function_body(u, e, "<lambda>", e->lineno, false);
    if (!p) return;
    load_closure(u, p, fbase + 3);
    comp_emit_abx(u, OP_CLOSURE, fbase, code_const(u, p));
    comp_emit_move(u, target, fbase);
    comp_reg_settop(u, save);
}

void comp_classdef(CompUnit *u, const AstNode *s)
{
    const AstList *decos = &s->v.ClassDef.decorator_list;
    const char *name = s->v.ClassDef.name;
    int save = u->freereg;
    int base = comp_reg_alloc(u, decos->len);
    for (int i = 0; i < decos->len; i++) comp_expr_to(u, decos->items[i], base + i);
    int cbase = comp_reg_alloc(u, 5);
    u->line = s->lineno;

    SymScope *sc = sym_scope_of(&u->c->st, s);
    if (!sc) {
        comp_error(u, s, "internal compiler error: no scope for class %s", name);
        return;
    }
    SymEntry *e = sym_lookup(u->scope, comp_mangle(u, name));
    CompUnit cu;
    CoilProto *p = NULL;
    int first = decos->len ? decos->items[0]->lineno : s->lineno;
    if (comp_unit_init(&cu, u->c, u, sc, UNIT_CLASS, name, first)) {
        cu.qualname = comp_qualname(u, name, e && e->scope == SYM_GLOBAL_EXPLICIT);
        cu.line = s->lineno;
        int t = comp_reg_alloc(&cu, 1);
        comp_emit_abx(&cu, OP_GETNAME, t, comp_name(&cu, "__name__"));
        comp_emit_abx(&cu, OP_SETNAME, t, comp_name(&cu, "__module__"));
        CoilConst q = {.kind = CONST_STR};
        q.u.str.s = cu.qualname;
        q.u.str.len = strlen(cu.qualname);
        comp_emit_abx(&cu, OP_LOADK, t, comp_const(&cu, &q));
        comp_emit_abx(&cu, OP_SETNAME, t, comp_name(&cu, "__qualname__"));
        comp_reg_settop(&cu, t);
        comp_body_with_doc(&cu, &s->v.ClassDef.body);
        p = comp_unit_finish(&cu);
    }
    comp_unit_free(&cu);
    if (!p) return;

    u->line = s->lineno;
    comp_emit_abc(u, OP_LOADNONE, cbase + 1, 3, 0);
    load_closure(u, p, cbase + 3);
    comp_emit_abx(u, OP_CLOSURE, cbase, code_const(u, p));
    CoilConst k = {.kind = CONST_STR};
    k.u.str.s = name;
    k.u.str.len = strlen(name);
    comp_emit_abx(u, OP_LOADK, cbase + 1, comp_const(u, &k));
    comp_reg_settop(u, cbase + 4);
    comp_call_args(u, cbase + 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords, cbase + 3);
    u->line = s->lineno;
    comp_emit_abc(u, OP_CLASS, cbase, 0, 0);
    for (int i = decos->len - 1; i >= 0; i--) {
        u->line = decos->items[i]->lineno;
        u->posnode = decos->items[i];
        comp_emit_abc(u, OP_CALL, base + i, 1, 0);
    }
    u->posnode = s;
    u->line = s->lineno;
    comp_store_name(u, name, base);
    comp_reg_settop(u, save);
}

/* --- comprehensions ------------------------------------------------------------------------ */

/* One `for ... in ... if ...` level inside the comprehension's function;
 * the innermost level adds the element to R[acc] (or yields it). */
static void comp_generator(CompUnit *u, const AstNode *e, int gi, int acc)
{
    const AstList *gens = e->kind == AST_DictComp ? &e->v.DictComp.generators : &e->v.ListComp.generators;
    const AstNode *g = gens->items[gi];
    bool is_async = g->v.comprehension.is_async;
    int save = u->freereg;
    int it;
    if (gi == 0) {
        it = 0; /* .0: the iterator made by the caller */
    } else {
        it = comp_reg_alloc(u, 1);
        int src = comp_iter_source(u, g->v.comprehension.iter);
        comp_emit_abc(u, is_async ? OP_GETAITER : OP_GETITER, it, src, 0);
        comp_reg_settop(u, it + 1);
    }
    int top = comp_label(u), exit = comp_label(u);
    CompBound s0 = u->bound;
    comp_bind(u, top);
    const AstNode *t = g->v.comprehension.target;
    int direct = t->kind == AST_Name ? comp_local_reg(u, t->v.Name.id) : -1;
    int item = direct >= 0 ? direct : comp_reg_alloc(u, 1);
    u->line = e->lineno;
    comp_emit_abc(u, is_async ? OP_ASYNCFORITER : OP_FORITER, it, item, 0);
    comp_jump(u, exit);
    if (direct >= 0) comp_bound_set(u, direct);
    else comp_store(u, t, item);
    for (int i = 0; i < g->v.comprehension.ifs.len; i++) comp_jump_if(u, g->v.comprehension.ifs.items[i], false, top);
    if (gi + 1 < gens->len) {
        comp_generator(u, e, gi + 1, acc);
    } else {
        int s2 = u->freereg;
        switch (e->kind) {
        case AST_ListComp:
        case AST_SetComp: {
            int r = comp_expr_any(u, e->v.ListComp.elt);
            comp_emit_abc(u, e->kind == AST_ListComp ? OP_LISTAPPEND : OP_SETADD, acc, r, 0);
            break;
        }
        case AST_DictComp: {
            int k = comp_expr_any(u, e->v.DictComp.key);
            int v = comp_expr_any(u, e->v.DictComp.value);
            comp_emit_abc(u, OP_DICTSET, acc, k, v);
            break;
        }
        default: {
            int r = comp_expr_temp(u, e->v.ListComp.elt);
            comp_emit_abc(u, OP_YIELD, r, 0, 0);
            break;
        }
        }
        comp_reg_settop(u, s2);
    }
    u->line = e->lineno;
    comp_jump(u, top);
    comp_bind(u, exit);
    u->bound = s0;
    comp_reg_settop(u, save);
}

void comp_comprehension(CompUnit *u, const AstNode *e, int target)
{
    SymScope *sc = sym_scope_of(&u->c->st, e);
    if (!sc) {
        comp_error(u, e, "internal compiler error: no scope for a comprehension");
        return;
    }
    bool genexp = e->kind == AST_GeneratorExp;
    if (sc->is_coroutine && !genexp &&
        !((u->kind == UNIT_FUNCTION || u->kind == UNIT_MODULE) && (u->scope->is_async_def || u->scope->comp))) {
        comp_error(u, e, "asynchronous comprehension outside of an asynchronous function");
        return;
    }
    const AstList *gens = e->kind == AST_DictComp ? &e->v.DictComp.generators : &e->v.ListComp.generators;
    CompUnit cu;
    CoilProto *p = NULL;
    if (comp_unit_init(&cu, u->c, u, sc, UNIT_FUNCTION, sc->name, e->lineno)) {
        cu.qualname = comp_qualname(u, sc->name, false);
        cu.line = e->lineno;
        cu.posnode = e; /* the comprehension's own work (adding an item) is placed at it */
        int acc = -1;
        if (!genexp) {
            acc = comp_reg_alloc(&cu, 1);
            CoilOpcode build = e->kind == AST_ListComp ? OP_BUILDLIST : e->kind == AST_SetComp ? OP_BUILDSET : OP_BUILDDICT;
            comp_emit_abc(&cu, build, acc, 0, 0);
        }
        comp_generator(&cu, e, 0, acc);
        if (!genexp) {
            cu.line = e->lineno;
            comp_emit_abc(&cu, OP_RETURN, acc, 0, 0);
            cu.bound.dead = true;
        }
        p = comp_unit_finish(&cu);
    }
    comp_unit_free(&cu);
    if (!p) return;

    int save = u->freereg;
    int base = comp_reg_alloc(u, 5);
    u->line = e->lineno;
    comp_emit_abc(u, OP_LOADNONE, base + 1, 3, 0);
    load_closure(u, p, base + 3);
    comp_emit_abx(u, OP_CLOSURE, base, code_const(u, p));
    comp_reg_settop(u, base + 2);
    const AstNode *outer = gens->items[0];
    int src = comp_iter_source(u, outer->v.comprehension.iter);
    u->line = e->lineno;
    comp_emit_abc(u, outer->v.comprehension.is_async ? OP_GETAITER : OP_GETITER, base + 1, src, 0);
    comp_reg_settop(u, base + 2);
    comp_emit_abc(u, OP_CALL, base, 1, 0);
    if (sc->is_coroutine && !genexp) comp_emit_abc(u, OP_AWAIT, base, base, 0);
    comp_emit_move(u, target, base);
    comp_reg_settop(u, save);
}
