/* codegen_match.c — the match statement (PEP 634): each case's pattern is
 * compiled to tests that jump to the next case on failure, with captured
 * values held in temporaries and stored to their names only once the whole
 * pattern has matched (then the guard runs).  Also CPython's compile-time
 * pattern errors: unreachable cases, repeated or mismatched names, repeated
 * attribute names and literal mapping keys. */
#define _POSIX_C_SOURCE 200809L /* fmemopen */
#include <stdio.h>
#include <string.h>

#include "compiler/codegen.h"
#include "parser/repr.h"

#define PAT_MAX_NAMES 64

/* The names a pattern binds so far, each in a temporary register. */
typedef struct PatCtx {
    const char *names[PAT_MAX_NAMES];
    int regs[PAT_MAX_NAMES];
    const AstNode *at[PAT_MAX_NAMES];
    int n;
    int fail;              /* label to jump to when the pattern does not match */
    bool allow_irrefutable;
    /* The pattern compiled last: CPython reports name errors found after a
     * sub-pattern (repeated or mismatched names) at that one. */
    const AstNode **loc;
} PatCtx;

static void pat_compile(CompUnit *u, const AstNode *p, int subj, PatCtx *pc);

static void pat_bind(CompUnit *u, const AstNode *at, const char *name, int src, PatCtx *pc)
{
    for (int i = 0; i < pc->n; i++) {
        if (strcmp(pc->names[i], name) == 0) {
            comp_error(u, *pc->loc ? *pc->loc : at, "multiple assignments to name '%s' in pattern", name);
            return;
        }
    }
    if (pc->n == PAT_MAX_NAMES) {
        comp_error(u, at, "too many names bound in one pattern");
        return;
    }
    int r = comp_reg_alloc(u, 1);
    comp_emit_move(u, r, src);
    pc->names[pc->n] = name;
    pc->regs[pc->n] = r;
    pc->at[pc->n] = at;
    pc->n++;
}

/* The instruction just emitted skips a JUMP on success: emit that JUMP. */
static void pat_fail_jump(CompUnit *u, PatCtx *pc) { comp_jump(u, pc->fail); }

static bool pat_is_wildcard(const AstNode *p)
{
    return p->kind == AST_MatchAs && !p->v.MatchAs.pattern && !p->v.MatchAs.name;
}

static void pat_value(CompUnit *u, const AstNode *value, int subj, int cmpop, PatCtx *pc)
{
    int r = comp_expr_any(u, value);
    u->line = value->lineno;
    comp_emit_abc(u, OP_CMPJ, subj, r, cmpop); /* jump when false */
    pat_fail_jump(u, pc);
}

static void pat_sequence(CompUnit *u, const AstNode *p, int subj, PatCtx *pc)
{
    const AstList *pats = &p->v.MatchSequence.patterns;
    int n = pats->len, star = -1;
    bool all_wild = true;
    for (int i = 0; i < n; i++) {
        const AstNode *e = pats->items[i];
        if (e->kind == AST_MatchStar) {
            star = i;
            if (e->v.MatchStar.name) all_wild = false;
        } else if (!pat_is_wildcard(e)) {
            all_wild = false;
        }
    }
    if (n > 255) {
        comp_error(u, p, "too many sub-patterns in sequence pattern");
        return;
    }
    comp_emit_abc(u, OP_MATCHSEQ, subj, 0, 0);
    pat_fail_jump(u, pc);
    if (star < 0) {
        comp_emit_abc(u, OP_MATCHLEN, subj, n, 0);
        pat_fail_jump(u, pc);
    } else if (n > 1) {
        comp_emit_abc(u, OP_MATCHLEN, subj, n - 1, 1);
        pat_fail_jump(u, pc);
    }
    if (all_wild) return;
    if (star >= 0 && !pats->items[star]->v.MatchStar.name) {
        /* `*_`: no list is built; the other items are read by index, those
         * after the star as subject[len(subject) - k] (CPython does the same,
         * which a Sequence's __len__/__getitem__ can observe). */
        for (int i = 0; i < n && !u->c->failed; i++) {
            const AstNode *e = pats->items[i];
            if (i == star || pat_is_wildcard(e)) continue;
            int item = comp_reg_alloc(u, 1), idx = comp_reg_alloc(u, 1);
            u->line = p->lineno;
            if (i < star) {
                comp_emit(u, MAKE_ASBX(OP_LOADI, idx, i));
            } else {
                int k = comp_reg_alloc(u, 1);
                comp_emit_abc(u, OP_GETLEN, idx, subj, 0);
                comp_emit(u, MAKE_ASBX(OP_LOADI, k, n - i));
                comp_emit_abc(u, OP_SUB, idx, idx, k);
            }
            comp_emit_abc(u, OP_GETITEM, item, subj, idx);
            pat_compile(u, e, item, pc);
        }
        return;
    }
    int base = comp_reg_alloc(u, n);
    if (star < 0) {
        comp_emit_abc(u, OP_UNPACK, base, n, subj);
    } else {
        comp_emit_move(u, base, subj);
        comp_emit_abc(u, OP_UNPACKEX, base, star, n - star - 1);
    }
    for (int i = 0; i < n && !u->c->failed; i++) {
        const AstNode *e = pats->items[i];
        if (e->kind == AST_MatchStar) {
            *pc->loc = e;
            if (e->v.MatchStar.name) pat_bind(u, e, e->v.MatchStar.name, base + i, pc);
        } else {
            pat_compile(u, e, base + i, pc);
        }
    }
}

