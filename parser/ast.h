/* ast.h — Coil's syntax tree, modelled field for field on CPython 3.11's `ast`
 * module, so `coil --ast` can print what ast.dump prints and the compiler can
 * follow CPython's own code generation.  Every node lives in the parse's arena.
 *
 * One struct, AstNode, with a kind tag and a union of per-kind field structs:
 * the compiler switches on n->kind and reads n->v.<Kind>.<field>.  Nodes are
 * allocated with only the bytes their kind needs, so never copy an AstNode by
 * value.  Optional fields are NULL when absent (CPython's None). */
#ifndef COIL_AST_H
#define COIL_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct AstNode AstNode;

/* A sequence of nodes (CPython's asdl_seq): a counted array in the arena. */
typedef struct AstList {
    AstNode **items;
    int len;
} AstList;

/* A sequence of identifiers (Global/Nonlocal names). */
typedef struct AstNames {
    const char **items;
    int len;
} AstNames;

/* X(Kind): every node kind.  Statements, then expressions, then the helper
 * nodes.  The order is the dump's and the compiler's; ast_kind_name gives
 * the CPython class name. */
#define AST_KIND_LIST(X)                                                      \
    X(Module)                                                                 \
    /* statements */                                                          \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete)        \
    X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If)     \
    X(With) X(AsyncWith) X(Match) X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom)    \
    X(Global) X(Nonlocal) X(Expr) X(Pass) X(Break) X(Continue)                \
    /* expressions */                                                         \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict)     \
    X(Set) X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await)        \
    X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue) X(JoinedStr)   \
    X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple) \
    X(Slice)                                                                  \
    /* helper nodes */                                                        \
    X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword)          \
    X(alias) X(withitem) X(match_case)                                       \
    /* patterns (PEP 634; they carry positions like expressions) */          \
    X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping)          \
    X(MatchClass) X(MatchStar) X(MatchAs) X(MatchOr)

typedef enum AstKind {
#define AST_KIND_ENUM(k) AST_##k,
    AST_KIND_LIST(AST_KIND_ENUM)
#undef AST_KIND_ENUM
    AST__COUNT
} AstKind;

#define AST_FIRST_STMT AST_FunctionDef
#define AST_LAST_STMT AST_Continue
#define AST_FIRST_EXPR AST_BoolOp
#define AST_LAST_EXPR AST_Slice
static inline int ast_is_stmt(int k) { return k >= AST_FIRST_STMT && k <= AST_LAST_STMT; }
static inline int ast_is_expr(int k) { return k >= AST_FIRST_EXPR && k <= AST_LAST_EXPR; }
static inline int ast_is_pattern(int k) { return k >= AST_MatchValue && k <= AST_MatchOr; }

typedef enum AstCtx { AST_LOAD, AST_STORE, AST_DEL } AstCtx;

/* Operators: one enum for all, in groups, named as CPython's classes. */
#define AST_OP_LIST(X)                                                        \
    /* boolop */ X(And) X(Or)                                                 \
    /* operator */ X(Add) X(Sub) X(Mult) X(MatMult) X(Div) X(Mod) X(Pow)      \
    X(LShift) X(RShift) X(BitOr) X(BitXor) X(BitAnd) X(FloorDiv)              \
    /* unaryop */ X(Invert) X(Not) X(UAdd) X(USub)                            \
    /* cmpop */ X(Eq) X(NotEq) X(Lt) X(LtE) X(Gt) X(GtE) X(Is) X(IsNot)       \
    X(In) X(NotIn)

typedef enum AstOp {
#define AST_OP_ENUM(o) AST_OP_##o,
    AST_OP_LIST(AST_OP_ENUM)
#undef AST_OP_ENUM
    AST_OP__COUNT
} AstOp;

/* What a Constant holds. */
typedef enum AstConstKind {
    AST_CONST_NONE,
    AST_CONST_TRUE,
    AST_CONST_FALSE,
    AST_CONST_ELLIPSIS,
    AST_CONST_INT,    /* fits int64: v.Constant.i */
    AST_CONST_BIGINT, /* too big: digits (no prefix, no '_') in base `base` */
    AST_CONST_FLOAT,  /* v.Constant.f */
    AST_CONST_IMAG,   /* imaginary literal 1.5j: v.Constant.f is the imaginary part */
    AST_CONST_STR,    /* UTF-8 bytes s[0..len), NUL-terminated */
    AST_CONST_BYTES   /* raw bytes s[0..len), NUL-terminated */
} AstConstKind;

/* Node flags. */
enum {
    AST_F_PAREN = 1,  /* the expression was written in parentheses */
    AST_F_UKIND = 2   /* Constant written with a u prefix: kind='u' */
};

