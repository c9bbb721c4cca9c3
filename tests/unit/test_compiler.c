/* test_compiler.c — the compiler: symbol-table classification (local, global,
 * free, cell) and its SyntaxErrors, constant folding, register allocation,
 * the instruction sequences of small programs, the exception table, and the
 * --dis listing. */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compile.h"
#include "compiler/protobin.h"
#include "compiler/symtable.h"
#include "parser/parser.h"

/* --- helpers ------------------------------------------------------------------ */

static CoilArena *arena;

static void setup(void) { arena = arena_new(); }
static void teardown(void) { arena_free(arena); }

TestSuite(compiler, .init = setup, .fini = teardown);

static CoilProto *compile_ok(const char *src)
{
    CoilSyntaxError err = {0};
    CoilProto *p = compile_source(arena, src, strlen(src), "t.py", &err);
    cr_assert_not_null(p, "compile failed: %s (line %d)", err.msg, err.line);
    return p;
}

/* The message of the compile error (empty when it compiles), with its line
 * and column. */
static const char *compile_err(const char *src, int *line, int *col)
{
    static CoilSyntaxError err;
    memset(&err, 0, sizeof err);
    CoilProto *p = compile_source(arena, src, strlen(src), "t.py", &err);
    if (p) return "";
    cr_assert(err.set);
    if (line) *line = err.line;
    if (col) *col = err.col;
    return err.msg;
}

/* The nested proto called `name`, depth first. */
static const CoilProto *find_proto(const CoilProto *p, const char *name)
{
    if (!strcmp(p->name, name)) return p;
    for (uint32_t k = 0; k < p->nconsts; k++) {
        if (p->consts[k].kind != CONST_CODE) continue;
        const CoilProto *q = find_proto(p->consts[k].u.code, name);
        if (q) return q;
    }
    return NULL;
}

static const CoilProto *proto_named(const CoilProto *top, const char *name)
{
    const CoilProto *p = find_proto(top, name);
    cr_assert_not_null(p, "no proto named %s", name);
    return p;
}

static int count_op(const CoilProto *p, CoilOpcode op)
{
    int n = 0;
    for (uint32_t i = 0; i < p->ncode; i++)
        if (INSTR_OP(p->code[i]) == op) n++;
    return n;
}

/* Whether the opcodes appear in this order (not necessarily adjacent). */
static bool has_sequence(const CoilProto *p, int n, ...)
{
    CoilOpcode want[32];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) want[i] = (CoilOpcode)va_arg(ap, int);
    va_end(ap);
    int k = 0;
    for (uint32_t i = 0; i < p->ncode && k < n; i++)
        if (INSTR_OP(p->code[i]) == want[k]) k++;
    return k == n;
}

/* Opcodes of a proto as text, for failure messages. */
static const char *ops_text(const CoilProto *p)
{
    static const char *const names[] = {
#define N(name, fmt, doc) #name,
        COIL_OPCODE_LIST(N)
#undef N
    };
    static char buf[4096];
    size_t n = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < p->ncode && n + 16 < sizeof buf; i++)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ", names[INSTR_OP(p->code[i])]);
    return buf;
}

/* Structural checks every proto must pass: registers in range, jumps inside
 * the code, sorted non-overlapping handler entries inside the code. */
static void check_proto(const CoilProto *p)
{
    cr_assert(p->nregs <= MAX_REGISTERS);
    cr_assert(p->nlocals <= p->nregs);
    for (uint32_t i = 0; i < p->ncode; i++) {
        CoilInstr in = p->code[i];
        if (INSTR_OP(in) == OP_JUMP) {
            int64_t t = (int64_t)i + 1 + INSTR_SJ(in);
            cr_assert(t >= 0 && t < (int64_t)p->ncode, "%s: jump at %u out of range", p->name, i);
        } else if (INSTR_OP(in) != OP_EXTARG) {
            cr_assert(INSTR_A(in) < p->nregs || INSTR_OP(in) == OP_RAISE || INSTR_OP(in) == OP_ASSERTFAIL ||
                          INSTR_OP(in) == OP_DELGLOBAL || INSTR_OP(in) == OP_DELNAME,
                      "%s: register %u at %u past nregs %u", p->name, INSTR_A(in), i, p->nregs);
        }
        cr_assert(p->lines[i] >= 1);
    }
    for (uint32_t e = 0; e < p->nexc; e++) {
        const CoilExcEntry *x = &p->exc_table[e];
        cr_assert(x->start < x->end && x->end <= p->ncode && x->handler < p->ncode);
        cr_assert(x->reg < p->nregs);
        if (e) cr_assert(p->exc_table[e - 1].end <= x->start, "%s: handler entries overlap", p->name);
    }
    for (uint32_t k = 0; k < p->nconsts; k++)
        if (p->consts[k].kind == CONST_CODE) check_proto(p->consts[k].u.code);
}

/* --- symbol tables --------------------------------------------------------------- */

static SymTable st;

static const AstNode *parse_ok(const char *src)
{
    CoilSyntaxError err = {0};
    const AstNode *m = parse_module(arena, src, strlen(src), &err);
    cr_assert_not_null(m, "parse failed: %s", err.msg);
    return m;
}

static SymScope *child_scope(SymScope *sc, const char *name)
{
    for (int i = 0; i < sc->nchildren; i++)
        if (!strcmp(sc->children[i]->name, name)) return sc->children[i];
    cr_assert_fail("no child scope %s", name);
    return NULL;
}

static const char *scope_of(SymScope *sc, const char *name)
{
    SymEntry *e = sym_lookup(sc, name);
    return e ? sym_scope_name((SymScopeKind)e->scope) : "absent";
}

static SymScope *build(const char *src)
{
    CoilSyntaxError err = {0};
    cr_assert(sym_build(&st, arena, parse_ok(src), &err), "symtable failed: %s", err.msg);
    return st.top;
}

