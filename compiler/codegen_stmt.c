/* codegen_stmt.c — statements: assignments of every form, control flow
 * (if/while/for with else, break/continue/return through finally and with,
 * whose cleanup is emitted inline at each exit as CPython 3.11 does),
 * try/except/finally and with via the exception table, raise, assert,
 * imports, del, and the module/class body prologue (docstring, annotations). */
#include <string.h>

#include "compiler/codegen.h"
#include "compiler/compile.h"

/* --- leaving blocks: break, continue, return ---------------------------------- */

typedef struct Unwind {
    CompFBlock fblocks[COMP_MAXBLOCKS];
    int nfblocks;
    int hstack[COMP_MAXHANDLERS];
    int hdepth;
} Unwind;

static void unwind_one(CompUnit *u, const CompFBlock *fb)
{
    switch (fb->kind) {
    case FB_FINALLY_TRY: comp_stmts(u, fb->finalbody); break;
    case FB_FINALLY_END: comp_emit_abc(u, OP_POPEXC, fb->reg, 0, 0); break;
    case FB_WITH:
    case FB_ASYNC_WITH: {
        /* The exit call belongs to the with statement's line (a traceback
         * through __exit__ shows it there), as in CPython. */
        int save = u->freereg, line = u->line;
        int t = comp_reg_alloc(u, 4);
        u->line = fb->line;
        comp_emit_move(u, t, fb->reg);
        comp_emit_abc(u, OP_LOADNONE, t + 1, 2, 0);
        comp_emit_abc(u, OP_CALL, t, 3, 0);
        if (fb->kind == FB_ASYNC_WITH) comp_emit_abc(u, OP_AWAIT, t, t, 0);
        comp_reg_settop(u, save);
        u->line = line;
        break;
    }
    case FB_FOR:
        if (fb->close_iter) comp_emit_abc(u, OP_CLOSEITER, fb->reg, 0, 0);
        break;
    case FB_HANDLER_CLEANUP:
        comp_emit_abc(u, OP_POPEXC, fb->reg, 0, 0);
        if (fb->name) {
            int r = comp_local_reg(u, fb->name);
            if (r >= 0) {
                comp_emit_abc(u, OP_LOADEMPTY, r, 0, 0);
                comp_bound_clear(u, r);
            } else {
                int save = u->freereg;
                int t = comp_reg_alloc(u, 1);
                comp_emit_abc(u, OP_LOADNONE, t, 0, 0);
                comp_store_name(u, fb->name, t);
                comp_delete_name(u, fb->name);
                comp_reg_settop(u, save);
            }
        }
        break;
    default: break; /* loops and try bodies leave nothing behind in registers */
    }
}

/* Emits the cleanup of every block above index `stop` (exclusive), each with
 * its own handler already out of reach, as CPython's unwind_fblock_stack. */
static void unwind_begin(CompUnit *u, int stop, Unwind *save)
{
    memcpy(save->fblocks, u->fblocks, sizeof u->fblocks);
    save->nfblocks = u->nfblocks;
    memcpy(save->hstack, u->hstack, sizeof u->hstack);
    save->hdepth = u->hdepth;
    for (int i = save->nfblocks - 1; i > stop; i--) {
        CompFBlock fb = save->fblocks[i];
        u->nfblocks = i;
        u->hdepth = fb.hdepth;
        unwind_one(u, &fb);
    }
}

static void unwind_end(CompUnit *u, const Unwind *save)
{
    memcpy(u->fblocks, save->fblocks, sizeof u->fblocks);
    u->nfblocks = save->nfblocks;
    memcpy(u->hstack, save->hstack, sizeof u->hstack);
    u->hdepth = save->hdepth;
    u->bound.dead = true;
}

static void comp_return(CompUnit *u, const AstNode *s)
{
    if (u->kind != UNIT_FUNCTION) {
        comp_error(u, s, "'return' outside function");
        return;
    }
    const AstNode *v = s->v.Return.value;
    if (v && u->scope->is_async_def && u->scope->is_generator) {
        comp_error(u, s, "'return' with value in async generator");
        return;
    }
    /* The cleanup run on the way out (a finally clause, `del e` of an except
     * clause's name) may rebind or unbind the local being returned: copy it
     * to a temporary first. */
    bool cleanup_code = false;
    for (int i = 0; i < u->nfblocks; i++)
        if (u->fblocks[i].kind == FB_FINALLY_TRY || u->fblocks[i].kind == FB_HANDLER_CLEANUP)
            cleanup_code = true;
    int r;
    if (!v) {
        r = comp_reg_alloc(u, 1);
        comp_emit_abc(u, OP_LOADNONE, r, 0, 0);
    } else {
        r = cleanup_code ? comp_expr_temp(u, v) : comp_expr_any(u, v);
    }
    Unwind save;
    unwind_begin(u, -1, &save);
    u->line = s->lineno;
    comp_emit_abc(u, OP_RETURN, r, 0, 0);
    unwind_end(u, &save);
}