struct AstNode {
    uint8_t kind;   /* AstKind */
    uint8_t flags;  /* AST_F_* */
    int32_t lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { AstList body; } Module;
        /* statements */
        struct { const char *name; AstNode *args; AstList body, decorator_list; AstNode *returns; } FunctionDef;
        /* AsyncFunctionDef uses v.FunctionDef */
        struct { const char *name; AstList bases, keywords, body, decorator_list; } ClassDef;
        struct { AstNode *value; } Return;
        struct { AstList targets; } Delete;
        struct { AstList targets; AstNode *value; } Assign;
        struct { AstNode *target; AstNode *value; uint8_t op; } AugAssign;
        struct { AstNode *target, *annotation, *value; int simple; } AnnAssign;
        struct { AstNode *target, *iter; AstList body, orelse; } For; /* and AsyncFor */
        struct { AstNode *test; AstList body, orelse; } While;
        struct { AstNode *test; AstList body, orelse; } If;
        struct { AstList items, body; } With; /* and AsyncWith */
        struct { AstNode *exc, *cause; } Raise;
        struct { AstList body, handlers, orelse, finalbody; } Try; /* and TryStar */
        struct { AstNode *test, *msg; } Assert;
        struct { AstList names; } Import;
        struct { const char *module; AstList names; int level; } ImportFrom;
        struct { AstNames names; } Global; /* and Nonlocal */
        struct { AstNode *value; } Expr;
        struct { AstNode *subject; AstList cases; } Match;
        /* expressions */
        struct { AstList values; uint8_t op; } BoolOp;
        struct { AstNode *target, *value; } NamedExpr;
        struct { AstNode *left, *right; uint8_t op; } BinOp;
        struct { AstNode *operand; uint8_t op; } UnaryOp;
        struct { AstNode *args, *body; } Lambda;
        struct { AstNode *test, *body, *orelse; } IfExp;
        struct { AstList keys, values; } Dict; /* a NULL key is a **mapping */
        struct { AstList elts; } Set;
        struct { AstNode *elt; AstList generators; } ListComp; /* and SetComp, GeneratorExp */
        struct { AstNode *key, *value; AstList generators; } DictComp;
        struct { AstNode *value; } Await; /* and Yield (value may be NULL), YieldFrom */
        struct { AstNode *left; uint8_t *ops; AstList comparators; } Compare; /* ops[comparators.len] */
        struct { AstNode *func; AstList args, keywords; } Call;
        struct { AstNode *value; int conversion; AstNode *format_spec; } FormattedValue;
        struct { AstList values; } JoinedStr;
        struct {
            uint8_t kind;   /* AstConstKind */
            uint8_t base;   /* BIGINT: 2, 8, 10 or 16 */
            uint32_t len;   /* STR/BYTES/BIGINT: byte length */
            union {
                int64_t i;
                double f;
                const char *s; /* STR/BYTES bytes, BIGINT digits */
            } u;
        } Constant;
        struct { AstNode *value; const char *attr; uint8_t ctx; } Attribute;
        struct { AstNode *value, *slice; uint8_t ctx; } Subscript;
        struct { AstNode *value; uint8_t ctx; } Starred;
        struct { const char *id; uint8_t ctx; } Name;
        struct { AstList elts; uint8_t ctx; } List; /* and Tuple */
        struct { AstNode *lower, *upper, *step; } Slice;
        /* helper nodes (comprehension, arguments, withitem: positions unused) */
        struct { AstNode *target, *iter; AstList ifs; int is_async; } comprehension;
        struct { AstNode *type; const char *name; AstList body; } ExceptHandler;
        struct {
            AstList posonlyargs, args; AstNode *vararg;
            AstList kwonlyargs, kw_defaults; /* a NULL kw_default: no default */
            AstNode *kwarg; AstList defaults;
        } arguments;
        struct { const char *arg; AstNode *annotation; } arg;
        struct { const char *arg; AstNode *value; } keyword; /* arg NULL: **mapping */
        struct { const char *name, *asname; } alias;
        struct { AstNode *context_expr, *optional_vars; } withitem;
        struct { AstNode *pattern, *guard; AstList body; } match_case;
        /* patterns */
        struct { AstNode *value; } MatchValue; /* and MatchSingleton (a Constant) */
        struct { AstList patterns; } MatchSequence; /* and MatchOr */
        struct { AstList keys, patterns; const char *rest; } MatchMapping;
        struct { AstNode *cls; AstList patterns; AstNames kwd_attrs; AstList kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;
        struct { AstNode *pattern; const char *name; } MatchAs;
    } v;
};

const char *ast_kind_name(int kind); /* "FunctionDef", "Name", ... */
const char *ast_op_name(int op);     /* "Add", "NotIn", ... */

/* Bytes an AstNode of `kind` occupies (header + its union member). */
size_t ast_node_size(int kind);

#endif
