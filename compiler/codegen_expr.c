/* codegen_expr.c — expressions into registers: names (fast locals, cells,
 * globals, class namespaces), operators with constant folding, short-circuit
 * and/or, chained comparisons, calls, displays with * and ** unpacking,
 * f-strings, subscripts, await/yield, conditional jumps and assignment
 * targets.  Every expression is compiled into a given target register. */
#include <string.h>

#include "compiler/codegen.h"
#include "compiler/compile.h"

/* --- names ------------------------------------------------------------------ */

typedef enum NameKind { NK_REG, NK_CELL, NK_GLOBAL, NK_NAME } NameKind;

typedef struct NameRef {
    NameKind kind;
    int reg, cell;
    const char *mangled;
} NameRef;

static NameRef resolve(CompUnit *u, const char *name)
{
    NameRef r = {NK_GLOBAL, -1, -1, comp_mangle(u, name)};
    SymEntry *e = sym_lookup(u->scope, r.mangled);
    int idx = e ? (int)(e - u->scope->syms) : -1;
    int scope = e ? e->scope : SYM_GLOBAL_IMPLICIT;
    switch (u->kind) {
    case UNIT_FUNCTION:
        if (scope == SYM_LOCAL && u->symreg[idx] >= 0) {
            r.kind = NK_REG;
            r.reg = u->symreg[idx];
        } else if ((scope == SYM_CELL || scope == SYM_FREE) && u->symreg[idx] >= 0) {
            r.kind = NK_CELL;
            r.reg = u->symreg[idx];
            r.cell = u->symcell[idx];
        }
        break;
    case UNIT_CLASS:
        if (scope == SYM_FREE && u->symreg[idx] >= 0) {
            r.kind = NK_CELL;
            r.reg = u->symreg[idx];
            r.cell = u->symcell[idx];
        } else if (scope != SYM_GLOBAL_EXPLICIT) {
            r.kind = NK_NAME;
        }
        break;
    case UNIT_MODULE:
        /* A script's namespace is its globals; source run by exec/eval may
         * have separate locals, which only the name opcodes consult. */
        if (u->c->mode != COMPILE_FILE && scope != SYM_GLOBAL_EXPLICIT) r.kind = NK_NAME;
        break;
    }
    return r;
}

static bool is_bound(const CompUnit *u, int reg)
{
    return u->bound.dead || (reg < 256 && (u->bound.w[reg >> 6] >> (reg & 63) & 1));
}

/* Emits CHECKBOUND unless the local is surely bound here. */
static void check_bound(CompUnit *u, const NameRef *r)
{
    if (is_bound(u, r->reg)) return;
    comp_emit_abx(u, OP_CHECKBOUND, r->reg, comp_name(u, r->mangled));
    comp_bound_set(u, r->reg);
}

/* A local that `x += ...` targets and that is assigned a str literal or an
 * f-string somewhere (s = '' ... s += t: a heuristic that keeps int counters
 * free of SEALs) may hold a string IADDACC grows in place: every other read
 * of its register is preceded by SEAL (see bytecode.h). */
static bool is_accumulator(CompUnit *u, const NameRef *r)
{
    if (r->kind != NK_REG) return false;
    SymEntry *e = sym_lookup(u->scope, r->mangled);
    return e && (e->flags & (SYM_DEF_AUGADD | SYM_DEF_STRINIT)) == (SYM_DEF_AUGADD | SYM_DEF_STRINIT);
}

static void seal_read(CompUnit *u, const NameRef *r)
{
    if (is_accumulator(u, r)) comp_emit_abc(u, OP_SEAL, r->reg, 0, 0);
}

bool comp_is_accumulator(CompUnit *u, const char *name)
{
    NameRef r = resolve(u, name);
    return is_accumulator(u, &r);
}

void comp_load_name(CompUnit *u, const char *name, int target)
{
    if (!strcmp(name, "__debug__")) { /* CPython folds it: there is no -O */
        comp_emit_abc(u, OP_LOADBOOL, target, 1, 0);
        return;
    }
    NameRef r = resolve(u, name);
    switch (r.kind) {
    case NK_REG:
        check_bound(u, &r);
        seal_read(u, &r);
        comp_emit_move(u, target, r.reg);
        break;
    case NK_CELL: comp_emit_abc(u, OP_GETCELL, target, r.reg, r.cell); break;
    case NK_GLOBAL: comp_emit_abx(u, OP_GETGLOBAL, target, comp_name(u, r.mangled)); break;
    case NK_NAME: comp_emit_abx(u, OP_GETNAME, target, comp_name(u, r.mangled)); break;
    }
}

void comp_store_name(CompUnit *u, const char *name, int src)
{
    NameRef r = resolve(u, name);
    switch (r.kind) {
    case NK_REG:
        comp_emit_move(u, r.reg, src);
        comp_bound_set(u, r.reg);
        break;
    case NK_CELL: comp_emit_abc(u, OP_SETCELL, r.reg, src, 0); break;
    case NK_GLOBAL: comp_emit_abx(u, OP_SETGLOBAL, src, comp_name(u, r.mangled)); break;
    case NK_NAME: comp_emit_abx(u, OP_SETNAME, src, comp_name(u, r.mangled)); break;
    }
}

void comp_delete_name(CompUnit *u, const char *name)
{
    NameRef r = resolve(u, name);
    switch (r.kind) {
    case NK_REG:
        check_bound(u, &r);
        comp_emit_abc(u, OP_LOADEMPTY, r.reg, 0, 0);
        comp_bound_clear(u, r.reg);
        break;
    case NK_CELL: comp_emit_abc(u, OP_DELCELL, r.reg, 0, r.cell); break;
    case NK_GLOBAL: comp_emit_abx(u, OP_DELGLOBAL, 0, comp_name(u, r.mangled)); break;
    case NK_NAME: comp_emit_abx(u, OP_DELNAME, 0, comp_name(u, r.mangled)); break;
    }
}