static void comp_break_continue(CompUnit *u, const AstNode *s)
{
    bool is_break = s->kind == AST_Break;
    int loop = u->nfblocks - 1;
    while (loop >= 0 && u->fblocks[loop].kind != FB_WHILE && u->fblocks[loop].kind != FB_FOR) loop--;
    if (loop < 0) {
        comp_error(u, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    int label = is_break ? u->fblocks[loop].brk : u->fblocks[loop].cont;
    Unwind save;
    unwind_begin(u, loop, &save);
    u->line = s->lineno;
    comp_jump(u, label);
    unwind_end(u, &save);
}

/* --- assignments ------------------------------------------------------------------ */

static void comp_assign(CompUnit *u, const AstNode *s)
{
    const AstList *targets = &s->v.Assign.targets;
    const AstNode *value = s->v.Assign.value;
    const AstNode *t0 = targets->items[0];
    /* a, b = b, a: no tuple, all values first, then the stores left to right */
    if (targets->len == 1 && (t0->kind == AST_Tuple || t0->kind == AST_List) &&
        (value->kind == AST_Tuple || value->kind == AST_List) && value->v.List.elts.len == t0->v.List.elts.len &&
        value->v.List.elts.len <= 16) {
        bool starred = false;
        for (int i = 0; i < t0->v.List.elts.len; i++)
            if (t0->v.List.elts.items[i]->kind == AST_Starred || value->v.List.elts.items[i]->kind == AST_Starred)
                starred = true;
        if (!starred) {
            int n = value->v.List.elts.len;
            int base = comp_reg_alloc(u, n);
            for (int i = 0; i < n; i++) comp_expr_to(u, value->v.List.elts.items[i], base + i);
            for (int i = 0; i < n; i++) comp_store(u, t0->v.List.elts.items[i], base + i);
            return;
        }
    }
    if (targets->len == 1 && t0->kind == AST_Name) {
        int r = comp_local_reg(u, t0->v.Name.id);
        if (r >= 0) {
            comp_expr_to(u, value, r);
            comp_bound_set(u, r);
            return;
        }
    }
    int src = comp_expr_any(u, value);
    for (int i = 0; i < targets->len; i++) comp_store(u, targets->items[i], src);
}

/* acc op= value, with IADDI/ISUBI when the value is a small int constant. */
static void aug_op(CompUnit *u, const AstNode *s, CoilOpcode op, int acc)
{
    CoilOpcode opc;
    int c;
    if (comp_binop_const(u, s->v.AugAssign.op, true, s->v.AugAssign.value, &opc, &c)) {
        u->line = s->lineno;
        comp_emit_abc(u, opc, acc, acc, c);
        return;
    }
    int rv = comp_expr_any(u, s->v.AugAssign.value);
    u->line = s->lineno;
    comp_emit_abc(u, op, acc, acc, rv);
}

static void comp_augassign(CompUnit *u, const AstNode *s)
{
    const AstNode *t = s->v.AugAssign.target;
    CoilOpcode op = comp_binop_opcode(s->v.AugAssign.op, true);
    switch (t->kind) {
    case AST_Name: {
        int r = comp_local_reg(u, t->v.Name.id);
        if (r >= 0 && !u->scope->has_walrus) {
            u->posnode = t; /* the target's own errors point at it, the operation's at s */
            comp_check_local(u, t->v.Name.id);
            u->posnode = s;
            CoilOpcode opc;
            int c;
            if (comp_is_accumulator(u, t->v.Name.id)) {
                if (op == OP_IADD && !comp_binop_const(u, AST_OP_Add, true, s->v.AugAssign.value, &opc, &c)) {
                    /* s += t: the right side may read s, which seals it */
                    int rv = comp_expr_any(u, s->v.AugAssign.value);
                    u->line = s->lineno;
                    comp_emit_abc(u, OP_IADDACC, r, r, rv);
                    return;
                }
                u->line = s->lineno;
                if (op != OP_IADD) comp_emit_abc(u, OP_SEAL, r, 0, 0); /* s *= 2 and the like read s */
            }
            aug_op(u, s, op, r);
            return;
        }
        int acc = comp_reg_alloc(u, 1);
        u->posnode = t;
        comp_load_name(u, t->v.Name.id, acc);
        u->posnode = s;
        aug_op(u, s, op, acc);
        u->posnode = t;
        comp_store_name(u, t->v.Name.id, acc);
        u->posnode = s;
        return;
    }
    case AST_Attribute: {
        int obj = comp_expr_any(u, t->v.Attribute.value);
        int name = comp_name(u, comp_mangle(u, t->v.Attribute.attr));
        int acc = comp_reg_alloc(u, 1);
        u->posnode = t;
        comp_emit_abc_kc(u, OP_GETATTR, acc, obj, name);
        u->posnode = s;
        aug_op(u, s, op, acc);
        u->posnode = t;
        comp_emit_abc_kb(u, OP_SETATTR, obj, name, acc);
        u->posnode = s;
        return;
    }
    case AST_Subscript: {
        int obj = comp_expr_any(u, t->v.Subscript.value);
        int key = comp_subscript_key(u, t->v.Subscript.slice);
        int acc = comp_reg_alloc(u, 1);
        u->posnode = t;
        comp_emit_abc(u, OP_GETITEM, acc, obj, key);
        u->posnode = s;
        aug_op(u, s, op, acc);
        u->posnode = t;
        comp_emit_abc(u, OP_SETITEM, obj, key, acc);
        u->posnode = s;
        return;
    }
    default: comp_error(u, t, "illegal expression for augmented assignment"); return;
    }
}

static void load_annotations_dict(CompUnit *u, int target)
{
    comp_load_name(u, "__annotations__", target);
}

static void comp_annassign(CompUnit *u, const AstNode *s)
{
    const AstNode *t = s->v.AnnAssign.target;
    bool evaluates = u->kind != UNIT_FUNCTION; /* annotations are evaluated in modules and classes only */
    if (s->v.AnnAssign.value) {
        int r = t->kind == AST_Name ? comp_local_reg(u, t->v.Name.id) : -1;
        if (r >= 0) {
            comp_expr_to(u, s->v.AnnAssign.value, r);
            comp_bound_set(u, r);
        } else {
            int src = comp_expr_any(u, s->v.AnnAssign.value);
            comp_store(u, t, src);
        }
    }
    int save = u->freereg;
    if (t->kind == AST_Name && s->v.AnnAssign.simple) {
        if (evaluates) { /* __annotations__['x'] = annotation */
            int ann = comp_expr_temp(u, s->v.AnnAssign.annotation);
            int d = comp_reg_alloc(u, 2);
            load_annotations_dict(u, d);
            comp_emit_abx(u, OP_LOADK, d + 1, comp_name(u, comp_mangle(u, t->v.Name.id)));
            comp_emit_abc(u, OP_SETITEM, d, d + 1, ann);
        }
    } else {
        /* (x): T, a.b: T, a[i]: T: without a value the target's parts are
         * still evaluated; the annotation is evaluated and dropped */
        if (!s->v.AnnAssign.value) {
            if (t->kind == AST_Attribute) {
                comp_expr_temp(u, t->v.Attribute.value);
            } else if (t->kind == AST_Subscript) {
                comp_expr_temp(u, t->v.Subscript.value);
                comp_expr_temp(u, t->v.Subscript.slice);
            }
        }
        if (evaluates) comp_expr_temp(u, s->v.AnnAssign.annotation);
    }
    comp_reg_settop(u, save);
}

static void comp_delete(CompUnit *u, const AstNode *t)
{
    int save = u->freereg;
    const AstNode *saved_pos = u->posnode;
    u->line = t->lineno;
    u->posnode = t;
    switch (t->kind) {
    case AST_Name: comp_delete_name(u, t->v.Name.id); break;
    case AST_Attribute: {
        int r = comp_expr_any(u, t->v.Attribute.value);
        comp_emit_abc_kb(u, OP_DELATTR, r, comp_name(u, comp_mangle(u, t->v.Attribute.attr)), 0);
        break;
    }
    case AST_Subscript: {
        int r = comp_expr_any(u, t->v.Subscript.value);
        int k = comp_subscript_key(u, t->v.Subscript.slice);
        comp_emit_abc(u, OP_DELITEM, r, k, 0);
        break;
    }
    case AST_Tuple:
    case AST_List:
        for (int i = 0; i < t->v.List.elts.len; i++) comp_delete(u, t->v.List.elts.items[i]);
        break;
    default: comp_error(u, t, "cannot delete %s", ast_kind_name(t->kind)); break;
    }
    u->posnode = saved_pos;
    comp_reg_settop(u, save);
}

/* --- control flow --------------------------------------------------------------------- */

static void comp_if(CompUnit *u, const AstNode *s)
{
    int orelse = comp_label(u), end = comp_label(u);
    comp_jump_if(u, s->v.If.test, false, orelse);
    CompBound s0 = u->bound;
    comp_stmts(u, &s->v.If.body);
    if (s->v.If.orelse.len) {
        if (!u->bound.dead) comp_jump(u, end);
        CompBound s1 = u->bound;
        comp_bind(u, orelse);
        u->bound = s0;
        comp_stmts(u, &s->v.If.orelse);
        comp_bound_merge(&u->bound, &s1);
        comp_bind(u, end);
    } else {
        comp_bind(u, orelse);
        comp_bound_merge(&u->bound, &s0);
    }
}

static void comp_while(CompUnit *u, const AstNode *s)
{
    int body = comp_label(u), cont = comp_label(u), exit = comp_label(u), brk = comp_label(u);
    /* The test is compiled twice (before the loop and at its bottom) so each
     * iteration takes one conditional jump, as CPython 3.11 does. */
    comp_jump_if(u, s->v.While.test, false, exit);
    CompBound s0 = comp_bound_snapshot(u);
    u->bound = s0; /* the body is also entered from the bottom test */
    comp_bind(u, body);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = FB_WHILE, .hdepth = u->hdepth, .brk = brk, .cont = cont}))
        return;
    comp_stmts(u, &s->v.While.body);
    comp_pop_fblock(u);
    comp_bind(u, cont);
    u->bound = s0;
    u->line = s->v.While.test->lineno;
    comp_jump_if(u, s->v.While.test, true, body);
    comp_bind(u, exit);
    u->bound = s0;
    comp_stmts(u, &s->v.While.orelse);
    comp_bind(u, brk);
    u->bound = s0;
}

