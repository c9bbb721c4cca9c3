/* unparse.c — expression trees back to source text (unparse.h).  Each
 * writer gets the precedence of the context it is written in and adds
 * parentheses only when its own operator binds less tightly, so `(a + b) * c`
 * keeps its parentheses and `a + (b * c)` loses them, as CPython's output. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "parser/unparse.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/repr.h"

/* Binding strength, loosest first.  A context of level L parenthesises an
 * expression whose own level is below L. */
enum {
    PR_TUPLE,
    PR_TEST,   /* x if c else y, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR,    /* also the operand of * and ** */
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR, /* unary - + ~ */
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

static void write_expr(FILE *out, const AstNode *e, int level);

static void open_if(FILE *out, bool cond) { if (cond) fputc('(', out); }
static void close_if(FILE *out, bool cond) { if (cond) fputc(')', out); }

static void write_list(FILE *out, const AstList *l, int level)
{
    for (int i = 0; i < l->len; i++) {
        if (i) fputs(", ", out);
        write_expr(out, l->items[i], level);
    }
}

static int binop_level(int op)
{
    switch (op) {
    case AST_OP_BitOr: return PR_BOR;
    case AST_OP_BitXor: return PR_BXOR;
    case AST_OP_BitAnd: return PR_BAND;
    case AST_OP_LShift: case AST_OP_RShift: return PR_SHIFT;
    case AST_OP_Add: case AST_OP_Sub: return PR_ARITH;
    case AST_OP_Pow: return PR_POWER;
    default: return PR_TERM; /* * @ / % // */
    }
}

static const char *op_text(int op)
{
    switch (op) {
    case AST_OP_Add: return "+"; case AST_OP_Sub: return "-"; case AST_OP_Mult: return "*";
    case AST_OP_MatMult: return "@"; case AST_OP_Div: return "/"; case AST_OP_Mod: return "%";
    case AST_OP_Pow: return "**"; case AST_OP_LShift: return "<<"; case AST_OP_RShift: return ">>";
    case AST_OP_BitOr: return "|"; case AST_OP_BitXor: return "^"; case AST_OP_BitAnd: return "&";
    case AST_OP_FloorDiv: return "//"; case AST_OP_Invert: return "~"; case AST_OP_Not: return "not ";
    case AST_OP_UAdd: return "+"; case AST_OP_USub: return "-"; case AST_OP_Eq: return "==";
    case AST_OP_NotEq: return "!="; case AST_OP_Lt: return "<"; case AST_OP_LtE: return "<=";
    case AST_OP_Gt: return ">"; case AST_OP_GtE: return ">="; case AST_OP_Is: return "is";
    case AST_OP_IsNot: return "is not"; case AST_OP_In: return "in"; case AST_OP_NotIn: return "not in";
    default: return "?";
    }
}

static void write_constant(FILE *out, const AstNode *c)
{
    switch (c->v.Constant.kind) {
    case AST_CONST_ELLIPSIS: fputs("...", out); return;
    case AST_CONST_FLOAT: /* an overflowing literal such as 1e400 */
        if (isinf(c->v.Constant.u.f)) { fputs("1e309", out); return; }
        break;
    case AST_CONST_IMAG:
        if (isinf(c->v.Constant.u.f)) { fputs("1e309j", out); return; }
        break;
    case AST_CONST_STR:
        if (c->flags & AST_F_UKIND) fputc('u', out);
        break;
    default: break;
    }
    repr_constant(c, out);
}

/* Lambda parameters: positional-only, '/', the rest with defaults, '*',
 * keyword-only, '**'.  No space follows "lambda" unless a plain parameter
 * comes first (CPython writes `lambda*a: 0`). */
static void write_lambda_args(FILE *out, const AstNode *a)
{
    const AstList *po = &a->v.arguments.posonlyargs, *pa = &a->v.arguments.args;
    const AstList *defs = &a->v.arguments.defaults;
    int npos = po->len + pa->len, first_default = npos - defs->len;
    bool sep = false;
    if (npos) fputc(' ', out);
    for (int i = 0; i < npos; i++) {
        const AstNode *arg = i < po->len ? po->items[i] : pa->items[i - po->len];
        if (sep) fputs(", ", out);
        sep = true;
        fputs(arg->v.arg.arg, out);
        if (i >= first_default) {
            fputc('=', out);
            write_expr(out, defs->items[i - first_default], PR_TEST);
        }
        if (i == po->len - 1) fputs(", /", out);
    }
    const AstList *kw = &a->v.arguments.kwonlyargs;
    if (a->v.arguments.vararg || kw->len) {
        if (sep) fputs(", ", out);
        sep = true;
        fputc('*', out);
        if (a->v.arguments.vararg) fputs(a->v.arguments.vararg->v.arg.arg, out);
    }
    for (int i = 0; i < kw->len; i++) {
        fputs(", ", out);
        fputs(kw->items[i]->v.arg.arg, out);
        const AstNode *d = a->v.arguments.kw_defaults.items[i];
        if (d) {
            fputc('=', out);
            write_expr(out, d, PR_TEST);
        }
    }
    if (a->v.arguments.kwarg) {
        if (sep) fputs(", ", out);
        fputs("**", out);
        fputs(a->v.arguments.kwarg->v.arg.arg, out);
    }
}

static void write_generators(FILE *out, const AstList *gens)
{
    for (int i = 0; i < gens->len; i++) {
        const AstNode *g = gens->items[i];
        fputs(g->v.comprehension.is_async ? " async for " : " for ", out);
        write_expr(out, g->v.comprehension.target, PR_TUPLE);
        fputs(" in ", out);
        write_expr(out, g->v.comprehension.iter, PR_TEST + 1);
        for (int j = 0; j < g->v.comprehension.ifs.len; j++) {
            fputs(" if ", out);
            write_expr(out, g->v.comprehension.ifs.items[j], PR_TEST + 1);
        }
    }
}

/* Literal text of an f-string with its braces doubled. */
static void write_fstring_literal(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '{' || s[i] == '}') fputc(s[i], out);
        fputc(s[i], out);
    }
}

