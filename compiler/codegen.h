/* codegen.h — the code generator's shared state, private to compiler/: one
 * CompUnit per function being compiled (code, constants, labels, registers,
 * exception handlers, the block stack), and the entry points each codegen_*.c
 * file offers the others. */
#ifndef COIL_CODEGEN_H
#define COIL_CODEGEN_H

#include <stdbool.h>
#include <stdint.h>

#include "compiler/bytecode.h"
#include "compiler/symtable.h"
#include "lexer/syntax_error.h"
#include "parser/arena.h"
#include "parser/ast.h"

#define COMP_MAXBLOCKS 20    /* CPython's CO_MAXBLOCKS: "too many statically nested blocks" */
#define COMP_MAXHANDLERS 64  /* every block pushes at most two handlers */
#define COMP_REG_LIMIT 1024  /* registers counted past MAX_REGISTERS before giving up */

/* Whole-compilation state. */
typedef struct Compiler {
    CoilArena *arena;   /* the caller's: protos, code and constants end up here */
    CoilArena *scratch; /* symbol tables and folding temporaries, freed at the end */
    SymTable st;
    const char *filename;
    CoilSyntaxError *err;
    bool failed;        /* sticky: the first error is in *err; codegen winds down */
    int mode;           /* CompileMode (compile.h) */
    int future_lineno;  /* line of the module's last leading future statement, 0 if none */
} Compiler;

typedef enum CompFBKind {
    FB_WHILE, FB_FOR,        /* loops: break/continue targets */
    FB_TRY_EXCEPT,           /* body of a try with except clauses */
    FB_FINALLY_TRY,          /* body of a try with a finally clause */
    FB_FINALLY_END,          /* the finally clause run for an exception */
    FB_WITH, FB_ASYNC_WITH,  /* body of a with statement */
    FB_HANDLER_CLEANUP       /* body of an except clause */
} CompFBKind;

/* A block that break/continue/return must leave properly (CPython's fblock):
 * leaving it runs its cleanup code inline at the jump. */
typedef struct CompFBlock {
    CompFBKind kind;
    int hdepth;                /* handler-stack depth outside this block */
    int brk, cont;             /* loops: labels */
    const AstList *finalbody;  /* FINALLY_TRY */
    int reg;                   /* WITH: the bound __exit__; FINALLY_END/HANDLER_CLEANUP:
                                  the saved handled exception */
    const char *name;          /* HANDLER_CLEANUP: the `as` name, or NULL */
    bool close_iter;           /* FOR over a call's result: CLOSEITER reg on the way out */
    int line;                  /* WITH: the with statement's line, where its exit runs */
} CompFBlock;

/* Which local registers are surely bound here (so reads need no
 * CHECKBOUND).  `dead`: this point is unreachable, any state merges in. */
typedef struct CompBound {
    uint64_t w[4];
    bool dead;
} CompBound;

typedef struct CompHandler {
    int label; /* where the handler code starts */
    int reg;   /* register that receives the exception */
} CompHandler;

typedef enum CompUnitKind { UNIT_MODULE, UNIT_CLASS, UNIT_FUNCTION } CompUnitKind;

typedef struct CompUnit {
    Compiler *c;
    struct CompUnit *parent;
    SymScope *scope;
    CompUnitKind kind;
    const char *name, *qualname;
    const char *private_name; /* class name for __x mangling */
    uint32_t flags;           /* PROTO_* */
    int firstlineno;
    int argcount, posonlyargcount, kwonlyargcount;

    CoilInstr *code;
    int32_t *lines;
    int32_t *hidx; /* innermost handler of each instruction, or -1 */
    int ncode, capcode;

    CoilConst *consts;
    int nconsts, capconsts;
    int *kindex; /* dedup hash: constant number + 1, or 0 */
    int capkindex;
    int docconst;

    int *labels; /* pc of each label, -1 while unbound */
    int nlabels, caplabels;
    int *jumps;  /* pcs of JUMPs whose sJ holds a label number until the end */
    int njumps, capjumps;

    CompHandler *handlers;
    int nhandlers, caphandlers;
    int hstack[COMP_MAXHANDLERS];
    int hdepth;

    CompFBlock fblocks[COMP_MAXBLOCKS];
    int nfblocks;

    /* registers */
    int nlocals;   /* named registers: parameters, locals, cells, free variables */
    int freereg;   /* first free temporary */
    int maxreg;
    const char **localnames;
    int16_t *symreg;  /* per symbol of scope: its register or -1 */
    int16_t *symcell; /* per symbol: its index in cellnames+freenames or -1 */
    int ncells, nfrees;
    const char **cellnames, **freenames;
    uint8_t *cellregs, *freeregs;

    CompBound bound;
    uint64_t deleted[4]; /* registers of locals that del / except-as unbind */
    int line;
    /* Source range of the instructions being emitted: the node CPython 3.11
     * attributes them to (the call for a call, the operation for an
     * operator, the statement for statement-level work), NULL for none.
     * posv records it per instruction for the position table. */
    const AstNode *posnode;
    const AstNode **posv;
} CompUnit;

/* --- errors (codegen.c) --- */
/* future.c: checks the module's leading `from __future__` block and applies
 * its features to the tree (annotations become strings); false on an error. */
bool comp_future(Compiler *c, AstNode *module);
bool comp_is_future_import(const AstNode *s);