Test(compiler, symtable_locals_globals_cells_frees)
{
    SymScope *top = build("g = 1\n"
                          "def f(a):\n"
                          "    b = a\n"
                          "    def inner():\n"
                          "        return a + c + g\n"
                          "    global h\n"
                          "    h = b\n"
                          "    c = 2\n"
                          "    return inner\n");
    cr_assert_str_eq(scope_of(top, "g"), "local");
    SymScope *f = child_scope(top, "f");
    cr_assert_str_eq(scope_of(f, "a"), "cell"); /* a parameter captured by inner */
    cr_assert_str_eq(scope_of(f, "b"), "local");
    cr_assert_str_eq(scope_of(f, "c"), "cell");
    cr_assert_str_eq(scope_of(f, "h"), "global_explicit");
    SymScope *inner = child_scope(f, "inner");
    cr_assert_str_eq(scope_of(inner, "a"), "free");
    cr_assert_str_eq(scope_of(inner, "c"), "free");
    cr_assert_str_eq(scope_of(inner, "g"), "global_implicit");
    cr_assert_eq(f->nparams, 1);
}

Test(compiler, symtable_nonlocal_and_pass_through)
{
    SymScope *top = build("def outer():\n"
                          "    x = 0\n"
                          "    def mid():\n"
                          "        def inner():\n"
                          "            nonlocal x\n"
                          "            x += 1\n"
                          "        return inner\n"
                          "    return mid\n");
    SymScope *outer = child_scope(top, "outer");
    SymScope *mid = child_scope(outer, "mid");
    SymScope *inner = child_scope(mid, "inner");
    cr_assert_str_eq(scope_of(outer, "x"), "cell");
    cr_assert_str_eq(scope_of(mid, "x"), "free"); /* passes the cell through */
    cr_assert_str_eq(scope_of(inner, "x"), "free");
}

Test(compiler, symtable_class_scope_is_invisible_to_methods)
{
    SymScope *top = build("def f():\n"
                          "    y = 1\n"
                          "    class C:\n"
                          "        x = 1\n"
                          "        y = 2\n"
                          "        def m(self):\n"
                          "            return x, y, super()\n"
                          "    return C\n");
    SymScope *f = child_scope(top, "f");
    SymScope *c = child_scope(f, "C");
    SymScope *m = child_scope(c, "m");
    cr_assert_str_eq(scope_of(m, "x"), "global_implicit"); /* class-level x is not visible */
    cr_assert_str_eq(scope_of(m, "y"), "free");            /* f's y, not the class's */
    cr_assert_str_eq(scope_of(m, "__class__"), "free");
    cr_assert(c->needs_class_closure);
    cr_assert_str_eq(scope_of(c, "y"), "local");
    cr_assert(sym_lookup(c, "y")->flags & SYM_DEF_FREE_CLASS);
    cr_assert_str_eq(scope_of(f, "y"), "cell");
}

Test(compiler, symtable_comprehension_scope_and_walrus)
{
    SymScope *top = build("def f(xs):\n"
                          "    r = [y for x in xs if (y := x)]\n"
                          "    return y\n");
    SymScope *f = child_scope(top, "f");
    SymScope *comp = child_scope(f, "<listcomp>");
    cr_assert_eq(comp->comp, SYM_COMP_LIST);
    cr_assert_str_eq(scope_of(comp, ".0"), "local");
    cr_assert_str_eq(scope_of(comp, "x"), "local");
    cr_assert_str_eq(scope_of(comp, "y"), "free"); /* the walrus binds in f */
    cr_assert_str_eq(scope_of(f, "y"), "cell");
    cr_assert_str_eq(scope_of(f, "x"), "absent");
}

Test(compiler, symtable_mangles_private_names)
{
    SymScope *top = build("class K:\n"
                          "    __a = 1\n"
                          "    def m(self, __b):\n"
                          "        return self.__a, __b\n");
    SymScope *k = child_scope(top, "K");
    cr_assert_str_eq(scope_of(k, "_K__a"), "local");
    SymScope *m = child_scope(k, "m");
    cr_assert_str_eq(scope_of(m, "_K__b"), "local");
    cr_assert_str_eq(sym_mangle(arena, "K", "__init__"), "__init__");
    cr_assert_str_eq(sym_mangle(arena, "__", "__x"), "__x");
    cr_assert_str_eq(sym_mangle(arena, "_Priv", "__x"), "_Priv__x");
}

/* --- symbol-table errors ------------------------------------------------------------ */

struct ErrCase {
    const char *src, *msg;
    int line, col;
};

static void check_errors(const struct ErrCase *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int line = 0, col = 0;
        const char *msg = compile_err(cases[i].src, &line, &col);
        cr_expect_str_eq(msg, cases[i].msg, "case %zu", i);
        cr_expect_eq(line, cases[i].line, "case %zu: line %d", i, line);
        cr_expect_eq(col, cases[i].col, "case %zu: col %d", i, col);
    }
}