static void comp_for(CompUnit *u, const AstNode *s)
{
    bool is_async = s->kind == AST_AsyncFor;
    if (is_async && !((u->kind == UNIT_FUNCTION || u->kind == UNIT_MODULE) && u->scope->is_async_def)) {
        comp_error(u, s, "'async for' outside async function");
        return;
    }
    int it = comp_reg_alloc(u, 1);
    int src = comp_iter_source(u, s->v.For.iter);
    u->line = s->lineno;
    /* `for x in f(...)`: if the call makes a generator, only this loop holds
     * it, and leaving the loop early (break, return, an exception) closes it
     * there, when CPython's reference count drops it (CLOSEITER). */
    bool owns = s->v.For.iter->kind == AST_Call;
    comp_emit_abc(u, is_async ? OP_GETAITER : OP_GETITER, it, src, owns);
    comp_reg_settop(u, it + 1);
    int rexc = owns ? comp_reg_alloc(u, 1) : -1;
    int top = comp_label(u), exit = comp_label(u), brk = comp_label(u), closer = comp_label(u);
    int outer_hdepth = u->hdepth;
    if (owns) comp_push_handler(u, closer, rexc);
    CompBound s0 = comp_bound_snapshot(u);
    comp_bind(u, top);
    u->bound = s0;
    const AstNode *t = s->v.For.target;
    int direct = t->kind == AST_Name ? comp_local_reg(u, t->v.Name.id) : -1;
    int item = direct >= 0 ? direct : comp_reg_alloc(u, 1);
    comp_emit_abc(u, is_async ? OP_ASYNCFORITER : OP_FORITER, it, item, 0);
    comp_jump(u, exit);
    if (direct >= 0) comp_bound_set(u, direct);
    else comp_store(u, t, item);
    if (direct < 0) comp_reg_settop(u, item);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = FB_FOR, .hdepth = outer_hdepth, .brk = brk, .cont = top,
                                             .reg = it, .close_iter = owns}))
        return;
    comp_stmts(u, &s->v.For.body);
    comp_pop_fblock(u);
    u->line = s->lineno;
    comp_jump(u, top);
    if (owns) comp_pop_handler(u);
    comp_bind(u, exit);
    u->bound = s0;
    comp_stmts(u, &s->v.For.orelse);
    if (owns) {
        int done = comp_label(u);
        if (!u->bound.dead) comp_jump(u, done);
        /* break: the loop is left early */
        comp_bind(u, brk);
        u->bound = s0;
        comp_emit_abc(u, OP_CLOSEITER, it, 0, 0);
        comp_jump(u, done);
        /* an exception leaves the loop: close, then let it go on */
        comp_bind(u, closer);
        u->bound = s0;
        comp_emit_abc(u, OP_CLOSEITER, it, 0, 0);
        comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
        comp_bind(u, done);
    } else {
        comp_bind(u, brk);
    }
    u->bound = s0;
    comp_reg_settop(u, it);
}