void comp_check_local(CompUnit *u, const char *name)
{
    NameRef r = resolve(u, name);
    if (r.kind == NK_REG) check_bound(u, &r);
}

int comp_local_reg(CompUnit *u, const char *name)
{
    NameRef r = resolve(u, name);
    return r.kind == NK_REG ? r.reg : -1;
}

int comp_closure_reg(CompUnit *u, const char *name)
{
    for (int i = 0; i < u->ncells; i++)
        if (!strcmp(u->cellnames[i], name)) return u->cellregs[i];
    for (int i = 0; i < u->nfrees; i++)
        if (!strcmp(u->freenames[i], name)) return u->freeregs[i];
    return -1;
}

/* --- helpers ---------------------------------------------------------------- */

int comp_expr_temp(CompUnit *u, const AstNode *e)
{
    int r = comp_reg_alloc(u, 1);
    comp_expr_to(u, e, r);
    return r;
}

int comp_expr_any(CompUnit *u, const AstNode *e)
{
    /* A local is used in place, unless a := in this function could change it
     * before the instruction that reads it runs. */
    if (e->kind == AST_Name && e->v.Name.ctx == AST_LOAD && !u->scope->has_walrus &&
        strcmp(e->v.Name.id, "__debug__")) {
        NameRef r = resolve(u, e->v.Name.id);
        if (r.kind == NK_REG) {
            int saved = u->line;
            const AstNode *saved_pos = u->posnode;
            u->line = e->lineno;
            u->posnode = e;
            check_bound(u, &r);
            seal_read(u, &r);
            u->line = saved;
            u->posnode = saved_pos;
            return r.reg;
        }
    }
    return comp_expr_temp(u, e);
}

/* A block of n consecutive registers for an instruction that needs them
 * (calls, CLOSURE), starting at `target` when it is the newest temporary. */
static int block_at(CompUnit *u, int target, int n)
{
    if (comp_is_temp(u, target) && target == u->freereg - 1) {
        if (n > 1) comp_reg_alloc(u, n - 1);
        return target;
    }
    return comp_reg_alloc(u, n);
}

static bool has_starred(const AstList *l)
{
    for (int i = 0; i < l->len; i++)
        if (l->items[i]->kind == AST_Starred) return true;
    return false;
}

/* --- operators ------------------------------------------------------------------ */

/* The register of a plain local read in place by comp_expr_any, or -1. */
static int local_in_place(CompUnit *u, const AstNode *e)
{
    if (e->kind != AST_Name || e->v.Name.ctx != AST_LOAD || u->scope->has_walrus || !strcmp(e->v.Name.id, "__debug__"))
        return -1;
    NameRef r = resolve(u, e->v.Name.id);
    return r.kind == NK_REG ? r.reg : -1;
}

/* The first operand of an instruction that writes `target`: computed into
 * the target itself when that is a temporary, so a left-nested chain such as
 * a + b + c + ... or x.a.b.c needs one register, not one per level. */
static int first_operand(CompUnit *u, const AstNode *e, int target)
{
    if (!comp_is_temp(u, target) || local_in_place(u, e) >= 0) return comp_expr_any(u, e);
    comp_expr_to(u, e, target);
    return target;
}


static CoilOpcode binop_opcode(int op, bool inplace)
{
    CoilOpcode o;
    switch (op) {
    case AST_OP_Add: o = OP_ADD; break;
    case AST_OP_Sub: o = OP_SUB; break;
    case AST_OP_Mult: o = OP_MUL; break;
    case AST_OP_Div: o = OP_TRUEDIV; break;
    case AST_OP_FloorDiv: o = OP_FLOORDIV; break;
    case AST_OP_Mod: o = OP_MOD; break;
    case AST_OP_Pow: o = OP_POW; break;
    case AST_OP_MatMult: o = OP_MATMUL; break;
    case AST_OP_LShift: o = OP_LSHIFT; break;
    case AST_OP_RShift: o = OP_RSHIFT; break;
    case AST_OP_BitAnd: o = OP_BITAND; break;
    case AST_OP_BitOr: o = OP_BITOR; break;
    default: o = OP_BITXOR; break;
    }
    return inplace ? (CoilOpcode)(o - OP_ADD + OP_IADD) : o;
}

CoilOpcode comp_binop_opcode(int op, bool inplace) { return binop_opcode(op, inplace); }

static CoilOpcode cmp_opcode(int op)
{
    switch (op) {
    case AST_OP_Eq: return OP_EQ;
    case AST_OP_NotEq: return OP_NE;
    case AST_OP_Lt: return OP_LT;
    case AST_OP_LtE: return OP_LE;
    case AST_OP_Gt: return OP_GT;
    case AST_OP_GtE: return OP_GE;
    case AST_OP_Is: return OP_IS;
    case AST_OP_IsNot: return OP_ISNOT;
    case AST_OP_In: return OP_IN;
    default: return OP_NOTIN;
    }
}

/* The immediate or constant-operand form of `x op right` when `right` folds
 * to a number that fits one: ADDI/SUBI (IADDI/ISUBI for augmented
 * assignment) for a small int, ADDK..MODK for another int or a float whose
 * constant index fits C.  Sets *opc and the C field; nothing is emitted. */