Test(compiler, symtable_errors_match_cpython)
{
    /* texts and positions from python3.11 */
    static const struct ErrCase cases[] = {
        {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 4},
        {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 4},
        {"def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 4},
        {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 0},
        {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 4},
        {"def g():\n    x = 1\n    def f(x):\n        nonlocal x\n", "name 'x' is parameter and nonlocal", 4, 8},
        {"def g():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
         "name 'x' is assigned to before nonlocal declaration", 5, 8},
        {"def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
         "name 'x' is used prior to nonlocal declaration", 5, 8},
        {"class C:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 4},
        {"x = 1\ndef f():\n    global x, y\n    nonlocal x\n", "name 'x' is nonlocal and global", 3, 4},
        {"def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 9},
        {"def f():\n    from m import *\n", "import * only allowed at module level", 2, 18},
        {"def f():\n    [(yield x) for x in z]\n", "'yield' inside list comprehension", 2, 6},
        {"def f():\n    [(x := 1) for x in z]\n", "assignment expression cannot rebind comprehension iteration variable 'x'",
         2, 6},
        {"class C:\n    [(y := 1) for x in z]\n",
         "assignment expression within a comprehension cannot be used in a class body", 2, 6},
    };
    check_errors(cases, sizeof cases / sizeof *cases);
}

Test(compiler, placement_errors_match_cpython)
{
    static const struct ErrCase cases[] = {
        {"return 1\n", "'return' outside function", 1, 0},
        {"class C:\n    x = yield\n", "'yield' outside function", 2, 8},
        {"for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 8},
        {"continue\n", "'continue' not properly in loop", 1, 0},
        {"def f():\n    await x\n", "'await' outside async function", 2, 4},
        {"await x\n", "'await' outside function", 1, 0},
        {"def f():\n    async for x in y: pass\n", "'async for' outside async function", 2, 4},
        {"def f():\n    async with x: pass\n", "'async with' outside async function", 2, 4},
        {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 4},
        {"async def f():\n    yield from x\n", "'yield from' inside async function", 2, 4},
        {"def f():\n    return [await x for x in y]\n",
         "asynchronous comprehension outside of an asynchronous function", 2, 11},
    };
    check_errors(cases, sizeof cases / sizeof *cases);
}

/* The symbol table's own checks, on a tree that skips the parser's: a Global
 * statement after an assignment, built by hand. */
static AstNode *node(int kind, int line, int col)
{
    AstNode *n = arena_alloc(arena, ast_node_size(kind));
    n->kind = (uint8_t)kind;
    n->lineno = n->end_lineno = line;
    n->col_offset = col;
    n->end_col_offset = col + 8;
    return n;
}

static AstList list_of(int n, ...)
{
    AstList l = {arena_alloc(arena, sizeof(AstNode *) * (size_t)n), n};
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) l.items[i] = va_arg(ap, AstNode *);
    va_end(ap);
    return l;
}

Test(compiler, symtable_reports_its_own_errors)
{
    /* def f():\n    x = 1\n    global x */
    AstNode *name = node(AST_Name, 2, 4);
    name->v.Name.id = "x";
    name->v.Name.ctx = AST_STORE;
    AstNode *one = node(AST_Constant, 2, 8);
    one->v.Constant.kind = AST_CONST_INT;
    one->v.Constant.u.i = 1;
    AstNode *assign = node(AST_Assign, 2, 4);
    assign->v.Assign.targets = list_of(1, name);
    assign->v.Assign.value = one;
    AstNode *glob = node(AST_Global, 3, 4);
    const char **ids = arena_alloc(arena, sizeof *ids);
    ids[0] = "x";
    glob->v.Global.names = (AstNames){ids, 1};
    AstNode *args = node(AST_arguments, 1, 0);
    AstNode *def = node(AST_FunctionDef, 1, 0);
    def->v.FunctionDef.name = "f";
    def->v.FunctionDef.args = args;
    def->v.FunctionDef.body = list_of(2, assign, glob);
    AstNode *mod = node(AST_Module, 1, 0);
    mod->v.Module.body = list_of(1, def);

    CoilSyntaxError err = {0};
    cr_assert_null(compile_module(arena, mod, "t.py", &err));
    cr_assert_str_eq(err.msg, "name 'x' is assigned to before global declaration");
    cr_assert_eq(err.line, 3);
    cr_assert_eq(err.col, 4);

    /* and nonlocal at module level, which only the analysis finds */
    AstNode *nl = node(AST_Nonlocal, 1, 0);
    nl->v.Global.names = (AstNames){ids, 1};
    AstNode *mod2 = node(AST_Module, 1, 0);
    mod2->v.Module.body = list_of(1, nl);
    memset(&err, 0, sizeof err);
    cr_assert_null(compile_module(arena, mod2, "t.py", &err));
    cr_assert_str_eq(err.msg, "nonlocal declaration not allowed at module level");
}

/* --- constant folding ------------------------------------------------------------------ */

static const CoilConst *const_loaded_into_x(const CoilProto *m)
{
    /* the constant stored by the module's first SETGLOBAL */
    for (uint32_t i = 0; i + 1 < m->ncode; i++)
        if (INSTR_OP(m->code[i]) == OP_LOADK && INSTR_OP(m->code[i + 1]) == OP_SETGLOBAL)
            return &m->consts[INSTR_BX(m->code[i])];
    return NULL;
}

Test(compiler, folds_integer_arithmetic)
{
    const CoilProto *m = compile_ok("x = 2 * 3 + 1 - (7 // 2) % 2 ** 3\n");
    cr_assert_eq(INSTR_OP(m->code[0]), OP_LOADI, "%s", ops_text(m));
    cr_assert_eq(INSTR_SBX(m->code[0]), 4);
    cr_assert_eq(count_op(m, OP_MUL) + count_op(m, OP_ADD) + count_op(m, OP_POW), 0);

    m = compile_ok("x = -7 // 2, -7 % 3, 1 << 62, -9223372036854775807 - 1, -(-9223372036854775808)\n");
    const CoilConst *k = const_loaded_into_x(m);
    cr_assert_not_null(k);
    cr_assert_eq(k->kind, CONST_TUPLE);
    cr_assert_eq(k->u.tuple.items[0].u.i, -4);
    cr_assert_eq(k->u.tuple.items[1].u.i, 2);
    cr_assert_eq(k->u.tuple.items[2].u.i, (int64_t)1 << 62);
    cr_assert_eq(k->u.tuple.items[3].u.i, INT64_MIN);
    cr_assert_eq(k->u.tuple.items[4].kind, CONST_BIGINT); /* 2**63 does not fit */
    cr_assert_str_eq(k->u.tuple.items[4].u.str.s, "9223372036854775808");
    /* beyond int64 the VM computes it */
    cr_assert_eq(count_op(compile_ok("y = 2 ** 63\n"), OP_POW), 1);
}

Test(compiler, folds_floats_strings_and_tuples)
{
    const CoilProto *m = compile_ok("x = 1.5 * 2 + 1 / 4\n");
    const CoilConst *k = const_loaded_into_x(m);
    cr_assert_eq(k->kind, CONST_FLOAT);
    cr_assert_float_eq(k->u.f, 3.25, 0.0);

    m = compile_ok("x = 'ab' * 3 + 'c'\n");
    k = const_loaded_into_x(m);
    cr_assert_eq(k->kind, CONST_STR);
    cr_assert_str_eq(k->u.str.s, "abababc");

    m = compile_ok("x = (1, ('a', None), -2.5, True)\n");
    k = const_loaded_into_x(m);
    cr_assert_eq(k->kind, CONST_TUPLE);
    cr_assert_eq(k->u.tuple.len, 4);
    cr_assert_eq(k->u.tuple.items[1].kind, CONST_TUPLE);
    cr_assert_eq(k->u.tuple.items[2].u.f, -2.5);

    m = compile_ok("x = -9223372036854775808\ny = 0x10000000000000000\n");
    cr_assert(m->consts[INSTR_BX(m->code[0])].kind == CONST_INT && m->consts[INSTR_BX(m->code[0])].u.i == INT64_MIN);
    bool found = false;
    for (uint32_t i = 0; i < m->nconsts; i++)
        if (m->consts[i].kind == CONST_BIGINT && !strcmp(m->consts[i].u.str.s, "18446744073709551616")) found = true;
    cr_assert(found, "hex bigint converted to decimal");
}

Test(compiler, never_folds_what_would_raise_or_differ)
{
    const CoilProto *m = compile_ok("a = 1 / 0\nb = 1 % 0\nc = 1 << -1\nd = 'a' + 1\ne = 2 ** 100\nf = 2 ** -1\n"
                                    "g = 1.0 // 3\nh = 'x' * 5000\ni = True + True\n");
    cr_assert_eq(count_op(m, OP_TRUEDIV), 1);
    cr_assert_eq(count_op(m, OP_MODK), 1);
    cr_assert_eq(count_op(m, OP_LSHIFT), 1);
    cr_assert_eq(count_op(m, OP_ADDI), 1); /* 'a' + 1 */
    cr_assert_eq(count_op(m, OP_ADD), 1);  /* True + True */
    cr_assert_eq(count_op(m, OP_POW), 2);
    cr_assert_eq(count_op(m, OP_FLOORDIVK), 1);
    cr_assert_eq(count_op(m, OP_MULK), 1); /* longer than CPython's 4096-character limit */
}

Test(compiler, constant_pool_is_deduplicated)
{
    const CoilProto *m = compile_ok("a = 'x'\nb = 'x'\nc = 0.0\nd = -0.0\ne = 0.0\nf = 100000\ng = 100000\n");
    int xs = 0, zeros = 0, big = 0;
    for (uint32_t i = 0; i < m->nconsts; i++) {
        const CoilConst *k = &m->consts[i];
        if (k->kind == CONST_STR && !strcmp(k->u.str.s, "x")) xs++;
        if (k->kind == CONST_FLOAT) zeros++;
        if (k->kind == CONST_INT && k->u.i == 100000) big++;
    }
    cr_assert_eq(xs, 1);
    cr_assert_eq(zeros, 2); /* 0.0 and -0.0 stay distinct */
    cr_assert_eq(big, 1);
}

/* --- registers and instruction sequences -------------------------------------------------- */

Test(compiler, registers_parameters_first_then_locals)
{
    const CoilProto *m = compile_ok("def f(a, b, *args, k, **kw):\n    c = a + b\n    return c\n");
    const CoilProto *f = proto_named(m, "f");
    cr_assert_eq(f->argcount, 2);
    cr_assert_eq(f->kwonlyargcount, 1);
    cr_assert_eq(f->flags & (PROTO_VARARGS | PROTO_VARKEYWORDS), PROTO_VARARGS | PROTO_VARKEYWORDS);
    cr_assert_eq(f->nlocals, 6);
    const char *order[] = {"a", "b", "k", "args", "kw", "c"};
    for (int i = 0; i < 6; i++) cr_assert_str_eq(f->localnames[i], order[i]);
    /* c = a + b computes straight into c's register */
    cr_assert_eq(INSTR_OP(f->code[0]), OP_ADD, "%s", ops_text(f));
    cr_assert_eq(INSTR_A(f->code[0]), 5);
    cr_assert_eq(f->nregs, 6);
    check_proto(m);
}

Test(compiler, addi_for_small_constant_addition)
{
    const CoilProto *f = proto_named(compile_ok("def f(a):\n    x = a + 1\n    y = a - 1\n    return x, y\n"), "f");
    cr_assert_eq(INSTR_OP(f->code[0]), OP_ADDI, "%s", ops_text(f));
    cr_assert_eq(INSTR_SC(f->code[0]), 1);
    cr_assert_eq(INSTR_OP(f->code[1]), OP_SUBI, "%s", ops_text(f)); /* its own opcode: __sub__, not + -1 */
    cr_assert_eq(INSTR_SC(f->code[1]), 1);
    cr_assert_eq(count_op(f, OP_SUB) + count_op(f, OP_LOADI), 0);
}

Test(compiler, constant_operands_skip_the_load)
{
    const CoilProto *f = proto_named(compile_ok("def f(a, s):\n    a += 1\n    a -= 2\n    b = a * 7 + a // 3 - a % 5\n"
                                                "    c = a * 0.5 - 100000\n    if a < 3000000: a = 1\n"
                                                "    if s == 'x': a = 2\n    a += 1000\n    return b, c\n"),
                                     "f");
    cr_assert_eq(count_op(f, OP_IADDI), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_ISUBI), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_MULK), 2, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_FLOORDIVK), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_MODK), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_SUBK), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_CMPJK), 2, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_IADD), 1, "%s", ops_text(f)); /* a += 1000: no in-place K form */
    check_proto(f);
}