/* A literal key as CPython's message shows it (the value's repr). */
static bool comp_const_text(CompUnit *u, const AstNode *k, char *buf, size_t cap, size_t *len)
{
    (void)u;
    bool neg = false;
    if (k->kind == AST_UnaryOp && k->v.UnaryOp.operand->kind == AST_Constant) {
        neg = true;
        k = k->v.UnaryOp.operand;
    }
    if (k->kind != AST_Constant) return false;
    FILE *f = fmemopen(buf, cap, "w");
    if (!f) return false;
    if (neg) fputc('-', f);
    repr_constant(k, f);
    long n = ftell(f);
    fclose(f);
    if (n < 0 || (size_t)n >= cap) return false;
    *len = (size_t)n;
    return true;
}

/* Two constant keys that CPython's compiler would find equal. */
static bool key_same(Compiler *c, const AstNode *a, const AstNode *b)
{
    CoilConst x, y;
    if (!comp_fold(c, a, &x) || !comp_fold(c, b, &y)) return false;
    double fx, fy;
    bool nx = true, ny = true;
    switch (x.kind) {
    case CONST_INT: fx = (double)x.u.i; break;
    case CONST_FLOAT: fx = x.u.f; break;
    case CONST_TRUE: fx = 1; break;
    case CONST_FALSE: fx = 0; break;
    default: nx = false; fx = 0; break;
    }
    switch (y.kind) {
    case CONST_INT: fy = (double)y.u.i; break;
    case CONST_FLOAT: fy = y.u.f; break;
    case CONST_TRUE: fy = 1; break;
    case CONST_FALSE: fy = 0; break;
    default: ny = false; fy = 0; break;
    }
    if (nx || ny) return nx && ny && fx == fy;
    if (x.kind != y.kind) return false;
    switch (x.kind) {
    case CONST_NONE: return true;
    case CONST_STR:
    case CONST_BYTES:
        return x.u.str.len == y.u.str.len && memcmp(x.u.str.s, y.u.str.s, x.u.str.len) == 0;
    default: return false;
    }
}

static void pat_mapping(CompUnit *u, const AstNode *p, int subj, PatCtx *pc)
{
    const AstList *keys = &p->v.MatchMapping.keys;
    const AstList *pats = &p->v.MatchMapping.patterns;
    int n = keys->len;
    if (n > 255) {
        comp_error(u, p, "too many sub-patterns in mapping pattern");
        return;
    }
    for (int i = 0; i < n; i++) {
        const AstNode *k = keys->items[i];
        if (k->kind == AST_Attribute) continue;
        for (int j = 0; j < i; j++) {
            if (keys->items[j]->kind != AST_Attribute && key_same(u->c, keys->items[j], k)) {
                char buf[200];
                size_t len = 0;
                /* the message shows the key as written (it is a literal) */
                if (comp_const_text(u, k, buf, sizeof buf, &len))
                    comp_error(u, p, "mapping pattern checks duplicate key (%.*s)", (int)len, buf);
                else
                    comp_error(u, p, "mapping pattern checks duplicate key");
                return;
            }
        }
    }
    comp_emit_abc(u, OP_MATCHMAP, subj, 0, 0);
    pat_fail_jump(u, pc);
    if (n == 0 && !p->v.MatchMapping.rest) return;
    if (n) {
        comp_emit_abc(u, OP_MATCHLEN, subj, n, 1);
        pat_fail_jump(u, pc);
    }
    int kbase = comp_reg_alloc(u, n ? n : 1);
    for (int i = 0; i < n; i++) comp_expr_to(u, keys->items[i], kbase + i);
    u->line = p->lineno;
    int ktup = comp_reg_alloc(u, 1);
    comp_emit_abc(u, OP_BUILDTUPLE, ktup, kbase, n);
    if (n) {
        int vals = comp_reg_alloc(u, 1);
        comp_emit_abc(u, OP_MATCHKEYS, vals, subj, ktup);
        pat_fail_jump(u, pc);
        int vbase = comp_reg_alloc(u, n);
        comp_emit_abc(u, OP_UNPACK, vbase, n, vals);
        for (int i = 0; i < n && !u->c->failed; i++) pat_compile(u, pats->items[i], vbase + i, pc);
    }
    if (p->v.MatchMapping.rest) {
        int rest = comp_reg_alloc(u, 1);
        u->line = p->lineno;
        comp_emit_abc(u, OP_BUILDDICT, rest, 0, 0);
        comp_emit_abc(u, OP_DICTUPDATE, rest, subj, 0);
        for (int i = 0; i < n; i++) comp_emit_abc(u, OP_DELITEM, rest, kbase + i, 0);
        pat_bind(u, p, p->v.MatchMapping.rest, rest, pc);
    }
}