void comp_error(CompUnit *u, const AstNode *at, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void *comp_alloc(Compiler *c, size_t n); /* in the result arena; sets the error on failure */

/* --- units (codegen.c) --- */
bool comp_unit_init(CompUnit *u, Compiler *c, CompUnit *parent, SymScope *scope, CompUnitKind kind,
                    const char *name, int firstlineno);
CoilProto *comp_unit_finish(CompUnit *u); /* builds the proto (NULL on error) */
void comp_unit_free(CompUnit *u);
const char *comp_mangle(CompUnit *u, const char *name);
const char *comp_qualname(CompUnit *parent, const char *name, bool global_in_parent);

/* --- emitting (codegen.c) --- */
int comp_emit(CompUnit *u, CoilInstr i);
void comp_emit_abc(CompUnit *u, CoilOpcode op, int a, int b, int c);
void comp_emit_abx(CompUnit *u, CoilOpcode op, int a, int bx);       /* EXTARG when bx > 0xFFFF */
void comp_emit_abc_kc(CompUnit *u, CoilOpcode op, int a, int b, int kc); /* C is an index (EXTARG) */
void comp_emit_abc_kb(CompUnit *u, CoilOpcode op, int a, int kb, int c); /* B is an index (EXTARG) */
void comp_emit_move(CompUnit *u, int dst, int src);
int comp_label(CompUnit *u);
void comp_bind(CompUnit *u, int label);
void comp_jump(CompUnit *u, int label);

/* --- constants (codegen.c) --- */
int comp_const(CompUnit *u, const CoilConst *k); /* deduplicated index */
int comp_name(CompUnit *u, const char *s);       /* a str constant */
void comp_load_const(CompUnit *u, const CoilConst *k, int target);

/* --- registers (codegen.c) --- */
int comp_reg_alloc(CompUnit *u, int n); /* n consecutive temporaries; returns the first */
static inline void comp_reg_settop(CompUnit *u, int top) { u->freereg = top; }
static inline bool comp_is_temp(const CompUnit *u, int r) { return r >= u->nlocals; }

/* --- handlers and blocks (codegen.c) --- */
void comp_push_handler(CompUnit *u, int label, int reg);
void comp_pop_handler(CompUnit *u);
bool comp_push_fblock(CompUnit *u, const AstNode *at, CompFBlock fb);
void comp_pop_fblock(CompUnit *u);

/* --- bound-local tracking (codegen.c) --- */
void comp_bound_merge(CompBound *into, const CompBound *other);
void comp_bound_set(CompUnit *u, int reg);
void comp_bound_clear(CompUnit *u, int reg);
/* The current state as seen from a point that later code can come back to
 * (a loop head, an exception handler): locals that may be unbound again by
 * del are not surely bound there. */
CompBound comp_bound_snapshot(const CompUnit *u);

/* --- names (codegen_expr.c) --- */
void comp_load_name(CompUnit *u, const char *name, int target);
void comp_store_name(CompUnit *u, const char *name, int src);
void comp_delete_name(CompUnit *u, const char *name);
int comp_local_reg(CompUnit *u, const char *name); /* plain register local, or -1 */
void comp_check_local(CompUnit *u, const char *name); /* CHECKBOUND unless surely bound */
int comp_closure_reg(CompUnit *u, const char *name); /* register of a cell/free variable, or -1 */

/* --- expressions (codegen_expr.c) --- */
void comp_expr_to(CompUnit *u, const AstNode *e, int target);
int comp_expr_any(CompUnit *u, const AstNode *e);
/* The iterable of a for loop or comprehension, in any register: a set
 * display of constants is a constant frozenset there. */
int comp_iter_source(CompUnit *u, const AstNode *iter);
int comp_expr_temp(CompUnit *u, const AstNode *e);
int comp_subscript_key(CompUnit *u, const AstNode *slice); /* a slice object or any value */
void comp_jump_if(CompUnit *u, const AstNode *e, bool when, int label);
void comp_store(CompUnit *u, const AstNode *target, int src);
void comp_call_args(CompUnit *u, int treg, const AstList *args, const AstList *keywords, int callee);
CoilOpcode comp_binop_opcode(int op, bool inplace); /* ADD.. or IADD.. for an AST operator */
bool comp_is_accumulator(CompUnit *u, const char *name); /* a local register that x += targets */
bool comp_binop_const(CompUnit *u, int astop, bool inplace, const AstNode *right, CoilOpcode *opc, int *c);

/* --- statements (codegen_stmt.c) --- */
void comp_stmts(CompUnit *u, const AstList *body);
void comp_body_with_doc(CompUnit *u, const AstList *body); /* skips a docstring (see docconst) */
bool comp_find_annotations(const AstList *body);
void comp_match(CompUnit *u, const AstNode *s); /* codegen_match.c */

/* --- functions, classes, comprehensions (codegen_func.c) --- */
void comp_funcdef(CompUnit *u, const AstNode *s);
void comp_classdef(CompUnit *u, const AstNode *s);
void comp_lambda(CompUnit *u, const AstNode *e, int target);
void comp_comprehension(CompUnit *u, const AstNode *e, int target);

/* --- constant folding (fold.c) --- */
/* Evaluates e at compile time if it is a constant expression whose value is
 * exactly what CPython computes and cannot raise.  *out's payload lives in the
 * scratch arena. */
bool comp_fold(Compiler *c, const AstNode *e, CoilConst *out);
/* The SyntaxWarnings of a module's tree, in code-generation order (warn.c). */
const CoilCompileWarning *comp_collect_warnings(Compiler *c, const AstNode *module);
/* A Constant node as a CoilConst (bigints converted to decimal). */
bool comp_const_of(Compiler *c, const AstNode *e, CoilConst *out);
/* Truth value of a constant (strings, bytes and tuples by length). */
bool comp_const_truth(const CoilConst *k);

#endif
