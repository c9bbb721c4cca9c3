/* coil.y — Coil's grammar for the lemon LALR(1) parser generator: CPython 3.11's
 * statement and expression language.
 *
 * The grammar is kept LALR(1) the way CPython's old LL(1) grammar was: targets,
 * keyword arguments and parameters are parsed as expressions or loose item lists
 * and checked afterwards by the helpers in parser/build.c, which also produce
 * CPython's error messages.  Actions only build nodes; every node, list and
 * string lives in the parse's arena.  The driver (parser/parser.c) feeds tokens,
 * turns STRING/NUMBER runs into nodes before they arrive here, and explains
 * syntax errors. */

%name CoilParse
%token_prefix TK_
%token_type {ParseTok}
%extra_argument {ParseCtx *ctx}
%start_symbol start
/* Deep nesting must fail cleanly, never overflow the C stack: the parser's
 * stack is a fixed array and overflowing it is reported by the driver. */
%stack_size 4000
%stack_overflow { ctx->overflow = true; }
%syntax_error { (void)yymajor; (void)yyminor; ctx->syntax_error = true; }

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "parser/build.h"

/* Stop at the first error with the parser's stack intact, so the driver can
 * ask what the parser would have accepted there. */
#define YYNOERRORRECOVERY 1
#define NEWT(kind, sp) ast_new(ctx, AST_##kind, (sp))
#define SP(a, b) span_join((a), (b))
}

/* Every token kind of lexer/token.h, in its order (parser.c maps kinds to these
 * codes with an X-macro table). */
%token ENDMARKER NEWLINE INDENT DEDENT NAME NUMBER STRING.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL
       ELIF ELSE EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL
       NOT OR PASS RAISE RETURN TRY WHILE WITH YIELD.
%token PLUS MINUS STAR SLASH DOUBLESLASH PERCENT DOUBLESTAR AT LSHIFT RSHIFT
       AMPER VBAR CIRCUMFLEX TILDE COLONEQUAL LESS GREATER LESSEQUAL
       GREATEREQUAL EQEQUAL NOTEQUAL LPAR RPAR LSQB RSQB LBRACE RBRACE COMMA
       COLON SEMI DOT ELLIPSIS RARROW EQUAL PLUSEQUAL MINEQUAL STAREQUAL
       SLASHEQUAL DOUBLESLASHEQUAL PERCENTEQUAL ATEQUAL AMPEREQUAL VBAREQUAL
       CIRCUMFLEXEQUAL RIGHTSHIFTEQUAL LEFTSHIFTEQUAL DOUBLESTAREQUAL
       EXCLAMATION.
%token MATCH CASE.
/* Not from the lexer: the driver's first token when parsing an f-string's
 * replacement field, which selects the `fexpr` start. */
%token FEXPR_START.
/* Likewise the first token of eval() input (CPython's eval_input start). */
%token EVAL_START.

/* The one ambiguity: `with (a, b):` may be a parenthesized with-item list or a
 * with-item that is a tuple.  CPython tries the item list first; giving the
 * tuple reading the lower precedence makes lemon shift the ':' and do the same. */
%nonassoc WITH_ATOM.
%nonassoc COLON.

/* ------------------------------------------------------------------------ */
/* Start                                                                     */

start ::= file_input.
start ::= FEXPR_START testlist_star_expr(E) ENDMARKER. { ctx->fexpr = E; }
start ::= EVAL_START testlist_star_expr(E) eval_end. {
    /* eval's `expressions` has no starred form, bare or in a bare tuple */
    const AstNode *star = E.n->kind == AST_Starred ? E.n : NULL;
    if (E.n->kind == AST_Tuple && E.n->v.List.elts.len > 0 &&
        E.n->v.List.elts.items[0]->col_offset == E.n->col_offset &&
        E.n->v.List.elts.items[0]->lineno == E.n->lineno) {
        for (int i = 0; i < E.n->v.List.elts.len && !star; i++)
            if (E.n->v.List.elts.items[i]->kind == AST_Starred) star = E.n->v.List.elts.items[i];
    }
    if (star) {
        PSpan sp = {star->lineno, star->col_offset, star->lineno, star->col_offset + 1};
        parse_error_at(ctx, "SyntaxError", sp, "invalid syntax");
    }
    AstNode *m = ast_new(ctx, AST_Module, E.sp);
    m->v.Module.body = ast_list1(ctx, ast_expr_stmt(ctx, E));
    ctx->result = m;
}
eval_end ::= ENDMARKER.
eval_end ::= NEWLINE ENDMARKER.

file_input ::= stmts(S) ENDMARKER. {
    AstNode *m = ast_new(ctx, AST_Module, S->sp);
    m->v.Module.body = plist_finish(ctx, S);
    ctx->result = m;
}

%type stmts {PList *}
stmts(A) ::= . { A = plist_new(ctx); }
stmts(A) ::= stmts(L) simple_stmts(S). { A = plist_concat(ctx, L, S); }
stmts(A) ::= stmts(L) compound_stmt(S). { A = plist_add(ctx, L, S, span_of(S)); }

/* A block: the statements of a compound statement's suite.  Its span ends
 * where its last statement ends. */
%type block {PList *}
block(A) ::= simple_stmts(S). { A = S; }
block(A) ::= NEWLINE INDENT stmts(S) DEDENT. { A = S; }

%type simple_stmts {PList *}
simple_stmts(A) ::= small_stmts(L) NEWLINE. { A = L; }
simple_stmts(A) ::= small_stmts(L) SEMI NEWLINE. { A = L; }

%type small_stmts {PList *}
small_stmts(A) ::= small_stmt(S). { A = plist_add(ctx, plist_new(ctx), S, span_of(S)); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S). { A = plist_add(ctx, L, S, span_of(S)); }

/* ------------------------------------------------------------------------ */
/* Simple statements                                                         */

%type small_stmt {AstNode *}
small_stmt(A) ::= expr_stmt(S). { A = S; }
small_stmt(A) ::= del_stmt(S). { A = S; }
small_stmt(A) ::= PASS(K). { A = NEWT(Pass, K.sp); }
small_stmt(A) ::= BREAK(K). { A = NEWT(Break, K.sp); }
small_stmt(A) ::= CONTINUE(K). { A = NEWT(Continue, K.sp); }
small_stmt(A) ::= return_stmt(S). { A = S; }
small_stmt(A) ::= raise_stmt(S). { A = S; }
small_stmt(A) ::= global_stmt(S). { A = S; }
small_stmt(A) ::= import_stmt(S). { A = S; }
small_stmt(A) ::= assert_stmt(S). { A = S; }

%type expr_stmt {AstNode *}
expr_stmt(A) ::= testlist_star_expr(E). { A = ast_expr_stmt(ctx, E); }
expr_stmt(A) ::= yield_expr(E). { A = ast_expr_stmt(ctx, E); }
expr_stmt(A) ::= testlist_star_expr(T) augassign(O) assign_rhs(V). {
    A = ast_augassign(ctx, T, O, V);
}
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N). {
    A = ast_annassign(ctx, T, N, NULL, SP(T.sp, N.sp));
}
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL assign_rhs(V). {
    A = ast_annassign(ctx, T, N, &V, SP(T.sp, V.sp));
}
expr_stmt(A) ::= assign_targets(L) assign_rhs(V). { A = ast_assign(ctx, L, V); }

/* `a = b = c`: every part but the last is a target. */
%type assign_targets {PList *}
assign_targets(A) ::= assign_rhs(E) EQUAL. { A = plist_add(ctx, plist_new(ctx), E.n, E.sp); }
assign_targets(A) ::= assign_targets(L) assign_rhs(E) EQUAL. { A = plist_add(ctx, L, E.n, E.sp); }

%type assign_rhs {PExpr}
assign_rhs(A) ::= testlist_star_expr(E). { A = E; }
assign_rhs(A) ::= yield_expr(E). { A = E; }

