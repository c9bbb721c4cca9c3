/* parse_driver.h — the driver's state, shared by parser.c (which runs the
 * parse) and parse_error.c (which explains a syntax error from the tokens seen
 * so far and what the parser would accept).  Internal to parser/. */
#ifndef COIL_PARSE_DRIVER_H
#define COIL_PARSE_DRIVER_H

#include "parser/build.h"

#define DRV_HIST 128 /* recent tokens kept for error messages */

/* A token seen by the parser. */
typedef struct PHist {
    CoilTokenKind kind;
    PSpan sp;
    int depth;        /* bracket depth before the token */
    const char *start;
    uint32_t len;
    bool line_start;  /* first token of a logical line */
} PHist;

typedef struct PDriver {
    ParseCtx *ctx;
    CoilLexer *lx;
    void *parser;
    bool fexpr;             /* parsing an f-string field's "(expr)" */
    bool eval;              /* parsing eval() input (EVAL_START was fed first) */
    int map_line, map_col;  /* where that text sits in the file */

    CoilToken cur;          /* the token being fed (the error token on failure) */
    CoilToken pending;      /* one token read ahead (after a STRING run) */
    bool have_pending;

    PHist hist[DRV_HIST];
    unsigned nhist;
    int depth;              /* bracket depth after the last token fed */
    bool at_line_start;
    int with_paren_depth;   /* depth inside `with (`, 0 if none */

    CoilToken *strbuf;      /* a STRING run being collected */
    size_t strcap;

    unsigned nfed;          /* tokens the parser took */
    long limit;             /* replaying: stop after this many tokens (else -1) */
    void *probe;            /* the parser as it was before the error token */
    bool ahead_failed;      /* explaining read ahead into a tokenizer error... */
    CoilSyntaxError ahead_err; /* ...which CPython's second pass would hit too */
} PDriver;

int drv_code(CoilTokenKind kind);
/* Rebuilds d->probe: the parser's state just before the error token, by
 * parsing again up to it.  (After an error lemon has already made the default
 * reductions the bad token triggered, so its own state no longer says what
 * would have been accepted.) */
void drv_make_probe(PDriver *d);
void drv_free_probe(PDriver *d);
bool drv_accepts(PDriver *d, CoilTokenKind kind);
/* The token `back` positions before the current one (1: the previous). */
const PHist *drv_hist(const PDriver *d, int back);
/* Records CPython's message for the syntax error at d->cur. */
void drv_explain(PDriver *d);

#endif