static void pat_class(CompUnit *u, const AstNode *p, int subj, PatCtx *pc)
{
    const AstList *pos = &p->v.MatchClass.patterns;
    const AstList *kwp = &p->v.MatchClass.kwd_patterns;
    const AstNames *kwn = &p->v.MatchClass.kwd_attrs;
    int npos = pos->len, nkw = kwp->len;
    for (int i = 0; i < nkw; i++) {
        for (int j = 0; j < i; j++) {
            if (strcmp(kwn->items[i], kwn->items[j]) == 0) {
                comp_error(u, kwp->items[i], "attribute name repeated in class pattern: %s", kwn->items[i]);
                return;
            }
        }
    }
    if (npos > 255 || npos + nkw > 255) {
        comp_error(u, p, "too many sub-patterns in class pattern");
        return;
    }
    int base = comp_reg_alloc(u, 3);
    comp_expr_to(u, p->v.MatchClass.cls, base);
    u->line = p->lineno;
    comp_emit_move(u, base + 1, subj);
    if (nkw) {
        CoilConst k = {.kind = CONST_TUPLE};
        CoilConst *names = arena_alloc(u->c->scratch, sizeof *names * (size_t)nkw);
        if (!names) return;
        for (int i = 0; i < nkw; i++) {
            names[i].kind = CONST_STR;
            names[i].u.str.s = kwn->items[i];
            names[i].u.str.len = strlen(kwn->items[i]);
        }
        k.u.tuple.items = names;
        k.u.tuple.len = (size_t)nkw;
        comp_load_const(u, &k, base + 2);
    } else {
        comp_emit_abc(u, OP_LOADNONE, base + 2, 0, 0);
    }
    int attrs = comp_reg_alloc(u, 1);
    comp_emit_abc(u, OP_MATCHCLASS, attrs, base, npos);
    pat_fail_jump(u, pc);
    if (npos + nkw == 0) return;
    int vbase = comp_reg_alloc(u, npos + nkw);
    comp_emit_abc(u, OP_UNPACK, vbase, npos + nkw, attrs);
    for (int i = 0; i < npos && !u->c->failed; i++) pat_compile(u, pos->items[i], vbase + i, pc);
    for (int i = 0; i < nkw && !u->c->failed; i++) pat_compile(u, kwp->items[i], vbase + npos + i, pc);
}

static void pat_or(CompUnit *u, const AstNode *p, int subj, PatCtx *pc)
{
    const AstList *alts = &p->v.MatchSequence.patterns;
    int end = comp_label(u);
    int n0 = 0, res = -1;
    PatCtx first;
    first.n = 0;
    for (int i = 0; i < alts->len && !u->c->failed; i++) {
        bool last = i == alts->len - 1;
        PatCtx sub;
        sub.n = 0;
        sub.fail = last ? pc->fail : comp_label(u);
        sub.allow_irrefutable = last && pc->allow_irrefutable;
        sub.loc = pc->loc;
        pat_compile(u, alts->items[i], subj, &sub);
        if (u->c->failed) return;
        if (i == 0) {
            first = sub;
            n0 = sub.n;
            res = comp_reg_alloc(u, n0 ? n0 : 1);
            for (int k = 0; k < n0; k++) comp_emit_move(u, res + k, sub.regs[k]);
        } else {
            bool same = sub.n == n0;
            for (int k = 0; same && k < n0; k++) {
                int found = -1;
                for (int m = 0; m < sub.n; m++)
                    if (strcmp(sub.names[m], first.names[k]) == 0) found = m;
                if (found < 0) same = false;
                else comp_emit_move(u, res + k, sub.regs[found]);
            }
            if (!same) {
                comp_error(u, *pc->loc, "alternative patterns bind different names");
                return;
            }
        }
        comp_jump(u, end);
        if (!last) comp_bind(u, sub.fail);
    }
    comp_bind(u, end);
    for (int k = 0; k < n0 && !u->c->failed; k++) {
        for (int m = 0; m < pc->n; m++) {
            if (strcmp(pc->names[m], first.names[k]) == 0) {
                comp_error(u, *pc->loc, "multiple assignments to name '%s' in pattern", first.names[k]);
                return;
            }
        }
        if (pc->n == PAT_MAX_NAMES) {
            comp_error(u, p, "too many names bound in one pattern");
            return;
        }
        pc->names[pc->n] = first.names[k];
        pc->regs[pc->n] = res + k;
        pc->at[pc->n] = first.at[k];
        pc->n++;
    }
}

