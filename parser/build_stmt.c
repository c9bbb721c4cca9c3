/* build_stmt.c — node constructors for calls, parameter lists and statements,
 * with the checks CPython's parser makes on them: argument order, parameter
 * order, assignment/annotation/deletion targets.  Messages and positions follow
 * CPython 3.11's invalid_* grammar rules (Grammar/python.gram). */
#include <string.h>

#include "parser/build.h"

#define SYNTAX "SyntaxError"

/* ------------------------------------------------------------------------ */
/* Calls                                                                     */

static PSpan span_from_to(PSpan a, PSpan b) { return span_join(a, b); }

void ast_call_args(ParseCtx *ctx, PList *args, AstList *out_args, AstList *out_kws, bool is_class)
{
    /* 1. keyword names (invalid_kwarg), in order */
    for (PCell *c = args->head; c; c = c->next) {
        if (c->tag != ARG_KW) continue;
        AstNode *k = c->node;
        if (k->kind == AST_Name && !(k->flags & AST_F_PAREN)) continue;
        if (k->kind == AST_Constant && !(k->flags & AST_F_PAREN) &&
            (k->v.Constant.kind == AST_CONST_TRUE || k->v.Constant.kind == AST_CONST_FALSE ||
             k->v.Constant.kind == AST_CONST_NONE)) {
            parse_error_at(ctx, SYNTAX, span_from_to(c->sp, c->sp2), "cannot assign to %s",
                           ast_expr_name(k));
        } else {
            parse_error_at(ctx, SYNTAX, span_from_to(c->sp, c->sp2),
                           "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        return;
    }
    /* 2. *iterable after **mapping: blame everything before it */
    bool seen_dstar = false, seen_kw = false;
    PCell *prev = NULL;
    for (PCell *c = args->head; c; prev = c, c = c->next) {
        if (c->tag == ARG_STAR && seen_dstar) {
            parse_error_at(ctx, SYNTAX, span_from_to(args->head->sp, prev->sp),
                           "iterable argument unpacking follows keyword argument unpacking");
            return;
        }
        if (c->tag == ARG_DSTAR) seen_dstar = true;
    }
    /* 3. a generator expression must be the only argument */
    for (PCell *c = args->head; c; c = c->next) {
        if (c->tag != ARG_GENEXP) continue;
        if (args->len > 1 || (args->flags & PL_TRAILING_COMMA)) {
            parse_error_at(ctx, SYNTAX, c->sp, "Generator expression must be parenthesized");
            return;
        }
        if (is_class) { /* class A(x for x in y): CPython stops at the `for` */
            parse_error_at(ctx, SYNTAX, c->sp2, "invalid syntax");
            return;
        }
        /* The lone generator's parentheses are the call's. */
        ast_set_span(c->node, args->sp);
    }
    /* 4. positional after keyword: CPython blames the closing parenthesis */
    seen_dstar = false;
    for (PCell *c = args->head; c; c = c->next) {
        if ((c->tag == ARG_POS || c->tag == ARG_GENEXP) && (seen_kw || seen_dstar)) {
            PSpan rpar = {args->sp.end_line, args->sp.end_col - 1, args->sp.end_line, args->sp.end_col};
            parse_error_at(ctx, SYNTAX, rpar,
                           seen_dstar ? "positional argument follows keyword argument unpacking"
                                      : "positional argument follows keyword argument");
            return;
        }
        if (c->tag == ARG_KW) seen_kw = true;
        if (c->tag == ARG_DSTAR) seen_dstar = true;
    }

    int npos = 0, nkw = 0;
    for (PCell *c = args->head; c; c = c->next) {
        if (c->tag == ARG_KW || c->tag == ARG_DSTAR) nkw++;
        else npos++;
    }
    AstNode **pos = npos ? parse_alloc(ctx, sizeof(AstNode *) * (size_t)npos) : NULL;
    AstNode **kws = nkw ? parse_alloc(ctx, sizeof(AstNode *) * (size_t)nkw) : NULL;
    if ((npos && !pos) || (nkw && !kws)) {
        plist_release(ctx, args);
        return;
    }
    int ip = 0, ik = 0;
    for (PCell *c = args->head; c; c = c->next) {
        if (c->tag == ARG_KW) {
            AstNode *k = ast_new(ctx, AST_keyword, c->sp);
            k->v.keyword.arg = c->node->kind == AST_Name ? c->node->v.Name.id : NULL;
            k->v.keyword.value = c->node2;
            kws[ik++] = k;
        } else if (c->tag == ARG_DSTAR) {
            AstNode *k = ast_new(ctx, AST_keyword, c->sp);
            k->v.keyword.value = c->node;
            kws[ik++] = k;
        } else {
            pos[ip++] = c->node;
        }
    }
    out_args->items = pos;
    out_args->len = npos;
    out_kws->items = kws;
    out_kws->len = nkw;
    plist_release(ctx, args);
}

PExpr ast_call(ParseCtx *ctx, PExpr func, PList *args, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_Call, sp);
    n->v.Call.func = func.n;
    if (args) ast_call_args(ctx, args, &n->v.Call.args, &n->v.Call.keywords, false);
    return pexpr(n);
}

/* ------------------------------------------------------------------------ */
/* Parameters                                                                */

AstNode *ast_arg(ParseCtx *ctx, const ParseTok *name, PExpr *annotation)
{
    AstNode *a = ast_new(ctx, AST_arg, annotation ? span_join(name->sp, annotation->sp) : name->sp);
    a->v.arg.arg = name->u.text;
    a->v.arg.annotation = annotation ? annotation->n : NULL;
    return a;
}

/* Sorts a loose parameter list into CPython's `arguments`, checking the order
 * rules of invalid_parameters / invalid_star_etc / invalid_kwds.  `end` is the
 * token after the list (')' or the lambda's ':'), blamed by some messages. */
AstNode *ast_arguments(ParseCtx *ctx, PList *params, bool is_lambda, PSpan end)
{
    AstNode *a = ast_new(ctx, AST_arguments, end);
    int n = params->len;
    /* Every kind of list gets at most n entries: allocate once, slice. */
    AstNode **buf = n ? parse_alloc(ctx, sizeof(AstNode *) * (size_t)n * 4) : NULL;
    if (!buf) { /* no parameters (or no memory) */
        plist_release(ctx, params);
        return a;
    }
    AstNode **pos = buf, **defaults = buf + n, **kwonly = buf + 2 * n, **kwdef = buf + 3 * n;
    int npos = 0, nposonly = 0, ndef = 0, nkw = 0;
    bool seen_slash = false, seen_star = false, seen_default = false;
    bool kwarg_done = false;
    const char *err = NULL;
    PSpan errsp = {0, 0, 0, 0};

    for (PCell *c = params->head; c && !err; c = c->next) {
        PSpan tok = c->sp;
        PSpan argsp = c->node ? span_of(c->node) : tok;
        if (kwarg_done) {
            err = "arguments cannot follow var-keyword argument";
            errsp = c->tag == PRM_PLAIN || c->tag == PRM_DEFAULT ? argsp : tok;
            break;
        }
        switch (c->tag) {
        case PRM_PLAIN:
            if (!seen_star) {
                if (seen_default) {
                    err = "non-default argument follows default argument";
                    errsp = argsp;
                    break;
                }
                pos[npos++] = c->node;
            } else {
                kwdef[nkw] = NULL;
                kwonly[nkw++] = c->node;
            }
            break;
        case PRM_DEFAULT:
            if (!seen_star) {
                seen_default = true;
                pos[npos++] = c->node;
                defaults[ndef++] = c->node2;
            } else {
                kwdef[nkw] = c->node2;
                kwonly[nkw++] = c->node;
            }
            break;
        case PRM_SLASH:
            if (seen_star) err = "/ must be ahead of *";
            else if (seen_slash) err = "/ may appear only once";
            else if (npos == 0)
                /* only `/,` gets the message (invalid_parameters) */
                err = c->next || (params->flags & PL_TRAILING_COMMA)
                          ? "at least one argument must precede /" : "invalid syntax";
            errsp = tok;
            seen_slash = true;
            nposonly = npos;
            break;
        case PRM_STAR:
        case PRM_BARE_STAR:
            if (seen_star) {
                err = "* argument may appear only once";
                errsp = tok;
                break;
            }
            seen_star = true;
            if (c->tag == PRM_STAR) {
                a->v.arguments.vararg = c->node;
            } else if (!c->next || (c->next->tag != PRM_PLAIN && c->next->tag != PRM_DEFAULT)) {
                err = "named arguments must follow bare *";
                /* def blames the '*'; lambda (a plain RAISE_SYNTAX_ERROR) the
                 * last token read: ':' or the '**' after the comma. */
                errsp = !is_lambda ? tok : c->next ? c->next->sp : end;
            }
            break;
        case PRM_STAR_DEFAULT:
            err = "var-positional argument cannot have default value";
            errsp = tok;
            break;
        case PRM_KWARG:
            a->v.arguments.kwarg = c->node;
            kwarg_done = true;
            break;
        case PRM_KWARG_DEFAULT:
            err = "var-keyword argument cannot have default value";
            errsp = tok;
            break;
        default:
            break;
        }
    }
    plist_release(ctx, params);
    if (err) {
        parse_error_at(ctx, SYNTAX, errsp, "%s", err);
        return a;
    }
    a->v.arguments.posonlyargs.items = pos;
    a->v.arguments.posonlyargs.len = nposonly;
    a->v.arguments.args.items = pos + nposonly;
    a->v.arguments.args.len = npos - nposonly;
    a->v.arguments.defaults.items = defaults;
    a->v.arguments.defaults.len = ndef;
    a->v.arguments.kwonlyargs.items = kwonly;
    a->v.arguments.kwonlyargs.len = nkw;
    a->v.arguments.kw_defaults.items = kwdef;
    a->v.arguments.kw_defaults.len = nkw;
    return a;
}

/* ------------------------------------------------------------------------ */
/* Assignment-like statements                                                */

AstNode *ast_expr_stmt(ParseCtx *ctx, PExpr e)
{
    AstNode *s = ast_new(ctx, AST_Expr, e.sp);
    s->v.Expr.value = e.n;
    return s;
}

/* Whether e, as written, is a whole bitwise_or in CPython's grammar (what
 * may stand on either side of the '=' in invalid_named_expression). */
static bool is_bitwise_or(const AstNode *e)
{
    if (e->flags & AST_F_PAREN) return true;
    switch (e->kind) {
    case AST_BoolOp: case AST_Compare: case AST_IfExp: case AST_Lambda: case AST_NamedExpr:
    case AST_Starred: case AST_Yield: case AST_YieldFrom: case AST_Tuple:
        return false;
    case AST_UnaryOp:
        return e->v.UnaryOp.op != AST_OP_Not;
    default:
        return true;
    }
}

/* The longest bitwise_or at the start of e, or NULL if e starts otherwise. */
static const AstNode *leading_bitwise_or(const AstNode *e)
{
    if (is_bitwise_or(e)) return e;
    switch (e->kind) {
    case AST_Tuple: return e->v.List.elts.len ? leading_bitwise_or(e->v.List.elts.items[0]) : NULL;
    case AST_Compare: return e->v.Compare.left;
    case AST_BoolOp: return leading_bitwise_or(e->v.BoolOp.values.items[0]);
    case AST_IfExp: return leading_bitwise_or(e->v.IfExp.body);
    default: return NULL;
    }
}

/* Explains an assignment with a bad target the way CPython's second parsing
 * pass does: invalid_named_expression on the last element before the first
 * '=' (the "Maybe you meant '=='" messages), then invalid_assignment. */
static void assign_error(ParseCtx *ctx, PList *targets, AstNode *value)
{
    AstNode *t1 = targets->head->node;
    const AstNode *e = t1;
    if (t1->kind == AST_Tuple && !(t1->flags & AST_F_PAREN) && t1->v.List.elts.len)
        e = t1->v.List.elts.items[t1->v.List.elts.len - 1];
    const AstNode *r = targets->len > 1 ? targets->head->next->node : value;
    const AstNode *b = leading_bitwise_or(r);
    if (b && !(targets->len > 1 && b == r)) {
        if (e->kind == AST_Name && !(e->flags & AST_F_PAREN)) {
            parse_error_at(ctx, SYNTAX, span_join(span_of(e), span_of(b)),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        bool excluded = (!(e->flags & AST_F_PAREN) &&
                         (e->kind == AST_List ||
                          (e->kind == AST_Constant && e->v.Constant.kind <= AST_CONST_FALSE))) ||
                        (e->kind == AST_Tuple && (e->flags & AST_F_PAREN)) ||
                        e->kind == AST_GeneratorExp;
        if (is_bitwise_or(e) && !excluded) {
            parse_error_at(ctx, SYNTAX, span_of(e),
                           "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                           ast_expr_name(e));
            return;
        }
    }
    for (PCell *c = targets->head; c; c = c->next) {
        const AstNode *t = c->node;
        if ((t->kind == AST_Yield || t->kind == AST_YieldFrom) && !(t->flags & AST_F_PAREN)) {
            parse_error_at(ctx, SYNTAX, span_of(t), "assignment to yield expression not possible");
            return;
        }
        const AstNode *bad = ast_invalid_target(t, TGT_STORE);
        if (bad) {
            parse_error_at(ctx, SYNTAX, span_of(bad), "cannot assign to %s", ast_expr_name(bad));
            return;
        }
    }
    parse_error_at(ctx, SYNTAX, span_of(t1), "invalid syntax");
}

AstNode *ast_assign(ParseCtx *ctx, PList *targets, PExpr value)
{
    AstNode *s = ast_new(ctx, AST_Assign, span_join(targets->sp, value.sp));
    s->v.Assign.value = value.n;
    bool ok = true;
    for (PCell *c = targets->head; c && ok; c = c->next) {
        const AstNode *t = c->node;
        if (((t->kind == AST_Yield || t->kind == AST_YieldFrom) && !(t->flags & AST_F_PAREN)) ||
            ast_invalid_target(t, TGT_STORE))
            ok = false;
    }
    if (!ok) {
        assign_error(ctx, targets, value.n);
        plist_release(ctx, targets);
        return s;
    }
    for (PCell *c = targets->head; c; c = c->next) ast_store_ctx(c->node, AST_STORE);
    s->v.Assign.targets = plist_finish(ctx, targets);
    return s;
}

static bool is_single_target(const AstNode *t)
{
    return t->kind == AST_Name || t->kind == AST_Attribute || t->kind == AST_Subscript;
}

AstNode *ast_augassign(ParseCtx *ctx, PExpr target, int op, PExpr value)
{
    AstNode *s = ast_new(ctx, AST_AugAssign, span_join(target.sp, value.sp));
    if (!is_single_target(target.n)) {
        parse_error_at(ctx, SYNTAX, span_of(target.n),
                       "'%s' is an illegal expression for augmented assignment",
                       ast_expr_name(target.n));
        return s;
    }
    ast_store_ctx(target.n, AST_STORE);
    s->v.AugAssign.target = target.n;
    s->v.AugAssign.op = (uint8_t)op;
    s->v.AugAssign.value = value.n;
    return s;
}

AstNode *ast_annassign(ParseCtx *ctx, PExpr target, PExpr ann, PExpr *value, PSpan sp)
{
    AstNode *s = ast_new(ctx, AST_AnnAssign, sp);
    AstNode *t = target.n;
    if (!is_single_target(t)) {
        if (t->kind == AST_List || (t->kind == AST_Tuple && (t->flags & AST_F_PAREN)))
            parse_error_at(ctx, SYNTAX, span_of(t), "only single target (not %s) can be annotated",
                           ast_expr_name(t));
        else if (t->kind == AST_Tuple)
            parse_error_at(ctx, SYNTAX,
                           t->v.List.elts.len ? span_of(t->v.List.elts.items[0]) : span_of(t),
                           "only single target (not tuple) can be annotated");
        else
            parse_error_at(ctx, SYNTAX, span_of(t), "illegal target for annotation");
        return s;
    }
    ast_store_ctx(t, AST_STORE);
    s->v.AnnAssign.target = t;
    s->v.AnnAssign.annotation = ann.n;
    s->v.AnnAssign.value = value ? value->n : NULL;
    s->v.AnnAssign.simple = t->kind == AST_Name && !(t->flags & AST_F_PAREN);
    return s;
}

AstNode *ast_delete(ParseCtx *ctx, const ParseTok *kw, PExpr targets)
{
    AstNode *s = ast_new(ctx, AST_Delete, span_join(kw->sp, targets.sp));
    AstNode *t = targets.n;
    if (t->kind == AST_Tuple && !(t->flags & AST_F_PAREN)) {
        s->v.Delete.targets = t->v.List.elts;
    } else {
        s->v.Delete.targets = ast_list1(ctx, t);
    }
    for (int i = 0; i < s->v.Delete.targets.len; i++)
        if (!ast_set_target(ctx, s->v.Delete.targets.items[i], TGT_DEL)) break;
    return s;
}

/* ------------------------------------------------------------------------ */
/* Compound statements                                                       */

AstNode *ast_with(ParseCtx *ctx, const ParseTok *kw, PList *items, PList *body)
{
    AstNode *s = ast_new(ctx, AST_With, span_join(kw->sp, body->sp));
    AstNode **out = parse_alloc(ctx, sizeof(AstNode *) * (size_t)(items->len ? items->len : 1));
    int n = 0;
    for (PCell *c = items->head; c && out; c = c->next) {
        AstNode *w = ast_new(ctx, AST_withitem, c->sp);
        w->v.withitem.context_expr = c->node;
        if (c->tag == PI_AS) {
            w->v.withitem.optional_vars = c->node2;
            ast_set_target(ctx, c->node2, TGT_STORE);
        }
        out[n++] = w;
    }
    s->v.With.items.items = out;
    s->v.With.items.len = n;
    plist_release(ctx, items);
    s->v.With.body = plist_finish(ctx, body);
    return s;
}

/* try with handlers (a TryStar when they are except* clauses); the node ends
 * with its last part. */
AstNode *ast_try(ParseCtx *ctx, PSpan kw, bool star, PList *body, PList *handlers, PList *orelse,
                 PList *finalbody)
{
    PSpan end = finalbody ? finalbody->sp : orelse ? orelse->sp : handlers->sp;
    AstNode *s = ast_new(ctx, star ? AST_TryStar : AST_Try, span_join(kw, end));
    s->v.Try.body = plist_finish(ctx, body);
    s->v.Try.handlers = plist_finish(ctx, handlers);
    if (orelse) s->v.Try.orelse = plist_finish(ctx, orelse);
    if (finalbody) s->v.Try.finalbody = plist_finish(ctx, finalbody);
    return s;
}

AstNode *ast_if_chain(ParseCtx *ctx, PList *chain, PList *orelse)
{
    PSpan end = orelse ? orelse->sp : span_of(chain->tail->node);
    AstNode *top = chain->head->node;
    for (PCell *c = chain->head; c; c = c->next) {
        AstNode *n = c->node;
        n->end_lineno = end.end_line;
        n->end_col_offset = end.end_col;
        if (c->next) n->v.If.orelse = ast_list1(ctx, c->next->node);
        else if (orelse) n->v.If.orelse = plist_finish(ctx, orelse);
    }
    plist_release(ctx, chain);
    return top;
}

AstNode *ast_import_from(ParseCtx *ctx, const ParseTok *kw, int level, const char *module,
                         PList *names, PSpan end)
{
    AstNode *s = ast_new(ctx, AST_ImportFrom, span_join(kw->sp, end));
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.level = level;
    s->v.ImportFrom.names = plist_finish(ctx, names);
    return s;
}
