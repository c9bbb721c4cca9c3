/* build.h — what the grammar's actions and the parse driver share: the parse
 * context, the token and expression values lemon carries on its stack, the
 * list builders, and the node constructors and checks the actions call.
 * Internal to parser/: nothing outside includes it. */
#ifndef COIL_PARSER_BUILD_H
#define COIL_PARSER_BUILD_H

#include <stdbool.h>
#include <stdint.h>

#include "lexer/lexer.h"
#include "lexer/syntax_error.h"
#include "parser/arena.h"
#include "parser/ast.h"

/* A source span: CPython's (lineno, col_offset, end_lineno, end_col_offset). */
typedef struct PSpan {
    int32_t line, col, end_line, end_col;
} PSpan;

/* A terminal's value on lemon's stack.  NAME: the interned identifier in
 * `text`; STRING/NUMBER: the Constant or JoinedStr the driver built in `node`;
 * aux: per-token flags set by the driver (PT_*). */
typedef struct ParseTok {
    PSpan sp;
    union {
        const char *text;
        AstNode *node;
    } u;
    int32_t aux;
} ParseTok;

enum {
    PT_WITH_AS = 1 /* an AS directly inside the parentheses of `with (...)` */
};

/* An expression value: the node plus its outer span, which includes any
 * parentheses around it (CPython's node positions exclude them, but the
 * positions of an enclosing node include them). */
typedef struct PExpr {
    AstNode *n;
    PSpan sp;
} PExpr;

/* A try statement's clauses: all `except` or all `except*` (TryStar). */
typedef struct PHandlers {
    struct PList *list;
    bool star;
} PHandlers;

/* One element of a list under construction.  `tag` and the second node say
 * what kind of element it is (argument kinds, parameter kinds, dict items);
 * `sp` is the element's outer span or the span of a token to blame. */
typedef struct PCell {
    AstNode *node, *node2;
    struct PCell *next;
    int tag;
    PSpan sp;
    PSpan sp2; /* a second token to blame (a keyword argument's '=') */
} PCell;

/* A list under construction: appends are O(1); finishing copies it into an
 * AstList once and recycles the cells. */
typedef struct PList {
    PCell *head, *tail;
    int len;
    int flags;      /* PL_* */
    PSpan sp;       /* outer span from the first element to the last token */
    AstNode *node;  /* a node the list belongs to (comprehension, If chain) */
    struct PList *next_free;
} PList;

enum {
    PL_TRAILING_COMMA = 1, /* the list ended with a comma */
    PL_HAS_AS = 2,         /* parenthesized items contain `x as y` */
    PL_HAS_STAR = 4        /* parenthesized items contain a *starred item */
};

/* Element tags. */
enum {
    /* call arguments */
    ARG_POS = 1, ARG_STAR, ARG_KW, ARG_DSTAR, ARG_GENEXP,
    /* parameters */
    PRM_PLAIN, PRM_DEFAULT, PRM_STAR, PRM_BARE_STAR, PRM_KWARG, PRM_SLASH,
    PRM_STAR_DEFAULT, PRM_KWARG_DEFAULT,
    /* dict items */
    DI_PAIR, DI_DSTAR,
    /* parenthesized items */
    PI_EXPR, PI_AS
};

/* What a sequence of targets is for (CPython's TARGETS_TYPE). */
typedef enum { TGT_STORE, TGT_FOR, TGT_DEL } PTargetKind;

typedef struct ParseCtx ParseCtx;

/* Per-parse state: the arena, the error record, the identifier table and the
 * recycled builders.  One per parse_module call; f-string sub-parses share it. */
struct ParseCtx {
    CoilArena *arena;
    CoilSyntaxError *err;
    const char *src;
    size_t len;

    /* interned identifiers: open addressing, power-of-two size (malloc'ed) */
    const char **names;
    uint32_t *name_hash;
    size_t names_cap, names_len;

    PCell *free_cells;
    PList *free_lists;

    AstNode *result;       /* the Module, set by the start rule */
    PExpr fexpr;           /* an f-string replacement field's expression */
    bool syntax_error;     /* lemon reported a syntax error */
    bool top_level_await;  /* interactive input may await at module level (the prompt) */
    bool overflow;         /* lemon's stack overflowed */
    bool oom;              /* an allocation failed */
    int fstring_depth;     /* nesting of f-string sub-parses */
    bool in_fstring;       /* parsing an f-string expression: messages get "f-string: " */

