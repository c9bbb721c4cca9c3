/* symtable.h — the compiler's first pass: one scope per module, function,
 * lambda, class and comprehension, each name classified as CPython 3.11's
 * symtable.c does (local, global explicit/implicit, free, cell), with its
 * SyntaxErrors ("no binding for nonlocal 'x' found", ...) at CPython's spots. */
#ifndef COIL_SYMTABLE_H
#define COIL_SYMTABLE_H

#include <stdbool.h>
#include <stdint.h>

#include "lexer/syntax_error.h"
#include "parser/arena.h"
#include "parser/ast.h"

/* What a name was seen doing in a scope (CPython's DEF_* flags). */
enum {
    SYM_DEF_GLOBAL = 1,      /* global statement */
    SYM_DEF_LOCAL = 2,       /* assigned (or deleted, or a loop target...) */
    SYM_DEF_PARAM = 4,
    SYM_DEF_NONLOCAL = 8,
    SYM_USE = 16,            /* read */
    SYM_DEF_FREE_CLASS = 32, /* free in a method, bound in the class body */
    SYM_DEF_IMPORT = 64,
    SYM_DEF_ANNOT = 128,     /* annotated (x: int) */
    SYM_DEF_COMP_ITER = 256, /* comprehension iteration variable */
    SYM_DEF_DELETED = 512,   /* del x / except ... as x: may become unbound again */
    SYM_DEF_AUGADD = 1024,   /* target of x += ... */
    SYM_DEF_STRINIT = 2048   /* assigned a str literal or f-string: with AUGADD, a string
                                accumulator (codegen: IADDACC, SEAL before other reads) */
};
#define SYM_DEF_BOUND (SYM_DEF_LOCAL | SYM_DEF_PARAM | SYM_DEF_IMPORT)

/* Where a name lives (CPython's scope values). */
typedef enum SymScopeKind {
    SYM_UNRESOLVED = 0,
    SYM_LOCAL,
    SYM_GLOBAL_EXPLICIT,
    SYM_GLOBAL_IMPLICIT,
    SYM_FREE,
    SYM_CELL
} SymScopeKind;

typedef enum SymBlockKind { SYM_BLOCK_MODULE, SYM_BLOCK_FUNCTION, SYM_BLOCK_CLASS } SymBlockKind;

/* Comprehension kinds (a FUNCTION block that is a comprehension). */
typedef enum SymCompKind {
    SYM_COMP_NONE, SYM_COMP_LIST, SYM_COMP_SET, SYM_COMP_DICT, SYM_COMP_GENEXP
} SymCompKind;

typedef struct SymEntry {
    const char *name; /* mangled */
    uint32_t flags;   /* SYM_DEF_* / SYM_USE */
    uint8_t scope;    /* SymScopeKind, after analysis */
} SymEntry;

/* A global/nonlocal statement (or walrus binding), for error positions. */
typedef struct SymDirective {
    const char *name;
    int lineno, col, end_lineno, end_col;
} SymDirective;

typedef struct SymScope SymScope;
struct SymScope {
    SymBlockKind kind;
    SymCompKind comp;
    const char *name;       /* function/class name, "<lambda>", "<listcomp>", "top" */
    const AstNode *node;    /* the def/lambda/class/comprehension node; the module */
    int lineno;
    SymScope *parent;
    SymScope **children;    /* in source order */
    int nchildren, capchildren;

    /* Symbols in first-seen order, with an open-addressing index on top. */
    SymEntry *syms;
    int nsyms, capsyms;
    int *index;             /* capindex slots: symbol number + 1, or 0 */
    int capindex;

    const char **params;    /* parameters in register order */
    int nparams;

    SymDirective *directives;
    int ndirectives, capdirectives;

    const char *private_name; /* enclosing class name, for __x mangling (or NULL) */

    bool is_generator;     /* contains yield */
    bool is_coroutine;     /* async def, or a comprehension that awaits */
    bool is_async_def;
    bool has_varargs, has_varkeywords;
    bool needs_class_closure; /* class body: some method uses __class__/super */
    bool has_walrus;       /* a := binds a name in this scope's own code */
    int comp_iter_target;  /* visiting state */
    int comp_iter_expr;
};

typedef struct SymTable {
    CoilArena *arena;       /* everything above lives here */
    SymScope *top;
    /* node pointer -> scope, for codegen to find a def's or lambda's scope */
    const AstNode **map_keys;
    SymScope **map_vals;
    int map_cap, map_len;
} SymTable;

/* Builds and analyses the tables for `module`.  Returns false with *err set
 * (SyntaxError text and position as CPython's) on error. */
bool sym_build(SymTable *st, CoilArena *arena, const AstNode *module, CoilSyntaxError *err);

/* The scope created for `node` (FunctionDef, AsyncFunctionDef, Lambda,
 * ClassDef, ListComp/SetComp/DictComp/GeneratorExp), or NULL. */
SymScope *sym_scope_of(const SymTable *st, const AstNode *node);

/* The entry for a (mangled) name, or NULL. */
SymEntry *sym_lookup(const SymScope *sc, const char *name);

/* CPython's _Py_Mangle: "__x" inside class C becomes "_C__x".  Returns `name`
 * itself when no mangling applies; otherwise a new string in `arena`. */
const char *sym_mangle(CoilArena *arena, const char *private_name, const char *name);

/* Name of a scope kind, for tests and dumps ("local", "global_explicit"...). */
const char *sym_scope_name(SymScopeKind k);

#endif
