/* build.c — what the grammar's actions call: allocation and identifier
 * interning, list builders, node constructors, and the checks CPython's parser
 * makes on expressions parsed loosely (targets, walrus targets, group and
 * tuple items), each with CPython 3.11's message and position.  Calls,
 * parameters and statements are in build_stmt.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/build.h"

/* ------------------------------------------------------------------------ */
/* Context helpers                                                           */

void *parse_alloc(ParseCtx *ctx, size_t size)
{
    void *p = arena_alloc(ctx->arena, size);
    if (!p) ctx->oom = true;
    return p;
}

static uint32_t parse_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static bool parse_names_grow(ParseCtx *ctx)
{
    size_t cap = ctx->names_cap ? ctx->names_cap * 2 : 1024;
    const char **names = calloc(cap, sizeof *names);
    uint32_t *hashes = calloc(cap, sizeof *hashes);
    if (!names || !hashes) {
        free(names);
        free(hashes);
        ctx->oom = true;
        return false;
    }
    for (size_t i = 0; i < ctx->names_cap; i++) {
        if (!ctx->names[i]) continue;
        size_t j = ctx->name_hash[i] & (cap - 1);
        while (names[j]) j = (j + 1) & (cap - 1);
        names[j] = ctx->names[i];
        hashes[j] = ctx->name_hash[i];
    }
    free(ctx->names);
    free(ctx->name_hash);
    ctx->names = names;
    ctx->name_hash = hashes;
    ctx->names_cap = cap;
    return true;
}

/* One copy of each identifier per parse: it saves memory on big files and
 * lets the checks and the compiler compare names by pointer. */
const char *parse_intern(ParseCtx *ctx, const char *s, size_t n)
{
    if (ctx->names_len * 2 >= ctx->names_cap && !parse_names_grow(ctx)) return "";
    uint32_t h = parse_hash(s, n);
    size_t mask = ctx->names_cap - 1, i = h & mask;
    while (ctx->names[i]) {
        const char *t = ctx->names[i];
        if (ctx->name_hash[i] == h && strncmp(t, s, n) == 0 && t[n] == '\0') return t;
        i = (i + 1) & mask;
    }
    char *copy = arena_strndup(ctx->arena, s, n);
    if (!copy) {
        ctx->oom = true;
        return "";
    }
    ctx->names[i] = copy;
    ctx->name_hash[i] = h;
    ctx->names_len++;
    return copy;
}

void parse_error_at(ParseCtx *ctx, const char *type, PSpan sp, const char *fmt, ...)
{
    if (ctx->err->set) return;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    syntax_error_set(ctx->err, type, sp.line, sp.col, sp.end_line, sp.end_col,
                     ctx->in_fstring ? "f-string: %s" : "%s", msg);
}

/* ------------------------------------------------------------------------ */
/* Lists                                                                     */

PList *plist_new(ParseCtx *ctx)
{
    PList *l = ctx->free_lists;
    if (l) {
        ctx->free_lists = l->next_free;
        memset(l, 0, sizeof *l);
        return l;
    }
    l = parse_alloc(ctx, sizeof *l);
    if (!l) {
        /* Out of memory: keep going with a throwaway list (the parse fails). */
        l = &ctx->scratch_list;
        memset(l, 0, sizeof *l);
    }
    return l;
}

static PCell *plist_cell(ParseCtx *ctx)
{
    PCell *c = ctx->free_cells;
    if (c) {
        ctx->free_cells = c->next;
    } else {
        c = parse_alloc(ctx, sizeof *c);
        if (!c) return NULL;
    }
    memset(c, 0, sizeof *c);
    return c;
}

PCell *plist_add_tag(ParseCtx *ctx, PList *l, AstNode *n, AstNode *n2, int tag, PSpan sp)
{
    PCell *c = plist_cell(ctx);
    if (!c) return &ctx->scratch_cell;
    c->node = n;
    c->node2 = n2;
    c->tag = tag;
    c->sp = sp;
    if (l->tail) l->tail->next = c;
    else l->head = c;
    l->tail = c;
    l->len++;
    if (l->sp.line == 0) {
        l->sp = sp;
    } else {
        l->sp.end_line = sp.end_line;
        l->sp.end_col = sp.end_col;
    }
    return c;
}