bool comp_binop_const(CompUnit *u, int astop, bool inplace, const AstNode *right, CoilOpcode *opc, int *c)
{
    CoilConst k;
    if ((right->kind != AST_Constant && right->kind != AST_UnaryOp) || !comp_fold(u->c, right, &k)) return false;
    if (k.kind == CONST_INT && k.u.i >= -128 && k.u.i <= 127 && (astop == AST_OP_Add || astop == AST_OP_Sub)) {
        *opc = astop == AST_OP_Add ? (inplace ? OP_IADDI : OP_ADDI) : (inplace ? OP_ISUBI : OP_SUBI);
        *c = (int)k.u.i + 128;
        return true;
    }
    if (inplace || (k.kind != CONST_INT && k.kind != CONST_FLOAT)) return false;
    switch (astop) {
    case AST_OP_Add: *opc = OP_ADDK; break;
    case AST_OP_Sub: *opc = OP_SUBK; break;
    case AST_OP_Mult: *opc = OP_MULK; break;
    case AST_OP_FloorDiv: *opc = OP_FLOORDIVK; break;
    case AST_OP_Mod: *opc = OP_MODK; break;
    default: return false;
    }
    *c = comp_const(u, &k);
    return *c <= 255;
}

static void comp_binop(CompUnit *u, const AstNode *e, int target)
{
    int save = u->freereg;
    const AstNode *right = e->v.BinOp.right;
    CoilOpcode opc;
    int c;
    if (comp_binop_const(u, e->v.BinOp.op, false, right, &opc, &c)) {
        int rl = first_operand(u, e->v.BinOp.left, target);
        comp_emit_abc(u, opc, target, rl, c);
        comp_reg_settop(u, save);
        return;
    }
    int rl = first_operand(u, e->v.BinOp.left, target);
    int rr = comp_expr_any(u, right);
    comp_emit_abc(u, binop_opcode(e->v.BinOp.op, false), target, rl, rr);
    comp_reg_settop(u, save);
}

static void comp_unaryop(CompUnit *u, const AstNode *e, int target)
{
    int save = u->freereg;
    int r = first_operand(u, e->v.UnaryOp.operand, target);
    CoilOpcode op = e->v.UnaryOp.op == AST_OP_Not    ? OP_NOT
                  : e->v.UnaryOp.op == AST_OP_USub   ? OP_NEG
                  : e->v.UnaryOp.op == AST_OP_UAdd   ? OP_POS : OP_INVERT;
    comp_emit_abc(u, op, target, r, 0);
    comp_reg_settop(u, save);
}

/* a and b / a or b keep the deciding operand's value.  `target` is a
 * temporary here (see expr_writes_early): operands are computed into it. */
static void comp_boolop(CompUnit *u, const AstNode *e, int target)
{
    const AstList *vals = &e->v.BoolOp.values;
    int when = e->v.BoolOp.op == AST_OP_Or; /* leave as soon as truth == when */
    int end = comp_label(u);
    CompBound after_first = u->bound;
    for (int i = 0; i < vals->len - 1; i++) {
        const AstNode *v = vals->items[i];
        if (local_in_place(u, v) >= 0) {
            int r = comp_expr_any(u, v);
            comp_emit_abc(u, OP_TESTSET, target, r, when);
        } else {
            comp_expr_to(u, v, target);
            comp_emit_abc(u, OP_TEST, target, when, 0);
        }
        comp_jump(u, end);
        if (i == 0) after_first = u->bound;
    }
    comp_expr_to(u, vals->items[vals->len - 1], target);
    comp_bind(u, end);
    u->bound = after_first;
}

static void comp_compare(CompUnit *u, const AstNode *e, int target)
{
    int save = u->freereg;
    const AstList *cmps = &e->v.Compare.comparators;
    int rl = cmps->len == 1 ? first_operand(u, e->v.Compare.left, target) : comp_expr_any(u, e->v.Compare.left);
    if (cmps->len == 1) {
        int rr = comp_expr_any(u, cmps->items[0]);
        comp_emit_abc(u, cmp_opcode(e->v.Compare.ops[0]), target, rl, rr);
        comp_reg_settop(u, save);
        return;
    }
    /* a < b < c: b is evaluated once; the first false result is the value. */
    int end = comp_label(u);
    CompBound after_first = u->bound;
    for (int i = 0; i < cmps->len; i++) {
        int rr = comp_expr_any(u, cmps->items[i]);
        comp_emit_abc(u, cmp_opcode(e->v.Compare.ops[i]), target, rl, rr);
        if (i == 0) after_first = u->bound;
        if (i < cmps->len - 1) {
            comp_emit_abc(u, OP_TEST, target, 0, 0);
            comp_jump(u, end);
        }
        rl = rr;
    }
    comp_bind(u, end);
    u->bound = after_first;
    comp_reg_settop(u, save);
}

static void comp_ifexp(CompUnit *u, const AstNode *e, int target)
{
    int orelse = comp_label(u), end = comp_label(u);
    comp_jump_if(u, e->v.IfExp.test, false, orelse);
    CompBound s0 = u->bound;
    comp_expr_to(u, e->v.IfExp.body, target);
    comp_jump(u, end);
    CompBound s1 = u->bound;
    comp_bind(u, orelse);
    u->bound = s0;
    comp_expr_to(u, e->v.IfExp.orelse, target);
    comp_bound_merge(&u->bound, &s1);
    comp_bind(u, end);
}

/* --- displays ------------------------------------------------------------------- */

#define COMP_CHUNK 64 /* items built per BUILD* before extending (registers are scarce) */

/* Whether every element folds to a constant; fills `items` (scratch). */
static bool fold_all(CompUnit *u, const AstList *elts, CoilConst **items)
{
    CoilConst *k = arena_alloc(u->c->scratch, sizeof *k * (size_t)(elts->len ? elts->len : 1));
    if (!k) return false;
    for (int i = 0; i < elts->len; i++)
        if (elts->items[i]->kind == AST_Starred || !comp_fold(u->c, elts->items[i], &k[i])) return false;
    *items = k;
    return true;
}