%type augassign {int}
augassign(A) ::= PLUSEQUAL. { A = AST_OP_Add; }
augassign(A) ::= MINEQUAL. { A = AST_OP_Sub; }
augassign(A) ::= STAREQUAL. { A = AST_OP_Mult; }
augassign(A) ::= ATEQUAL. { A = AST_OP_MatMult; }
augassign(A) ::= SLASHEQUAL. { A = AST_OP_Div; }
augassign(A) ::= PERCENTEQUAL. { A = AST_OP_Mod; }
augassign(A) ::= AMPEREQUAL. { A = AST_OP_BitAnd; }
augassign(A) ::= VBAREQUAL. { A = AST_OP_BitOr; }
augassign(A) ::= CIRCUMFLEXEQUAL. { A = AST_OP_BitXor; }
augassign(A) ::= LEFTSHIFTEQUAL. { A = AST_OP_LShift; }
augassign(A) ::= RIGHTSHIFTEQUAL. { A = AST_OP_RShift; }
augassign(A) ::= DOUBLESTAREQUAL. { A = AST_OP_Pow; }
augassign(A) ::= DOUBLESLASHEQUAL. { A = AST_OP_FloorDiv; }

%type del_stmt {AstNode *}
del_stmt(A) ::= DEL(K) testlist_star_expr(E). { A = ast_delete(ctx, &K, E); }

%type return_stmt {AstNode *}
return_stmt(A) ::= RETURN(K). { A = NEWT(Return, K.sp); }
return_stmt(A) ::= RETURN(K) testlist_star_expr(E). {
    A = NEWT(Return, SP(K.sp, E.sp));
    A->v.Return.value = E.n;
}

%type raise_stmt {AstNode *}
raise_stmt(A) ::= RAISE(K). { A = NEWT(Raise, K.sp); }
raise_stmt(A) ::= RAISE(K) test(E). {
    A = NEWT(Raise, SP(K.sp, E.sp));
    A->v.Raise.exc = E.n;
}
raise_stmt(A) ::= RAISE(K) test(E) FROM test(C). {
    A = NEWT(Raise, SP(K.sp, C.sp));
    A->v.Raise.exc = E.n;
    A->v.Raise.cause = C.n;
}

%type global_stmt {AstNode *}
global_stmt(A) ::= GLOBAL(K) name_list(L). {
    A = NEWT(Global, SP(K.sp, L->sp));
    AstList l = plist_finish(ctx, L);
    A->v.Global.names.items = (const char **)l.items;
    A->v.Global.names.len = l.len;
}
global_stmt(A) ::= NONLOCAL(K) name_list(L). {
    A = NEWT(Nonlocal, SP(K.sp, L->sp));
    AstList l = plist_finish(ctx, L);
    A->v.Global.names.items = (const char **)l.items;
    A->v.Global.names.len = l.len;
}

/* Identifiers ride in the node slots of the list (AstNames aliases AstList). */
%type name_list {PList *}
name_list(A) ::= NAME(N). { A = plist_add(ctx, plist_new(ctx), (AstNode *)N.u.text, N.sp); }
name_list(A) ::= name_list(L) COMMA NAME(N). { A = plist_add(ctx, L, (AstNode *)N.u.text, N.sp); }

%type assert_stmt {AstNode *}
assert_stmt(A) ::= ASSERT(K) test(E). {
    A = NEWT(Assert, SP(K.sp, E.sp));
    A->v.Assert.test = E.n;
}
assert_stmt(A) ::= ASSERT(K) test(E) COMMA test(M). {
    A = NEWT(Assert, SP(K.sp, M.sp));
    A->v.Assert.test = E.n;
    A->v.Assert.msg = M.n;
}

/* Imports */
%type import_stmt {AstNode *}
import_stmt(A) ::= IMPORT(K) dotted_as_names(L). {
    A = NEWT(Import, SP(K.sp, L->sp));
    A->v.Import.names = plist_finish(ctx, L);
}
import_stmt(A) ::= FROM(K) import_dots(D) dotted_name(M) IMPORT import_targets(L). {
    A = ast_import_from(ctx, &K, D, M->v.alias.name, L, L->sp);
}
import_stmt(A) ::= FROM(K) dotted_name(M) IMPORT import_targets(L). {
    A = ast_import_from(ctx, &K, 0, M->v.alias.name, L, L->sp);
}
import_stmt(A) ::= FROM(K) import_dots(D) IMPORT import_targets(L). {
    A = ast_import_from(ctx, &K, D, NULL, L, L->sp);
}

%type import_dots {int}
import_dots(A) ::= DOT. { A = 1; }
import_dots(A) ::= ELLIPSIS. { A = 3; }
import_dots(A) ::= import_dots(B) DOT. { A = B + 1; }
import_dots(A) ::= import_dots(B) ELLIPSIS. { A = B + 3; }

/* The import targets' list span ends at the last token (a ')' included). */
%type import_targets {PList *}
import_targets(A) ::= STAR(S). {
    AstNode *al = NEWT(alias, S.sp);
    al->v.alias.name = "*";
    A = plist_add(ctx, plist_new(ctx), al, S.sp);
}
import_targets(A) ::= LPAR import_as_names(L) RPAR(R). { A = L; A->sp.end_line = R.sp.end_line; A->sp.end_col = R.sp.end_col; }
import_targets(A) ::= LPAR import_as_names(L) COMMA RPAR(R). { A = L; A->sp.end_line = R.sp.end_line; A->sp.end_col = R.sp.end_col; }
import_targets(A) ::= import_as_names(L). { A = L; }
import_targets(A) ::= import_as_names(L) COMMA(C). {
    A = L;
    /* CPython blames the token after the comma */
    parse_error_at(ctx, "SyntaxError", yyLookahead != YYNOCODE ? yyLookaheadToken.sp : C.sp,
                   "trailing comma not allowed without surrounding parentheses");
}