static void write_fstring_body(FILE *out, const AstNode *js);

static void write_formatted_value(FILE *out, const AstNode *fv)
{
    char *text = NULL;
    size_t len = 0;
    FILE *sub = open_memstream(&text, &len);
    if (!sub) return;
    write_expr(sub, fv->v.FormattedValue.value, PR_TEST + 1);
    fclose(sub);
    fputc('{', out);
    if (text && text[0] == '{') fputc(' ', out); /* "{{" would be a literal brace */
    if (text) fwrite(text, 1, len, out);
    free(text);
    if (fv->v.FormattedValue.conversion != -1) fprintf(out, "!%c", fv->v.FormattedValue.conversion);
    if (fv->v.FormattedValue.format_spec) {
        fputc(':', out);
        write_fstring_body(out, fv->v.FormattedValue.format_spec);
    }
    fputc('}', out);
}

static void write_fstring_body(FILE *out, const AstNode *js)
{
    if (js->kind == AST_Constant && js->v.Constant.kind == AST_CONST_STR) {
        write_fstring_literal(out, js->v.Constant.u.s, js->v.Constant.len);
        return;
    }
    if (js->kind == AST_FormattedValue) {
        write_formatted_value(out, js);
        return;
    }
    for (int i = 0; i < js->v.JoinedStr.values.len; i++) write_fstring_body(out, js->v.JoinedStr.values.items[i]);
}

/* f'...': the body is rebuilt, then quoted as repr() quotes a string. */
static void write_joined_str(FILE *out, const AstNode *e)
{
    char *body = NULL;
    size_t len = 0;
    FILE *sub = open_memstream(&body, &len);
    if (!sub) return;
    write_fstring_body(sub, e);
    fclose(sub);
    fputc('f', out);
    repr_str(body ? body : "", body ? len : 0, out);
    free(body);
}

/* The inside of x[...]: a non-empty tuple is written bare (a 1-tuple keeps
 * its comma), so `x[a, b:c]` round-trips. */