/* --- exceptions ----------------------------------------------------------------------- */

/* `except ... as name`: name = None; del name (the local form just unbinds). */
static void clear_handler_name(CompUnit *u, const char *name)
{
    int r = comp_local_reg(u, name);
    if (r >= 0) {
        comp_emit_abc(u, OP_LOADEMPTY, r, 0, 0);
        comp_bound_clear(u, r);
        return;
    }
    int save = u->freereg;
    int t = comp_reg_alloc(u, 1);
    comp_emit_abc(u, OP_LOADNONE, t, 0, 0);
    comp_store_name(u, name, t);
    comp_delete_name(u, name);
    comp_reg_settop(u, save);
}

/* The guarded body of try/except and try/except* and its else clause,
 * which jumps to `end`; an exception goes to `handler` with it in rexc.
 * *after: what is bound when the body and else finish normally. */
static bool comp_try_body(CompUnit *u, const AstNode *s, int handler, int rexc, int end, CompBound *after)
{
    comp_push_handler(u, handler, rexc);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = FB_TRY_EXCEPT, .hdepth = u->hdepth - 1})) return false;
    comp_stmts(u, &s->v.Try.body);
    comp_pop_fblock(u);
    comp_pop_handler(u);
    comp_stmts(u, &s->v.Try.orelse);
    if (!u->bound.dead) comp_jump(u, end);
    *after = u->bound;
    return true;
}

static void comp_try_except(CompUnit *u, const AstNode *s)
{
    int rexc = comp_reg_alloc(u, 1), rprev = comp_reg_alloc(u, 1);
    int handler = comp_label(u), end = comp_label(u), cleanup = comp_label(u);
    CompBound before = comp_bound_snapshot(u);

    CompBound after;
    if (!comp_try_body(u, s, handler, rexc, end, &after)) return;

    /* The handlers run with the exception as the handled one (sys.exc_info);
     * anything raised in them restores the previous one on the way out. */
    comp_bind(u, handler);
    u->bound = before;
    u->line = s->v.Try.handlers.items[0]->lineno;
    comp_emit_abc(u, OP_PUSHEXC, rprev, rexc, 0);
    int hd = u->hdepth;
    comp_push_handler(u, cleanup, rexc);
    for (int i = 0; i < s->v.Try.handlers.len && !u->c->failed; i++) {
        const AstNode *h = s->v.Try.handlers.items[i];
        u->line = h->lineno;
        int next = comp_label(u);
        if (h->v.ExceptHandler.type) {
            int t = comp_expr_temp(u, h->v.ExceptHandler.type);
            u->line = h->lineno;
            comp_emit_abc(u, OP_EXCMATCH, t, rexc, t);
            comp_emit_abc(u, OP_TEST, t, 0, 0);
            comp_jump(u, next);
            comp_reg_settop(u, t);
        }
        CompBound entry = u->bound;
        const char *name = h->v.ExceptHandler.name;
        int name_cleanup = -1;
        if (name) {
            comp_store_name(u, name, rexc);
            name_cleanup = comp_label(u);
            comp_push_handler(u, name_cleanup, rexc);
        }
        if (!comp_push_fblock(u, h, (CompFBlock){.kind = FB_HANDLER_CLEANUP, .hdepth = hd, .reg = rprev,
                                                 .name = name}))
            return;
        comp_stmts(u, &h->v.ExceptHandler.body);
        comp_pop_fblock(u);
        if (name) comp_pop_handler(u);
        if (!u->bound.dead) {
            int saved = u->hdepth;
            u->hdepth = hd;
            comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
            if (name) clear_handler_name(u, name);
            comp_jump(u, end);
            u->hdepth = saved;
        }
        comp_bound_merge(&after, &u->bound);
        if (name) {
            /* raised inside the clause: unbind the name, then the outer cleanup */
            comp_bind(u, name_cleanup);
            u->bound = entry;
            clear_handler_name(u, name);
            comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
        }
        comp_bind(u, next);
        u->bound = entry;
    }
    comp_pop_handler(u);
    /* no clause matched */
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
    comp_bind(u, cleanup);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
    comp_bind(u, end);
    u->bound = after;
    comp_reg_settop(u, rexc);
}