static void pat_compile(CompUnit *u, const AstNode *p, int subj, PatCtx *pc)
{
    if (u->c->failed) return;
    int saved_line = u->line;
    const AstNode *saved_pos = u->posnode;
    u->line = p->lineno;
    u->posnode = p; /* a failing match (a class pattern's checks) is placed at its pattern */
    *pc->loc = p;
    switch (p->kind) {
    case AST_MatchValue: pat_value(u, p->v.MatchValue.value, subj, OP_EQ - OP_EQ, pc); break;
    case AST_MatchSingleton: pat_value(u, p->v.MatchValue.value, subj, OP_IS - OP_EQ, pc); break;
    case AST_MatchSequence: {
        bool allow = pc->allow_irrefutable;
        pc->allow_irrefutable = true;
        pat_sequence(u, p, subj, pc);
        pc->allow_irrefutable = allow;
        break;
    }
    case AST_MatchMapping: {
        bool allow = pc->allow_irrefutable;
        pc->allow_irrefutable = true;
        pat_mapping(u, p, subj, pc);
        pc->allow_irrefutable = allow;
        break;
    }
    case AST_MatchClass: {
        bool allow = pc->allow_irrefutable;
        pc->allow_irrefutable = true;
        pat_class(u, p, subj, pc);
        pc->allow_irrefutable = allow;
        break;
    }
    case AST_MatchOr: pat_or(u, p, subj, pc); break;
    case AST_MatchAs:
        if (p->v.MatchAs.pattern) {
            pat_compile(u, p->v.MatchAs.pattern, subj, pc);
        } else if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                comp_error(u, p, "name capture '%s' makes remaining patterns unreachable", p->v.MatchAs.name);
            else
                comp_error(u, p, "wildcard makes remaining patterns unreachable");
            break;
        }
        if (p->v.MatchAs.name) pat_bind(u, p, p->v.MatchAs.name, subj, pc);
        break;
    case AST_MatchStar: comp_error(u, p, "can't use starred name here"); break;
    default: comp_error(u, p, "invalid pattern"); break;
    }
    u->line = saved_line;
    u->posnode = saved_pos;
}

void comp_match(CompUnit *u, const AstNode *s)
{
    int base = u->freereg;
    int subj = comp_reg_alloc(u, 1);
    comp_expr_to(u, s->v.Match.subject, subj);
    int end = comp_label(u);
    CompBound s0 = u->bound;
    CompBound acc = {{0}, true};
    const AstList *cases = &s->v.Match.cases;
    for (int i = 0; i < cases->len && !u->c->failed; i++) {
        const AstNode *mc = cases->items[i];
        const AstNode *guard = mc->v.match_case.guard;
        int top = u->freereg;
        PatCtx pc;
        pc.n = 0;
        pc.fail = comp_label(u);
        pc.allow_irrefutable = guard != NULL || i == cases->len - 1;
        const AstNode *loc = NULL;
        pc.loc = &loc;
        u->bound = s0;
        pat_compile(u, mc->v.match_case.pattern, subj, &pc);
        if (u->c->failed) return;
        u->line = mc->v.match_case.pattern->lineno;
        for (int k = 0; k < pc.n; k++) comp_store_name(u, pc.names[k], pc.regs[k]);
        comp_reg_settop(u, top);
        if (guard) comp_jump_if(u, guard, false, pc.fail);
        comp_stmts(u, &mc->v.match_case.body);
        if (!u->bound.dead) comp_jump(u, end);
        comp_bound_merge(&acc, &u->bound);
        comp_bind(u, pc.fail);
    }
    comp_bound_merge(&acc, &s0);
    u->bound = acc;
    comp_bind(u, end);
    comp_reg_settop(u, base);
}