PList *plist_add(ParseCtx *ctx, PList *l, AstNode *n, PSpan sp)
{
    plist_add_tag(ctx, l, n, NULL, 0, sp);
    return l;
}

PList *plist_concat(ParseCtx *ctx, PList *a, PList *b)
{
    if (b->head) {
        if (a->tail) a->tail->next = b->head;
        else a->head = b->head;
        a->tail = b->tail;
        a->len += b->len;
        if (a->sp.line == 0) {
            a->sp = b->sp;
        } else {
            a->sp.end_line = b->sp.end_line;
            a->sp.end_col = b->sp.end_col;
        }
    }
    a->flags |= b->flags;
    b->head = b->tail = NULL;
    b->len = 0;
    plist_release(ctx, b);
    return a;
}

void plist_release(ParseCtx *ctx, PList *l)
{
    if (l == &ctx->scratch_list) return;
    if (l->head) {
        l->tail->next = ctx->free_cells;
        ctx->free_cells = l->head;
    }
    l->head = l->tail = NULL;
    l->next_free = ctx->free_lists;
    ctx->free_lists = l;
}

AstList plist_finish(ParseCtx *ctx, PList *l)
{
    AstList out = {NULL, 0};
    if (l->len > 0) {
        out.items = parse_alloc(ctx, sizeof(AstNode *) * (size_t)l->len);
        if (out.items) {
            int i = 0;
            for (PCell *c = l->head; c; c = c->next) out.items[i++] = c->node;
            out.len = l->len;
        }
    }
    plist_release(ctx, l);
    return out;
}

AstList ast_list1(ParseCtx *ctx, AstNode *n)
{
    AstList out = {NULL, 0};
    out.items = parse_alloc(ctx, sizeof(AstNode *));
    if (out.items) {
        out.items[0] = n;
        out.len = 1;
    }
    return out;
}

/* ------------------------------------------------------------------------ */
/* Nodes                                                                     */

void ast_set_span(AstNode *n, PSpan sp)
{
    n->lineno = sp.line;
    n->col_offset = sp.col;
    n->end_lineno = sp.end_line;
    n->end_col_offset = sp.end_col;
}

AstNode *ast_new(ParseCtx *ctx, int kind, PSpan sp)
{
    AstNode *n = parse_alloc(ctx, ast_node_size(kind));
    if (!n) {
        memset(&ctx->dummy, 0, sizeof ctx->dummy);
        n = &ctx->dummy;
    }
    n->kind = (uint8_t)kind;
    ast_set_span(n, sp);
    return n;
}

AstNode *ast_name(ParseCtx *ctx, const ParseTok *t)
{
    AstNode *n = ast_new(ctx, AST_Name, t->sp);
    n->v.Name.id = t->u.text;
    n->v.Name.ctx = AST_LOAD;
    return n;
}

AstNode *ast_const(ParseCtx *ctx, int ckind, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_Constant, sp);
    n->v.Constant.kind = (uint8_t)ckind;
    return n;
}

PExpr ast_binop(ParseCtx *ctx, PExpr l, int op, PExpr r)
{
    AstNode *n = ast_new(ctx, AST_BinOp, span_join(l.sp, r.sp));
    n->v.BinOp.left = l.n;
    n->v.BinOp.op = (uint8_t)op;
    n->v.BinOp.right = r.n;
    return pexpr(n);
}

PExpr ast_unary(ParseCtx *ctx, const ParseTok *t, int op, PExpr e)
{
    AstNode *n = ast_new(ctx, AST_UnaryOp, span_join(t->sp, e.sp));
    n->v.UnaryOp.op = (uint8_t)op;
    n->v.UnaryOp.operand = e.n;
    return pexpr(n);
}