Test(compiler, string_accumulator_seals_other_reads)
{
    const CoilProto *f = proto_named(compile_ok("def f(xs):\n    s = ''\n    n = 0\n    for x in xs:\n"
                                                "        s += x\n        n += x\n        t = s\n    return s, n\n"),
                                     "f");
    cr_assert_eq(count_op(f, OP_IADDACC), 1, "%s", ops_text(f)); /* s += x; n is no str accumulator */
    cr_assert_eq(count_op(f, OP_IADD), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_SEAL), 2, "%s", ops_text(f)); /* t = s and return s */
    check_proto(f);
}

Test(compiler, for_loop_shape)
{
    const CoilProto *f = proto_named(compile_ok("def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n"), "f");
    cr_assert(has_sequence(f, 5, OP_GETITER, OP_FORITER, OP_JUMP, OP_IADD, OP_JUMP), "%s", ops_text(f));
    /* FORITER is followed by the loop-exit jump, the back jump returns to FORITER */
    for (uint32_t i = 0; i < f->ncode; i++) {
        if (INSTR_OP(f->code[i]) != OP_FORITER) continue;
        cr_assert_eq(INSTR_OP(f->code[i + 1]), OP_JUMP);
        cr_assert_eq(INSTR_B(f->code[i]), 2, "the item goes straight into x's register");
        uint32_t back = 0;
        for (uint32_t j = i + 2; j < f->ncode; j++)
            if (INSTR_OP(f->code[j]) == OP_JUMP && (int64_t)j + 1 + INSTR_SJ(f->code[j]) == (int64_t)i) back = j;
        cr_assert(back, "no jump back to FORITER");
    }
    check_proto(f);
}