%type import_as_names {PList *}
import_as_names(A) ::= import_as_name(N). { A = plist_add(ctx, plist_new(ctx), N, span_of(N)); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(N). { A = plist_add(ctx, L, N, span_of(N)); }

%type import_as_name {AstNode *}
import_as_name(A) ::= NAME(N). {
    A = NEWT(alias, N.sp);
    A->v.alias.name = N.u.text;
}
import_as_name(A) ::= NAME(N) AS NAME(M). {
    A = NEWT(alias, SP(N.sp, M.sp));
    A->v.alias.name = N.u.text;
    A->v.alias.asname = M.u.text;
}

%type dotted_as_names {PList *}
dotted_as_names(A) ::= dotted_as_name(N). { A = plist_add(ctx, plist_new(ctx), N, span_of(N)); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(N). { A = plist_add(ctx, L, N, span_of(N)); }

%type dotted_as_name {AstNode *}
dotted_as_name(A) ::= dotted_name(N). { A = N; }
dotted_as_name(A) ::= dotted_name(N) AS NAME(M). {
    A = N;
    A->v.alias.asname = M.u.text;
    A->end_lineno = M.sp.end_line;
    A->end_col_offset = M.sp.end_col;
}

/* A dotted name is built directly as an alias node holding "a.b.c". */
%type dotted_name {AstNode *}
dotted_name(A) ::= NAME(N). {
    A = NEWT(alias, N.sp);
    A->v.alias.name = N.u.text;
}
dotted_name(A) ::= dotted_name(D) DOT NAME(N). {
    A = D;
    size_t a = strlen(D->v.alias.name), b = strlen(N.u.text);
    char *s = parse_alloc(ctx, a + b + 2);
    if (s) {
        memcpy(s, D->v.alias.name, a);
        s[a] = '.';
        memcpy(s + a + 1, N.u.text, b + 1);
        A->v.alias.name = parse_intern(ctx, s, a + b + 1);
    }
    A->end_lineno = N.sp.end_line;
    A->end_col_offset = N.sp.end_col;
}

/* ------------------------------------------------------------------------ */
/* Compound statements                                                       */

%type compound_stmt {AstNode *}
compound_stmt(A) ::= if_stmt(S). { A = S; }
compound_stmt(A) ::= while_stmt(S). { A = S; }
compound_stmt(A) ::= for_stmt(S). { A = S; }
compound_stmt(A) ::= try_stmt(S). { A = S; }
compound_stmt(A) ::= with_stmt(S). { A = S; }
compound_stmt(A) ::= funcdef(S). { A = S; }
compound_stmt(A) ::= classdef(S). { A = S; }
compound_stmt(A) ::= match_stmt(S). { A = S; }
compound_stmt(A) ::= decorators(D) funcdef(S). {
    A = S;
    A->v.FunctionDef.decorator_list = plist_finish(ctx, D);
}
compound_stmt(A) ::= decorators(D) classdef(S). {
    A = S;
    A->v.ClassDef.decorator_list = plist_finish(ctx, D);
}
compound_stmt(A) ::= ASYNC(K) funcdef(S). {
    A = S;
    A->kind = AST_AsyncFunctionDef;
    A->lineno = K.sp.line;
    A->col_offset = K.sp.col;
}
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(S). {
    A = S;
    A->kind = AST_AsyncFunctionDef;
    A->lineno = K.sp.line;
    A->col_offset = K.sp.col;
    A->v.FunctionDef.decorator_list = plist_finish(ctx, D);
}
compound_stmt(A) ::= ASYNC(K) for_stmt(S). {
    A = S;
    A->kind = AST_AsyncFor;
    A->lineno = K.sp.line;
    A->col_offset = K.sp.col;
}
compound_stmt(A) ::= ASYNC(K) with_stmt(S). {
    A = S;
    A->kind = AST_AsyncWith;
    A->lineno = K.sp.line;
    A->col_offset = K.sp.col;
}

%type decorators {PList *}
decorators(A) ::= AT namedexpr_test(E) NEWLINE. { A = plist_add(ctx, plist_new(ctx), E.n, E.sp); }
decorators(A) ::= decorators(L) AT namedexpr_test(E) NEWLINE. { A = plist_add(ctx, L, E.n, E.sp); }

/* if / elif / else: the chain of If nodes is collected left to right and
 * linked (each elif becoming its predecessor's orelse) at the end. */
%type if_stmt {AstNode *}
if_stmt(A) ::= if_chain(C). { A = ast_if_chain(ctx, C, NULL); }
if_stmt(A) ::= if_chain(C) ELSE COLON block(B). { A = ast_if_chain(ctx, C, B); }

%type if_chain {PList *}
if_chain(A) ::= IF(K) namedexpr_test(T) COLON block(B). {
    AstNode *n = NEWT(If, SP(K.sp, B->sp));
    n->v.If.test = T.n;
    n->v.If.body = plist_finish(ctx, B);
    A = plist_add(ctx, plist_new(ctx), n, span_of(n));
}
if_chain(A) ::= if_chain(L) ELIF(K) namedexpr_test(T) COLON block(B). {
    AstNode *n = NEWT(If, SP(K.sp, B->sp));
    n->v.If.test = T.n;
    n->v.If.body = plist_finish(ctx, B);
    A = plist_add(ctx, L, n, span_of(n));
}

%type while_stmt {AstNode *}
while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON block(B). {
    A = NEWT(While, SP(K.sp, B->sp));
    A->v.While.test = T.n;
    A->v.While.body = plist_finish(ctx, B);
}
while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON block(B) ELSE COLON block(E). {
    A = NEWT(While, SP(K.sp, E->sp));
    A->v.While.test = T.n;
    A->v.While.body = plist_finish(ctx, B);
    A->v.While.orelse = plist_finish(ctx, E);
}

%type for_stmt {AstNode *}
for_stmt(A) ::= FOR(K) for_target(T) IN testlist_star_expr(I) COLON block(B). {
    A = NEWT(For, SP(K.sp, B->sp));
    A->v.For.target = T.n;
    A->v.For.iter = I.n;
    A->v.For.body = plist_finish(ctx, B);
}
for_stmt(A) ::= FOR(K) for_target(T) IN testlist_star_expr(I) COLON block(B) ELSE COLON block(E). {
    A = NEWT(For, SP(K.sp, E->sp));
    A->v.For.target = T.n;
    A->v.For.iter = I.n;
    A->v.For.body = plist_finish(ctx, B);
    A->v.For.orelse = plist_finish(ctx, E);
}

%type for_target {PExpr}
for_target(A) ::= exprlist(E). { A = E; ast_set_target(ctx, E.n, TGT_FOR); }

%type try_stmt {AstNode *}
try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F). {
    A = NEWT(Try, SP(K.sp, F->sp));
    A->v.Try.body = plist_finish(ctx, B);
    A->v.Try.finalbody = plist_finish(ctx, F);
}
try_stmt(A) ::= TRY(K) COLON block(B) any_handlers(H). {
    A = ast_try(ctx, K.sp, H.star, B, H.list, NULL, NULL);
}
try_stmt(A) ::= TRY(K) COLON block(B) any_handlers(H) ELSE COLON block(E). {
    A = ast_try(ctx, K.sp, H.star, B, H.list, E, NULL);
}
try_stmt(A) ::= TRY(K) COLON block(B) any_handlers(H) FINALLY COLON block(F). {
    A = ast_try(ctx, K.sp, H.star, B, H.list, NULL, F);
}
try_stmt(A) ::= TRY(K) COLON block(B) any_handlers(H) ELSE COLON block(E) FINALLY COLON block(F). {
    A = ast_try(ctx, K.sp, H.star, B, H.list, E, F);
}

/* `except` and `except*` clauses cannot be mixed in one try: two lists, so
 * a mix is a plain syntax error the driver explains with CPython's text. */
%type any_handlers {PHandlers}
any_handlers(A) ::= handlers(L). { A.list = L; A.star = false; }
any_handlers(A) ::= star_handlers(L). { A.list = L; A.star = true; }

%type handlers {PList *}
handlers(A) ::= handler(H). { A = plist_add(ctx, plist_new(ctx), H, span_of(H)); }
handlers(A) ::= handlers(L) handler(H). { A = plist_add(ctx, L, H, span_of(H)); }

%type handler {AstNode *}
handler(A) ::= EXCEPT(K) COLON block(B). {
    A = NEWT(ExceptHandler, SP(K.sp, B->sp));
    A->v.ExceptHandler.body = plist_finish(ctx, B);
}
handler(A) ::= EXCEPT(K) test(T) COLON block(B). {
    A = NEWT(ExceptHandler, SP(K.sp, B->sp));
    A->v.ExceptHandler.type = T.n;
    A->v.ExceptHandler.body = plist_finish(ctx, B);
}
handler(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON block(B). {
    A = NEWT(ExceptHandler, SP(K.sp, B->sp));
    A->v.ExceptHandler.type = T.n;
    A->v.ExceptHandler.name = N.u.text;
    A->v.ExceptHandler.body = plist_finish(ctx, B);
}

/* except* always names its types (a bare `except*:` is explained by the driver) */
%type star_handlers {PList *}
star_handlers(A) ::= star_handler(H). { A = plist_add(ctx, plist_new(ctx), H, span_of(H)); }
star_handlers(A) ::= star_handlers(L) star_handler(H). { A = plist_add(ctx, L, H, span_of(H)); }

%type star_handler {AstNode *}
star_handler(A) ::= EXCEPT(K) STAR test(T) COLON block(B). {
    A = NEWT(ExceptHandler, SP(K.sp, B->sp));
    A->v.ExceptHandler.type = T.n;
    A->v.ExceptHandler.body = plist_finish(ctx, B);
}
star_handler(A) ::= EXCEPT(K) STAR test(T) AS NAME(N) COLON block(B). {
    A = NEWT(ExceptHandler, SP(K.sp, B->sp));
    A->v.ExceptHandler.type = T.n;
    A->v.ExceptHandler.name = N.u.text;
    A->v.ExceptHandler.body = plist_finish(ctx, B);
}

/* with: `with (a as b, c):` is the parenthesized item list (see WITH_ATOM). */
%type with_stmt {AstNode *}
with_stmt(A) ::= WITH(K) with_items(L) COLON block(B). { A = ast_with(ctx, &K, L, B); }
with_stmt(A) ::= WITH(K) LPAR pitems(L) RPAR COLON block(B). { A = ast_with(ctx, &K, L, B); }

%type with_items {PList *}
with_items(A) ::= with_item(I). { A = I; }
with_items(A) ::= with_items(L) COMMA with_item(I). { A = plist_concat(ctx, L, I); }

%type with_item {PList *}
with_item(A) ::= test(E). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, NULL, PI_EXPR, E.sp);
}
with_item(A) ::= test(E) AS expr(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, T.n, PI_AS, SP(E.sp, T.sp));
}