/* try/except* (PEP 654).  The caught exception (rexc) is split clause by
 * clause: EGMATCH moves the matching part to rmatch, which becomes the
 * handled exception and the `as` name, and leaves the rest in rrest for the
 * next clause.  What a clause raises, re-raises or leaves is collected in
 * rlist; PREPRERAISE then builds what goes on (original tree shape for the
 * re-raised parts, new exceptions beside it in an ExceptionGroup("")).
 * Clauses cannot break, continue or return (a SyntaxError), so a clause
 * ends only by falling through or raising. */
static void comp_try_star(CompUnit *u, const AstNode *s)
{
    int rexc = comp_reg_alloc(u, 1), rprev = comp_reg_alloc(u, 1);
    int rrest = comp_reg_alloc(u, 1), rlist = comp_reg_alloc(u, 1), rmatch = comp_reg_alloc(u, 1);
    int handler = comp_label(u), end = comp_label(u), cleanup = comp_label(u), done = comp_label(u);
    CompBound before = comp_bound_snapshot(u);

    CompBound after;
    if (!comp_try_body(u, s, handler, rexc, end, &after)) return;

    comp_bind(u, handler);
    u->bound = before;
    u->line = s->v.Try.handlers.items[0]->lineno;
    comp_emit_abc(u, OP_PUSHEXC, rprev, rexc, 0);
    comp_emit_abc(u, OP_MOVE, rrest, rexc, 0);
    comp_emit_abc(u, OP_BUILDLIST, rlist, 0, 0);
    int hd = u->hdepth;
    comp_push_handler(u, cleanup, rexc);
    for (int i = 0; i < s->v.Try.handlers.len && !u->c->failed; i++) {
        const AstNode *h = s->v.Try.handlers.items[i];
        u->line = h->lineno;
        int next = comp_label(u), raised = comp_label(u);
        int t = comp_expr_temp(u, h->v.ExceptHandler.type);
        u->line = h->lineno;
        comp_emit_abc(u, OP_EGMATCH, rmatch, rrest, t);
        comp_jump(u, next);
        comp_reg_settop(u, t);
        CompBound entry = u->bound;
        /* the matched part is the handled exception from here on (CPython
         * keeps it so after the clause too) */
        comp_emit_abc(u, OP_POPEXC, rmatch, 0, 0);
        const char *name = h->v.ExceptHandler.name;
        if (name) comp_store_name(u, name, rmatch);
        comp_push_handler(u, raised, rmatch);
        if (!comp_push_fblock(u, h, (CompFBlock){.kind = FB_HANDLER_CLEANUP, .hdepth = hd, .reg = rprev,
                                                 .name = name}))
            return;
        comp_stmts(u, &h->v.ExceptHandler.body);
        comp_pop_fblock(u);
        comp_pop_handler(u);
        if (!u->bound.dead) {
            if (name) clear_handler_name(u, name);
            comp_jump(u, next);
        }
        CompBound fell = u->bound;
        /* raised inside the clause: keep it for the end, go on to the next */
        comp_bind(u, raised);
        u->bound = entry;
        u->bound = comp_bound_snapshot(u); /* less what the clause deleted */
        comp_emit_abc(u, OP_LISTAPPEND, rlist, rmatch, 0);
        if (name) clear_handler_name(u, name);
        comp_bind(u, next);
        u->bound = entry;
        u->bound = comp_bound_snapshot(u);
        if (name) {
            int r = comp_local_reg(u, name);
            if (r >= 0) comp_bound_clear(u, r);
        }
        comp_bound_merge(&u->bound, &fell);
    }
    comp_emit_abc(u, OP_LISTAPPEND, rlist, rrest, 0);
    comp_emit_abc(u, OP_PREPRERAISE, rrest, rexc, rlist);
    comp_jump(u, done);
    comp_pop_handler(u);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rrest, 0, 0);
    comp_bind(u, cleanup);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
    comp_bind(u, done);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_bound_merge(&after, &u->bound);
    comp_bind(u, end);
    u->bound = after;
    comp_reg_settop(u, rexc);
}