Test(compiler, while_loop_tests_at_the_bottom)
{
    const CoilProto *f = proto_named(compile_ok("def f(n):\n    while n > 0:\n        n -= 1\n    return n\n"), "f");
    /* once before the loop, once per iteration: compare-and-branch with 0 */
    cr_assert_eq(count_op(f, OP_CMPJI), 2, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_GT) + count_op(f, OP_TEST), 0);
    uint32_t i = 0;
    while (INSTR_OP(f->code[i]) != OP_CMPJI) i++;
    cr_assert_eq(INSTR_B(f->code[i]), 128);                    /* the constant 0 */
    cr_assert_eq(INSTR_C(f->code[i]), (OP_GT - OP_EQ) | 0 << 4); /* leave when not n > 0 */
    cr_assert_eq(INSTR_OP(f->code[i + 1]), OP_JUMP);
    const CoilProto *g = proto_named(compile_ok("def g(a, b):\n    if a is b: return 1\n"), "g");
    cr_assert_eq(count_op(g, OP_CMPJ), 1, "%s", ops_text(g));
    check_proto(f);
}

Test(compiler, try_except_builds_an_exception_table)
{
    const CoilProto *f = proto_named(compile_ok("def f():\n"
                                                "    try:\n"
                                                "        g()\n"
                                                "    except ValueError as e:\n"
                                                "        return e\n"
                                                "    return None\n"),
                                     "f");
    cr_assert(f->nexc >= 1);
    const CoilExcEntry *x = &f->exc_table[0];
    /* the protected range holds the call; the handler enters the except clause */
    bool call_inside = false;
    for (uint32_t i = x->start; i < x->end; i++)
        if (INSTR_OP(f->code[i]) == OP_CALL) call_inside = true;
    cr_assert(call_inside);
    cr_assert_eq(INSTR_OP(f->code[x->handler]), OP_PUSHEXC);
    cr_assert_eq(INSTR_B(f->code[x->handler]), x->reg);
    cr_assert(has_sequence(f, 4, OP_PUSHEXC, OP_EXCMATCH, OP_TEST, OP_POPEXC), "%s", ops_text(f));
    cr_assert(count_op(f, OP_RERAISE) >= 1);
    check_proto(f);
}

Test(compiler, finally_is_inlined_at_every_exit)
{
    const CoilProto *f = proto_named(compile_ok("def f(xs):\n"
                                                "    for x in xs:\n"
                                                "        try:\n"
                                                "            if x: break\n"
                                                "            if x is None: continue\n"
                                                "            return x\n"
                                                "        finally:\n"
                                                "            cleanup()\n"),
                                     "f");
    /* break, continue, return, the normal exit and the exceptional exit */
    cr_assert_eq(count_op(f, OP_CALL), 5, "%s", ops_text(f));
    check_proto(f);
}

Test(compiler, returned_local_survives_cleanup)
{
    /* `return e` leaves through `e = None; del e`: the value must be copied */
    const CoilProto *f = proto_named(compile_ok("def f():\n"
                                                "    try:\n"
                                                "        g()\n"
                                                "    except E as e:\n"
                                                "        return e\n"),
                                     "f");
    int e_reg = -1;
    for (int r = 0; r < f->nlocals; r++)
        if (!strcmp(f->localnames[r], "e")) e_reg = r;
    cr_assert(e_reg >= 0);
    for (uint32_t i = 0; i < f->ncode; i++)
        if (INSTR_OP(f->code[i]) == OP_RETURN) cr_assert_neq((int)INSTR_A(f->code[i]), e_reg, "%s", ops_text(f));
}

Test(compiler, with_calls_enter_and_exit)
{
    const CoilProto *f = proto_named(compile_ok("def f(m):\n    with m as v:\n        use(v)\n"), "f");
    cr_assert(has_sequence(f, 3, OP_BEFOREWITH, OP_CALL, OP_CALL), "%s", ops_text(f));
    cr_assert(f->nexc >= 1);
    cr_assert(count_op(f, OP_TEST) == 1); /* __exit__'s answer decides suppression */
    check_proto(f);
}