    /* Where to put the "(expr)" text for an f-string error (see fstring.c). */
    void *parsers[6];      /* lemon parsers by f-string depth (0: the module) */
    /* Stand-ins returned when allocation fails, so actions need no checks. */
    AstNode dummy;
    PList scratch_list;
    PCell scratch_cell;
    PSpan last_case_sp;    /* span of the case block just reduced (match_stmt) */
    AstNode *group_node;   /* the pattern last written in parentheses... */
    PSpan group_sp;        /* ...and its span with them (see pat_outer) */
};

/* ---- context helpers ---- */
void *parse_alloc(ParseCtx *ctx, size_t size);
const char *parse_intern(ParseCtx *ctx, const char *s, size_t n);
void parse_error_at(ParseCtx *ctx, const char *type, PSpan sp, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* ---- spans ---- */
static inline PSpan span_join(PSpan a, PSpan b)
{
    PSpan s = {a.line, a.col, b.end_line, b.end_col};
    return s;
}
static inline PSpan span_of(const AstNode *n)
{
    PSpan s = {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset};
    return s;
}
static inline PExpr pexpr(AstNode *n)
{
    PExpr e = {n, span_of(n)};
    return e;
}

/* ---- lists ---- */
PList *plist_new(ParseCtx *ctx);
PList *plist_add(ParseCtx *ctx, PList *l, AstNode *n, PSpan sp);
PCell *plist_add_tag(ParseCtx *ctx, PList *l, AstNode *n, AstNode *n2, int tag, PSpan sp);
PList *plist_concat(ParseCtx *ctx, PList *a, PList *b);
AstList plist_finish(ParseCtx *ctx, PList *l);     /* converts and recycles l */
void plist_release(ParseCtx *ctx, PList *l);       /* recycles without converting */
AstList ast_list1(ParseCtx *ctx, AstNode *n);

/* ---- node construction ---- */
AstNode *ast_new(ParseCtx *ctx, int kind, PSpan sp);
void ast_set_span(AstNode *n, PSpan sp);
AstNode *ast_name(ParseCtx *ctx, const ParseTok *t);
AstNode *ast_const(ParseCtx *ctx, int ckind, PSpan sp);
PExpr ast_binop(ParseCtx *ctx, PExpr l, int op, PExpr r);
PExpr ast_unary(ParseCtx *ctx, const ParseTok *t, int op, PExpr e);
PExpr ast_boolop(ParseCtx *ctx, int op, PList *values);
PExpr ast_paren(ParseCtx *ctx, const ParseTok *l, PExpr e, const ParseTok *r);
PExpr ast_seq_expr(ParseCtx *ctx, int kind, PList *items, PSpan sp); /* Tuple/List/Set */
PExpr ast_compare(ParseCtx *ctx, PList *chain);
PExpr ast_call(ParseCtx *ctx, PExpr func, PList *args, PSpan sp);
PExpr ast_dict(ParseCtx *ctx, PList *items, PSpan sp);
PExpr ast_comp(ParseCtx *ctx, int kind, PExpr elt, PExpr value, PList *gens, PSpan sp);
AstNode *ast_comprehension(ParseCtx *ctx, PExpr target, PExpr iter, int is_async);
PExpr ast_paren_items(ParseCtx *ctx, const ParseTok *l, PList *items, const ParseTok *r,
                      const ParseTok *lookahead);
PExpr ast_namedexpr(ParseCtx *ctx, PExpr target, PExpr value);
PExpr ast_starred(ParseCtx *ctx, const ParseTok *star, PExpr e);
AstNode *ast_arguments(ParseCtx *ctx, PList *params, bool is_lambda, PSpan end);
AstNode *ast_arg(ParseCtx *ctx, const ParseTok *name, PExpr *annotation);
void ast_call_args(ParseCtx *ctx, PList *args, AstList *out_args, AstList *out_kws, bool is_class);

/* statements */
AstNode *ast_expr_stmt(ParseCtx *ctx, PExpr e);
AstNode *ast_assign(ParseCtx *ctx, PList *targets, PExpr value);
AstNode *ast_augassign(ParseCtx *ctx, PExpr target, int op, PExpr value);
AstNode *ast_annassign(ParseCtx *ctx, PExpr target, PExpr ann, PExpr *value, PSpan sp);
AstNode *ast_delete(ParseCtx *ctx, const ParseTok *kw, PExpr targets);
AstNode *ast_with(ParseCtx *ctx, const ParseTok *kw, PList *items, PList *body);
AstNode *ast_try(ParseCtx *ctx, PSpan kw, bool star, PList *body, PList *handlers, PList *orelse,
                 PList *finalbody);
AstNode *ast_if_chain(ParseCtx *ctx, PList *chain, PList *orelse);
AstNode *ast_import_from(ParseCtx *ctx, const ParseTok *kw, int level, const char *module,
                         PList *names, PSpan end);

/* ---- targets ---- */
/* Sets ctx to Store/Del through e; returns false (error set) if e cannot be one. */
bool ast_set_target(ParseCtx *ctx, AstNode *e, PTargetKind kind);
const AstNode *ast_invalid_target(const AstNode *e, PTargetKind kind);
void ast_store_ctx(AstNode *e, AstCtx c);
const char *ast_expr_name(const AstNode *e);

/* ---- literals (literal.c) ---- */
/* A growable scratch byte buffer (malloc'ed; values are copied to the arena). */
typedef struct StrBuf {
    char *p;
    size_t len, cap;
} StrBuf;

/* A JoinedStr under construction: finished parts plus the literal text not yet
 * made a Constant, so adjacent literal pieces become one Constant. */
typedef struct FBuild {
    PList *parts;
    StrBuf lit;
    bool ukind;  /* Constants get kind='u' */
    PSpan whole; /* span of the whole string run: every part's position */
} FBuild;

char *strbuf_reserve(ParseCtx *ctx, StrBuf *b, size_t extra);
/* Decodes a string body (escapes unless STR_RAW) onto the end of b. */
bool parse_decode_append(ParseCtx *ctx, StrBuf *b, const char *body, size_t n, uint32_t flags,
                         int line, int col);
void fbuild_flush(ParseCtx *ctx, FBuild *fb);   /* pending literal -> Constant */
void fbuild_value(ParseCtx *ctx, FBuild *fb, AstNode *value); /* flush, then append */
AstNode *fbuild_finish(ParseCtx *ctx, FBuild *fb, PSpan sp); /* the JoinedStr */

AstNode *parse_number(ParseCtx *ctx, const CoilToken *t);
/* Builds the Constant or JoinedStr for a run of adjacent STRING tokens.  `next`
 * is the token after the run (CPython reports some errors there). */
AstNode *parse_strings(ParseCtx *ctx, const CoilToken *toks, int n, const CoilToken *next);

/* ---- f-strings (fstring.c) ---- */
/* Parses one f-string token's body into fb's parts.  `next` is the token after
 * the string run, where CPython reports the f-string's own errors. */
bool fstring_parse_token(ParseCtx *ctx, const CoilToken *t, FBuild *fb, const CoilToken *next);

/* ---- the driver (parser.c) ---- */
/* Parses src[0..len) as the expression of an f-string replacement field.
 * Positions of tokens on the first line are shifted by col0; all lines by line0. */
bool parse_fstring_expr(ParseCtx *ctx, const char *src, size_t len, int line0, int col0,
                        PExpr *out);

/* ---- match statement patterns (build_match.c) ---- */
AstNode *pat_sequence(ParseCtx *ctx, PList *items, PSpan sp);
/* A pattern's span including parentheses around it (a group pattern keeps
 * the inner pattern's own position, but enclosing nodes start at the '('). */
PSpan pat_outer(ParseCtx *ctx, const AstNode *p);
AstNode *pat_as_span(ParseCtx *ctx, AstNode *pattern, PSpan outer, const ParseTok *name);
AstNode *pat_star(ParseCtx *ctx, PSpan sp, const char *name);
AstNode *pat_or(ParseCtx *ctx, PList *alts);
AstNode *pat_as(ParseCtx *ctx, AstNode *pattern, const ParseTok *name);
AstNode *pat_value(ParseCtx *ctx, AstNode *value);   /* MatchValue or MatchSingleton */
AstNode *pat_capture(ParseCtx *ctx, const ParseTok *name);
AstNode *pat_class(ParseCtx *ctx, AstNode *cls, PList *args, PSpan sp);
void pat_class_arg(ParseCtx *ctx, PList *args, PCell arg);
AstNode *pat_mapping(ParseCtx *ctx, PList *items, const ParseTok *rest, PSpan sp);
AstNode *pat_key(ParseCtx *ctx, AstNode *key);
AstNode *pat_complex(ParseCtx *ctx, AstNode *real, int op, AstNode *imag);

/* ---- checks after parsing (check.c) ---- */
bool check_module(ParseCtx *ctx, AstNode *mod);

#endif