static void comp_sequence(CompUnit *u, const AstList *elts, int kind, int target)
{
    CoilOpcode build = kind == AST_Set ? OP_BUILDSET : OP_BUILDLIST;
    CoilOpcode add = kind == AST_Set ? OP_SETADD : OP_LISTAPPEND;
    CoilOpcode extend = kind == AST_Set ? OP_SETUPDATE : OP_LISTEXTEND;
    int n = elts->len, save = u->freereg;
    CoilConst *items;
    if (kind != AST_Tuple && n > 2 && fold_all(u, elts, &items)) {
        /* [1, 2, 3] builds an empty list and extends it with a constant
         * tuple; {1, 2, 3} an empty set updated from a constant frozenset,
         * whose order is the one the program sees, as in CPython. */
        CoilConst k = {.kind = kind == AST_Set ? CONST_FROZENSET : CONST_TUPLE};
        k.u.tuple.items = items;
        k.u.tuple.len = (size_t)n;
        int t = comp_reg_alloc(u, 1);
        comp_emit_abc(u, build, target, 0, 0);
        comp_emit_abx(u, OP_LOADK, t, comp_const(u, &k));
        comp_emit_abc(u, extend, target, t, 0);
        comp_reg_settop(u, save);
        return;
    }
    if (!has_starred(elts) && n <= COMP_CHUNK) {
        int base = comp_reg_alloc(u, n);
        for (int i = 0; i < n; i++) comp_expr_to(u, elts->items[i], base + i);
        comp_emit_abc(u, kind == AST_Tuple ? OP_BUILDTUPLE : build, target, base, n);
        comp_reg_settop(u, save);
        return;
    }
    /* With * items or many items: build a list (or set) and grow it.  The
     * accumulator is written first, so `target` is a temporary here (see
     * expr_writes_early). */
    int acc = target;
    int i = 0, lead = 0;
    while (lead < n && lead < COMP_CHUNK && elts->items[lead]->kind != AST_Starred) lead++;
    int base = comp_reg_alloc(u, lead);
    for (; i < lead; i++) comp_expr_to(u, elts->items[i], base + i);
    comp_emit_abc(u, build, acc, base, lead);
    comp_reg_settop(u, base);
    for (; i < n; i++) {
        const AstNode *el = elts->items[i];
        int r = comp_expr_any(u, el->kind == AST_Starred ? el->v.Starred.value : el);
        comp_emit_abc(u, el->kind == AST_Starred ? extend : add, acc, r, 0);
        comp_reg_settop(u, base);
    }
    if (kind == AST_Tuple) comp_emit_abc(u, OP_LISTTOTUPLE, acc, acc, 0);
    comp_emit_move(u, target, acc);
    comp_reg_settop(u, save);
}

int comp_iter_source(CompUnit *u, const AstNode *iter)
{
    CoilConst *items;
    if (iter->kind != AST_Set || !fold_all(u, &iter->v.Set.elts, &items)) return comp_expr_any(u, iter);
    /* `for x in {1, 2}` iterates a constant frozenset (CPython folds it so) */
    CoilConst k = {.kind = CONST_FROZENSET};
    k.u.tuple.items = items;
    k.u.tuple.len = (size_t)iter->v.Set.elts.len;
    int r = comp_reg_alloc(u, 1);
    comp_emit_abx(u, OP_LOADK, r, comp_const(u, &k));
    return r;
}

static void comp_dict(CompUnit *u, const AstNode *e, int target)
{
    const AstList *keys = &e->v.Dict.keys, *vals = &e->v.Dict.values;
    int n = keys->len, save = u->freereg;
    int lead = 0;
    while (lead < n && lead < COMP_CHUNK / 2 && keys->items[lead]) lead++;
    if (lead == n) {
        int base = comp_reg_alloc(u, 2 * n);
        for (int i = 0; i < n; i++) {
            comp_expr_to(u, keys->items[i], base + 2 * i);
            comp_expr_to(u, vals->items[i], base + 2 * i + 1);
        }
        comp_emit_abc(u, OP_BUILDDICT, target, base, n);
        comp_reg_settop(u, save);
        return;
    }
    int acc = target;
    int base = comp_reg_alloc(u, 2 * lead);
    for (int i = 0; i < lead; i++) {
        comp_expr_to(u, keys->items[i], base + 2 * i);
        comp_expr_to(u, vals->items[i], base + 2 * i + 1);
    }
    comp_emit_abc(u, OP_BUILDDICT, acc, base, lead);
    comp_reg_settop(u, base);
    for (int i = lead; i < n; i++) {
        if (!keys->items[i]) {
            int r = comp_expr_any(u, vals->items[i]);
            comp_emit_abc(u, OP_DICTUPDATE, acc, r, 0);
        } else {
            int rk = comp_expr_any(u, keys->items[i]);
            int rv = comp_expr_any(u, vals->items[i]);
            comp_emit_abc(u, OP_DICTSET, acc, rk, rv);
        }
        comp_reg_settop(u, base);
    }
    comp_emit_move(u, target, acc);
    comp_reg_settop(u, save);
}

/* --- calls ------------------------------------------------------------------------ */

/* Builds the positional tuple in R[treg] and the keyword dict (or None) in
 * R[treg+1] for CALLEX and CLASS: * items extend a list, ** items merge into
 * the dict with CPython's repeated-keyword check.  `callee` is the register
 * DICTMERGE's errors name: the function, or treg+1 itself for a class. */