static void write_slice(FILE *out, const AstNode *s)
{
    if (s->kind == AST_Tuple && s->v.List.elts.len) {
        write_list(out, &s->v.List.elts, PR_TEST);
        if (s->v.List.elts.len == 1) fputc(',', out);
        return;
    }
    write_expr(out, s, PR_TUPLE);
}

static void write_call(FILE *out, const AstNode *e)
{
    write_expr(out, e->v.Call.func, PR_ATOM);
    const AstList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    if (args->len == 1 && kws->len == 0 && args->items[0]->kind == AST_GeneratorExp) {
        write_expr(out, args->items[0], PR_TEST); /* f(x for x in y): the genexp's own parentheses */
        return;
    }
    fputc('(', out);
    write_list(out, args, PR_TEST);
    for (int i = 0; i < kws->len; i++) {
        const AstNode *k = kws->items[i];
        if (i || args->len) fputs(", ", out);
        if (k->v.keyword.arg) fprintf(out, "%s=", k->v.keyword.arg);
        else fputs("**", out);
        write_expr(out, k->v.keyword.value, PR_TEST);
    }
    fputc(')', out);
}

static void write_expr(FILE *out, const AstNode *e, int level)
{
    switch (e->kind) {
    case AST_BoolOp: {
        int own = e->v.BoolOp.op == AST_OP_And ? PR_AND : PR_OR;
        open_if(out, level > own);
        for (int i = 0; i < e->v.BoolOp.values.len; i++) {
            if (i) fputs(own == PR_AND ? " and " : " or ", out);
            write_expr(out, e->v.BoolOp.values.items[i], own + 1);
        }
        close_if(out, level > own);
        break;
    }
    case AST_NamedExpr:
        open_if(out, level > PR_TUPLE);
        write_expr(out, e->v.NamedExpr.target, PR_ATOM);
        fputs(" := ", out);
        write_expr(out, e->v.NamedExpr.value, PR_ATOM);
        close_if(out, level > PR_TUPLE);
        break;
    case AST_BinOp: {
        int own = binop_level(e->v.BinOp.op);
        bool right_assoc = e->v.BinOp.op == AST_OP_Pow;
        open_if(out, level > own);
        write_expr(out, e->v.BinOp.left, right_assoc ? own + 1 : own);
        fprintf(out, " %s ", op_text(e->v.BinOp.op));
        write_expr(out, e->v.BinOp.right, right_assoc ? own : own + 1);
        close_if(out, level > own);
        break;
    }
    case AST_UnaryOp: {
        int own = e->v.UnaryOp.op == AST_OP_Not ? PR_NOT : PR_FACTOR;
        open_if(out, level > own);
        fputs(op_text(e->v.UnaryOp.op), out);
        write_expr(out, e->v.UnaryOp.operand, own);
        close_if(out, level > own);
        break;
    }
    case AST_Lambda:
        open_if(out, level > PR_TEST);
        fputs("lambda", out);
        write_lambda_args(out, e->v.Lambda.args);
        fputs(": ", out);
        write_expr(out, e->v.Lambda.body, PR_TEST);
        close_if(out, level > PR_TEST);
        break;
    case AST_IfExp:
        open_if(out, level > PR_TEST);
        write_expr(out, e->v.IfExp.body, PR_TEST + 1);
        fputs(" if ", out);
        write_expr(out, e->v.IfExp.test, PR_TEST + 1);
        fputs(" else ", out);
        write_expr(out, e->v.IfExp.orelse, PR_TEST);
        close_if(out, level > PR_TEST);
        break;
    case AST_Dict:
        fputc('{', out);
        for (int i = 0; i < e->v.Dict.values.len; i++) {
            if (i) fputs(", ", out);
            const AstNode *k = e->v.Dict.keys.items[i];
            if (k) {
                write_expr(out, k, PR_TEST);
                fputs(": ", out);
                write_expr(out, e->v.Dict.values.items[i], PR_TEST);
            } else {
                fputs("**", out);
                write_expr(out, e->v.Dict.values.items[i], PR_BOR);
            }
        }
        fputc('}', out);
        break;
    case AST_Set:
        fputc('{', out);
        write_list(out, &e->v.Set.elts, PR_TEST);
        fputc('}', out);
        break;
    case AST_ListComp: case AST_SetComp: case AST_GeneratorExp: {
        const char *brackets = e->kind == AST_ListComp ? "[]" : e->kind == AST_SetComp ? "{}" : "()";
        fputc(brackets[0], out);
        write_expr(out, e->v.ListComp.elt, PR_TEST);
        write_generators(out, &e->v.ListComp.generators);
        fputc(brackets[1], out);
        break;
    }
    case AST_DictComp:
        fputc('{', out);
        write_expr(out, e->v.DictComp.key, PR_TEST);
        fputs(": ", out);
        write_expr(out, e->v.DictComp.value, PR_TEST);
        write_generators(out, &e->v.DictComp.generators);
        fputc('}', out);
        break;
    case AST_Await:
        open_if(out, level > PR_AWAIT);
        fputs("await ", out);
        write_expr(out, e->v.Await.value, PR_ATOM);
        close_if(out, level > PR_AWAIT);
        break;
    case AST_Yield: case AST_YieldFrom:
        /* a yield is only ever written inside parentheses here */
        fputs(e->kind == AST_Yield ? "(yield" : "(yield from", out);
        if (e->v.Await.value) {
            fputc(' ', out);
            write_expr(out, e->v.Await.value, PR_TEST);
        }
        fputc(')', out);
        break;
    case AST_Compare:
        open_if(out, level > PR_CMP);
        write_expr(out, e->v.Compare.left, PR_CMP + 1);
        for (int i = 0; i < e->v.Compare.comparators.len; i++) {
            fprintf(out, " %s ", op_text(e->v.Compare.ops[i]));
            write_expr(out, e->v.Compare.comparators.items[i], PR_CMP + 1);
        }
        close_if(out, level > PR_CMP);
        break;
    case AST_Call: write_call(out, e); break;
    case AST_JoinedStr: write_joined_str(out, e); break;
    case AST_FormattedValue: write_joined_str(out, e); break;
    case AST_Constant: write_constant(out, e); break;
    case AST_Attribute: {
        const AstNode *v = e->v.Attribute.value;
        write_expr(out, v, PR_ATOM);
        /* "1.real" would lex as a float: CPython writes "1 .real" */
        if (v->kind == AST_Constant && (v->v.Constant.kind == AST_CONST_INT || v->v.Constant.kind == AST_CONST_BIGINT))
            fputc(' ', out);
        fprintf(out, ".%s", e->v.Attribute.attr);
        break;
    }
    case AST_Subscript:
        write_expr(out, e->v.Subscript.value, PR_ATOM);
        fputc('[', out);
        write_slice(out, e->v.Subscript.slice);
        fputc(']', out);
        break;
    case AST_Starred:
        fputc('*', out);
        write_expr(out, e->v.Starred.value, PR_BOR);
        break;
    case AST_Name: fputs(e->v.Name.id, out); break;
    case AST_List:
        fputc('[', out);
        write_list(out, &e->v.List.elts, PR_TEST);
        fputc(']', out);
        break;
    case AST_Tuple:
        if (e->v.List.elts.len == 0) {
            fputs("()", out);
            break;
        }
        open_if(out, level > PR_TUPLE);
        write_list(out, &e->v.List.elts, PR_TEST);
        if (e->v.List.elts.len == 1) fputc(',', out);
        close_if(out, level > PR_TUPLE);
        break;
    case AST_Slice:
        if (e->v.Slice.lower) write_expr(out, e->v.Slice.lower, PR_TEST);
        fputc(':', out);
        if (e->v.Slice.upper) write_expr(out, e->v.Slice.upper, PR_TEST);
        if (e->v.Slice.step) {
            fputc(':', out);
            write_expr(out, e->v.Slice.step, PR_TEST);
        }
        break;
    default: fputs("?", out); break;
    }
}

char *ast_unparse(CoilArena *arena, const AstNode *e, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    if (!out) return NULL;
    write_expr(out, e, PR_TEST);
    if (fclose(out) != 0 || !buf) {
        free(buf);
        return NULL;
    }
    char *copy = arena_strndup(arena, buf, n);
    free(buf);
    if (copy && len) *len = n;
    return copy;
}