/* def */
%type funcdef {AstNode *}
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR(R) COLON block(B). {
    A = NEWT(FunctionDef, SP(K.sp, B->sp));
    A->v.FunctionDef.name = N.u.text;
    A->v.FunctionDef.args = ast_arguments(ctx, P, false, R.sp);
    A->v.FunctionDef.body = plist_finish(ctx, B);
}
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR(Q) RARROW test(R) COLON block(B). {
    A = NEWT(FunctionDef, SP(K.sp, B->sp));
    A->v.FunctionDef.name = N.u.text;
    A->v.FunctionDef.args = ast_arguments(ctx, P, false, Q.sp);
    A->v.FunctionDef.body = plist_finish(ctx, B);
    A->v.FunctionDef.returns = R.n;
}

%type params {PList *}
params(A) ::= . { A = plist_new(ctx); }
params(A) ::= param_list(L). { A = L; }
params(A) ::= param_list(L) COMMA. { A = L; L->flags |= PL_TRAILING_COMMA; }

%type param_list {PList *}
param_list(A) ::= param(P). { A = plist_concat(ctx, plist_new(ctx), P); }
param_list(A) ::= param_list(L) COMMA param(P). { A = plist_concat(ctx, L, P); }

/* One parameter as a one-cell list: tag = kind, node = arg, node2 = default;
 * the cell's span is the token to blame if the kind is misplaced. */
%type param {PList *}
param(A) ::= NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_PLAIN, N.sp);
}
param(A) ::= NAME(N) COLON test(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), NULL, PRM_PLAIN, N.sp);
}
param(A) ::= NAME(N) EQUAL test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_DEFAULT, N.sp);
}
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), D.n, PRM_DEFAULT, N.sp);
}
param(A) ::= STAR(S). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, NULL, NULL, PRM_BARE_STAR, S.sp);
}
param(A) ::= STAR(S) NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_STAR, S.sp);
}
param(A) ::= STAR(S) NAME(N) COLON test(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), NULL, PRM_STAR, S.sp);
}
param(A) ::= STAR(S) NAME(N) COLON star_expr(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), NULL, PRM_STAR, S.sp);
}
param(A) ::= STAR NAME(N) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_STAR_DEFAULT, E.sp);
}
param(A) ::= STAR NAME(N) COLON test(T) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), D.n, PRM_STAR_DEFAULT, E.sp);
}
param(A) ::= DOUBLESTAR(S) NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_KWARG, S.sp);
}
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), NULL, PRM_KWARG, S.sp);
}
param(A) ::= DOUBLESTAR NAME(N) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_KWARG_DEFAULT, E.sp);
}
param(A) ::= DOUBLESTAR NAME(N) COLON test(T) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, &T), D.n, PRM_KWARG_DEFAULT, E.sp);
}
param(A) ::= SLASH(S). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, NULL, NULL, PRM_SLASH, S.sp);
}

/* class */
%type classdef {AstNode *}
classdef(A) ::= CLASS(K) NAME(N) COLON block(B). {
    A = NEWT(ClassDef, SP(K.sp, B->sp));
    A->v.ClassDef.name = N.u.text;
    A->v.ClassDef.body = plist_finish(ctx, B);
}
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON block(B). {
    A = NEWT(ClassDef, SP(K.sp, B->sp));
    A->v.ClassDef.name = N.u.text;
    A->v.ClassDef.body = plist_finish(ctx, B);
}
classdef(A) ::= CLASS(K) NAME(N) LPAR(P) arglist(L) RPAR(R) COLON block(B). {
    L->sp = SP(P.sp, R.sp);
    A = NEWT(ClassDef, SP(K.sp, B->sp));
    A->v.ClassDef.name = N.u.text;
    ast_call_args(ctx, L, &A->v.ClassDef.bases, &A->v.ClassDef.keywords, true);
    A->v.ClassDef.body = plist_finish(ctx, B);
}

/* ------------------------------------------------------------------------ */
/* Expressions, loosest binding first                                        */

/* An expression list at statement level: a tuple when there is a comma. */
%type testlist_star_expr {PExpr}
testlist_star_expr(A) ::= star_or_test(E). { A = E; }
testlist_star_expr(A) ::= tse_commas(L). { L->flags |= PL_TRAILING_COMMA; A = ast_seq_expr(ctx, AST_Tuple, L, L->sp); }
testlist_star_expr(A) ::= tse_commas(L) star_or_test(E). {
    plist_add(ctx, L, E.n, E.sp);
    A = ast_seq_expr(ctx, AST_Tuple, L, L->sp);
}

%type tse_commas {PList *}
tse_commas(A) ::= star_or_test(E) COMMA(C). {
    A = plist_add(ctx, plist_new(ctx), E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}
tse_commas(A) ::= tse_commas(L) star_or_test(E) COMMA(C). {
    A = plist_add(ctx, L, E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}

%type star_or_test {PExpr}
star_or_test(A) ::= test(E). { A = E; }
star_or_test(A) ::= star_expr(E). { A = E; }

%type star_expr {PExpr}
star_expr(A) ::= STAR(S) expr(E). { A = ast_starred(ctx, &S, E); }

/* Targets of `for` and comprehensions: bitwise-or level, so `in` ends them. */
%type exprlist {PExpr}
exprlist(A) ::= star_or_expr(E). { A = E; }
exprlist(A) ::= el_commas(L). { L->flags |= PL_TRAILING_COMMA; A = ast_seq_expr(ctx, AST_Tuple, L, L->sp); }
exprlist(A) ::= el_commas(L) star_or_expr(E). {
    plist_add(ctx, L, E.n, E.sp);
    A = ast_seq_expr(ctx, AST_Tuple, L, L->sp);
}

%type el_commas {PList *}
el_commas(A) ::= star_or_expr(E) COMMA(C). {
    A = plist_add(ctx, plist_new(ctx), E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}
el_commas(A) ::= el_commas(L) star_or_expr(E) COMMA(C). {
    A = plist_add(ctx, L, E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}

%type star_or_expr {PExpr}
star_or_expr(A) ::= expr(E). { A = E; }
star_or_expr(A) ::= star_expr(E). { A = E; }

%type yield_expr {PExpr}
yield_expr(A) ::= YIELD(K). { A = pexpr(NEWT(Yield, K.sp)); }
yield_expr(A) ::= YIELD(K) testlist_star_expr(E). {
    A = pexpr(NEWT(Yield, SP(K.sp, E.sp)));
    A.n->v.Await.value = E.n;
}
yield_expr(A) ::= YIELD(K) FROM test(E). {
    A = pexpr(NEWT(YieldFrom, SP(K.sp, E.sp)));
    A.n->v.Await.value = E.n;
}

/* `x := v` where CPython allows it; the target is checked afterwards. */
%type namedexpr_test {PExpr}
namedexpr_test(A) ::= test(E). { A = E; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = ast_namedexpr(ctx, T, V); }

%type test {PExpr}
test(A) ::= or_test(E). { A = E; }
test(A) ::= or_test(B) IF or_test(T) ELSE test(O). {
    A = pexpr(NEWT(IfExp, SP(B.sp, O.sp)));
    A.n->v.IfExp.test = T.n;
    A.n->v.IfExp.body = B.n;
    A.n->v.IfExp.orelse = O.n;
}
test(A) ::= lambdef(E). { A = E; }

%type lambdef {PExpr}
lambdef(A) ::= LAMBDA(K) lparams(P) COLON(C) test(B). {
    A = pexpr(NEWT(Lambda, SP(K.sp, B.sp)));
    A.n->v.Lambda.args = ast_arguments(ctx, P, true, C.sp);
    A.n->v.Lambda.body = B.n;
}

%type lparams {PList *}
lparams(A) ::= . { A = plist_new(ctx); }
lparams(A) ::= lparam_list(L). { A = L; }
lparams(A) ::= lparam_list(L) COMMA. { A = L; L->flags |= PL_TRAILING_COMMA; }

%type lparam_list {PList *}
lparam_list(A) ::= lparam(P). { A = plist_concat(ctx, plist_new(ctx), P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P). { A = plist_concat(ctx, L, P); }

%type lparam {PList *}
lparam(A) ::= NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_PLAIN, N.sp);
}
lparam(A) ::= NAME(N) EQUAL test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_DEFAULT, N.sp);
}
lparam(A) ::= STAR(S). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, NULL, NULL, PRM_BARE_STAR, S.sp);
}
lparam(A) ::= STAR(S) NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_STAR, S.sp);
}
lparam(A) ::= STAR NAME(N) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_STAR_DEFAULT, E.sp);
}
lparam(A) ::= DOUBLESTAR(S) NAME(N). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), NULL, PRM_KWARG, S.sp);
}
lparam(A) ::= DOUBLESTAR NAME(N) EQUAL(E) test(D). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, ast_arg(ctx, &N, NULL), D.n, PRM_KWARG_DEFAULT, E.sp);
}
lparam(A) ::= SLASH(S). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, NULL, NULL, PRM_SLASH, S.sp);
}