void comp_call_args(CompUnit *u, int treg, const AstList *args, const AstList *keywords, int callee)
{
    int save = u->freereg;
    int n = args->len;
    if (n == 1 && args->items[0]->kind == AST_Starred && callee != treg + 1) {
        /* f(*x): x goes as it is, CALLEX converts it (and words the error) */
        comp_expr_to(u, args->items[0]->v.Starred.value, treg);
    } else if (!has_starred(args) && n <= COMP_CHUNK) {
        int base = comp_reg_alloc(u, n);
        for (int i = 0; i < n; i++) comp_expr_to(u, args->items[i], base + i);
        comp_emit_abc(u, OP_BUILDTUPLE, treg, base, n);
    } else {
        int i = 0, lead = 0;
        while (lead < n && lead < COMP_CHUNK && args->items[lead]->kind != AST_Starred) lead++;
        int base = comp_reg_alloc(u, lead);
        for (; i < lead; i++) comp_expr_to(u, args->items[i], base + i);
        comp_emit_abc(u, OP_BUILDLIST, treg, base, lead);
        comp_reg_settop(u, base);
        for (; i < n; i++) {
            const AstNode *a = args->items[i];
            int r = comp_expr_any(u, a->kind == AST_Starred ? a->v.Starred.value : a);
            comp_emit_abc(u, a->kind == AST_Starred ? OP_LISTEXTEND : OP_LISTAPPEND, treg, r, 0);
            comp_reg_settop(u, base);
        }
        comp_emit_abc(u, OP_LISTTOTUPLE, treg, treg, 0);
    }
    comp_reg_settop(u, save);
    int dreg = treg + 1;
    if (keywords->len == 0) {
        comp_emit_abc(u, OP_LOADNONE, dreg, 0, 0);
        return;
    }
    bool have_dict = false;
    for (int i = 0; i < keywords->len;) {
        const AstNode *kw = keywords->items[i];
        if (!kw->v.keyword.arg) {
            if (!have_dict) comp_emit_abc(u, OP_BUILDDICT, dreg, 0, 0);
            have_dict = true;
            int r = comp_expr_any(u, kw->v.keyword.value);
            comp_emit_abc(u, OP_DICTMERGE, dreg, r, callee);
            comp_reg_settop(u, save);
            i++;
            continue;
        }
        /* a run of name=value keywords: one dict, merged in if one exists */
        int j = i;
        while (j < keywords->len && keywords->items[j]->v.keyword.arg && j - i < COMP_CHUNK / 2) j++;
        int dest = have_dict ? comp_reg_alloc(u, 1) : dreg;
        int base = comp_reg_alloc(u, 2 * (j - i));
        for (int k = i; k < j; k++) {
            const AstNode *w = keywords->items[k];
            comp_emit_abx(u, OP_LOADK, base + 2 * (k - i), comp_name(u, w->v.keyword.arg));
            comp_expr_to(u, w->v.keyword.value, base + 2 * (k - i) + 1);
        }
        comp_emit_abc(u, OP_BUILDDICT, dest, base, j - i);
        if (have_dict) comp_emit_abc(u, OP_DICTMERGE, dreg, dest, callee);
        have_dict = true;
        comp_reg_settop(u, save);
        i = j;
    }
}

/* The range CPython 3.11 gives an attribute access (or a method call,
 * `to` being the call) that spans lines: from the attribute's name on its
 * own line to the end of `to`, which is where the line table puts it too. */
static const AstNode *attr_position(CompUnit *u, const AstNode *attr, const AstNode *to)
{
    if (attr->end_lineno <= attr->lineno) return to;
    AstNode *n = arena_alloc(u->c->scratch, sizeof *n);
    if (!n) return to;
    *n = *to;
    n->lineno = attr->end_lineno;
    n->col_offset = attr->end_col_offset - (int32_t)strlen(attr->v.Attribute.attr);
    n->kind = AST_Attribute; /* no '~' anchors for the moved range */
    return n;
}