static void comp_try_clauses(CompUnit *u, const AstNode *s)
{
    if (s->kind == AST_TryStar) comp_try_star(u, s);
    else comp_try_except(u, s);
}

static void comp_try(CompUnit *u, const AstNode *s)
{
    if (!s->v.Try.finalbody.len) {
        comp_try_clauses(u, s);
        return;
    }
    int rexc = comp_reg_alloc(u, 1), rprev = comp_reg_alloc(u, 1);
    int handler = comp_label(u), end = comp_label(u), cleanup = comp_label(u);
    CompBound before = comp_bound_snapshot(u);

    comp_push_handler(u, handler, rexc);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = FB_FINALLY_TRY, .hdepth = u->hdepth - 1,
                                             .finalbody = &s->v.Try.finalbody}))
        return;
    if (s->v.Try.handlers.len) comp_try_clauses(u, s);
    else comp_stmts(u, &s->v.Try.body);
    comp_pop_fblock(u);
    comp_pop_handler(u);
    /* normal exit: the finally body inline */
    comp_stmts(u, &s->v.Try.finalbody);
    if (!u->bound.dead) comp_jump(u, end);
    CompBound after = u->bound;

    /* exceptional exit: run it with the exception handled, then re-raise */
    comp_bind(u, handler);
    u->bound = before;
    comp_emit_abc(u, OP_PUSHEXC, rprev, rexc, 0);
    int hd = u->hdepth;
    comp_push_handler(u, cleanup, rexc);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = FB_FINALLY_END, .hdepth = hd, .reg = rprev})) return;
    comp_stmts(u, &s->v.Try.finalbody);
    comp_pop_fblock(u);
    comp_pop_handler(u);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
    comp_bind(u, cleanup);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rexc, 0, 0);
    comp_bind(u, end);
    u->bound = after;
    comp_reg_settop(u, rexc);
}

static void comp_raise(CompUnit *u, const AstNode *s)
{
    if (!s->v.Raise.exc) {
        comp_emit_abc(u, OP_RAISE, 0, 2, 0);
    } else {
        int r = comp_reg_alloc(u, s->v.Raise.cause ? 2 : 1);
        comp_expr_to(u, s->v.Raise.exc, r);
        if (s->v.Raise.cause) comp_expr_to(u, s->v.Raise.cause, r + 1);
        u->line = s->lineno;
        comp_emit_abc(u, OP_RAISE, r, s->v.Raise.cause ? 1 : 0, 0);
    }
    u->bound.dead = true;
}

static void comp_assert(CompUnit *u, const AstNode *s)
{
    int ok = comp_label(u);
    comp_jump_if(u, s->v.Assert.test, true, ok);
    CompBound after = u->bound;
    /* CPython places the failure at a comparison test, else at the statement */
    u->posnode = s->v.Assert.test->kind == AST_Compare ? s->v.Assert.test : s;
    if (s->v.Assert.msg) {
        int r = comp_expr_temp(u, s->v.Assert.msg);
        u->line = s->lineno;
        comp_emit_abc(u, OP_ASSERTFAIL, r, 1, 0);
    } else {
        comp_emit_abc(u, OP_ASSERTFAIL, 0, 0, 0);
    }
    u->posnode = s;
    comp_bind(u, ok);
    u->bound = after;
}

/* with a as x, b as y: one nested block per item, innermost last. */
static void comp_with_item(CompUnit *u, const AstNode *s, int i)
{
    bool is_async = s->kind == AST_AsyncWith;
    const AstNode *item = s->v.With.items.items[i];
    int rexit = comp_reg_alloc(u, 2), rval = rexit + 1;
    comp_expr_to(u, item->v.withitem.context_expr, rexit);
    u->line = s->lineno;
    comp_emit_abc(u, OP_BEFOREWITH, rexit, rexit, is_async);
    if (is_async) comp_emit_abc(u, OP_AWAIT, rval, rval, 0);
    int rprev = comp_reg_alloc(u, 1);
    int handler = comp_label(u), end = comp_label(u), cleanup = comp_label(u), suppress = comp_label(u);
    CompBound before = comp_bound_snapshot(u);

    comp_push_handler(u, handler, rval);
    if (!comp_push_fblock(u, s, (CompFBlock){.kind = is_async ? FB_ASYNC_WITH : FB_WITH, .hdepth = u->hdepth - 1,
                                             .reg = rexit, .line = s->lineno}))
        return;
    if (item->v.withitem.optional_vars) comp_store(u, item->v.withitem.optional_vars, rval);
    if (i + 1 < s->v.With.items.len) comp_with_item(u, s, i + 1);
    else comp_stmts(u, &s->v.With.body);
    comp_pop_fblock(u);
    comp_pop_handler(u);
    if (!u->bound.dead) {
        /* normal exit: __exit__(None, None, None) */
        int t = comp_reg_alloc(u, 4);
        u->line = s->lineno;
        comp_emit_move(u, t, rexit);
        comp_emit_abc(u, OP_LOADNONE, t + 1, 2, 0);
        comp_emit_abc(u, OP_CALL, t, 3, 0);
        if (is_async) comp_emit_abc(u, OP_AWAIT, t, t, 0);
        comp_reg_settop(u, t);
        comp_jump(u, end);
    }

    /* exceptional exit: __exit__(type(e), e, e.__traceback__); true suppresses */
    comp_bind(u, handler);
    u->bound = before;
    u->line = s->lineno;
    comp_emit_abc(u, OP_PUSHEXC, rprev, rval, 0);
    comp_push_handler(u, cleanup, rval);
    int t = comp_reg_alloc(u, 4);
    comp_emit_move(u, t, rexit);
    comp_emit_abc_kc(u, OP_GETATTR, t + 1, rval, comp_name(u, "__class__"));
    comp_emit_move(u, t + 2, rval);
    comp_emit_abc_kc(u, OP_GETATTR, t + 3, rval, comp_name(u, "__traceback__"));
    comp_emit_abc(u, OP_CALL, t, 3, 0);
    if (is_async) comp_emit_abc(u, OP_AWAIT, t, t, 0);
    comp_emit_abc(u, OP_TEST, t, 1, 0);
    comp_jump(u, suppress);
    comp_reg_settop(u, t);
    comp_pop_handler(u);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rval, 0, 0);
    comp_bind(u, suppress);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_jump(u, end);
    comp_bind(u, cleanup);
    comp_emit_abc(u, OP_POPEXC, rprev, 0, 0);
    comp_emit_abc(u, OP_RERAISE, rval, 0, 0);
    comp_bind(u, end);
    u->bound = before; /* a suppressed exception may have cut the body short */
    comp_reg_settop(u, rexit);
}