%type or_test {PExpr}
or_test(A) ::= and_test(E). { A = E; }
or_test(A) ::= or_chain(L). { A = ast_boolop(ctx, AST_OP_Or, L); }

%type or_chain {PList *}
or_chain(A) ::= and_test(L) OR and_test(R). {
    A = plist_add(ctx, plist_add(ctx, plist_new(ctx), L.n, L.sp), R.n, R.sp);
}
or_chain(A) ::= or_chain(C) OR and_test(R). { A = plist_add(ctx, C, R.n, R.sp); }

%type and_test {PExpr}
and_test(A) ::= not_test(E). { A = E; }
and_test(A) ::= and_chain(L). { A = ast_boolop(ctx, AST_OP_And, L); }

%type and_chain {PList *}
and_chain(A) ::= not_test(L) AND not_test(R). {
    A = plist_add(ctx, plist_add(ctx, plist_new(ctx), L.n, L.sp), R.n, R.sp);
}
and_chain(A) ::= and_chain(C) AND not_test(R). { A = plist_add(ctx, C, R.n, R.sp); }

%type not_test {PExpr}
not_test(A) ::= NOT(K) not_test(E). { A = ast_unary(ctx, &K, AST_OP_Not, E); }
not_test(A) ::= comparison(E). { A = E; }

/* A chain a < b < c: the first cell holds the left operand, the others hold
 * a comparator with its operator in the tag. */
%type comparison {PExpr}
comparison(A) ::= expr(E). { A = E; }
comparison(A) ::= comp_chain(L). { A = ast_compare(ctx, L); }

%type comp_chain {PList *}
comp_chain(A) ::= expr(L) comp_op(O) expr(R). {
    A = plist_add(ctx, plist_new(ctx), L.n, L.sp);
    plist_add_tag(ctx, A, R.n, NULL, O, R.sp);
}
comp_chain(A) ::= comp_chain(C) comp_op(O) expr(R). {
    A = C;
    plist_add_tag(ctx, A, R.n, NULL, O, R.sp);
}

%type comp_op {int}
comp_op(A) ::= LESS. { A = AST_OP_Lt; }
comp_op(A) ::= GREATER. { A = AST_OP_Gt; }
comp_op(A) ::= EQEQUAL. { A = AST_OP_Eq; }
comp_op(A) ::= GREATEREQUAL. { A = AST_OP_GtE; }
comp_op(A) ::= LESSEQUAL. { A = AST_OP_LtE; }
comp_op(A) ::= NOTEQUAL. { A = AST_OP_NotEq; }
comp_op(A) ::= IN. { A = AST_OP_In; }
comp_op(A) ::= NOT IN. { A = AST_OP_NotIn; }
comp_op(A) ::= IS. { A = AST_OP_Is; }
comp_op(A) ::= IS NOT. { A = AST_OP_IsNot; }

%type expr {PExpr}
expr(A) ::= xor_expr(E). { A = E; }
expr(A) ::= expr(L) VBAR xor_expr(R). { A = ast_binop(ctx, L, AST_OP_BitOr, R); }

%type xor_expr {PExpr}
xor_expr(A) ::= and_expr(E). { A = E; }
xor_expr(A) ::= xor_expr(L) CIRCUMFLEX and_expr(R). { A = ast_binop(ctx, L, AST_OP_BitXor, R); }

%type and_expr {PExpr}
and_expr(A) ::= shift_expr(E). { A = E; }
and_expr(A) ::= and_expr(L) AMPER shift_expr(R). { A = ast_binop(ctx, L, AST_OP_BitAnd, R); }

%type shift_expr {PExpr}
shift_expr(A) ::= arith_expr(E). { A = E; }
shift_expr(A) ::= shift_expr(L) LSHIFT arith_expr(R). { A = ast_binop(ctx, L, AST_OP_LShift, R); }
shift_expr(A) ::= shift_expr(L) RSHIFT arith_expr(R). { A = ast_binop(ctx, L, AST_OP_RShift, R); }

%type arith_expr {PExpr}
arith_expr(A) ::= term(E). { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS term(R). { A = ast_binop(ctx, L, AST_OP_Add, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R). { A = ast_binop(ctx, L, AST_OP_Sub, R); }

%type term {PExpr}
term(A) ::= factor(E). { A = E; }
term(A) ::= term(L) STAR factor(R). { A = ast_binop(ctx, L, AST_OP_Mult, R); }
term(A) ::= term(L) SLASH factor(R). { A = ast_binop(ctx, L, AST_OP_Div, R); }
term(A) ::= term(L) PERCENT factor(R). { A = ast_binop(ctx, L, AST_OP_Mod, R); }
term(A) ::= term(L) DOUBLESLASH factor(R). { A = ast_binop(ctx, L, AST_OP_FloorDiv, R); }
term(A) ::= term(L) AT factor(R). { A = ast_binop(ctx, L, AST_OP_MatMult, R); }

%type factor {PExpr}
factor(A) ::= PLUS(K) factor(E). { A = ast_unary(ctx, &K, AST_OP_UAdd, E); }
factor(A) ::= MINUS(K) factor(E). { A = ast_unary(ctx, &K, AST_OP_USub, E); }
factor(A) ::= TILDE(K) factor(E). { A = ast_unary(ctx, &K, AST_OP_Invert, E); }
factor(A) ::= power(E). { A = E; }

/* ** binds tighter than a unary operator on its left, looser on its right. */
%type power {PExpr}
power(A) ::= await_primary(E). { A = E; }
power(A) ::= await_primary(L) DOUBLESTAR factor(R). { A = ast_binop(ctx, L, AST_OP_Pow, R); }

%type await_primary {PExpr}
await_primary(A) ::= AWAIT(K) primary(E). {
    A = pexpr(NEWT(Await, SP(K.sp, E.sp)));
    A.n->v.Await.value = E.n;
}
await_primary(A) ::= primary(E). { A = E; }

%type primary {PExpr}
primary(A) ::= atom(E). { A = E; }
primary(A) ::= primary(E) DOT NAME(N). {
    A = pexpr(NEWT(Attribute, SP(E.sp, N.sp)));
    A.n->v.Attribute.value = E.n;
    A.n->v.Attribute.attr = N.u.text;
}
primary(A) ::= primary(F) LPAR RPAR(R). { A = ast_call(ctx, F, NULL, SP(F.sp, R.sp)); }
primary(A) ::= primary(F) LPAR(L) arglist(G) RPAR(R). {
    G->sp.line = L.sp.line;  /* a lone generator argument spans the parentheses */
    G->sp.col = L.sp.col;
    G->sp.end_line = R.sp.end_line;
    G->sp.end_col = R.sp.end_col;
    A = ast_call(ctx, F, G, SP(F.sp, R.sp));
}
primary(A) ::= primary(E) LSQB subscripts(S) RSQB(R). {
    A = pexpr(NEWT(Subscript, SP(E.sp, R.sp)));
    A.n->v.Subscript.value = E.n;
    A.n->v.Subscript.slice = S.n;
}

/* Call arguments, checked and split into args/keywords by ast_call_args. */
%type arglist {PList *}
arglist(A) ::= arg_items(L). { A = L; }
arglist(A) ::= arg_items(L) COMMA. { A = L; L->flags |= PL_TRAILING_COMMA; }

%type arg_items {PList *}
arg_items(A) ::= argument(C). { A = plist_concat(ctx, plist_new(ctx), C); }
arg_items(A) ::= arg_items(L) COMMA argument(C). { A = plist_concat(ctx, L, C); }

%type argument {PList *}
argument(A) ::= test(E). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, NULL, ARG_POS, E.sp);
}
argument(A) ::= test(T) COLONEQUAL test(V). {
    PExpr e = ast_namedexpr(ctx, T, V);
    A = plist_new(ctx);
    plist_add_tag(ctx, A, e.n, NULL, ARG_POS, e.sp);
}
argument(A) ::= test(E) comp_fors(G). {
    PSpan full = SP(E.sp, G->sp);
    PSpan kw = {G->sp.line, G->sp.col, G->sp.line, G->sp.col + 3};
    PExpr g = ast_comp(ctx, AST_GeneratorExp, E, E, G, full);
    A = plist_new(ctx);
    plist_add_tag(ctx, A, g.n, NULL, ARG_GENEXP, full)->sp2 = kw;
}
argument(A) ::= test(K) EQUAL(Q) test(V). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, K.n, V.n, ARG_KW, SP(K.sp, V.sp))->sp2 = Q.sp;
}
argument(A) ::= STAR(S) test(E). {
    PExpr s = ast_starred(ctx, &S, E);
    A = plist_new(ctx);
    plist_add_tag(ctx, A, s.n, NULL, ARG_STAR, s.sp);
}
argument(A) ::= DOUBLESTAR(S) test(E). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, NULL, ARG_DSTAR, SP(S.sp, E.sp));
}