static void comp_call(CompUnit *u, const AstNode *e, int target)
{
    const AstNode *func = e->v.Call.func;
    const AstList *args = &e->v.Call.args, *kws = &e->v.Call.keywords;
    int save = u->freereg;
    int nargs = args->len, nkw = kws->len;
    bool simple = !has_starred(args) && nargs <= 200 && nkw <= 50;
    for (int i = 0; i < nkw && simple; i++)
        if (!kws->items[i]->v.keyword.arg) simple = false;
    if (simple && u->freereg + nargs + nkw + 3 > MAX_REGISTERS) simple = false;
    int base = block_at(u, target, 1);

    if (simple && nkw == 0 && func->kind == AST_Attribute) {
        /* obj.m(args): GETMETHOD avoids a bound-method object; it copies
         * the receiver into R[base+1] itself */
        int obj = comp_expr_any(u, func->v.Attribute.value);
        if (u->freereg < base + 2) comp_reg_alloc(u, base + 2 - u->freereg);
        int saved = u->line;
        u->line = func->end_lineno > func->lineno ? func->end_lineno : func->lineno;
        u->posnode = attr_position(u, func, func); /* a missing method is the attribute's error */
        comp_emit_abc_kc(u, OP_GETMETHOD, base, obj, comp_name(u, comp_mangle(u, func->v.Attribute.attr)));
        u->line = saved;
        for (int i = 0; i < nargs; i++) comp_expr_to(u, args->items[i], comp_reg_alloc(u, 1));
        /* obj<newline>.m(): CPython 3.11 places the call at the method's name */
        u->line = func->end_lineno > func->lineno ? func->end_lineno : e->lineno;
        u->posnode = attr_position(u, func, e);
        comp_emit_abc(u, OP_CALLMETHOD, base, nargs, 0);
        u->posnode = e;
    } else {
        comp_expr_to(u, func, base);
        if (simple) {
            for (int i = 0; i < nargs; i++) comp_expr_to(u, args->items[i], comp_reg_alloc(u, 1));
            for (int i = 0; i < nkw; i++) comp_expr_to(u, kws->items[i]->v.keyword.value, comp_reg_alloc(u, 1));
            u->line = e->lineno;
            if (func->kind == AST_Attribute && func->end_lineno > func->lineno) {
                /* a method call with keywords: placed at the method's name, as above */
                u->line = func->end_lineno;
                u->posnode = attr_position(u, func, e);
            }
            if (nkw) {
                CoilConst k = {.kind = CONST_TUPLE};
                CoilConst *names = arena_alloc(u->c->scratch, sizeof *names * (size_t)nkw);
                if (!names) return;
                for (int i = 0; i < nkw; i++) {
                    names[i].kind = CONST_STR;
                    names[i].u.str.s = kws->items[i]->v.keyword.arg;
                    names[i].u.str.len = strlen(kws->items[i]->v.keyword.arg);
                }
                k.u.tuple.items = names;
                k.u.tuple.len = (size_t)nkw;
                comp_emit_abx(u, OP_LOADK, comp_reg_alloc(u, 1), comp_const(u, &k));
                comp_emit_abc(u, OP_CALLKW, base, nargs + nkw, 0);
            } else {
                comp_emit_abc(u, OP_CALL, base, nargs, 0);
            }
        } else {
            comp_reg_alloc(u, 2);
            comp_call_args(u, base + 1, args, kws, base);
            u->line = e->lineno;
            comp_emit_abc(u, OP_CALLEX, base, 0, 0);
        }
    }
    comp_emit_move(u, target, base);
    comp_reg_settop(u, save);
}

/* --- f-strings ------------------------------------------------------------------- */

static void comp_formatted(CompUnit *u, const AstNode *e, int target)
{
    int save = u->freereg;
    const AstNode *spec = e->v.FormattedValue.format_spec;
    int base = comp_reg_alloc(u, spec ? 2 : 1);
    comp_expr_to(u, e->v.FormattedValue.value, base);
    if (spec) comp_expr_to(u, spec, base + 1);
    int conv = e->v.FormattedValue.conversion;
    int c = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    comp_emit_abc(u, OP_FORMAT, target, base, c | (spec ? 4 : 0));
    comp_reg_settop(u, save);
}

static void comp_joinedstr(CompUnit *u, const AstNode *e, int target)
{
    const AstList *vals = &e->v.JoinedStr.values;
    int n = vals->len, save = u->freereg;
    if (n == 0) {
        CoilConst k = {.kind = CONST_STR};
        k.u.str.s = "";
        comp_load_const(u, &k, target);
        return;
    }
    if (n == 1) {
        comp_expr_to(u, vals->items[0], target);
        return;
    }
    if (n <= 255) {
        int base = comp_reg_alloc(u, n);
        for (int i = 0; i < n; i++) comp_expr_to(u, vals->items[i], base + i);
        comp_emit_abc(u, OP_BUILDSTR, target, base, n);
        comp_reg_settop(u, save);
        return;
    }
    /* More parts than BUILDSTR's 8-bit count: join in chunks, the running
     * string first in each. */
    int acc = comp_reg_alloc(u, 1);
    int k = 200;
    comp_reg_alloc(u, k - 1);
    for (int j = 0; j < k; j++) comp_expr_to(u, vals->items[j], acc + j);
    comp_emit_abc(u, OP_BUILDSTR, acc, acc, k);
    comp_reg_settop(u, acc + 1);
    for (int i = k; i < n; i += k) {
        k = n - i < 200 ? n - i : 200;
        int base = comp_reg_alloc(u, k);
        for (int j = 0; j < k; j++) comp_expr_to(u, vals->items[i + j], base + j);
        comp_emit_abc(u, OP_BUILDSTR, acc, acc, k + 1);
        comp_reg_settop(u, acc + 1);
    }
    comp_emit_move(u, target, acc);
    comp_reg_settop(u, save);
}

/* --- subscripts --------------------------------------------------------------------- */

/* The key of a subscript: a slice object built in place, or any value. */
int comp_subscript_key(CompUnit *u, const AstNode *slice)
{
    if (slice->kind != AST_Slice) return comp_expr_any(u, slice);
    int n = slice->v.Slice.step ? 3 : 2;
    int base = comp_reg_alloc(u, n);
    const AstNode *parts[3] = {slice->v.Slice.lower, slice->v.Slice.upper, slice->v.Slice.step};
    for (int i = 0; i < n; i++) {
        if (parts[i]) comp_expr_to(u, parts[i], base + i);
        else comp_emit_abc(u, OP_LOADNONE, base + i, 0, 0);
    }
    comp_emit_abc(u, OP_BUILDSLICE, base, base, n);
    return base;
}

/* --- await / yield ----------------------------------------------------------------- */

static bool check_await(CompUnit *u, const AstNode *e)
{
    if (u->kind == UNIT_MODULE && u->scope->is_async_def) return true; /* top-level await at the prompt */
    if (u->kind != UNIT_FUNCTION) {
        comp_error(u, e, "'await' outside function");
        return false;
    }
    if (!u->scope->is_async_def && !u->scope->comp) {
        comp_error(u, e, "'await' outside async function");
        return false;
    }
    return true;
}

static bool check_yield(CompUnit *u, const AstNode *e)
{
    if (u->kind != UNIT_FUNCTION) {
        comp_error(u, e, "'yield' outside function");
        return false;
    }
    if (e->kind == AST_YieldFrom && u->scope->is_async_def) {
        comp_error(u, e, "'yield from' inside async function");
        return false;
    }
    return true;
}

