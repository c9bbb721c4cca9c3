/* parse_error.c — turns lemon's "token X not accepted here" into CPython
 * 3.11's message and position.  CPython finds its messages with a second
 * parsing pass through `invalid_*` grammar rules; an LALR parser cannot, so
 * each rule is recognised here from the error token, the tokens before it
 * (the driver's history), a look at the tokens after it (a copy of the lexer)
 * and what the parser would accept in its current state. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parse_driver.h"

#define SYNTAX "SyntaxError"
#define INDENTATION "IndentationError"

static bool tok_is(const PHist *h, CoilTokenKind k) { return h && h->kind == k; }

static bool name_is(const PHist *h, const char *s)
{
    size_t n = strlen(s);
    return h && h->kind == TOK_NAME && h->len == n && memcmp(h->start, s, n) == 0;
}

/* Tokens that can begin an expression after another one (a missing comma). */
static bool starts_expr(CoilTokenKind k)
{
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_LPAR: case TOK_LSQB:
    case TOK_LBRACE: case TOK_MINUS: case TOK_PLUS: case TOK_TILDE: case TOK_LAMBDA:
    case TOK_AWAIT: case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
    case TOK_NOT:
        return true;
    default:
        return false;
    }
}

static bool ends_expr(CoilTokenKind k)
{
    switch (k) {
    case TOK_NAME: case TOK_NUMBER: case TOK_STRING: case TOK_RPAR: case TOK_RSQB:
    case TOK_RBRACE: case TOK_NONE: case TOK_TRUE: case TOK_FALSE: case TOK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static bool is_open(CoilTokenKind k) { return k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE; }
static bool is_close(CoilTokenKind k) { return k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE; }

/* Tokens an expression (CPython's `disjunction`) never contains. */
static bool ends_disjunction(CoilTokenKind k)
{
    switch (k) {
    case TOK_COMMA: case TOK_COLON: case TOK_EQUAL: case TOK_COLONEQUAL: case TOK_SEMI:
    case TOK_NEWLINE: case TOK_INDENT: case TOK_DEDENT: case TOK_RARROW: case TOK_ENDMARKER:
    case TOK_IF: case TOK_ELSE: case TOK_ELIF: case TOK_WHILE: case TOK_FOR: case TOK_ASYNC:
    case TOK_LAMBDA: case TOK_YIELD: case TOK_RETURN: case TOK_DEL: case TOK_ASSERT:
    case TOK_RAISE: case TOK_FROM: case TOK_IMPORT: case TOK_AS: case TOK_WITH:
    case TOK_EXCEPT: case TOK_GLOBAL: case TOK_NONLOCAL: case TOK_CLASS: case TOK_DEF:
    case TOK_PLUSEQUAL: case TOK_MINEQUAL: case TOK_STAREQUAL: case TOK_SLASHEQUAL:
    case TOK_DOUBLESLASHEQUAL: case TOK_PERCENTEQUAL: case TOK_ATEQUAL: case TOK_AMPEREQUAL:
    case TOK_VBAREQUAL: case TOK_CIRCUMFLEXEQUAL: case TOK_RIGHTSHIFTEQUAL:
    case TOK_LEFTSHIFTEQUAL: case TOK_DOUBLESTAREQUAL: case TOK_EXCLAMATION:
        return true;
    default:
        return false;
    }
}

/* Operators that end a bitwise_or (comparisons and the boolean words). */
static bool ends_bitwise_or(CoilTokenKind k)
{
    switch (k) {
    case TOK_LESS: case TOK_GREATER: case TOK_LESSEQUAL: case TOK_GREATEREQUAL:
    case TOK_EQEQUAL: case TOK_NOTEQUAL: case TOK_IN: case TOK_NOT: case TOK_IS:
    case TOK_AND: case TOK_OR:
        return true;
    default:
        return ends_disjunction(k);
    }
}

/* The first token of the expression that ends with history token `from`:
 * walks back over balanced brackets until a token no expression contains.
 * Returns its `back` index, 0 if the history runs out. */
static int walk_back(const PDriver *d, int from, bool bitwise_only)
{
    int rel = 0, back = from;
    for (;; back++) {
        const PHist *h = drv_hist(d, back);
        if (!h) return back > from ? back - 1 : 0;
        if (is_close(h->kind)) {
            rel++;
        } else if (is_open(h->kind)) {
            if (rel == 0) return back - 1;
            rel--;
        } else if (rel == 0) {
            bool stop = bitwise_only ? ends_bitwise_or(h->kind) : ends_disjunction(h->kind);
            if (!stop && (h->kind == TOK_STAR || h->kind == TOK_DOUBLESTAR)) {
                /* an unpacking star, not a multiplication */
                const PHist *before = drv_hist(d, back + 1);
                stop = !before || !ends_expr(before->kind);
            }
            if (h->kind == TOK_AT && h->line_start) stop = true; /* a decorator's @ */
            if (stop) return back - 1;
        }
        if (h->line_start && rel == 0) return back;
    }
}

/* ---- looking ahead ------------------------------------------------------ */

typedef struct Ahead {
    CoilLexer lx;
    CoilSyntaxError err;
    const PDriver *d;
    bool have_first;
    CoilToken first;
} Ahead;

static void ahead_init(Ahead *a, const PDriver *d)
{
    a->lx = *d->lx;
    memset(&a->err, 0, sizeof a->err);
    a->lx.error = &a->err;
    a->lx.warn = NULL;
    a->d = d;
    a->have_first = d->have_pending;
    a->first = d->pending;
}

static bool ahead_next(Ahead *a, CoilToken *t)
{
    if (a->have_first) {
        *t = a->first;
        a->have_first = false;
        return true;
    }
    if (!lex_next(&a->lx, t) || t->kind == TOK_ENDMARKER) return false;
    if (a->d->fexpr) {
        if (t->line == 1) t->col += a->d->map_col;
        if (t->end_line == 1) t->end_col += a->d->map_col;
        t->line += a->d->map_line;
        t->end_line += a->d->map_line;
    }
    return true;
}

/* The end of the expression that starts with `first` (the error token, or the
 * token after it): stops at a token an expression cannot contain at its own
 * bracket level, or where a second expression starts.  `commas`: a comma
 * continues it (star_expressions).  *stop receives the token that ended it. */
static PSpan expr_end(PDriver *d, const CoilToken *first, bool commas, bool bitwise_only,
                      CoilTokenKind *stop)
{
    Ahead *a = malloc(sizeof *a);
    PSpan end = {first->line, first->col, first->end_line, first->end_col};
    *stop = TOK_ENDMARKER;
    if (!a) return end;
    ahead_init(a, d);
    int rel = is_open(first->kind) ? 1 : 0;
    CoilTokenKind last = first->kind;
    CoilToken t;
    while (ahead_next(a, &t)) {
        if (rel == 0) {
            bool ends = bitwise_only ? ends_bitwise_or(t.kind) : ends_disjunction(t.kind);
            if ((ends && !(commas && t.kind == TOK_COMMA)) || is_close(t.kind) ||
                (ends_expr(last) && starts_expr(t.kind) && !is_open(t.kind) &&
                 t.kind != TOK_MINUS && t.kind != TOK_PLUS && t.kind != TOK_NOT)) {
                *stop = t.kind;
                break;
            }
        }
        if (is_open(t.kind)) rel++;
        else if (is_close(t.kind)) rel--;
        end.end_line = t.end_line;
        end.end_col = t.end_col;
        last = t.kind;
    }
    if (*stop == TOK_ENDMARKER && a->err.set && !d->ahead_failed) {
        /* CPython's second pass reads this far too, into the tokenizer's error */
        d->ahead_failed = true;
        d->ahead_err = a->err;
    }
    free(a);
    return end;
}

/* The back index of a logical line's first token. */
static int line_first_back(const PDriver *d, int back)
{
    for (;; back++) {
        const PHist *h = drv_hist(d, back);
        if (!h) return 0;
        if (h->line_start) return back;
    }
}

/* The statement keyword opening the current logical line (after `async`). */
static CoilTokenKind stmt_keyword(const PDriver *d, int back, const PHist **kw)
{
    int b = line_first_back(d, back);
    if (!b) return TOK__COUNT;
    const PHist *h = drv_hist(d, b);
    if (h->kind == TOK_ASYNC && b > 1) h = drv_hist(d, b - 1);
    if (kw) *kw = h;
    return h->kind;
}

/* Records the explanation, unless reading ahead for it met a tokenizer error:
 * CPython would have met it too, and reports that instead. */
static void report(PDriver *d, const char *type, PSpan sp, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void report(PDriver *d, const char *type, PSpan sp, const char *fmt, ...)
{
    if (d->ahead_failed) {
        if (!d->ctx->err->set) *d->ctx->err = d->ahead_err;
        return;
    }
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    parse_error_at(d->ctx, type, sp, "%s", msg);
}

static void err_at(PDriver *d, const char *type, PSpan sp, const char *fmt, const char *arg)
{
    report(d, type, sp, fmt, arg);
}

static PSpan tok_span(const CoilToken *t)
{
    PSpan s = {t->line, t->col, t->end_line, t->end_col};
    return s;
}

/* A line starting with the name `match` that the driver did not take for a
 * match statement (it does not end with ':'): CPython's "expected ':'" when it
 * reads as a match statement missing its colon. */
static bool explain_match(PDriver *d)
{
    const CoilToken *t = &d->cur;
    int b = line_first_back(d, 1);
    const PHist *first = b ? drv_hist(d, b) : NULL;
    if (!first || !name_is(first, "match")) return false;
    const PHist *second = b > 1 ? drv_hist(d, b - 1) : NULL;
    if (second && second->kind == TOK_COLON) return false; /* `match: ...`, an annotation */
    Ahead *a = malloc(sizeof *a);
    if (!a) return false;
    ahead_init(a, d);
    /* the rest of the match line, from the error token */
    const PHist *p = drv_hist(d, 1);
    CoilTokenKind prev = p ? p->kind : TOK__COUNT;
    CoilToken n = *t, nl = *t, after_colon = *t;
    bool have = true, colon = false;
    int depth = 0;
    while (have && n.kind != TOK_NEWLINE) {
        if (prev == TOK_COLON && depth == 0 && !colon) {
            colon = true; /* `match x: case ...` on one line: the token after ':' */
            after_colon = n;
        }
        if (n.kind == TOK_LPAR || n.kind == TOK_LSQB || n.kind == TOK_LBRACE) depth++;
        if ((n.kind == TOK_RPAR || n.kind == TOK_RSQB || n.kind == TOK_RBRACE) && depth > 0) depth--;
        prev = n.kind;
        have = ahead_next(a, &n);
    }
    bool done = false;
    if (have && colon && b == 1 && t->kind != TOK_COLON && starts_expr(t->kind)) {
        report(d, SYNTAX, tok_span(&after_colon), "%s", "invalid syntax");
        done = true;
    } else if (have && prev != TOK_COLON && b == 1 && starts_expr(t->kind) && t->kind != TOK_LPAR &&
        t->kind != TOK_LSQB && t->kind != TOK_MINUS && t->kind != TOK_PLUS) {
        nl = n;
        report(d, SYNTAX, tok_span(&nl), "%s", "expected ':'"); /* invalid_match_stmt */
        done = true;
    } else if (have && prev == TOK_COLON) {
        /* the block: INDENT, then `case ...:` lines each with a block */
        bool ok = ahead_next(a, &n);
        char msg[120];
        if (ok && n.kind != TOK_INDENT) {
            snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d",
                     first->sp.line);
            report(d, INDENTATION, tok_span(&n), "%s", msg);
        } else if (ok && ahead_next(a, &n) &&
                   !(n.kind == TOK_NAME && n.len == 4 && memcmp(n.start, "case", 4) == 0)) {
            report(d, SYNTAX, tok_span(&n), "%s", "invalid syntax");
        } else {
            int case_line = n.line;
            CoilTokenKind last = TOK__COUNT;
            while (ahead_next(a, &n) && n.kind != TOK_NEWLINE) last = n.kind;
            if (n.kind == TOK_NEWLINE && last != TOK_COLON) {
                report(d, SYNTAX, tok_span(&n), "%s", "expected ':'");
            } else if (n.kind == TOK_NEWLINE && ahead_next(a, &n) && n.kind != TOK_INDENT) {
                snprintf(msg, sizeof msg, "expected an indented block after 'case' statement on line %d",
                         case_line);
                report(d, INDENTATION, tok_span(&n), "%s", msg);
            } else {
                report(d, SYNTAX, tok_span(t), "%s", "invalid syntax");
            }
        }
        done = true;
    }
    free(a);
    return done;
}

static const char *block_name(CoilTokenKind k)
{
    switch (k) {
    case TOK_IF: return "'if' statement";
    case TOK_ELIF: return "'elif' statement";
    case TOK_ELSE: return "'else' statement";
    case TOK_WHILE: return "'while' statement";
    case TOK_FOR: return "'for' statement";
    case TOK_WITH: return "'with' statement";
    case TOK_TRY: return "'try' statement";
    case TOK_EXCEPT: return "'except' statement";
    case TOK_FINALLY: return "'finally' statement";
    case TOK_DEF: return "function definition";
    case TOK_CLASS: return "class definition";
    case TOK_MATCH: return "'match' statement";
    case TOK_CASE: return "'case' statement";
    default: return NULL;
    }
}

/* The name CPython's messages give the expression between history tokens
 * `from` (its first) and 1 (its last), or NULL when it is not a bitwise_or
 * that invalid_named_expression would name. */
static const char *lhs_name(const PDriver *d, int from)
{
    const PHist *last = drv_hist(d, 1), *first = drv_hist(d, from);
    if (!last || !first) return NULL;
    if (from == 1) {
        switch (last->kind) {
        case TOK_NUMBER: return "literal";
        case TOK_STRING: return "literal";
        case TOK_ELLIPSIS: return "ellipsis";
        default: return NULL;
        }
    }
    /* an operator at the expression's own level makes it an "expression" */
    int rel = 0;
    for (int b = from; b >= 1; b--) {
        const PHist *h = drv_hist(d, b);
        if (is_open(h->kind)) rel++;
        else if (is_close(h->kind)) rel--;
        else if (rel == 0 && b != from && !ends_expr(h->kind) && h->kind != TOK_DOT &&
                 h->kind != TOK_AWAIT)
            return "expression";
    }
    if (first->kind == TOK_MINUS || first->kind == TOK_PLUS || first->kind == TOK_TILDE)
        return "expression";
    if (first->kind == TOK_AWAIT) return "await expression";
    if (last->kind == TOK_NAME && drv_hist(d, 2)->kind == TOK_DOT) return "attribute";
    if (last->kind == TOK_RPAR || last->kind == TOK_RSQB) {
        /* find the matching opener: a trailer if an expression precedes it */
        int depth = 0;
        for (int b = 1; b <= from; b++) {
            const PHist *h = drv_hist(d, b);
            if (is_close(h->kind)) depth++;
            else if (is_open(h->kind) && --depth == 0) {
                if (b == from) return NULL; /* a display or group of its own */
                return last->kind == TOK_RPAR ? "function call" : "subscript";
            }
        }
    }
    return NULL;
}

/* `if x = 1:` and other `=` where a named expression was being parsed. */
static bool explain_equal(PDriver *d)
{
    const CoilToken *t = &d->cur;
    if (t->kind != TOK_EQUAL || drv_accepts(d, TOK_EQUAL)) return false;
    CoilTokenKind kw = stmt_keyword(d, 1, NULL);
    const PHist *lf = line_first_back(d, 1) ? drv_hist(d, line_first_back(d, 1)) : NULL;
    if (d->depth == 0 && kw != TOK_IF && kw != TOK_ELIF && kw != TOK_WHILE && !tok_is(lf, TOK_AT))
        return false;
    int from = walk_back(d, 1, true);
    if (!from) return false;
    /* only where a named expression starts: after an opening bracket, a
     * comma, or the keyword of if/elif/while */
    const PHist *before = drv_hist(d, from + 1);
    if (!before || !(is_open(before->kind) || before->kind == TOK_COMMA || before->kind == TOK_IF ||
                     before->kind == TOK_ELIF || before->kind == TOK_WHILE ||
                     (before->kind == TOK_AT && before->line_start)))
        return false;
    /* b: the bitwise_or after '=', which must not be followed by '=' or ':=' */
    Ahead *a = malloc(sizeof *a);
    if (!a) return false;
    ahead_init(a, d);
    CoilToken n;
    bool have = ahead_next(a, &n);
    free(a);
    if (!have || !starts_expr(n.kind) || n.kind == TOK_NOT || n.kind == TOK_LAMBDA) return false;
    CoilTokenKind stop;
    PSpan bend = expr_end(d, &n, false, true, &stop);
    if (stop == TOK_EQUAL || stop == TOK_COLONEQUAL) return false;
    const PHist *first = drv_hist(d, from);
    if (from == 1 && first->kind == TOK_NAME) {
        report(d, SYNTAX, span_join(first->sp, bend),
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    const char *what = lhs_name(d, from);
    if (!what) return false;
    PSpan sp = span_join(first->sp, drv_hist(d, 1)->sp);
    report(d, SYNTAX, sp, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                   what);
    return true;
}

void drv_explain(PDriver *d)
{
    const CoilToken *t = &d->cur;
    PSpan tsp = tok_span(t);
    const PHist *prev = drv_hist(d, 1), *prev2 = drv_hist(d, 2);

    drv_make_probe(d);
    if (explain_match(d)) return;
    /* case x as <not a name> (CPython's invalid_as_pattern) */
    if (tok_is(prev, TOK_AS) && t->kind != TOK_NAME && stmt_keyword(d, 1, NULL) == TOK_CASE) {
        err_at(d, SYNTAX, tsp, "%s", "invalid pattern target");
        return;
    }

    /* A try's clauses are all `except` or all `except*` (two lists in the
     * grammar): a `*` after plain clauses, or a plain clause after starred
     * ones (the state accepts only the `*`) mixes them. */
    if (t->kind == TOK_STAR && tok_is(prev, TOK_EXCEPT)) {
        Ahead *a = malloc(sizeof *a);
        CoilToken n = {0};
        bool have = false;
        if (a) {
            ahead_init(a, d);
            have = ahead_next(a, &n);
            free(a);
        }
        /* CPython's mix rule wants a type after the `*` */
        if (have && (n.kind == TOK_COLON || n.kind == TOK_NEWLINE))
            err_at(d, SYNTAX, tok_span(&n), "%s", "expected one or more exception types");
        else
            err_at(d, SYNTAX, span_join(prev->sp, tsp), "%s",
                   "cannot have both 'except' and 'except*' on the same 'try'");
        return;
    }
    if (tok_is(prev, TOK_EXCEPT) && drv_accepts(d, TOK_STAR) && !drv_accepts(d, TOK_COLON)) {
        err_at(d, SYNTAX, prev->sp, "%s", "cannot have both 'except' and 'except*' on the same 'try'");
        return;
    }
    if (tok_is(prev, TOK_STAR) && tok_is(prev2, TOK_EXCEPT) && (t->kind == TOK_COLON || t->kind == TOK_NEWLINE)) {
        err_at(d, SYNTAX, tsp, "%s", "expected one or more exception types");
        return;
    }
    if (t->kind == TOK_INDENT) {
        PSpan sp = {t->line, t->col - 1, t->line, t->col - 1};
        err_at(d, INDENTATION, sp, "%s", "unexpected indent");
        return;
    }
    if (tok_is(prev, TOK_NEWLINE) && tok_is(prev2, TOK_COLON) && drv_accepts(d, TOK_INDENT)) {
        const PHist *kw = NULL;
        const char *what = block_name(stmt_keyword(d, 2, &kw));
        if (what && kw && kw->kind == TOK_EXCEPT) {
            int b = line_first_back(d, 2);
            if (b > 1 && drv_hist(d, b - 1)->kind == TOK_STAR) what = "'except*' statement";
        }
        if (what && kw) {
            char msg[160];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
                     kw->sp.line);
            err_at(d, INDENTATION, tsp, "%s", msg);
            return;
        }
    }
    if (t->kind != TOK_EXCEPT && t->kind != TOK_FINALLY && drv_accepts(d, TOK_EXCEPT) &&
        drv_accepts(d, TOK_FINALLY)) {
        err_at(d, SYNTAX, tsp, "%s", "expected 'except' or 'finally' block");
        return;
    }
    if (drv_accepts(d, TOK_COLON) && t->kind != TOK_COLON) {
        CoilTokenKind kw = stmt_keyword(d, 1, NULL);
        bool forced = d->depth == 0 &&
                      (kw == TOK_DEF || kw == TOK_TRY || kw == TOK_FINALLY || kw == TOK_ELSE);
        bool at_newline = t->kind == TOK_NEWLINE &&
                          (kw == TOK_IF || kw == TOK_ELIF || kw == TOK_WHILE || kw == TOK_FOR ||
                           kw == TOK_WITH || kw == TOK_EXCEPT || kw == TOK_CLASS || kw == TOK_CASE);
        if (forced || at_newline) {
            err_at(d, SYNTAX, tsp, "%s", "expected ':'");
            return;
        }
    }
    /* def f() -> : — the optional annotation fails, then the forced ':' */
    if (tok_is(prev, TOK_RARROW) && stmt_keyword(d, 1, NULL) == TOK_DEF) {
        err_at(d, SYNTAX, prev->sp, "%s", "expected ':'");
        return;
    }
    if (explain_equal(d)) return;

    /* (a) := 1 at statement level: invalid_named_expression's first rule */
    if (t->kind == TOK_COLONEQUAL) {
        int from = walk_back(d, 1, false);
        if (from > 1) {
            const PHist *first = drv_hist(d, from);
            const char *what = NULL;
            if (from == 3 && first->kind == TOK_LPAR && drv_hist(d, 2)->kind == TOK_NAME &&
                drv_hist(d, 1)->kind == TOK_RPAR) {
                what = "name";
                first = drv_hist(d, 2);
                prev = first;
            } else {
                what = lhs_name(d, from);
            }
            if (what) {
                report(d, SYNTAX, span_join(first->sp, prev->sp),
                               "cannot use assignment expressions with %s", what);
                return;
            }
        }
    }
    /* f(x=1 for x in y) */
    if ((t->kind == TOK_FOR || t->kind == TOK_ASYNC) && d->depth > 0) {
        int from = walk_back(d, 1, false);
        const PHist *eq = from ? drv_hist(d, from + 1) : NULL;
        const PHist *name = from ? drv_hist(d, from + 2) : NULL;
        const PHist *before = from ? drv_hist(d, from + 3) : NULL;
        if (tok_is(eq, TOK_EQUAL) && tok_is(name, TOK_NAME) &&
            (tok_is(before, TOK_LPAR) || tok_is(before, TOK_COMMA))) {
            report(d, SYNTAX, span_join(name->sp, eq->sp),
                           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
    }
    /* `name=` with no value: in a call (invalid_kwarg) or a def (invalid_default) */
    if ((t->kind == TOK_RPAR || t->kind == TOK_COMMA) && tok_is(prev, TOK_EQUAL)) {
        int open = 0, rel = 0;
        for (int b = 1;; b++) {
            const PHist *h = drv_hist(d, b);
            if (!h) break;
            if (is_close(h->kind)) rel++;
            else if (is_open(h->kind) && rel-- == 0) {
                open = b;
                break;
            }
        }
        const PHist *op = open ? drv_hist(d, open) : NULL;
        const PHist *fname = op ? drv_hist(d, open + 1) : NULL;
        const PHist *def = op ? drv_hist(d, open + 2) : NULL;
        if (tok_is(op, TOK_LPAR) && tok_is(fname, TOK_NAME) && tok_is(def, TOK_DEF)) {
            report(d, SYNTAX, prev->sp, "%s", "expected default value expression");
            return;
        }
        int from = walk_back(d, 2, false);
        if (tok_is(op, TOK_LPAR) && fname && ends_expr(fname->kind) && from >= 2) {
            const PHist *k = drv_hist(d, from);
            if (from == 2 && k->kind == TOK_NAME) {
                /* f(a=) stays invalid syntax */
            } else if (from == 2 && (k->kind == TOK_TRUE || k->kind == TOK_FALSE || k->kind == TOK_NONE)) {
                report(d, SYNTAX, span_join(k->sp, prev->sp), "cannot assign to %.*s", (int)k->len, k->start);
                return;
            } else {
                report(d, SYNTAX, span_join(k->sp, prev->sp), "%s",
                       "expression cannot contain assignment, perhaps you meant \"==\"?");
                return;
            }
        }
    }
    /* a generator after other arguments, cut short: CPython's first pass
     * stops at its `for` */
    if (d->depth > 0 && !drv_accepts(d, TOK_RPAR)) {
        int rel = 0, forb = 0;
        bool comma = false;
        for (int b = 1;; b++) {
            const PHist *h = drv_hist(d, b);
            if (!h) break;
            if (is_close(h->kind)) rel++;
            else if (is_open(h->kind)) {
                if (rel-- == 0) {
                    const PHist *callee = drv_hist(d, b + 1);
                    if (h->kind == TOK_LPAR && forb && comma && callee && ends_expr(callee->kind)) {
                        const PHist *f = drv_hist(d, forb);
                        const PHist *as = drv_hist(d, forb + 1);
                        report(d, SYNTAX, tok_is(as, TOK_ASYNC) ? as->sp : f->sp, "%s", "invalid syntax");
                        return;
                    }
                    break;
                }
            } else if (rel == 0 && h->kind == TOK_FOR && !forb) {
                forb = b;
            } else if (rel == 0 && h->kind == TOK_COMMA && forb) {
                comma = true;
            }
        }
    }
    /* x = 3{...: CPython's second pass reads the display to its end */
    if (t->kind == TOK_LBRACE && prev && ends_expr(prev->kind)) {
        CoilTokenKind stop;
        expr_end(d, t, true, false, &stop);
        if (d->ahead_failed) {
            report(d, SYNTAX, tsp, "%s", "invalid syntax");
            return;
        }
    }
    /* {1: 2, 3}: a dict key without a value */
    if ((t->kind == TOK_RBRACE || t->kind == TOK_COMMA) && prev && ends_expr(prev->kind) &&
        drv_accepts(d, TOK_COLON)) {
        int rel = 0;
        bool dict = false, brace = false;
        for (int b = 1;; b++) {
            const PHist *h = drv_hist(d, b);
            if (!h) break;
            if (is_close(h->kind)) rel++;
            else if (is_open(h->kind)) {
                if (rel == 0) {
                    brace = h->kind == TOK_LBRACE;
                    break;
                }
                rel--;
            } else if (rel == 0 && (h->kind == TOK_COLON || h->kind == TOK_DOUBLESTAR)) {
                dict = true;
            }
        }
        if (brace && dict) {
            PSpan sp = {prev->sp.line, prev->sp.end_col - 1, prev->sp.end_line, -1};
            err_at(d, SYNTAX, sp, "%s", "':' expected after dictionary key");
            return;
        }
    }

    /* `a if b` without else */
    if (t->kind != TOK_ELSE && t->kind != TOK_COLON && drv_accepts(d, TOK_ELSE)) {
        int rel = 0;
        for (int b = 1;; b++) {
            const PHist *h = drv_hist(d, b);
            if (!h || (rel == 0 && is_open(h->kind))) break;
            if (is_close(h->kind)) rel++;
            else if (is_open(h->kind)) rel--;
            else if (rel == 0 && h->kind == TOK_IF) {
                int from = walk_back(d, b + 1, false);
                if (from) {
                    report(d, SYNTAX, span_join(drv_hist(d, from)->sp, prev->sp),
                                   "expected 'else' after 'if' expression");
                    return;
                }
                break;
            } else if (rel == 0 && ends_disjunction(h->kind)) {
                break;
            }
        }
    }

    /* print "x" */
    if (prev && (name_is(prev, "print") || name_is(prev, "exec")) && starts_expr(t->kind) &&
        t->kind != TOK_LPAR && (!prev2 || !ends_expr(prev2->kind)) &&
        !tok_is(prev2, TOK_DOT)) {
        CoilTokenKind stop;
        PSpan end = expr_end(d, t, true, false, &stop);
        char msg[120];
        snprintf(msg, sizeof msg, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                 (int)prev->len, prev->start, (int)prev->len, prev->start);
        err_at(d, SYNTAX, span_join(prev->sp, end), "%s", msg);
        return;
    }

    /* two expressions side by side inside brackets */
    if (starts_expr(t->kind) && t->kind != TOK_LPAR && t->kind != TOK_LSQB && prev &&
        ends_expr(prev->kind) && d->depth > 0 && drv_accepts(d, TOK_COMMA)) {
        int from = walk_back(d, 1, false);
        const PHist *first = from ? drv_hist(d, from) : NULL;
        const PHist *stop = from ? drv_hist(d, from + 1) : NULL;
        /* a comprehension's clauses are not expressions CPython checks */
        if (stop && (stop->kind == TOK_FOR || stop->kind == TOK_IF || stop->kind == TOK_ASYNC))
            first = NULL;
        /* nor are parameter lists */
        if (stop && stop->kind == TOK_LPAR && tok_is(drv_hist(d, from + 2), TOK_NAME) &&
            tok_is(drv_hist(d, from + 3), TOK_DEF))
            first = NULL;
        for (int b = from + 1, rel = 0; first; b++) {
            const PHist *h = drv_hist(d, b);
            if (!h || h->line_start) break;
            if (is_close(h->kind)) rel++;
            else if (is_open(h->kind) && rel-- == 0) break;
            else if (rel == 0 && h->kind == TOK_COLON) break;
            else if (rel == 0 && h->kind == TOK_LAMBDA) first = NULL;
        }
        const PHist *second = from > 1 ? drv_hist(d, from - 1) : NULL;
        bool skip = !first ||
                    (first->kind == TOK_NAME &&
                     ((second && second->kind == TOK_STRING) || (from == 1 && t->kind == TOK_STRING) ||
                      name_is(first, "match") || name_is(first, "case") || name_is(first, "_"))) ||
                    (from == 1 && (name_is(first, "print") || name_is(first, "exec")));
        if (!skip) {
            CoilTokenKind stop;
            PSpan end = expr_end(d, t, false, false, &stop);
            err_at(d, SYNTAX, span_join(first->sp, end), "%s",
                   "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
    }

    /* except A, B: */
    if (t->kind == TOK_COMMA && stmt_keyword(d, 1, NULL) == TOK_EXCEPT) {
        int b = line_first_back(d, 1);
        const PHist *first = b > 1 ? drv_hist(d, b - 1) : NULL;
        if (first && first->kind == TOK_STAR) first = b > 2 ? drv_hist(d, b - 2) : NULL; /* except* */
        if (first && first->kind != TOK_STAR) {
            CoilTokenKind stop;
            PSpan end = expr_end(d, t, true, false, &stop);
            if (stop == TOK_COLON) {
                err_at(d, SYNTAX, span_join(first->sp, end), "%s",
                       "multiple exception types must be parenthesized");
                return;
            }
        }
    }

    /* (**a) */
    if (t->kind == TOK_DOUBLESTAR && tok_is(prev, TOK_LPAR) && (!prev2 || !ends_expr(prev2->kind))) {
        CoilTokenKind stop;
        PSpan end = expr_end(d, t, false, false, &stop);
        err_at(d, SYNTAX, span_join(tsp, end), "%s", "cannot use double starred expression here");
        return;
    }

    /* def f[T]() */
    if (t->kind != TOK_LPAR && tok_is(prev, TOK_NAME) && tok_is(prev2, TOK_DEF)) {
        err_at(d, SYNTAX, tsp, "%s", "expected '('");
        return;
    }

    if (t->kind == TOK_DEDENT) {
        err_at(d, INDENTATION, tsp, "%s", "unexpected unindent");
        return;
    }
    err_at(d, SYNTAX, tsp, "%s", "invalid syntax");
}