/* Subscripts: one slice or expression, or a tuple of them (a lone *x is a
 * one-element tuple, as in CPython). */
%type subscripts {PExpr}
subscripts(A) ::= subscript(E). { A = E; }
subscripts(A) ::= sub_star(E). {
    A = ast_seq_expr(ctx, AST_Tuple, plist_add(ctx, plist_new(ctx), E.n, E.sp), E.sp);
}
subscripts(A) ::= sub_commas(L). { L->flags |= PL_TRAILING_COMMA; A = ast_seq_expr(ctx, AST_Tuple, L, L->sp); }
subscripts(A) ::= sub_commas(L) sub_item(E). {
    plist_add(ctx, L, E.n, E.sp);
    A = ast_seq_expr(ctx, AST_Tuple, L, L->sp);
}

%type sub_commas {PList *}
sub_commas(A) ::= sub_item(E) COMMA(C). {
    A = plist_add(ctx, plist_new(ctx), E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}
sub_commas(A) ::= sub_commas(L) sub_item(E) COMMA(C). {
    A = plist_add(ctx, L, E.n, E.sp);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}

%type sub_item {PExpr}
sub_item(A) ::= subscript(E). { A = E; }
sub_item(A) ::= sub_star(E). { A = E; }

%type sub_star {PExpr}
sub_star(A) ::= STAR(S) test(E). { A = ast_starred(ctx, &S, E); }

%type subscript {PExpr}
subscript(A) ::= namedexpr_test(E). { A = E; }
subscript(A) ::= slice_lo(L) COLON(C) slice_up(U) slice_step(S). {
    PSpan sp = L.n || L.sp.line ? L.sp : C.sp;
    PSpan end = S.sp.line ? S.sp : U.n ? U.sp : C.sp;
    A = pexpr(NEWT(Slice, SP(sp, end)));
    A.n->v.Slice.lower = L.n;
    A.n->v.Slice.upper = U.n;
    A.n->v.Slice.step = S.n;
}

/* Optional slice parts: an absent part has no node and a zero span. */
%type slice_lo {PExpr}
slice_lo(A) ::= . { memset(&A, 0, sizeof A); }
slice_lo(A) ::= test(E). { A = E; }

%type slice_up {PExpr}
slice_up(A) ::= . { memset(&A, 0, sizeof A); }
slice_up(A) ::= test(E). { A = E; }

%type slice_step {PExpr}
slice_step(A) ::= . { memset(&A, 0, sizeof A); }
slice_step(A) ::= COLON(C). { A.n = NULL; A.sp = C.sp; }
slice_step(A) ::= COLON test(E). { A = E; }

/* ------------------------------------------------------------------------ */
/* Atoms                                                                     */

%type atom {PExpr}
atom(A) ::= NAME(N). { A = pexpr(ast_name(ctx, &N)); }
atom(A) ::= NUMBER(N). { A = pexpr(N.u.node); }
atom(A) ::= STRING(S). { A = pexpr(S.u.node); }
atom(A) ::= NONE(K). { A = pexpr(ast_const(ctx, AST_CONST_NONE, K.sp)); }
atom(A) ::= TRUE(K). { A = pexpr(ast_const(ctx, AST_CONST_TRUE, K.sp)); }
atom(A) ::= FALSE(K). { A = pexpr(ast_const(ctx, AST_CONST_FALSE, K.sp)); }
atom(A) ::= ELLIPSIS(K). { A = pexpr(ast_const(ctx, AST_CONST_ELLIPSIS, K.sp)); }

atom(A) ::= LPAR(L) RPAR(R). {
    A = pexpr(NEWT(Tuple, SP(L.sp, R.sp)));
    A.n->flags |= AST_F_PAREN;
}
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R). { A = ast_paren(ctx, &L, E, &R); }
atom(A) ::= LPAR(L) pitems(P) RPAR(R). [WITH_ATOM] {
    A = ast_paren_items(ctx, &L, P, &R, yyLookahead != YYNOCODE ? &yyLookaheadToken : NULL);
}
atom(A) ::= LPAR(L) namedexpr_test(E) comp_fors(G) RPAR(R). {
    A = ast_comp(ctx, AST_GeneratorExp, E, E, G, SP(L.sp, R.sp));
}

atom(A) ::= LSQB(L) RSQB(R). { A = pexpr(NEWT(List, SP(L.sp, R.sp))); }
atom(A) ::= LSQB(L) sitems(P) RSQB(R). { A = ast_seq_expr(ctx, AST_List, P, SP(L.sp, R.sp)); }
atom(A) ::= LSQB(L) namedexpr_test(E) comp_fors(G) RSQB(R). {
    A = ast_comp(ctx, AST_ListComp, E, E, G, SP(L.sp, R.sp));
}

atom(A) ::= LBRACE(L) RBRACE(R). { A = pexpr(NEWT(Dict, SP(L.sp, R.sp))); }
atom(A) ::= LBRACE(L) sitems(P) RBRACE(R). { A = ast_seq_expr(ctx, AST_Set, P, SP(L.sp, R.sp)); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comp_fors(G) RBRACE(R). {
    A = ast_comp(ctx, AST_SetComp, E, E, G, SP(L.sp, R.sp));
}
atom(A) ::= LBRACE(L) dictitems(P) RBRACE(R). { A = ast_dict(ctx, P, SP(L.sp, R.sp)); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_fors(G) RBRACE(R). {
    A = ast_comp(ctx, AST_DictComp, K, V, G, SP(L.sp, R.sp));
}
atom(A) ::= LBRACE(L) DOUBLESTAR(S) expr(E) comp_fors(G) RBRACE(R). {
    (void)E; (void)G; (void)R;
    parse_error_at(ctx, "SyntaxError", S.sp, "dict unpacking cannot be used in dict comprehension");
    A = pexpr(NEWT(Dict, L.sp));
}

/* Items of a list or set display. */
%type sitems {PList *}
sitems(A) ::= sitem_commas(L). { A = L; L->flags |= PL_TRAILING_COMMA; }
sitems(A) ::= sitem_commas(L) sitem(E). { A = plist_add(ctx, L, E.n, E.sp); }
sitems(A) ::= sitem(E). { A = plist_add(ctx, plist_new(ctx), E.n, E.sp); }

%type sitem_commas {PList *}
sitem_commas(A) ::= sitem(E) COMMA. { A = plist_add(ctx, plist_new(ctx), E.n, E.sp); }
sitem_commas(A) ::= sitem_commas(L) sitem(E) COMMA. { A = plist_add(ctx, L, E.n, E.sp); }

%type sitem {PExpr}
sitem(A) ::= namedexpr_test(E). { A = E; }
sitem(A) ::= star_expr(E). { A = E; }

/* Items in parentheses: a group, a tuple, or with-items (`a as b`). */
%type pitems {PList *}
pitems(A) ::= pitem_commas(L). { A = L; L->flags |= PL_TRAILING_COMMA; }
pitems(A) ::= pitem_commas(L) pitem(E). { A = plist_concat(ctx, L, E); }
pitems(A) ::= pitem(E). { A = E; }

%type pitem_commas {PList *}
pitem_commas(A) ::= pitem(E) COMMA(C). {
    A = E;
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}
pitem_commas(A) ::= pitem_commas(L) pitem(E) COMMA(C). {
    A = plist_concat(ctx, L, E);
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}

%type pitem {PList *}
pitem(A) ::= namedexpr_test(E). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, NULL, PI_EXPR, E.sp);
}
pitem(A) ::= star_expr(E). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, NULL, PI_EXPR, E.sp);
    A->flags |= PL_HAS_STAR;
}
pitem(A) ::= test(E) AS(K) expr(T). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, E.n, T.n, PI_AS, SP(E.sp, T.sp));
    A->flags |= PL_HAS_AS;
    if (!(K.aux & PT_WITH_AS))
        parse_error_at(ctx, "SyntaxError", K.sp, "invalid syntax");
}