static void comp_with(CompUnit *u, const AstNode *s)
{
    if (s->kind == AST_AsyncWith && !((u->kind == UNIT_FUNCTION || u->kind == UNIT_MODULE) && u->scope->is_async_def)) {
        comp_error(u, s, "'async with' outside async function");
        return;
    }
    comp_with_item(u, s, 0);
}

/* --- imports --------------------------------------------------------------------------- */

static void comp_import(CompUnit *u, const AstNode *s)
{
    for (int i = 0; i < s->v.Import.names.len; i++) {
        const AstNode *a = s->v.Import.names.items[i];
        const char *name = a->v.alias.name;
        int t = comp_reg_alloc(u, 1);
        u->line = a->lineno ? a->lineno : s->lineno;
        comp_emit_abc(u, OP_LOADNONE, t, 0, 0);
        comp_emit_abc_kb(u, OP_IMPORT, t, comp_name(u, name), 0);
        if (a->v.alias.asname) {
            /* import a.b.c as d binds the submodule: walk the attributes */
            const char *p = strchr(name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char *part = arena_alloc(u->c->scratch, n + 1);
                if (!part) return;
                memcpy(part, p + 1, n);
                part[n] = '\0';
                comp_emit_abc_kc(u, OP_IMPORTFROM, t, t, comp_name(u, part));
                p = q;
            }
            comp_store_name(u, a->v.alias.asname, t);
        } else {
            const char *dot = strchr(name, '.');
            if (dot) {
                size_t n = (size_t)(dot - name);
                char *first = arena_alloc(u->c->scratch, n + 1);
                if (!first) return;
                memcpy(first, name, n);
                first[n] = '\0';
                name = first;
            }
            comp_store_name(u, name, t);
        }
        comp_reg_settop(u, t);
    }
}