PExpr ast_boolop(ParseCtx *ctx, int op, PList *values)
{
    AstNode *n = ast_new(ctx, AST_BoolOp, values->sp);
    n->v.BoolOp.op = (uint8_t)op;
    n->v.BoolOp.values = plist_finish(ctx, values);
    return pexpr(n);
}

PExpr ast_paren(ParseCtx *ctx, const ParseTok *l, PExpr e, const ParseTok *r)
{
    (void)ctx;
    e.n->flags |= AST_F_PAREN;
    e.sp = span_join(l->sp, r->sp);
    return e;
}

PExpr ast_seq_expr(ParseCtx *ctx, int kind, PList *items, PSpan sp)
{
    AstNode *n = ast_new(ctx, kind, sp);
    AstList elts = plist_finish(ctx, items);
    if (kind == AST_Set) {
        n->v.Set.elts = elts;
    } else {
        n->v.List.elts = elts;
        n->v.List.ctx = AST_LOAD;
    }
    return pexpr(n);
}

PExpr ast_compare(ParseCtx *ctx, PList *chain)
{
    AstNode *n = ast_new(ctx, AST_Compare, chain->sp);
    int ncmp = chain->len - 1;
    PCell *c = chain->head;
    n->v.Compare.left = c->node;
    uint8_t *ops = parse_alloc(ctx, (size_t)ncmp);
    AstNode **comps = parse_alloc(ctx, sizeof(AstNode *) * (size_t)ncmp);
    if (ops && comps) {
        int i = 0;
        for (c = c->next; c; c = c->next, i++) {
            ops[i] = (uint8_t)c->tag;
            comps[i] = c->node;
        }
        n->v.Compare.ops = ops;
        n->v.Compare.comparators.items = comps;
        n->v.Compare.comparators.len = ncmp;
    }
    plist_release(ctx, chain);
    return pexpr(n);
}

PExpr ast_starred(ParseCtx *ctx, const ParseTok *star, PExpr e)
{
    AstNode *n = ast_new(ctx, AST_Starred, span_join(star->sp, e.sp));
    n->v.Starred.value = e.n;
    n->v.Starred.ctx = AST_LOAD;
    return pexpr(n);
}

PExpr ast_dict(ParseCtx *ctx, PList *items, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_Dict, sp);
    int len = items->len;
    AstNode **keys = parse_alloc(ctx, sizeof(AstNode *) * (size_t)len);
    AstNode **values = parse_alloc(ctx, sizeof(AstNode *) * (size_t)len);
    if (keys && values) {
        int i = 0;
        for (PCell *c = items->head; c; c = c->next, i++) {
            keys[i] = c->node; /* NULL for **mapping */
            values[i] = c->node2;
        }
        n->v.Dict.keys.items = keys;
        n->v.Dict.keys.len = len;
        n->v.Dict.values.items = values;
        n->v.Dict.values.len = len;
    }
    plist_release(ctx, items);
    return pexpr(n);
}

PExpr ast_comp(ParseCtx *ctx, int kind, PExpr elt, PExpr value, PList *gens, PSpan sp)
{
    AstNode *n = ast_new(ctx, kind, sp);
    if (kind == AST_DictComp) {
        n->v.DictComp.key = elt.n;
        n->v.DictComp.value = value.n;
        n->v.DictComp.generators = plist_finish(ctx, gens);
    } else {
        n->v.ListComp.elt = elt.n;
        n->v.ListComp.generators = plist_finish(ctx, gens);
    }
    return pexpr(n);
}

AstNode *ast_comprehension(ParseCtx *ctx, PExpr target, PExpr iter, int is_async)
{
    AstNode *n = ast_new(ctx, AST_comprehension, span_join(target.sp, iter.sp));
    n->v.comprehension.target = target.n;
    n->v.comprehension.iter = iter.n;
    n->v.comprehension.is_async = is_async;
    return n;
}