/* --- the dispatcher ------------------------------------------------------------------- */

/* Expressions that write their target before reading all their operands:
 * compiling one straight into a local's register could clobber a value it
 * still needs (x = y or x), so they go through a temporary. */
static bool expr_writes_early(const AstNode *e)
{
    switch (e->kind) {
    case AST_BoolOp: return true;
    case AST_Compare: return e->v.Compare.comparators.len > 1;
    case AST_List:
    case AST_Set:
    case AST_Tuple: /* builders that grow an accumulator */
        return has_starred(&e->v.List.elts) || e->v.List.elts.len > COMP_CHUNK;
    case AST_Dict:
        for (int i = 0; i < e->v.Dict.keys.len; i++)
            if (!e->v.Dict.keys.items[i]) return true;
        return e->v.Dict.keys.len > COMP_CHUNK / 2;
    default: return false;
    }
}

void comp_expr_to(CompUnit *u, const AstNode *e, int target)
{
    Compiler *c = u->c;
    if (c->failed) return;
    int saved_line = u->line;
    const AstNode *saved_pos = u->posnode;
    u->line = e->lineno;
    u->posnode = e;
    if (!comp_is_temp(u, target) && expr_writes_early(e)) {
        int save = u->freereg;
        int t = comp_reg_alloc(u, 1);
        comp_expr_to(u, e, t);
        comp_emit_move(u, target, t);
        comp_reg_settop(u, save);
        u->line = saved_line;
        u->posnode = saved_pos;
        return;
    }
    CoilConst k;
    if ((e->kind == AST_Constant || e->kind == AST_BinOp || e->kind == AST_UnaryOp || e->kind == AST_Tuple) &&
        comp_fold(c, e, &k)) {
        comp_load_const(u, &k, target);
        u->line = saved_line;
        u->posnode = saved_pos;
        return;
    }
    int save = u->freereg;
    switch (e->kind) {
    case AST_BoolOp: comp_boolop(u, e, target); break;
    case AST_NamedExpr:
        comp_expr_to(u, e->v.NamedExpr.value, target);
        comp_store_name(u, e->v.NamedExpr.target->v.Name.id, target);
        break;
    case AST_BinOp: comp_binop(u, e, target); break;
    case AST_UnaryOp: comp_unaryop(u, e, target); break;
    case AST_Lambda: comp_lambda(u, e, target); break;
    case AST_IfExp: comp_ifexp(u, e, target); break;
    case AST_Dict: comp_dict(u, e, target); break;
    case AST_Set:
    case AST_List:
    case AST_Tuple: comp_sequence(u, &e->v.List.elts, e->kind, target); break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_DictComp:
    case AST_GeneratorExp: comp_comprehension(u, e, target); break;
    case AST_Await: {
        if (!check_await(u, e)) break;
        /* Into a temporary target (`await f()` as a statement or inside an
         * expression) anything but a name is built in the target itself,
         * which needs no register of its own: every suspended coroutine's
         * frame carries its registers.  Only the topmost temporary: a named
         * target (x = await f()) must not hold the awaitable meanwhile, and
         * a call must stay right before the AWAIT, not moved (the
         * interpreter's awaited-call path). */
        int r = target;
        if (e->v.Await.value->kind == AST_Name || !comp_is_temp(u, target) || target != u->freereg - 1)
            r = comp_expr_any(u, e->v.Await.value); /* (block_at's test: a call there would be moved) */
        else comp_expr_to(u, e->v.Await.value, target);
        u->line = e->lineno;
        comp_emit_abc(u, OP_AWAIT, target, r, 0);
        break;
    }
    case AST_Yield:
        if (!check_yield(u, e)) break;
        if (e->v.Await.value) comp_expr_to(u, e->v.Await.value, target);
        else comp_emit_abc(u, OP_LOADNONE, target, 0, 0);
        u->line = e->lineno;
        comp_emit_abc(u, OP_YIELD, target, 0, 0);
        break;
    case AST_YieldFrom: {
        if (!check_yield(u, e)) break;
        int r = comp_expr_any(u, e->v.Await.value);
        u->line = e->lineno;
        comp_emit_abc(u, OP_YIELDFROM, target, r, 0);
        break;
    }
    case AST_Compare: comp_compare(u, e, target); break;
    case AST_Call: comp_call(u, e, target); break;
    case AST_FormattedValue: comp_formatted(u, e, target); break;
    case AST_JoinedStr: comp_joinedstr(u, e, target); break;
    case AST_Constant:
        if (comp_const_of(c, e, &k)) comp_load_const(u, &k, target);
        break;
    case AST_Attribute: {
        int r = first_operand(u, e->v.Attribute.value, target);
        u->line = e->end_lineno > e->lineno ? e->end_lineno : e->lineno;
        u->posnode = attr_position(u, e, e);
        comp_emit_abc_kc(u, OP_GETATTR, target, r, comp_name(u, comp_mangle(u, e->v.Attribute.attr)));
        break;
    }
    case AST_Subscript: {
        int r = first_operand(u, e->v.Subscript.value, target);
        int kr = comp_subscript_key(u, e->v.Subscript.slice);
        u->line = e->lineno;
        comp_emit_abc(u, OP_GETITEM, target, r, kr);
        break;
    }
    case AST_Name: comp_load_name(u, e->v.Name.id, target); break;
    case AST_Starred: comp_error(u, e, "can't use starred expression here"); break;
    case AST_Slice: { /* only reachable through odd trees: build the slice object */
        int r = comp_subscript_key(u, e);
        comp_emit_move(u, target, r);
        break;
    }
    default: comp_error(u, e, "internal compiler error: unexpected %s", ast_kind_name(e->kind)); break;
    }
    comp_reg_settop(u, save);
    u->line = saved_line;
    u->posnode = saved_pos;
}

