/* build_match.c — the node builders the match statement's grammar actions call
 * (grammar/coil.y): pattern nodes shaped as CPython's ast module has them, and
 * the pattern syntax errors CPython's parser raises (f-strings and other
 * non-literals, complex literals, '_' as a target, several stars).  The checks
 * CPython's compiler makes (unreachable cases, duplicate names) are in
 * compiler/codegen_match.c. */
#include <string.h>

#include "parser/build.h"

static AstNames names_of(ParseCtx *ctx, const char **tmp, int n)
{
    AstNames out = {NULL, n};
    if (n) {
        out.items = parse_alloc(ctx, sizeof(const char *) * (size_t)n);
        if (!out.items) {
            out.len = 0;
            return out;
        }
        memcpy(out.items, tmp, sizeof(const char *) * (size_t)n);
    }
    return out;
}

AstNode *pat_sequence(ParseCtx *ctx, PList *items, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_MatchSequence, sp);
    n->v.MatchSequence.patterns = plist_finish(ctx, items);
    int stars = 0;
    for (int i = 0; i < n->v.MatchSequence.patterns.len; i++)
        if (n->v.MatchSequence.patterns.items[i]->kind == AST_MatchStar) stars++;
    if (stars > 1) parse_error_at(ctx, "SyntaxError", sp, "multiple starred names in sequence pattern");
    return n;
}

AstNode *pat_star(ParseCtx *ctx, PSpan sp, const char *name)
{
    AstNode *n = ast_new(ctx, AST_MatchStar, sp);
    n->v.MatchStar.name = strcmp(name, "_") == 0 ? NULL : name;
    return n;
}

AstNode *pat_or(ParseCtx *ctx, PList *alts)
{
    if (alts->len == 1) {
        AstNode *only = alts->head->node;
        plist_release(ctx, alts);
        return only;
    }
    AstNode *n = ast_new(ctx, AST_MatchOr, alts->sp);
    PSpan sp = {alts->head->sp.line, alts->head->sp.col, alts->tail->sp.end_line, alts->tail->sp.end_col};
    n->lineno = sp.line;
    n->col_offset = sp.col;
    n->end_lineno = sp.end_line;
    n->end_col_offset = sp.end_col;
    n->v.MatchSequence.patterns = plist_finish(ctx, alts);
    return n;
}

PSpan pat_outer(ParseCtx *ctx, const AstNode *p)
{
    return p == ctx->group_node ? ctx->group_sp : span_of(p);
}

AstNode *pat_as(ParseCtx *ctx, AstNode *pattern, const ParseTok *name)
{
    return pat_as_span(ctx, pattern, pat_outer(ctx, pattern), name);
}

AstNode *pat_as_span(ParseCtx *ctx, AstNode *pattern, PSpan outer, const ParseTok *name)
{
    if (strcmp(name->u.text, "_") == 0)
        parse_error_at(ctx, "SyntaxError", name->sp, "cannot use '_' as a target");
    AstNode *n = ast_new(ctx, AST_MatchAs, span_join(outer, name->sp));
    n->v.MatchAs.pattern = pattern;
    n->v.MatchAs.name = name->u.text;
    return n;
}

AstNode *pat_value(ParseCtx *ctx, AstNode *value)
{
    if (value->kind == AST_JoinedStr) {
        parse_error_at(ctx, "SyntaxError", span_of(value),
                       "patterns may only match literals and attribute lookups");
    }
    if (value->kind == AST_Constant &&
        (value->v.Constant.kind == AST_CONST_NONE || value->v.Constant.kind == AST_CONST_TRUE ||
         value->v.Constant.kind == AST_CONST_FALSE)) {
        AstNode *n = ast_new(ctx, AST_MatchSingleton, span_of(value));
        n->v.MatchValue.value = value;
        return n;
    }
    AstNode *n = ast_new(ctx, AST_MatchValue, span_of(value));
    n->v.MatchValue.value = value;
    return n;
}