Test(compiler, method_calls_use_getmethod)
{
    const CoilProto *f = proto_named(compile_ok("def f(o):\n    return o.m(1, 2)\n"), "f");
    cr_assert(has_sequence(f, 2, OP_GETMETHOD, OP_CALLMETHOD), "%s", ops_text(f));
    const CoilProto *g = proto_named(compile_ok("def g(o):\n    return o.m(1, k=2)\n"), "g");
    cr_assert_eq(count_op(g, OP_CALLKW), 1, "%s", ops_text(g));
    const CoilProto *h = proto_named(compile_ok("def h(o, a, k):\n    return o(*a, **k)\n"), "h");
    cr_assert_eq(count_op(h, OP_CALLEX), 1, "%s", ops_text(h));
}

Test(compiler, chained_comparison_evaluates_middle_once)
{
    const CoilProto *f = proto_named(compile_ok("def f(a, c):\n    return a < g() < c\n"), "f");
    cr_assert_eq(count_op(f, OP_CALL), 1);
    cr_assert_eq(count_op(f, OP_LT), 2);
    cr_assert(has_sequence(f, 4, OP_LT, OP_TEST, OP_JUMP, OP_LT), "%s", ops_text(f));
}

Test(compiler, boolop_keeps_operand_values)
{
    const CoilProto *f = proto_named(compile_ok("def f(a, b):\n    return a or b\n"), "f");
    cr_assert_eq(count_op(f, OP_TESTSET), 1, "%s", ops_text(f));
    cr_assert_eq(count_op(f, OP_NOT), 0);
}

Test(compiler, closures_cells_and_free_variables)
{
    const CoilProto *m = compile_ok("def outer(a):\n"
                                    "    def inner():\n"
                                    "        return a\n"
                                    "    return inner\n");
    const CoilProto *outer = proto_named(m, "outer");
    const CoilProto *inner = proto_named(m, "inner");
    cr_assert_eq(outer->ncellvars, 1);
    cr_assert_str_eq(outer->cellnames[0], "a");
    cr_assert_eq(outer->cellregs[0], 0); /* the parameter's own register */
    cr_assert_eq(INSTR_OP(outer->code[0]), OP_MAKECELL);
    cr_assert_eq(inner->nfreevars, 1);
    cr_assert_str_eq(inner->freenames[0], "a");
    cr_assert_eq(count_op(inner, OP_GETCELL), 1);
    cr_assert_str_eq(inner->qualname, "outer.<locals>.inner");
    cr_assert(has_sequence(outer, 2, OP_BUILDTUPLE, OP_CLOSURE), "%s", ops_text(outer));
}

Test(compiler, class_body_and_class_cell)
{
    const CoilProto *m = compile_ok("class A(B, metaclass=M):\n"
                                    "    '''doc'''\n"
                                    "    x = 1\n"
                                    "    def m(self):\n"
                                    "        return super().m()\n");
    cr_assert_eq(count_op(m, OP_CLASS), 1);
    const CoilProto *a = proto_named(m, "A");
    cr_assert(a->flags & PROTO_CLASS_BODY);
    cr_assert(a->flags & PROTO_NEEDS_CLASS_CELL);
    cr_assert_eq(a->ncellvars, 1);
    cr_assert_str_eq(a->cellnames[0], "__class__");
    cr_assert(count_op(a, OP_SETNAME) >= 4); /* __module__, __qualname__, __doc__, x, m */
    /* the body ends by returning the cell itself */
    CoilInstr last = a->code[a->ncode - 1];
    cr_assert_eq(INSTR_OP(last), OP_RETURN);
    cr_assert_eq(INSTR_A(last), a->cellregs[0]);
    const CoilProto *meth = proto_named(m, "m");
    cr_assert_str_eq(meth->qualname, "A.m");
    cr_assert_eq(meth->nfreevars, 1);
    cr_assert_str_eq(meth->freenames[0], "__class__");
}

Test(compiler, comprehension_is_a_nested_function)
{
    const CoilProto *m = compile_ok("def f(xs):\n    return [x * 2 for x in xs if x]\n");
    const CoilProto *f = proto_named(m, "f");
    const CoilProto *c = proto_named(m, "<listcomp>");
    cr_assert_eq(c->argcount, 1);
    cr_assert_str_eq(c->localnames[0], ".0");
    cr_assert_str_eq(c->qualname, "f.<locals>.<listcomp>");
    cr_assert(has_sequence(c, 4, OP_BUILDLIST, OP_FORITER, OP_LISTAPPEND, OP_RETURN), "%s", ops_text(c));
    cr_assert(has_sequence(f, 3, OP_CLOSURE, OP_GETITER, OP_CALL), "%s", ops_text(f));
    const CoilProto *g = proto_named(compile_ok("g = (y for y in range(3))\n"), "<genexpr>");
    cr_assert(g->flags & PROTO_GENERATOR);
    cr_assert_eq(count_op(g, OP_YIELD), 1);
}

Test(compiler, checkbound_only_where_a_local_may_be_unbound)
{
    const CoilProto *f = proto_named(compile_ok("def f(c):\n"
                                                "    a = 1\n"
                                                "    if c:\n"
                                                "        b = 2\n"
                                                "    return a + b + c\n"),
                                     "f");
    cr_assert_eq(count_op(f, OP_CHECKBOUND), 1, "%s", ops_text(f));
    uint32_t i = 0;
    while (INSTR_OP(f->code[i]) != OP_CHECKBOUND) i++;
    cr_assert_str_eq(f->consts[INSTR_BX(f->code[i])].u.str.s, "b");
    cr_assert_eq(INSTR_A(f->code[i]), 2);
    /* a deleted local is checked after the del, and at a loop head that
     * an iteration deleting it can come back to */
    const CoilProto *g = proto_named(compile_ok("def g():\n    x = 1\n    del x\n    return x\n"), "g");
    cr_assert_eq(count_op(g, OP_CHECKBOUND), 1, "%s", ops_text(g));
    cr_assert_eq(count_op(g, OP_LOADEMPTY), 1);
    const CoilProto *h = proto_named(compile_ok("def h(n):\n    x = 1\n    while n:\n        n -= x\n        del x\n"), "h");
    cr_assert_eq(count_op(h, OP_CHECKBOUND), 1, "%s", ops_text(h)); /* the read; the del follows it */
    const CoilProto *e = proto_named(compile_ok("def e():\n    try:\n        pass\n    except E as err:\n"
                                                "        return err, err\n"), "e");
    cr_assert_eq(count_op(e, OP_CHECKBOUND), 0, "%s", ops_text(e));
}