/* `( items )`: a group, a tuple, or with-items that turned out not to be. */
PExpr ast_paren_items(ParseCtx *ctx, const ParseTok *l, PList *items, const ParseTok *r,
                      const ParseTok *lookahead)
{
    if (items->flags & PL_HAS_AS) {
        /* `with (a as b), c:` — CPython blames the token after ')'. */
        parse_error_at(ctx, "SyntaxError", lookahead ? lookahead->sp : r->sp, "invalid syntax");
    }
    if (items->len == 1 && !(items->flags & PL_TRAILING_COMMA)) {
        PExpr e = {items->head->node, items->head->sp};
        if (e.n->kind == AST_Starred && !(e.n->flags & AST_F_PAREN))
            parse_error_at(ctx, "SyntaxError", span_of(e.n), "cannot use starred expression here");
        plist_release(ctx, items);
        return ast_paren(ctx, l, e, r);
    }
    AstNode *n = ast_new(ctx, AST_Tuple, span_join(l->sp, r->sp));
    n->flags |= AST_F_PAREN;
    n->v.List.elts = plist_finish(ctx, items);
    n->v.List.ctx = AST_LOAD;
    return pexpr(n);
}

/* ------------------------------------------------------------------------ */
/* Targets                                                                   */

/* CPython's _PyPegen_get_expr_name: how messages name an expression. */
const char *ast_expr_name(const AstNode *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (e->v.Constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target: the first part of e that cannot be
 * assigned to (or deleted), or NULL when all of it can. */
const AstNode *ast_invalid_target(const AstNode *e, PTargetKind kind)
{
    switch (e->kind) {
    case AST_List:
    case AST_Tuple:
        for (int i = 0; i < e->v.List.elts.len; i++) {
            const AstNode *bad = ast_invalid_target(e->v.List.elts.items[i], kind);
            if (bad) return bad;
        }
        return NULL;
    case AST_Starred:
        if (kind == TGT_DEL) return e;
        return ast_invalid_target(e->v.Starred.value, kind);
    case AST_Compare:
        /* `for a in b` can reach here as a comparison when written in parens. */
        if (kind == TGT_FOR) {
            if (e->v.Compare.ops[0] == AST_OP_In)
                return ast_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case AST_Name:
    case AST_Subscript:
    case AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

/* Gives e and its parts the Store or Del context. */
void ast_store_ctx(AstNode *e, AstCtx c)
{
    switch (e->kind) {
    case AST_Name: e->v.Name.ctx = (uint8_t)c; break;
    case AST_Attribute: e->v.Attribute.ctx = (uint8_t)c; break;
    case AST_Subscript: e->v.Subscript.ctx = (uint8_t)c; break;
    case AST_Starred:
        e->v.Starred.ctx = (uint8_t)c;
        ast_store_ctx(e->v.Starred.value, c);
        break;
    case AST_List:
    case AST_Tuple:
        e->v.List.ctx = (uint8_t)c;
        for (int i = 0; i < e->v.List.elts.len; i++) ast_store_ctx(e->v.List.elts.items[i], c);
        break;
    default: break;
    }
}

bool ast_set_target(ParseCtx *ctx, AstNode *e, PTargetKind kind)
{
    const AstNode *bad = ast_invalid_target(e, kind);
    if (bad) {
        parse_error_at(ctx, "SyntaxError", span_of(bad),
                       kind == TGT_DEL ? "cannot delete %s" : "cannot assign to %s",
                       ast_expr_name(bad));
        return false;
    }
    ast_store_ctx(e, kind == TGT_DEL ? AST_DEL : AST_STORE);
    return true;
}

PExpr ast_namedexpr(ParseCtx *ctx, PExpr target, PExpr value)
{
    AstNode *t = target.n;
    if (t->kind != AST_Name || (t->flags & AST_F_PAREN))
        parse_error_at(ctx, "SyntaxError", span_of(t), "cannot use assignment expressions with %s",
                       ast_expr_name(t));
    else
        t->v.Name.ctx = AST_STORE;
    AstNode *n = ast_new(ctx, AST_NamedExpr, span_join(target.sp, value.sp));
    n->v.NamedExpr.target = t;
    n->v.NamedExpr.value = value.n;
    return pexpr(n);
}
