/* codegen.c — the code generator's core: compilation units (one per
 * function), instruction emission with line numbers and handler coverage,
 * the deduplicated constant pool, labels and jump patching, registers, the
 * exception table, and the public entry points compile_module/compile_source. */
#include "compiler/codegen.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "parser/parser.h"

/* --- errors and memory -------------------------------------------------------- */

static void comp_fail(Compiler *c, const char *type, int line, int col, int end_line, int end_col,
                      const char *msg)
{
    if (!c->failed) {
        syntax_error_set(c->err, type, line, col, end_line, end_col, "%s", msg);
        c->err->compiler = true;
    }
    c->failed = true;
}

void comp_error(CompUnit *u, const AstNode *at, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (at)
        comp_fail(u->c, "SyntaxError", at->lineno, at->col_offset, at->end_lineno, at->end_col_offset, msg);
    else
        comp_fail(u->c, "SyntaxError", u->line, 0, u->line, 0, msg);
}

void *comp_alloc(Compiler *c, size_t n)
{
    void *p = arena_alloc(c->arena, n ? n : 1);
    if (!p) comp_fail(c, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
    return p;
}

static void *scratch_alloc(Compiler *c, size_t n)
{
    void *p = arena_alloc(c->scratch, n ? n : 1);
    if (!p) comp_fail(c, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
    return p;
}

/* Grows a malloc'd array to hold `need` elements; false (and the error set)
 * when memory runs out. */
static bool grow(Compiler *c, void **arr, int *cap, int need, size_t elem)
{
    if (need <= *cap) return true;
    int n = *cap ? *cap : 16;
    while (n < need) n *= 2;
    void *p = realloc(*arr, (size_t)n * elem);
    if (!p) {
        comp_fail(c, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
        return false;
    }
    *arr = p;
    *cap = n;
    return true;
}

/* --- emission ------------------------------------------------------------------- */

int comp_emit(CompUnit *u, CoilInstr i)
{
    if (u->ncode == u->capcode) {
        int cap = u->capcode ? u->capcode * 2 : 64;
        CoilInstr *code = realloc(u->code, sizeof *code * (size_t)cap);
        if (code) u->code = code;
        int32_t *lines = code ? realloc(u->lines, sizeof *lines * (size_t)cap) : NULL;
        if (lines) u->lines = lines;
        int32_t *hidx = lines ? realloc(u->hidx, sizeof *hidx * (size_t)cap) : NULL;
        if (hidx) u->hidx = hidx;
        const AstNode **posv = hidx ? realloc(u->posv, sizeof *posv * (size_t)cap) : NULL;
        if (posv) u->posv = posv;
        if (!posv) {
            comp_fail(u->c, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
            return u->ncode > 0 ? u->ncode - 1 : 0;
        }
        u->hidx = hidx;
        u->capcode = cap;
    }
    u->code[u->ncode] = i;
    u->lines[u->ncode] = u->line;
    u->posv[u->ncode] = u->posnode;
    u->hidx[u->ncode] = u->hdepth ? u->hstack[u->hdepth - 1] : -1;
    return u->ncode++;
}

void comp_emit_abc(CompUnit *u, CoilOpcode op, int a, int b, int c)
{
    comp_emit(u, MAKE_ABC(op, a & 0xFF, b & 0xFF, c & 0xFF));
}

void comp_emit_abx(CompUnit *u, CoilOpcode op, int a, int bx)
{
    if (bx > 0xFFFF) comp_emit(u, MAKE_SJ(OP_EXTARG, (bx >> 16) - (1 << 23)));
    comp_emit(u, MAKE_ABX(op, a & 0xFF, (uint32_t)bx & 0xFFFF));
}

void comp_emit_abc_kc(CompUnit *u, CoilOpcode op, int a, int b, int kc)
{
    if (kc > 0xFF) comp_emit(u, MAKE_SJ(OP_EXTARG, (kc >> 8) - (1 << 23)));
    comp_emit_abc(u, op, a, b, kc & 0xFF);
}

void comp_emit_abc_kb(CompUnit *u, CoilOpcode op, int a, int kb, int c)
{
    if (kb > 0xFF) comp_emit(u, MAKE_SJ(OP_EXTARG, (kb >> 8) - (1 << 23)));
    comp_emit_abc(u, op, a, kb & 0xFF, c);
}

void comp_emit_move(CompUnit *u, int dst, int src)
{
    if (dst != src) comp_emit_abc(u, OP_MOVE, dst, src, 0);
}

int comp_label(CompUnit *u)
{
    if (!grow(u->c, (void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof *u->labels)) return 0;
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

void comp_bind(CompUnit *u, int label)
{
    if (label < u->nlabels) u->labels[label] = u->ncode;
}

void comp_jump(CompUnit *u, int label)
{
    if (!grow(u->c, (void **)&u->jumps, &u->capjumps, u->njumps + 1, sizeof *u->jumps)) return;
    u->jumps[u->njumps++] = comp_emit(u, MAKE_SJ(OP_JUMP, label));
}

/* --- constants ------------------------------------------------------------------------ */

static uint64_t const_hash(const CoilConst *k)
{
    uint64_t h = 1469598103934665603ull ^ (uint64_t)k->kind;
    switch (k->kind) {
    case CONST_INT: h ^= (uint64_t)k->u.i; break;
    case CONST_FLOAT:
    case CONST_COMPLEX: {
        uint64_t bits;
        memcpy(&bits, &k->u.f, sizeof bits);
        h ^= bits;
        break;
    }
    case CONST_STR:
    case CONST_BYTES:
    case CONST_BIGINT:
        for (size_t i = 0; i < k->u.str.len; i++) h = (h ^ (unsigned char)k->u.str.s[i]) * 1099511628211ull;
        break;
    case CONST_TUPLE:
    case CONST_FROZENSET:
        for (size_t i = 0; i < k->u.tuple.len; i++) h = (h ^ const_hash(&k->u.tuple.items[i])) * 1099511628211ull;
        break;
    case CONST_CODE: h ^= (uint64_t)(uintptr_t)k->u.code; break;
    default: break;
    }
    return h * 0x9E3779B97F4A7C15ull;
}

static bool const_equal(const CoilConst *a, const CoilConst *b)
{
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CONST_INT: return a->u.i == b->u.i;
    case CONST_FLOAT:
    case CONST_COMPLEX: return memcmp(&a->u.f, &b->u.f, sizeof a->u.f) == 0; /* -0.0 and NaNs stay apart */
    case CONST_STR:
    case CONST_BYTES:
    case CONST_BIGINT:
        return a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
    case CONST_TUPLE:
    case CONST_FROZENSET:
        if (a->u.tuple.len != b->u.tuple.len) return false;
        for (size_t i = 0; i < a->u.tuple.len; i++)
            if (!const_equal(&a->u.tuple.items[i], &b->u.tuple.items[i])) return false;
        return true;
    case CONST_CODE: return a->u.code == b->u.code;
    default: return true;
    }
}

/* Copies a constant's payload into the result arena. */
static bool const_copy(Compiler *c, CoilConst *dst, const CoilConst *src)
{
    *dst = *src;
    switch (src->kind) {
    case CONST_STR:
    case CONST_BYTES:
    case CONST_BIGINT: {
        char *s = comp_alloc(c, src->u.str.len + 1);
        if (!s) return false;
        memcpy(s, src->u.str.s, src->u.str.len);
        s[src->u.str.len] = '\0';
        dst->u.str.s = s;
        return true;
    }
    case CONST_TUPLE:
    case CONST_FROZENSET: {
        CoilConst *items = comp_alloc(c, sizeof *items * (src->u.tuple.len ? src->u.tuple.len : 1));
        if (!items) return false;
        for (size_t i = 0; i < src->u.tuple.len; i++)
            if (!const_copy(c, &items[i], &src->u.tuple.items[i])) return false;
        dst->u.tuple.items = items;
        return true;
    }
    default: return true;
    }
}

static void kindex_insert(CompUnit *u, int k)
{
    uint32_t m = (uint32_t)u->capkindex - 1;
    uint32_t i = (uint32_t)const_hash(&u->consts[k]) & m;
    while (u->kindex[i]) i = (i + 1) & m;
    u->kindex[i] = k + 1;
}

int comp_const(CompUnit *u, const CoilConst *k)
{
    if (u->capkindex) {
        uint32_t m = (uint32_t)u->capkindex - 1;
        for (uint32_t i = (uint32_t)const_hash(k) & m; u->kindex[i]; i = (i + 1) & m)
            if (const_equal(&u->consts[u->kindex[i] - 1], k)) return u->kindex[i] - 1;
    }
    if (!grow(u->c, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof *u->consts)) return 0;
    if (!const_copy(u->c, &u->consts[u->nconsts], k)) return 0;
    int idx = u->nconsts++;
    if (u->nconsts * 2 > u->capkindex) {
        int cap = u->capkindex ? u->capkindex * 2 : 64;
        int *n = calloc((size_t)cap, sizeof *n);
        if (!n) {
            comp_fail(u->c, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
            return idx;
        }
        free(u->kindex);
        u->kindex = n;
        u->capkindex = cap;
        for (int i = 0; i < u->nconsts; i++) kindex_insert(u, i);
    } else {
        kindex_insert(u, idx);
    }
    return idx;
}

int comp_name(CompUnit *u, const char *s)
{
    CoilConst k = {.kind = CONST_STR};
    k.u.str.s = s;
    k.u.str.len = strlen(s);
    return comp_const(u, &k);
}

void comp_load_const(CompUnit *u, const CoilConst *k, int target)
{
    switch (k->kind) {
    case CONST_NONE: comp_emit_abc(u, OP_LOADNONE, target, 0, 0); return;
    case CONST_TRUE: comp_emit_abc(u, OP_LOADBOOL, target, 1, 0); return;
    case CONST_FALSE: comp_emit_abc(u, OP_LOADBOOL, target, 0, 0); return;
    case CONST_INT:
        if (k->u.i >= SBX_MIN && k->u.i <= SBX_MAX) {
            comp_emit(u, MAKE_ASBX(OP_LOADI, target, (int32_t)k->u.i));
            return;
        }
        break;
    default: break;
    }
    comp_emit_abx(u, OP_LOADK, target, comp_const(u, k));
}

/* --- registers ------------------------------------------------------------------------ */

int comp_reg_alloc(CompUnit *u, int n)
{
    int r = u->freereg;
    if (r + n > COMP_REG_LIMIT) n = 0; /* already failed: keep the counter bounded */
    u->freereg = r + n;
    if (u->freereg > u->maxreg) u->maxreg = u->freereg;
    if (u->freereg > MAX_REGISTERS && !u->c->failed)
        comp_error(u, NULL,
                   "too many local variables and temporaries in '%s' (Coil allows %d registers per function)",
                   u->name, MAX_REGISTERS);
    return r;
}

/* --- handlers, blocks, bound locals ----------------------------------------------------- */

void comp_push_handler(CompUnit *u, int label, int reg)
{
    if (u->hdepth == COMP_MAXHANDLERS) {
        comp_error(u, NULL, "too many statically nested blocks");
        return;
    }
    if (!grow(u->c, (void **)&u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof *u->handlers)) return;
    u->handlers[u->nhandlers] = (CompHandler){label, reg};
    u->hstack[u->hdepth++] = u->nhandlers++;
}

void comp_pop_handler(CompUnit *u)
{
    if (u->hdepth > 0) u->hdepth--;
}

bool comp_push_fblock(CompUnit *u, const AstNode *at, CompFBlock fb)
{
    if (u->nfblocks == COMP_MAXBLOCKS) {
        comp_error(u, at, "too many statically nested blocks");
        return false;
    }
    u->fblocks[u->nfblocks++] = fb;
    return true;
}

void comp_pop_fblock(CompUnit *u)
{
    if (u->nfblocks > 0) u->nfblocks--;
}

void comp_bound_merge(CompBound *into, const CompBound *other)
{
    if (other->dead) return;
    if (into->dead) {
        *into = *other;
        return;
    }
    for (int i = 0; i < 4; i++) into->w[i] &= other->w[i];
}

void comp_bound_set(CompUnit *u, int reg)
{
    if (reg >= 0 && reg < u->nlocals && reg < 256) u->bound.w[reg >> 6] |= (uint64_t)1 << (reg & 63);
}

void comp_bound_clear(CompUnit *u, int reg)
{
    if (reg >= 0 && reg < 256) u->bound.w[reg >> 6] &= ~((uint64_t)1 << (reg & 63));
}

CompBound comp_bound_snapshot(const CompUnit *u)
{
    CompBound b = u->bound;
    for (int i = 0; i < 4; i++) b.w[i] &= ~u->deleted[i];
    return b;
}

/* --- units ------------------------------------------------------------------------------ */

const char *comp_mangle(CompUnit *u, const char *name)
{
    return sym_mangle(u->c->scratch, u->private_name, name);
}

const char *comp_qualname(CompUnit *parent, const char *name, bool global_in_parent)
{
    if (!parent || parent->kind == UNIT_MODULE || global_in_parent) return name;
    const char *sep = parent->kind == UNIT_CLASS ? "." : ".<locals>.";
    size_t a = strlen(parent->qualname), b = strlen(sep), c = strlen(name);
    char *q = scratch_alloc(parent->c, a + b + c + 1);
    if (!q) return name;
    memcpy(q, parent->qualname, a);
    memcpy(q + a, sep, b);
    memcpy(q + a + b, name, c + 1);
    return q;
}

static int add_named_reg(CompUnit *u, const char *name)
{
    int r = u->nlocals++;
    if (r < MAX_REGISTERS) u->localnames[r] = name;
    return r;
}

/* Gives every parameter, local, cell and free variable of a function its
 * register (parameters first, in CoilProto's order), and the cells and free
 * variables of class bodies theirs. */
static bool assign_registers(CompUnit *u)
{
    SymScope *sc = u->scope;
    int n = sc->nsyms;
    u->symreg = scratch_alloc(u->c, sizeof *u->symreg * (size_t)(n + 1));
    u->symcell = scratch_alloc(u->c, sizeof *u->symcell * (size_t)(n + 1));
    u->localnames = scratch_alloc(u->c, sizeof *u->localnames * MAX_REGISTERS);
    u->cellnames = scratch_alloc(u->c, sizeof *u->cellnames * (size_t)(n + 1));
    u->freenames = scratch_alloc(u->c, sizeof *u->freenames * (size_t)(n + 1));
    u->cellregs = scratch_alloc(u->c, (size_t)(n + 1));
    u->freeregs = scratch_alloc(u->c, (size_t)(n + 1));
    if (u->c->failed) return false;
    for (int i = 0; i < n; i++) u->symreg[i] = u->symcell[i] = -1;

    if (u->kind == UNIT_FUNCTION) {
        for (int p = 0; p < sc->nparams; p++) {
            SymEntry *e = sym_lookup(sc, sc->params[p]);
            u->symreg[e - sc->syms] = (int16_t)add_named_reg(u, e->name);
        }
        for (int i = 0; i < n; i++) {
            SymEntry *e = &sc->syms[i];
            if (u->symreg[i] < 0 && (e->scope == SYM_LOCAL || e->scope == SYM_CELL || e->scope == SYM_FREE))
                u->symreg[i] = (int16_t)add_named_reg(u, e->name);
            int r = u->symreg[i];
            if (e->scope == SYM_LOCAL && (e->flags & SYM_DEF_DELETED) && r >= 0 && r < 256)
                u->deleted[r >> 6] |= (uint64_t)1 << (r & 63);
        }
        for (int i = 0; i < n; i++) {
            SymEntry *e = &sc->syms[i];
            if (e->scope == SYM_CELL) {
                u->symcell[i] = (int16_t)u->ncells;
                u->cellnames[u->ncells] = e->name;
                u->cellregs[u->ncells++] = (uint8_t)u->symreg[i];
            }
        }
        for (int i = 0; i < n; i++) {
            SymEntry *e = &sc->syms[i];
            if (e->scope == SYM_FREE) {
                u->symcell[i] = (int16_t)(u->ncells + u->nfrees);
                u->freenames[u->nfrees] = e->name;
                u->freeregs[u->nfrees++] = (uint8_t)u->symreg[i];
            }
        }
    } else if (u->kind == UNIT_CLASS) {
        if (sc->needs_class_closure) {
            u->cellnames[0] = "__class__";
            u->cellregs[0] = (uint8_t)add_named_reg(u, "__class__");
            u->ncells = 1;
        }
        for (int i = 0; i < n; i++) {
            SymEntry *e = &sc->syms[i];
            if (e->scope == SYM_FREE || (e->flags & SYM_DEF_FREE_CLASS)) {
                int r = add_named_reg(u, e->name);
                /* A name both bound in the class body and free in a method is
                 * read through GETNAME; only free ones read the cell. */
                if (e->scope == SYM_FREE) u->symreg[i] = (int16_t)r;
                u->symcell[i] = (int16_t)(u->ncells + u->nfrees);
                u->freenames[u->nfrees] = e->name;
                u->freeregs[u->nfrees++] = (uint8_t)r;
            }
        }
    }
    if (u->nlocals > MAX_REGISTERS) {
        comp_error(u, NULL, "too many local variables in '%s' (Coil allows %d registers per function)", u->name,
                   MAX_REGISTERS);
        return false;
    }
    if (u->ncells + u->nfrees > 255) {
        comp_error(u, NULL, "too many closure variables in '%s' (Coil allows 255)", u->name);
        return false;
    }
    u->freereg = u->maxreg = u->nlocals;
    return true;
}

static void count_args(CompUnit *u)
{
    const AstNode *node = u->scope->node, *args = NULL;
    if (!node) return;
    if (node->kind == AST_FunctionDef || node->kind == AST_AsyncFunctionDef) args = node->v.FunctionDef.args;
    else if (node->kind == AST_Lambda) args = node->v.Lambda.args;
    if (args) {
        u->posonlyargcount = args->v.arguments.posonlyargs.len;
        u->argcount = u->posonlyargcount + args->v.arguments.args.len;
        u->kwonlyargcount = args->v.arguments.kwonlyargs.len;
    } else if (u->scope->comp) {
        u->argcount = 1; /* .0 */
    }
}

bool comp_unit_init(CompUnit *u, Compiler *c, CompUnit *parent, SymScope *scope, CompUnitKind kind,
                    const char *name, int firstlineno)
{
    memset(u, 0, sizeof *u);
    u->c = c;
    u->parent = parent;
    u->scope = scope;
    u->kind = kind;
    u->name = name;
    u->qualname = name;
    u->private_name = scope->private_name;
    u->firstlineno = firstlineno;
    u->line = firstlineno;
    u->docconst = -1;
    if (kind == UNIT_MODULE) {
        u->flags = PROTO_MODULE | (scope->is_async_def ? PROTO_COROUTINE : 0); /* top-level await */
    } else if (kind == UNIT_CLASS) {
        u->flags = PROTO_CLASS_BODY | (scope->needs_class_closure ? PROTO_NEEDS_CLASS_CELL : 0);
    } else {
        if (scope->comp == SYM_COMP_GENEXP)
            u->flags |= scope->is_coroutine ? PROTO_ASYNC_GENERATOR : PROTO_GENERATOR;
        else if (scope->comp)
            u->flags |= scope->is_coroutine ? PROTO_COROUTINE : 0;
        else if (scope->is_async_def)
            u->flags |= scope->is_generator ? PROTO_ASYNC_GENERATOR : PROTO_COROUTINE;
        else if (scope->is_generator)
            u->flags |= PROTO_GENERATOR;
        if (scope->has_varargs) u->flags |= PROTO_VARARGS;
        if (scope->has_varkeywords) u->flags |= PROTO_VARKEYWORDS;
        count_args(u);
    }
    if (!assign_registers(u)) return false;
    /* Parameters arrive bound. */
    for (int p = 0; p < (kind == UNIT_FUNCTION ? scope->nparams : 0); p++) comp_bound_set(u, p);
    for (int i = 0; i < u->ncells; i++) comp_emit_abc(u, OP_MAKECELL, u->cellregs[i], 0, 0);
    return !c->failed;
}

/* --- the position table ----------------------------------------------------------- */

static size_t put_varint(uint8_t *out, size_t at, uint32_t v)
{
    do {
        uint8_t b = v & 0x7F;
        v >>= 7;
        if (out) out[at] = (uint8_t)(b | (v ? 0x80 : 0));
        at++;
    } while (v);
    return at;
}

/* Whether node n gives instruction columns on `line`: only where it starts
 * on the instruction's line, so a range never contradicts the line a
 * traceback shows. */
static bool has_position(const AstNode *n, int line)
{
    return n && n->lineno == line && n->col_offset >= 0 && n->end_col_offset >= 0 && n->end_lineno >= n->lineno &&
           (n->end_lineno > n->lineno || n->end_col_offset >= n->col_offset);
}

/* One instruction's entry (format in vm/func.c, code_position); `prev` is
 * the previous instruction's node, which a run of instructions from one
 * node shares in a one-byte entry. */
static size_t put_position(uint8_t *out, size_t at, const AstNode *n, const AstNode *prev, int line)
{
    if (!has_position(n, line)) return put_varint(out, at, 0);
    if (n == prev) return put_varint(out, at, 1);
    uint32_t span = (uint32_t)(n->end_lineno - n->lineno);
    uint32_t col = (uint32_t)n->col_offset;
    uint32_t ecol = span ? (uint32_t)n->end_col_offset : (uint32_t)(n->end_col_offset - n->col_offset);
    /* The anchors of '~'/'^' markers: the operands of a one-line binary
     * operation, the value and slice of a one-line subscript. */
    int kind = 0, a = 0, b = 0;
    if (!span && n->kind == AST_BinOp) {
        kind = 1;
        a = n->v.BinOp.left->end_col_offset - n->col_offset;
        b = n->v.BinOp.right->col_offset - n->col_offset;
        if (n->v.BinOp.left->end_lineno != line || n->v.BinOp.right->lineno != line) kind = 0;
    } else if (!span && n->kind == AST_Subscript) {
        kind = 2;
        a = n->v.Subscript.value->end_col_offset - n->col_offset;
        b = n->v.Subscript.slice->end_col_offset - n->col_offset;
        if (n->v.Subscript.value->end_lineno != line || n->v.Subscript.slice->end_lineno != line) kind = 0;
    }
    if (kind && (a < 0 || b < a || b > n->end_col_offset - n->col_offset)) kind = 0;
    at = put_varint(out, at, ((span << 2) | (uint32_t)kind) + 2);
    at = put_varint(out, at, col);
    at = put_varint(out, at, ecol);
    if (kind) {
        at = put_varint(out, at, (uint32_t)a);
        at = put_varint(out, at, (uint32_t)b);
    }
    return at;
}

static void encode_positions(Compiler *c, CompUnit *u, CoilProto *p)
{
    size_t n = 0;
    bool any = false;
    for (int pc = 0; pc < u->ncode; pc++) {
        n = put_position(NULL, n, u->posv[pc], pc && has_position(u->posv[pc - 1], u->lines[pc - 1]) && u->lines[pc - 1] == u->lines[pc] ? u->posv[pc - 1] : NULL, u->lines[pc]);
        any = any || u->posv[pc];
    }
    if (!any) return;
    uint8_t *buf = comp_alloc(c, n);
    if (!buf) return;
    size_t at = 0;
    for (int pc = 0; pc < u->ncode; pc++)
        at = put_position(buf, at, u->posv[pc], pc && has_position(u->posv[pc - 1], u->lines[pc - 1]) && u->lines[pc - 1] == u->lines[pc] ? u->posv[pc - 1] : NULL, u->lines[pc]);
    p->positions = buf;
    p->npositions = (uint32_t)n;
}

void comp_unit_free(CompUnit *u)
{
    free(u->code);
    free(u->lines);
    free(u->hidx);
    free(u->posv);
    free(u->consts);
    free(u->kindex);
    free(u->labels);
    free(u->jumps);
    free(u->handlers);
    u->code = NULL;
    u->lines = NULL;
    u->hidx = NULL;
    u->posv = NULL;
    u->consts = NULL;
    u->kindex = NULL;
    u->labels = NULL;
    u->jumps = NULL;
    u->handlers = NULL;
}

static const char *arena_str(Compiler *c, const char *s)
{
    size_t n = strlen(s);
    char *d = comp_alloc(c, n + 1);
    if (d) memcpy(d, s, n + 1);
    return d;
}

CoilProto *comp_unit_finish(CompUnit *u)
{
    Compiler *c = u->c;
    if (!u->bound.dead) {
        /* falling off the end returns None (a class body returns its cell) */
        if (u->kind == UNIT_CLASS && u->ncells) {
            comp_emit_abc(u, OP_RETURN, u->cellregs[0], 0, 0);
        } else {
            int r = comp_reg_alloc(u, 1);
            comp_emit_abc(u, OP_LOADNONE, r, 0, 0);
            comp_emit_abc(u, OP_RETURN, r, 0, 0);
            comp_reg_settop(u, r);
        }
    }
    if (c->failed) return NULL;
    for (int j = 0; j < u->njumps; j++) {
        int pc = u->jumps[j];
        int label = INSTR_SJ(u->code[pc]);
        int target = u->labels[label];
        if (target < 0) {
            comp_error(u, NULL, "internal compiler error: unbound label");
            return NULL;
        }
        int off = target - (pc + 1);
        if (off < SJ_MIN || off > SJ_MAX) {
            comp_error(u, NULL, "function '%s' is too large (jump out of range)", u->name);
            return NULL;
        }
        u->code[pc] = MAKE_SJ(OP_JUMP, off);
    }

    CoilProto *p = comp_alloc(c, sizeof *p);
    if (!p) return NULL;
    p->name = arena_str(c, u->name);
    p->qualname = arena_str(c, u->qualname);
    p->filename = arena_str(c, c->filename ? c->filename : "<string>");
    p->firstlineno = u->firstlineno;
    p->flags = u->flags;
    p->argcount = (uint16_t)u->argcount;
    p->posonlyargcount = (uint16_t)u->posonlyargcount;
    p->kwonlyargcount = (uint16_t)u->kwonlyargcount;
    p->nlocals = (uint16_t)u->nlocals;
    p->nregs = (uint16_t)(u->maxreg > 0 ? u->maxreg : 1);
    const char **ln = comp_alloc(c, sizeof *ln * (size_t)(u->nlocals + 1));
    if (!ln) return NULL;
    for (int i = 0; i < u->nlocals; i++) ln[i] = arena_str(c, u->localnames[i]);
    p->localnames = ln;
    p->ncellvars = (uint16_t)u->ncells;
    p->nfreevars = (uint16_t)u->nfrees;
    const char **cn = comp_alloc(c, sizeof *cn * (size_t)(u->ncells + 1));
    const char **fn = comp_alloc(c, sizeof *fn * (size_t)(u->nfrees + 1));
    uint8_t *cr = comp_alloc(c, (size_t)u->ncells + 1);
    uint8_t *fr = comp_alloc(c, (size_t)u->nfrees + 1);
    CoilInstr *code = comp_alloc(c, sizeof *code * (size_t)(u->ncode + 1));
    int32_t *lines = comp_alloc(c, sizeof *lines * (size_t)(u->ncode + 1));
    CoilConst *consts = comp_alloc(c, sizeof *consts * (size_t)(u->nconsts + 1));
    if (c->failed) return NULL;
    for (int i = 0; i < u->ncells; i++) {
        cn[i] = arena_str(c, u->cellnames[i]);
        cr[i] = u->cellregs[i];
    }
    for (int i = 0; i < u->nfrees; i++) {
        fn[i] = arena_str(c, u->freenames[i]);
        fr[i] = u->freeregs[i];
    }
    p->cellnames = cn;
    p->freenames = fn;
    p->cellregs = cr;
    p->freeregs = fr;
    if (u->ncode) {
        memcpy(code, u->code, sizeof *code * (size_t)u->ncode);
        memcpy(lines, u->lines, sizeof *lines * (size_t)u->ncode);
    }
    if (u->nconsts) memcpy(consts, u->consts, sizeof *consts * (size_t)u->nconsts);
    p->code = code;
    p->ncode = (uint32_t)u->ncode;
    p->lines = lines;
    encode_positions(c, u, p);
    p->consts = consts;
    p->nconsts = (uint32_t)u->nconsts;
    p->docconst = u->docconst;

    /* Exception table: runs of instructions with the same innermost handler. */
    int nexc = 0;
    for (int pc = 0; pc < u->ncode; pc++)
        if (u->hidx[pc] >= 0 && (pc == 0 || u->hidx[pc - 1] != u->hidx[pc])) nexc++;
    CoilExcEntry *exc = comp_alloc(c, sizeof *exc * (size_t)(nexc + 1));
    if (!exc) return NULL;
    nexc = 0;
    for (int pc = 0; pc < u->ncode;) {
        int h = u->hidx[pc], start = pc;
        while (pc < u->ncode && u->hidx[pc] == h) pc++;
        if (h < 0) continue;
        int target = u->labels[u->handlers[h].label];
        if (target < 0) {
            comp_error(u, NULL, "internal compiler error: unbound handler");
            return NULL;
        }
        exc[nexc++] = (CoilExcEntry){(uint32_t)start, (uint32_t)pc, (uint32_t)target,
                                     (uint8_t)u->handlers[h].reg};
    }
    p->exc_table = exc;
    p->nexc = (uint32_t)nexc;
    return p;
}

/* --- entry points -------------------------------------------------------------------------- */

static bool ast_is_compound(const AstNode *s)
{
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: case AST_ClassDef: case AST_If: case AST_For:
    case AST_AsyncFor: case AST_While: case AST_With: case AST_AsyncWith: case AST_Try: case AST_TryStar: case AST_Match:
        return true;
    default:
        return false;
    }
}

/* Compiles a module in `mode` (compile.h). */
static CoilProto *compile_mode(CoilArena *arena, const AstNode *module, const char *filename, int mode,
                               CoilSyntaxError *err)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.arena = arena;
    c.filename = filename ? filename : "<string>";
    c.err = err;
    c.mode = mode;
    c.scratch = arena_new();
    if (!c.scratch) {
        syntax_error_set(err, "MemoryError", 0, 0, 0, 0, "out of memory in the compiler");
        return NULL;
    }
    CoilProto *proto = NULL;
    /* the tree is the caller's arena's; the future pass may replace annotations in it */
    if (comp_future(&c, (AstNode *)module) && sym_build(&c.st, c.scratch, module, err)) {
        if (mode == COMPILE_SINGLE_AWAIT) c.st.top->is_async_def = true; /* the module is a coroutine's body */
        CompUnit u;
        if (comp_unit_init(&u, &c, NULL, c.st.top, UNIT_MODULE, "<module>", 1)) {
            const AstList *body = &module->v.Module.body;
            if (mode == COMPILE_EVAL && body->len == 1 && body->items[0]->kind == AST_Expr) {
                /* eval input: the code returns the expression's value */
                const AstNode *e = body->items[0]->v.Expr.value;
                u.line = e->lineno;
                int r = comp_expr_any(&u, e);
                comp_emit_abc(&u, OP_RETURN, r, 0, 0);
                u.bound.dead = true;
            } else if (mode == COMPILE_EXEC || mode == COMPILE_SINGLE || mode == COMPILE_SINGLE_AWAIT) {
                if (comp_find_annotations(body)) /* the namespace may have them already */
                    comp_emit_abx(&u, OP_SETUPANN, 0, comp_name(&u, "__annotations__"));
                comp_stmts(&u, body); /* no docstring in exec/single input */
            } else {
                comp_body_with_doc(&u, body);
            }
            proto = comp_unit_finish(&u);
            if (proto && !c.failed) proto->warnings = comp_collect_warnings(&c, module);
        }
        comp_unit_free(&u);
    }
    arena_free(c.scratch);
    return c.failed ? NULL : proto;
}

CoilProto *compile_module(CoilArena *arena, const AstNode *module, const char *filename, CoilSyntaxError *err)
{
    return compile_mode(arena, module, filename, COMPILE_FILE, err);
}

CoilProto *compile_source(CoilArena *arena, const char *src, size_t len, const char *filename,
                          CoilSyntaxError *err)
{
    AstNode *mod = parse_module(arena, src, len, err);
    if (!mod) return NULL;
    return compile_module(arena, mod, filename, err);
}

CoilProto *compile_source_mode(CoilArena *arena, const char *src, size_t len, const char *filename,
                               CompileMode mode, CoilSyntaxError *err, bool *parsed)
{
    *parsed = false;
    AstNode *mod = parse_source_ex(arena, src, len, mode == COMPILE_EVAL, mode == COMPILE_SINGLE_AWAIT, err);
    if (!mod) return NULL;
    const AstList *body = &mod->v.Module.body;
    if ((mode == COMPILE_SINGLE || mode == COMPILE_SINGLE_AWAIT) && body->len > 1) {
        /* One interactive statement: simple statements joined by ';' on its
         * first line are fine; anything after that line is an error, worded
         * and placed as CPython's (at the end of the first line, or at the
         * token after a compound statement). */
        const AstNode *first = body->items[0];
        int i = 1;
        if (!ast_is_compound(first))
            while (i < body->len && body->items[i]->lineno == first->lineno) i++;
        if (i < body->len) {
            const AstNode *next = body->items[i], *last = body->items[i - 1];
            if (ast_is_compound(first))
                syntax_error_set(err, "SyntaxError", next->lineno, next->col_offset, next->lineno,
                                 next->col_offset + 1, "invalid syntax");
            else
                syntax_error_set(err, "SyntaxError", last->end_lineno, last->end_col_offset, last->end_lineno,
                                 last->end_col_offset, "multiple statements found while compiling a single statement");
            return NULL;
        }
    }
    *parsed = true;
    return compile_mode(arena, mod, filename, mode, err);
}