Test(compiler, names_by_scope)
{
    const CoilProto *m = compile_ok("x = 1\n"
                                    "class C:\n"
                                    "    y = x\n"
                                    "def f():\n"
                                    "    global x\n"
                                    "    x = 2\n"
                                    "    return len\n");
    cr_assert_eq(count_op(m, OP_SETGLOBAL), 3); /* x, C, f */
    const CoilProto *c = proto_named(m, "C");
    cr_assert(count_op(c, OP_GETNAME) >= 2); /* __name__ and x */
    cr_assert_eq(count_op(c, OP_GETGLOBAL), 0);
    const CoilProto *f = proto_named(m, "f");
    cr_assert_eq(count_op(f, OP_SETGLOBAL), 1);
    cr_assert_eq(count_op(f, OP_GETGLOBAL), 1);
}

Test(compiler, docstrings_and_line_numbers)
{
    const CoilProto *m = compile_ok("def f():\n"
                                    "    'the doc'\n"
                                    "    a = 1\n"
                                    "\n"
                                    "    return g(\n"
                                    "        a)\n");
    const CoilProto *f = proto_named(m, "f");
    cr_assert(f->docconst >= 0);
    cr_assert_str_eq(f->consts[f->docconst].u.str.s, "the doc");
    cr_assert_eq(f->firstlineno, 1);
    cr_assert_eq(f->lines[0], 3);
    for (uint32_t i = 0; i < f->ncode; i++)
        if (INSTR_OP(f->code[i]) == OP_CALL) cr_assert_eq(f->lines[i], 5);
    const CoilProto *d = proto_named(compile_ok("@dec\n\ndef h(): pass\n"), "h");
    cr_assert_eq(d->firstlineno, 1); /* the first decorator's line, as CPython */
}

Test(compiler, async_and_generator_flags)
{
    const CoilProto *m = compile_ok("async def co(x):\n    return await x\n"
                                    "async def ag():\n    yield 1\n"
                                    "def gen():\n    yield from range(3)\n"
                                    "async def loop(it, cm):\n"
                                    "    async for v in it:\n        pass\n"
                                    "    async with cm:\n        pass\n");
    cr_assert(proto_named(m, "co")->flags & PROTO_COROUTINE);
    cr_assert_eq(count_op(proto_named(m, "co"), OP_AWAIT), 1);
    cr_assert(proto_named(m, "ag")->flags & PROTO_ASYNC_GENERATOR);
    cr_assert(proto_named(m, "gen")->flags & PROTO_GENERATOR);
    cr_assert_eq(count_op(proto_named(m, "gen"), OP_YIELDFROM), 1);
    const CoilProto *l = proto_named(m, "loop");
    cr_assert(has_sequence(l, 3, OP_GETAITER, OP_ASYNCFORITER, OP_JUMP), "%s", ops_text(l));
    cr_assert(has_sequence(l, 2, OP_BEFOREWITH, OP_AWAIT), "%s", ops_text(l));
    check_proto(m);
}

Test(compiler, big_literals_and_long_calls_fit_the_registers)
{
    char *src = malloc(64 * 1024);
    size_t n = 0;
    n += (size_t)sprintf(src + n, "def f(v):\n    a = [");
    for (int i = 0; i < 600; i++) n += (size_t)sprintf(src + n, "v + %d, ", i);
    n += (size_t)sprintf(src + n, "]\n    return g(");
    for (int i = 0; i < 300; i++) n += (size_t)sprintf(src + n, "v, ");
    n += (size_t)sprintf(src + n, ")\n");
    const CoilProto *m = compile_ok(src);
    const CoilProto *f = proto_named(m, "f");
    cr_assert(f->nregs < 200, "nregs %u", f->nregs);
    cr_assert(count_op(f, OP_LISTAPPEND) > 0 || count_op(f, OP_LISTEXTEND) > 0);
    cr_assert_eq(count_op(f, OP_CALLEX), 1);
    check_proto(m);
    free(src);
}

Test(compiler, too_many_registers_is_a_clear_error)
{
    char *src = malloc(64 * 1024);
    size_t n = (size_t)sprintf(src, "def f():\n");
    for (int i = 0; i < 300; i++) n += (size_t)sprintf(src + n, "    v%d = %d\n", i, i);
    const char *msg = compile_err(src, NULL, NULL);
    cr_assert(strstr(msg, "too many local variables") != NULL, "%s", msg);
    cr_assert(strstr(msg, "'f'") != NULL, "%s", msg);
    free(src);
}

Test(compiler, extarg_for_large_name_indices)
{
    char *src = malloc(64 * 1024);
    size_t n = (size_t)sprintf(src, "o = object()\n");
    for (int i = 0; i < 300; i++) n += (size_t)sprintf(src + n, "o.a%d = %d\n", i, i);
    const CoilProto *m = compile_ok(src);
    cr_assert(count_op(m, OP_EXTARG) > 0);
    for (uint32_t i = 0; i + 1 < m->ncode; i++) {
        if (INSTR_OP(m->code[i]) != OP_EXTARG) continue;
        CoilInstr next = m->code[i + 1];
        cr_assert_eq(INSTR_OP(next), OP_SETATTR);
        uint32_t idx = (uint32_t)(INSTR_SJ(m->code[i]) + (1 << 23)) << 8 | INSTR_B(next);
        cr_assert_eq(m->consts[idx].kind, CONST_STR);
        cr_assert(m->consts[idx].u.str.s[0] == 'a');
    }
    free(src);
}