AstNode *pat_key(ParseCtx *ctx, AstNode *key)
{
    if (key->kind == AST_JoinedStr)
        parse_error_at(ctx, "SyntaxError", span_of(key),
                       "patterns may only match literals and attribute lookups");
    return key;
}

AstNode *pat_capture(ParseCtx *ctx, const ParseTok *name)
{
    AstNode *n = ast_new(ctx, AST_MatchAs, name->sp);
    n->v.MatchAs.name = strcmp(name->u.text, "_") == 0 ? NULL : name->u.text;
    return n;
}

static bool is_imag(const AstNode *e)
{
    return e->kind == AST_Constant && e->v.Constant.kind == AST_CONST_IMAG;
}

AstNode *pat_complex(ParseCtx *ctx, AstNode *real, int op, AstNode *imag)
{
    const AstNode *r = real->kind == AST_UnaryOp ? real->v.UnaryOp.operand : real;
    if (is_imag(r))
        parse_error_at(ctx, "SyntaxError", span_of(real), "real number required in complex literal");
    else if (!is_imag(imag))
        parse_error_at(ctx, "SyntaxError", span_of(imag), "imaginary number required in complex literal");
    AstNode *n = ast_new(ctx, AST_BinOp, span_join(span_of(real), span_of(imag)));
    n->v.BinOp.left = real;
    n->v.BinOp.op = (uint8_t)op;
    n->v.BinOp.right = imag;
    return n;
}

/* Class pattern arguments arrive one by one: positional ones (tag 0) must
 * all come before the keyword ones (tag 1). */
void pat_class_arg(ParseCtx *ctx, PList *args, PCell arg)
{
    if (arg.tag == 0 && args->tail && args->tail->tag == 1)
        parse_error_at(ctx, "SyntaxError", arg.sp, "positional patterns follow keyword patterns");
    plist_add_tag(ctx, args, arg.node, arg.node2, arg.tag, arg.sp);
}

AstNode *pat_class(ParseCtx *ctx, AstNode *cls, PList *args, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_MatchClass, sp);
    n->v.MatchClass.cls = cls;
    PList *pos = plist_new(ctx), *kw = plist_new(ctx);
    int nkw = 0;
    for (PCell *c = args->head; c; c = c->next) nkw += c->tag == 1;
    const char **names = parse_alloc(ctx, sizeof(const char *) * (size_t)(nkw ? nkw : 1));
    int k = 0;
    for (PCell *c = args->head; c; c = c->next) {
        if (c->tag == 1) {
            if (names) names[k++] = (const char *)c->node2;
            plist_add(ctx, kw, c->node, span_of(c->node));
        } else {
            plist_add(ctx, pos, c->node, span_of(c->node));
        }
    }
    plist_release(ctx, args);
    n->v.MatchClass.patterns = plist_finish(ctx, pos);
    n->v.MatchClass.kwd_patterns = plist_finish(ctx, kw);
    n->v.MatchClass.kwd_attrs = names ? names_of(ctx, names, k) : (AstNames){NULL, 0};
    return n;
}

AstNode *pat_mapping(ParseCtx *ctx, PList *items, const ParseTok *rest, PSpan sp)
{
    AstNode *n = ast_new(ctx, AST_MatchMapping, sp);
    PList *keys = plist_new(ctx), *pats = plist_new(ctx);
    for (PCell *c = items->head; c; c = c->next) {
        plist_add(ctx, keys, c->node, span_of(c->node));
        plist_add(ctx, pats, c->node2, span_of(c->node2));
    }
    plist_release(ctx, items);
    n->v.MatchMapping.keys = plist_finish(ctx, keys);
    n->v.MatchMapping.patterns = plist_finish(ctx, pats);
    if (rest) {
        if (strcmp(rest->u.text, "_") == 0) parse_error_at(ctx, "SyntaxError", rest->sp, "invalid syntax");
        n->v.MatchMapping.rest = rest->u.text;
    }
    return n;
}