/* Items of a dict display: tag DI_PAIR (node = key, node2 = value) or DI_DSTAR. */
%type dictitems {PList *}
dictitems(A) ::= ditem_commas(L). { A = L; }
dictitems(A) ::= ditem_commas(L) dictitem(E). { A = plist_concat(ctx, L, E); }
dictitems(A) ::= dictitem(E). { A = E; }

%type ditem_commas {PList *}
ditem_commas(A) ::= dictitem(E) COMMA. { A = E; }
ditem_commas(A) ::= ditem_commas(L) dictitem(E) COMMA. { A = plist_concat(ctx, L, E); }

%type dictitem {PList *}
dictitem(A) ::= test(K) COLON test(V). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, K.n, V.n, DI_PAIR, SP(K.sp, V.sp));
}
dictitem(A) ::= DOUBLESTAR(S) expr(V). {
    A = plist_new(ctx);
    plist_add_tag(ctx, A, NULL, V.n, DI_DSTAR, SP(S.sp, V.sp));
}

/* Comprehension clauses: a list of comprehension nodes; the list's span runs
 * from the first `for` to the end of the last clause. */
%type comp_fors {PList *}
comp_fors(A) ::= comp_for(C). {
    AstNode *c = C->node;
    PSpan sp = C->sp;
    c->v.comprehension.ifs = plist_finish(ctx, C);
    A = plist_add(ctx, plist_new(ctx), c, sp);
}
comp_fors(A) ::= comp_fors(L) comp_for(C). {
    AstNode *c = C->node;
    PSpan sp = C->sp;
    c->v.comprehension.ifs = plist_finish(ctx, C);
    A = plist_add(ctx, L, c, sp);
}

/* One `for ... in ...` clause with its `if`s: node is the comprehension, the
 * list collects the conditions. */
%type comp_for {PList *}
comp_for(A) ::= FOR(K) comp_target(T) IN or_test(I). {
    A = plist_new(ctx);
    A->node = ast_comprehension(ctx, T, I, 0);
    A->sp = SP(K.sp, I.sp);
}
comp_for(A) ::= ASYNC(K) FOR comp_target(T) IN or_test(I). {
    A = plist_new(ctx);
    A->node = ast_comprehension(ctx, T, I, 1);
    A->sp = SP(K.sp, I.sp);
}
comp_for(A) ::= comp_for(C) IF or_test(E). { A = plist_add(ctx, C, E.n, E.sp); }

%type comp_target {PExpr}
comp_target(A) ::= exprlist(E). { A = E; ast_set_target(ctx, E.n, TGT_FOR); }

/* Error productions: CPython's messages for unpacking in comprehensions. */
atom(A) ::= LSQB(L) star_expr(E) comp_fors(G) RSQB. {
    plist_release(ctx, G);
    parse_error_at(ctx, "SyntaxError", E.n ? span_of(E.n) : E.sp, "iterable unpacking cannot be used in comprehension");
    A = pexpr(NEWT(List, L.sp));
}
atom(A) ::= LBRACE(L) star_expr(E) comp_fors(G) RBRACE. {
    plist_release(ctx, G);
    parse_error_at(ctx, "SyntaxError", E.n ? span_of(E.n) : E.sp, "iterable unpacking cannot be used in comprehension");
    A = pexpr(NEWT(Set, L.sp));
}
atom(A) ::= LPAR(L) star_expr(E) comp_fors(G) RPAR. {
    plist_release(ctx, G);
    parse_error_at(ctx, "SyntaxError", E.n ? span_of(E.n) : E.sp, "iterable unpacking cannot be used in comprehension");
    A = pexpr(NEWT(Tuple, L.sp));
}

%code {
/* Would the parser accept token `major` now?  Replays lemon's own loop on a
 * copy of the state stack (reductions only touch states), so the real parser
 * is left as it is.  The driver uses this to explain a syntax error. */
int CoilParseAccepts(void *parser, int major)
{
    yyParser *p = (yyParser *)parser;
    int n = (int)(p->yytos - p->yystack);
    YYACTIONTYPE *st = malloc(sizeof(YYACTIONTYPE) * (YYSTACKDEPTH + 2));
    if (!st) return 0;
    for (int i = 0; i <= n; i++) st[i] = p->yystack[i].stateno;
    int top = n, result = 0;
    YYACTIONTYPE act = st[top];
    for (;;) {
        act = yy_find_shift_action((YYCODETYPE)major, act);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int size = yyRuleInfoNRhs[rule];
            if (size == 0 && top >= YYSTACKDEPTH) break;
            top += size;
            act = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
            st[++top] = act;
        } else {
            result = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
            break;
        }
    }
    free(st);
    return result;
}

/* How deep the parser's stack is: the driver reports MemoryError-like
 * nesting failures against this. */
int CoilParseDepth(void *parser)
{
    yyParser *p = (yyParser *)parser;
    return (int)(p->yytos - p->yystack);
}

/* The size of a parser object, so the driver can allocate one itself. */
size_t CoilParseSize(void) { return sizeof(yyParser); }
}

/* ------------------------------------------------------------------------ */
/* The match statement (PEP 634).  MATCH and CASE are soft keywords: the     */
/* driver turns a NAME into them only where a match statement or a case     */
/* block can start (parser.c).  Patterns have their own small grammar; the  */
/* nodes are built by parser/build_match.c, which also reports CPython's    */
/* pattern syntax errors.                                                    */

%type match_stmt {AstNode *}
match_stmt(A) ::= MATCH(K) match_subject(E) COLON NEWLINE INDENT case_blocks(C) DEDENT. {
    A = NEWT(Match, SP(K.sp, C->sp));
    A->v.Match.subject = E.n;
    A->v.Match.cases = plist_finish(ctx, C);
}

%type match_subject {PExpr}
match_subject(A) ::= namedexpr_test(E). { A = E; }
match_subject(A) ::= tse_commas(L). { L->flags |= PL_TRAILING_COMMA; A = ast_seq_expr(ctx, AST_Tuple, L, L->sp); }
match_subject(A) ::= tse_commas(L) star_or_test(E). {
    plist_add(ctx, L, E.n, E.sp);
    A = ast_seq_expr(ctx, AST_Tuple, L, L->sp);
}
match_subject(A) ::= star_expr(E). {
    /* CPython points past the starred subject (at the ':') */
    PSpan at = {E.sp.end_line, E.sp.end_col, E.sp.end_line, E.sp.end_col + 1};
    A = E;
    parse_error_at(ctx, "SyntaxError", at, "invalid syntax");
}

%type case_blocks {PList *}
case_blocks(A) ::= case_block(C). { A = plist_add(ctx, plist_new(ctx), C, ctx->last_case_sp); }
case_blocks(A) ::= case_blocks(L) case_block(C). { A = plist_add(ctx, L, C, ctx->last_case_sp); }

%type case_block {AstNode *}
case_block(A) ::= CASE(K) patterns(P) COLON block(B). {
    A = NEWT(match_case, SP(K.sp, B->sp));
    ctx->last_case_sp = SP(K.sp, B->sp);
    A->v.match_case.pattern = P;
    A->v.match_case.body = plist_finish(ctx, B);
}
case_block(A) ::= CASE(K) patterns(P) IF namedexpr_test(G) COLON block(B). {
    A = NEWT(match_case, SP(K.sp, B->sp));
    ctx->last_case_sp = SP(K.sp, B->sp);
    A->v.match_case.pattern = P;
    A->v.match_case.guard = G.n;
    A->v.match_case.body = plist_finish(ctx, B);
}