Test(compiler, disassembly_listing)
{
    const CoilProto *m = compile_ok("def add(a, b=2):\n    return a + b\nprint(add(1))\n");
    FILE *out = tmpfile();
    cr_assert_not_null(out);
    compile_disassemble(m, out);
    long len = ftell(out);
    char *buf = malloc((size_t)len + 1);
    rewind(out);
    buf[fread(buf, 1, (size_t)len, out)] = '\0';
    fclose(out);
    cr_assert(strstr(buf, "<module> <t.py:1>") != NULL, "%s", buf);
    cr_assert(strstr(buf, "add <t.py:1>") != NULL, "%s", buf);
    cr_assert(strstr(buf, "CLOSURE") && strstr(buf, "; <code add>"), "%s", buf);
    cr_assert(strstr(buf, "GETGLOBAL") && strstr(buf, "; print"), "%s", buf);
    cr_assert(strstr(buf, "[2]\tADD") != NULL, "%s", buf);
    cr_assert(strstr(buf, "constants (") != NULL, "%s", buf);
    cr_assert(strstr(buf, "(2,)") != NULL, "%s", buf);
    free(buf);
}

Test(compiler, corpus_of_constructs_is_well_formed)
{
    const CoilProto *m = compile_ok("import os.path as p, sys\n"
                                    "from os import path as q, sep\n"
                                    "a, *b, c = range(5)\n"
                                    "(d, e), f = (1, 2), 3\n"
                                    "g = h = [i for i in b if i] + [*b]\n"
                                    "g[1:2] = {k: v for k, v in zip('ab', b)}, {*b}\n"
                                    "del g[0], a\n"
                                    "s = f'{c!r:>{f}} {d=}' + f'{e}'\n"
                                    "x: int = 1\n"
                                    "class K:\n"
                                    "    y: str\n"
                                    "    def __init__(self, *args, **kw): self.v = args\n"
                                    "@staticmethod\n"
                                    "def deco(fn, /, n=1, *, z=2): return fn\n"
                                    "def gen(n):\n"
                                    "    try:\n"
                                    "        while (m := n) > 0:\n"
                                    "            n -= 1\n"
                                    "            yield m if m % 2 else -m\n"
                                    "    except (KeyError, ValueError) as err:\n"
                                    "        raise RuntimeError('x') from err\n"
                                    "    except Exception:\n"
                                    "        raise\n"
                                    "    else:\n"
                                    "        pass\n"
                                    "    finally:\n"
                                    "        assert n == 0, 'left'\n"
                                    "lam = lambda q, *r, t=3, **u: (q, r, t, u)\n"
                                    "async def co(xs):\n"
                                    "    async with xs as ys:\n"
                                    "        return [await y async for y in ys]\n");
    check_proto(m);
    cr_assert_not_null(find_proto(m, "<dictcomp>"));
    cr_assert_not_null(find_proto(m, "<lambda>"));
    cr_assert(count_op(m, OP_UNPACKEX) == 1 && count_op(m, OP_IMPORTFROM) >= 3);
    cr_assert(count_op(m, OP_FORMAT) >= 2 && count_op(m, OP_BUILDSTR) >= 1);
    const CoilProto *co = proto_named(m, "co");
    const CoilProto *lc = proto_named(co, "<listcomp>");
    cr_assert(lc->flags & PROTO_COROUTINE);
    cr_assert(has_sequence(co, 2, OP_CALL, OP_AWAIT), "%s", ops_text(co));
}

/* --- protobin (the stdlib compiled at build time) ------------------------------- */

static char *disassemble(const CoilProto *p)
{
    FILE *out = tmpfile();
    cr_assert_not_null(out);
    compile_disassemble(p, out);
    long len = ftell(out);
    char *buf = malloc((size_t)len + 1);
    rewind(out);
    buf[fread(buf, 1, (size_t)len, out)] = '\0';
    fclose(out);
    return buf;
}

Test(compiler, protobin_round_trip)
{
    /* Every kind of constant, nested functions with cells and free
     * variables, keyword-only and positional-only parameters, a class, an
     * exception table and a docstring. */
    const CoilProto *m = compile_ok("'''doc'''\n"
                                    "x = (None, True, False, ..., 7, -2**63, 10**30, 1.5, 1e999, -1e999,\n"
                                    "     'a\\x00b\\u00e9\\U0001f600?', b'\\x00\\xff', ((1, 'x'), ()))\n"
                                    "y = {1, -2, (3, 'q')}, 2.5j\n"
                                    "def f(a, /, b, *args, c=1, **kw):\n"
                                    "    n = 0\n"
                                    "    def g():\n"
                                    "        nonlocal n\n"
                                    "        n += 1\n"
                                    "        return n, a\n"
                                    "    try:\n"
                                    "        return g()\n"
                                    "    except ValueError as e:\n"
                                    "        raise TypeError('t') from e\n"
                                    "async def h(q):\n"
                                    "    async for v in q:\n"
                                    "        yield v\n"
                                    "class K:\n"
                                    "    def m(self):\n"
                                    "        return super().m()\n");
    ProtoBin b = {NULL, 0, 0};
    cr_assert(protobin_write(&b, m));
    CoilProto *back = protobin_read(arena, b.data, b.len);
    cr_assert_not_null(back);
    char *want = disassemble(m), *got = disassemble(back);
    cr_assert_str_eq(got, want);
    cr_assert_eq(back->firstlineno, m->firstlineno);
    cr_assert_eq(back->docconst, m->docconst);
    cr_assert_str_eq(back->filename, m->filename);
    /* Truncated or garbled bytes are refused, never read past the end. */
    for (size_t cut = 0; cut < b.len; cut += 1 + cut / 8) cr_assert_null(protobin_read(arena, b.data, cut));
    free(want);
    free(got);
    free(b.data);
}