/* --- conditions ------------------------------------------------------------------------- */

void comp_jump_if(CompUnit *u, const AstNode *e, bool when, int label)
{
    if (u->c->failed) return;
    int saved_line = u->line;
    const AstNode *saved_pos = u->posnode;
    u->line = e->lineno;
    u->posnode = e;
    CoilConst k;
    if (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_OP_Not) {
        comp_jump_if(u, e->v.UnaryOp.operand, !when, label);
    } else if (e->kind == AST_BoolOp) {
        const AstList *vals = &e->v.BoolOp.values;
        bool is_or = e->v.BoolOp.op == AST_OP_Or;
        /* `a or b` jumps on the first true operand when asked for true; when
         * asked for false, a true operand skips to the fall-through. */
        int skip = when == is_or ? label : comp_label(u);
        CompBound after_first = u->bound;
        for (int i = 0; i < vals->len - 1; i++) {
            comp_jump_if(u, vals->items[i], is_or, skip);
            if (i == 0) after_first = u->bound;
        }
        comp_jump_if(u, vals->items[vals->len - 1], when, label);
        if (skip != label) comp_bind(u, skip);
        u->bound = after_first;
    } else if ((e->kind == AST_Constant || e->kind == AST_BinOp || e->kind == AST_UnaryOp || e->kind == AST_Tuple) &&
               comp_fold(u->c, e, &k)) {
        if (comp_const_truth(&k) == when) comp_jump(u, label);
    } else if (e->kind == AST_Compare && e->v.Compare.comparators.len == 1) {
        /* compare and branch: CMPJ/CMPJI + JUMP, no bool in a register */
        int save = u->freereg;
        int op = (int)cmp_opcode(e->v.Compare.ops[0]) - OP_EQ;
        const AstNode *right = e->v.Compare.comparators.items[0];
        int rl = comp_expr_any(u, e->v.Compare.left);
        u->line = e->lineno;
        if (op <= OP_GE - OP_EQ && right->kind == AST_Constant && comp_fold(u->c, right, &k) &&
            k.kind == CONST_INT && k.u.i >= -128 && k.u.i <= 127) {
            comp_emit_abc(u, OP_CMPJI, rl, (int)k.u.i + 128, op | (int)when << 4);
        } else if (op <= OP_GE - OP_EQ && right->kind == AST_Constant && comp_fold(u->c, right, &k) &&
                   (k.kind == CONST_INT || k.kind == CONST_FLOAT || k.kind == CONST_STR) && comp_const(u, &k) <= 255) {
            comp_emit_abc(u, OP_CMPJK, rl, comp_const(u, &k), op | (int)when << 4);
        } else {
            int rr = comp_expr_any(u, right);
            u->line = e->lineno;
            comp_emit_abc(u, OP_CMPJ, rl, rr, op | (int)when << 4);
        }
        comp_jump(u, label);
        comp_reg_settop(u, save);
    } else {
        int save = u->freereg;
        int r = comp_expr_any(u, e);
        u->line = e->lineno;
        comp_emit_abc(u, OP_TEST, r, when, 0);
        comp_jump(u, label);
        comp_reg_settop(u, save);
    }
    u->line = saved_line;
    u->posnode = saved_pos;
}

/* --- assignment targets -------------------------------------------------------------------- */

void comp_store(CompUnit *u, const AstNode *t, int src)
{
    if (u->c->failed) return;
    int save = u->freereg;
    int saved_line = u->line;
    const AstNode *saved_pos = u->posnode;
    u->line = t->lineno;
    u->posnode = t;
    switch (t->kind) {
    case AST_Name: comp_store_name(u, t->v.Name.id, src); break;
    case AST_Attribute: {
        int r = comp_expr_any(u, t->v.Attribute.value);
        comp_emit_abc_kb(u, OP_SETATTR, r, comp_name(u, comp_mangle(u, t->v.Attribute.attr)), src);
        break;
    }
    case AST_Subscript: {
        int r = comp_expr_any(u, t->v.Subscript.value);
        int kr = comp_subscript_key(u, t->v.Subscript.slice);
        comp_emit_abc(u, OP_SETITEM, r, kr, src);
        break;
    }
    case AST_Tuple:
    case AST_List: {
        const AstList *elts = &t->v.List.elts;
        int n = elts->len, star = -1;
        for (int i = 0; i < n; i++) {
            if (elts->items[i]->kind != AST_Starred) continue;
            if (star >= 0) {
                comp_error(u, elts->items[i], "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
        int base = comp_reg_alloc(u, n);
        if (star < 0) {
            comp_emit_abc(u, OP_UNPACK, base, n, src);
        } else {
            if (star > 255 || n - star - 1 > 255) {
                comp_error(u, t, "too many expressions in star-unpacking assignment");
                return;
            }
            comp_emit_move(u, base, src);
            comp_emit_abc(u, OP_UNPACKEX, base, star, n - star - 1);
        }
        for (int i = 0; i < n; i++) {
            const AstNode *el = elts->items[i];
            comp_store(u, el->kind == AST_Starred ? el->v.Starred.value : el, base + i);
        }
        break;
    }
    case AST_Starred: comp_error(u, t, "starred assignment target must be in a list or tuple"); break;
    default: comp_error(u, t, "cannot assign to %s", ast_kind_name(t->kind)); break;
    }
    comp_reg_settop(u, save);
    u->line = saved_line;
    u->posnode = saved_pos;
}