%type patterns {AstNode *}
patterns(A) ::= pattern(P). { A = P; }
patterns(A) ::= pat_commas(L). { A = pat_sequence(ctx, L, L->sp); }
patterns(A) ::= pat_commas(L) maybe_star(P). {
    plist_add(ctx, L, P, pat_outer(ctx, P));
    A = pat_sequence(ctx, L, L->sp);
}

%type pat_commas {PList *}
pat_commas(A) ::= maybe_star(P) COMMA(C). {
    A = plist_add(ctx, plist_new(ctx), P, pat_outer(ctx, P));
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}
pat_commas(A) ::= pat_commas(L) maybe_star(P) COMMA(C). {
    A = plist_add(ctx, L, P, pat_outer(ctx, P));
    A->sp.end_line = C.sp.end_line;
    A->sp.end_col = C.sp.end_col;
}

%type maybe_star {AstNode *}
maybe_star(A) ::= pattern(P). { A = P; }
maybe_star(A) ::= STAR(S) NAME(N). { A = pat_star(ctx, SP(S.sp, N.sp), N.u.text); }

%type pattern {AstNode *}
pattern(A) ::= or_alts(L). { A = pat_or(ctx, L); }
pattern(A) ::= or_alts(L) AS NAME(N). {
    PSpan outer = {L->head->sp.line, L->head->sp.col, L->tail->sp.end_line, L->tail->sp.end_col};
    A = pat_as_span(ctx, pat_or(ctx, L), outer, &N);
}

%type or_alts {PList *}
or_alts(A) ::= closed_pattern(P). { A = plist_add(ctx, plist_new(ctx), P, pat_outer(ctx, P)); }
or_alts(A) ::= or_alts(L) VBAR closed_pattern(P). { A = plist_add(ctx, L, P, pat_outer(ctx, P)); }

%type closed_pattern {AstNode *}
closed_pattern(A) ::= pat_literal(E). { A = pat_value(ctx, E); }
closed_pattern(A) ::= NAME(N). { A = pat_capture(ctx, &N); }
closed_pattern(A) ::= pat_dotted(D). { A = pat_value(ctx, D); }
closed_pattern(A) ::= NAME(N) LPAR(L) class_args(P) RPAR(R). { A = pat_class(ctx, ast_name(ctx, &N), P, SP(N.sp, R.sp)); (void)L; }
closed_pattern(A) ::= pat_dotted(D) LPAR(L) class_args(P) RPAR(R). { A = pat_class(ctx, D, P, SP(span_of(D), R.sp)); (void)L; }
closed_pattern(A) ::= LPAR(L) pattern(P) RPAR(R). {
    A = P;
    ctx->group_node = P;
    ctx->group_sp = SP(L.sp, R.sp);
}
closed_pattern(A) ::= LPAR(L) RPAR(R). { A = pat_sequence(ctx, plist_new(ctx), SP(L.sp, R.sp)); }
closed_pattern(A) ::= LPAR(L) pat_commas(P) RPAR(R). { A = pat_sequence(ctx, P, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LPAR(L) pat_commas(P) maybe_star(E) RPAR(R). {
    plist_add(ctx, P, E, span_of(E));
    A = pat_sequence(ctx, P, SP(L.sp, R.sp));
}
closed_pattern(A) ::= LSQB(L) RSQB(R). { A = pat_sequence(ctx, plist_new(ctx), SP(L.sp, R.sp)); }
closed_pattern(A) ::= LSQB(L) pat_items(P) RSQB(R). { A = pat_sequence(ctx, P, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LSQB(L) pat_items(P) COMMA RSQB(R). { A = pat_sequence(ctx, P, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LBRACE(L) RBRACE(R). { A = pat_mapping(ctx, plist_new(ctx), NULL, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LBRACE(L) map_items(P) RBRACE(R). { A = pat_mapping(ctx, P, NULL, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LBRACE(L) map_items(P) COMMA RBRACE(R). { A = pat_mapping(ctx, P, NULL, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LBRACE(L) map_rest(N) RBRACE(R). { A = pat_mapping(ctx, plist_new(ctx), &N, SP(L.sp, R.sp)); }
closed_pattern(A) ::= LBRACE(L) map_items(P) COMMA map_rest(N) RBRACE(R). { A = pat_mapping(ctx, P, &N, SP(L.sp, R.sp)); }

%type map_rest {ParseTok}
map_rest(A) ::= DOUBLESTAR NAME(N). { A = N; }
map_rest(A) ::= DOUBLESTAR NAME(N) COMMA. { A = N; }

%type pat_items {PList *}
pat_items(A) ::= maybe_star(P). { A = plist_add(ctx, plist_new(ctx), P, span_of(P)); }
pat_items(A) ::= pat_items(L) COMMA maybe_star(P). { A = plist_add(ctx, L, P, span_of(P)); }

%type map_items {PList *}
map_items(A) ::= map_key(K) COLON pattern(P). { A = plist_new(ctx); plist_add_tag(ctx, A, K, P, 0, span_of(K)); }
map_items(A) ::= map_items(L) COMMA map_key(K) COLON pattern(P). { A = L; plist_add_tag(ctx, A, K, P, 0, span_of(K)); }

%type map_key {AstNode *}
map_key(A) ::= pat_literal(E). { A = pat_key(ctx, E); }
map_key(A) ::= pat_dotted(D). { A = D; }

/* class pattern arguments: positional patterns, then name=pattern */
%type class_args {PList *}
class_args(A) ::= . { A = plist_new(ctx); }
class_args(A) ::= class_arg_list(L). { A = L; }
class_args(A) ::= class_arg_list(L) COMMA. { A = L; }

%type class_arg_list {PList *}
class_arg_list(A) ::= class_arg(C). { A = plist_new(ctx); pat_class_arg(ctx, A, C); }
class_arg_list(A) ::= class_arg_list(L) COMMA class_arg(C). { A = L; pat_class_arg(ctx, A, C); }

%type class_arg {PCell}
class_arg(A) ::= pattern(P). { A = (PCell){.node = P, .tag = 0, .sp = span_of(P)}; }
class_arg(A) ::= NAME(N) EQUAL pattern(P). {
    A = (PCell){.node = P, .node2 = (AstNode *)N.u.text, .tag = 1, .sp = N.sp};
}

/* dotted names (value patterns and class names): Attribute chains */
%type pat_dotted {AstNode *}
pat_dotted(A) ::= NAME(N) DOT NAME(M). {
    A = NEWT(Attribute, SP(N.sp, M.sp));
    A->v.Attribute.value = ast_name(ctx, &N);
    A->v.Attribute.attr = M.u.text;
}
pat_dotted(A) ::= pat_dotted(D) DOT NAME(M). {
    A = NEWT(Attribute, SP(span_of(D), M.sp));
    A->v.Attribute.value = D;
    A->v.Attribute.attr = M.u.text;
}

/* literals: numbers (signed, complex), strings, None/True/False */
%type pat_literal {AstNode *}
pat_literal(A) ::= pat_signed(E). { A = E; }
pat_literal(A) ::= pat_signed(L) PLUS pat_number(R). { A = pat_complex(ctx, L, AST_OP_Add, R); }
pat_literal(A) ::= pat_signed(L) MINUS pat_number(R). { A = pat_complex(ctx, L, AST_OP_Sub, R); }
pat_literal(A) ::= STRING(S). { A = S.u.node; }
pat_literal(A) ::= NONE(K). { A = ast_const(ctx, AST_CONST_NONE, K.sp); }
pat_literal(A) ::= TRUE(K). { A = ast_const(ctx, AST_CONST_TRUE, K.sp); }
pat_literal(A) ::= FALSE(K). { A = ast_const(ctx, AST_CONST_FALSE, K.sp); }

%type pat_signed {AstNode *}
pat_signed(A) ::= pat_number(N). { A = N; }
pat_signed(A) ::= MINUS(M) pat_number(N). {
    A = NEWT(UnaryOp, SP(M.sp, span_of(N)));
    A->v.UnaryOp.op = AST_OP_USub;
    A->v.UnaryOp.operand = N;
}

%type pat_number {AstNode *}
pat_number(A) ::= NUMBER(N). { A = N.u.node; }