static void comp_importfrom(CompUnit *u, const AstNode *s)
{
    const AstList *names = &s->v.ImportFrom.names;
    if (s->v.ImportFrom.level > 255) {
        comp_error(u, s, "too many dots in relative import (Coil allows 255)");
        return;
    }
    if (comp_is_future_import(s) && s->lineno > u->c->future_lineno) {
        comp_error(u, s, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    CoilConst *items = arena_alloc(u->c->scratch, sizeof *items * (size_t)(names->len ? names->len : 1));
    if (!items) return;
    for (int i = 0; i < names->len; i++) {
        items[i].kind = CONST_STR;
        items[i].u.str.s = names->items[i]->v.alias.name;
        items[i].u.str.len = strlen(names->items[i]->v.alias.name);
    }
    CoilConst fromlist = {.kind = CONST_TUPLE};
    fromlist.u.tuple.items = items;
    fromlist.u.tuple.len = (size_t)names->len;
    int m = comp_reg_alloc(u, 1);
    comp_emit_abx(u, OP_LOADK, m, comp_const(u, &fromlist));
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    comp_emit_abc_kb(u, OP_IMPORT, m, comp_name(u, module), s->v.ImportFrom.level);
    if (names->len == 1 && !strcmp(names->items[0]->v.alias.name, "*")) {
        comp_emit_abc(u, OP_IMPORTSTAR, m, 0, 0);
    } else {
        int t = comp_reg_alloc(u, 1);
        for (int i = 0; i < names->len; i++) {
            const AstNode *a = names->items[i];
            u->line = a->lineno ? a->lineno : s->lineno;
            comp_emit_abc_kc(u, OP_IMPORTFROM, t, m, comp_name(u, a->v.alias.name));
            comp_store_name(u, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, t);
        }
    }
    comp_reg_settop(u, m);
}

/* --- statements ------------------------------------------------------------------------- */

static void comp_stmt(CompUnit *u, const AstNode *s)
{
    int base = u->freereg;
    const AstNode *outer = u->posnode;
    u->line = s->lineno;
    u->posnode = s; /* statement-level work (raise, import, for's iter, with's exit) */
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef: comp_funcdef(u, s); break;
    case AST_ClassDef: comp_classdef(u, s); break;
    case AST_Return: comp_return(u, s); break;
    case AST_Delete:
        for (int i = 0; i < s->v.Delete.targets.len; i++) comp_delete(u, s->v.Delete.targets.items[i]);
        break;
    case AST_Assign: comp_assign(u, s); break;
    case AST_AugAssign: comp_augassign(u, s); break;
    case AST_AnnAssign: comp_annassign(u, s); break;
    case AST_For:
    case AST_AsyncFor: comp_for(u, s); break;
    case AST_While: comp_while(u, s); break;
    case AST_If: comp_if(u, s); break;
    case AST_With:
    case AST_AsyncWith: comp_with(u, s); break;
    case AST_Raise: comp_raise(u, s); break;
    case AST_Try: case AST_TryStar: comp_try(u, s); break;
    case AST_Match: comp_match(u, s); break;
    case AST_Assert: comp_assert(u, s); break;
    case AST_Import: comp_import(u, s); break;
    case AST_ImportFrom: comp_importfrom(u, s); break;
    case AST_Expr: {
        const AstNode *v = s->v.Expr.value;
        if ((u->c->mode == COMPILE_SINGLE || u->c->mode == COMPILE_SINGLE_AWAIT) && u->kind == UNIT_MODULE) {
            /* interactive input: sys.displayhook(value) */
            int r = comp_expr_temp(u, v);
            int a = comp_reg_alloc(u, 3);
            comp_emit_abc(u, OP_LOADNONE, a, 0, 0);
            comp_emit_abc_kb(u, OP_IMPORT, a, comp_name(u, "sys"), 0);
            comp_emit_abc_kc(u, OP_GETMETHOD, a, a, comp_name(u, "displayhook"));
            comp_emit_move(u, a + 2, r);
            comp_emit_abc(u, OP_CALLMETHOD, a, 1, 0);
            break;
        }
        if (v->kind == AST_Constant) break; /* a bare constant does nothing */
        comp_expr_temp(u, v);
        break;
    }
    case AST_Break:
    case AST_Continue: comp_break_continue(u, s); break;
    default: break; /* Pass, Global, Nonlocal */
    }
    comp_reg_settop(u, base);
    u->posnode = outer;
}

void comp_stmts(CompUnit *u, const AstList *body)
{
    for (int i = 0; i < body->len && !u->c->failed; i++) comp_stmt(u, body->items[i]);
}

static const AstNode *docstring(const AstList *body)
{
    if (!body->len) return NULL;
    const AstNode *s = body->items[0];
    if (s->kind != AST_Expr) return NULL;
    const AstNode *v = s->v.Expr.value;
    return v->kind == AST_Constant && v->v.Constant.kind == AST_CONST_STR ? v : NULL;
}

/* CPython's find_ann: any annotated assignment outside nested scopes. */
bool comp_find_annotations(const AstList *body)
{
    for (int i = 0; i < body->len; i++) {
        const AstNode *s = body->items[i];
        switch (s->kind) {
        case AST_AnnAssign: return true;
        case AST_For:
        case AST_AsyncFor:
            if (comp_find_annotations(&s->v.For.body) || comp_find_annotations(&s->v.For.orelse)) return true;
            break;
        case AST_While:
        case AST_If:
            if (comp_find_annotations(&s->v.While.body) || comp_find_annotations(&s->v.While.orelse)) return true;
            break;
        case AST_With:
        case AST_AsyncWith:
            if (comp_find_annotations(&s->v.With.body)) return true;
            break;
        case AST_Match:
            for (int m = 0; m < s->v.Match.cases.len; m++)
                if (comp_find_annotations(&s->v.Match.cases.items[m]->v.match_case.body)) return true;
            break;
        case AST_Try:
        case AST_TryStar:
            if (comp_find_annotations(&s->v.Try.body) || comp_find_annotations(&s->v.Try.orelse) ||
                comp_find_annotations(&s->v.Try.finalbody))
                return true;
            for (int h = 0; h < s->v.Try.handlers.len; h++)
                if (comp_find_annotations(&s->v.Try.handlers.items[h]->v.ExceptHandler.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

void comp_body_with_doc(CompUnit *u, const AstList *body)
{
    const AstNode *doc = docstring(body);
    AstList rest = *body;
    if (u->kind == UNIT_FUNCTION) {
        if (doc) {
            CoilConst k;
            if (comp_const_of(u->c, doc, &k)) u->docconst = comp_const(u, &k);
        }
    } else {
        if (body->len) u->line = body->items[0]->lineno;
        if (comp_find_annotations(body)) {
            int t = comp_reg_alloc(u, 1);
            comp_emit_abc(u, OP_BUILDDICT, t, 0, 0);
            comp_emit_abx(u, u->kind == UNIT_CLASS ? OP_SETNAME : OP_SETGLOBAL, t, comp_name(u, "__annotations__"));
            comp_reg_settop(u, t);
        }
        if (doc) {
            int t = comp_reg_alloc(u, 1);
            CoilConst k;
            if (comp_const_of(u->c, doc, &k)) comp_load_const(u, &k, t);
            comp_store_name(u, "__doc__", t);
            comp_reg_settop(u, t);
        }
    }
    if (doc) {
        rest.items++;
        rest.len--;
    }
    comp_stmts(u, &rest);
}
