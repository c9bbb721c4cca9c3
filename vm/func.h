/* func.h — callable objects: code objects (a loaded CoilProto), functions
 * (code + globals + defaults + closure), cells, built-in functions and method
 * descriptors, bound methods, and staticmethod/classmethod/property wrappers. */
#ifndef COIL_FUNC_H
#define COIL_FUNC_H

#include "compiler/bytecode.h"
#include "vm/attrcache.h"
#include "vm/state.h"

/* Per-instruction cache of GETGLOBAL/SETGLOBAL: where the name's value
 * lives in globals (bver 0) or builtins, valid while the dicts' version
 * stamps match (a resize or a new key renews the stamp). */
typedef struct CoilGlobalCache {
    uint64_t gver, bver; /* gver 0: empty */
    CoilValue *slot;
    /* What must equal bver: the builtins dict's version field for a
     * builtin (vm->builtins_dict lives as long as the VM), &bver itself for
     * a global, so GETGLOBAL tests both cases with one compare. */
    const uint64_t *bverp;
} CoilGlobalCache;

/* One cache entry per instruction: GETGLOBAL/SETGLOBAL use .g, GETATTR,
 * SETATTR and GETMETHOD use .a (attrcache.h); other instructions none. */
/* Operator instructions and CALL: the script function a user class's dunder
 * (or __init__) resolved to for these operand types, valid while
 * vm->type_epoch stays (fn NULL: take the generic path). */
typedef struct CoilOpCache {
    CoilType *ta, *tb;
    uint64_t epoch;
    struct CoilFunction *fn;
} CoilOpCache;

typedef union CoilInstrCache {
    CoilGlobalCache g;
    CoilAttrCache a;
    CoilOpCache o;
} CoilInstrCache;

/* CoilCode.flags beyond the PROTO_* bits: a plain generator without
 * YIELDFROM, which FORITER may resume as a frame of its own loop. */
#define CODE_INLINE_GEN (1u << 30)
/* A stdlib function that stands for a C function of CPython (functools.
 * partial's __call__): its frames leave no traceback entry and are not in
 * traceback's view of the stack, as a C function has no frame. */
#define CODE_NATIVE_FRAME (1u << 29)

typedef struct CoilCode {
    CoilObject obj;
    CoilString *name, *qualname, *filename;
    int firstlineno;
    uint32_t flags;            /* PROTO_* */
    uint16_t argcount, posonlyargcount, kwonlyargcount;
    uint16_t nlocals, nregs;
    uint16_t ncellvars, nfreevars;
    uint32_t ncode, nconsts, nexc;
    int32_t docconst;          /* index of the docstring constant, or -1 */
    CoilInstr *code;
    CoilValue *consts;         /* names are interned str constants */
    CoilString **localnames;   /* nlocals (parameters first) */
    CoilString **cellnames;    /* ncellvars + nfreevars: cellvars then freevars */
    uint8_t *cellregs, *freeregs;
    int32_t *lines;            /* line of each instruction */
    uint8_t *positions;        /* column ranges, varint-coded (see code_position), or NULL */
    uint32_t npositions;       /* its size in bytes */
    CoilExcEntry *exc_table;
    CoilInstrCache *gcache;    /* ncode entries */
    /* (uintptr_t)gcache - (uintptr_t)code * CODE_CACHE_SCALE: the entry of
     * the instruction at address p is cache_base + p * CODE_CACHE_SCALE,
     * one multiply-add in the dispatch loop instead of an index computation. */
    uintptr_t cache_base;
} CoilCode;

#define CODE_CACHE_SCALE (sizeof(CoilInstrCache) / sizeof(CoilInstr))
_Static_assert(sizeof(CoilInstrCache) % sizeof(CoilInstr) == 0, "cache entries are whole instructions wide");

/* The cache entry of the instruction at ip in code c. */
static inline CoilInstrCache *code_cache_at(const CoilCode *c, const CoilInstr *ip)
{
    return (CoilInstrCache *)(c->cache_base + (uintptr_t)ip * CODE_CACHE_SCALE);
}

typedef struct CoilFunction {
    CoilObject obj;
    CoilValue dict;            /* __dict__ (VAL_EMPTY until used); HAS_DICT layout */
    CoilCode *code;
    CoilValue globals;         /* dict */
    CoilValue defaults;        /* tuple or None */
    CoilValue kwdefaults;      /* dict or None */
    CoilValue closure;         /* tuple of cells or None */
    CoilValue name, qualname;  /* str */
    CoilValue module;          /* __module__ */
    CoilValue doc;
    CoilValue annotations;
    /* Binding fast path: plain positional parameters, no defaults needed. */
    bool simple;
} CoilFunction;

typedef struct CoilCell {
    CoilObject obj;
    CoilValue ref; /* VAL_EMPTY when empty */
} CoilCell;

/* A built-in function, a method descriptor of a built-in type (self ==
 * VAL_EMPTY, owner set), or a built-in method bound to self. */
typedef struct CoilBuiltin {
    CoilObject obj;
    const CoilMethodDef *def;
    CoilValue self;   /* bound object, or VAL_EMPTY */
    CoilType *owner;  /* defining type for descriptors, or NULL */
    CoilValue module; /* __module__ for functions ("builtins") */
} CoilBuiltin;

/* A function bound to an instance (`obj.method`). */
typedef struct CoilMethod {
    CoilObject obj;
    CoilValue func;
    CoilValue self;
} CoilMethod;

/* staticmethod / classmethod / property. */
typedef struct CoilWrapper {
    CoilObject obj;
    CoilValue dict;
    CoilValue func;       /* property: fget */
    CoilValue fset, fdel, doc;
    CoilValue name;       /* property: the name __set_name__ gave it, or None */
} CoilWrapper;

/* A getset descriptor in a built-in type's dict. */
typedef struct CoilGetSet {
    CoilObject obj;
    const CoilGetSetDef *def;
    CoilType *owner;
} CoilGetSet;

void func_init_types(CoilVM *vm);

CoilValue cell_new(CoilVM *vm, CoilValue ref);
CoilValue function_new(CoilVM *vm, CoilCode *code, CoilValue globals);
CoilValue builtin_new(CoilVM *vm, const CoilMethodDef *def, CoilValue self, CoilType *owner);
CoilValue method_new(CoilVM *vm, CoilValue func, CoilValue self);
CoilValue getset_new(CoilVM *vm, const CoilGetSetDef *def, CoilType *owner);

/* Line of the instruction at offset pc in code. */
static inline int code_line(const CoilCode *c, size_t pc)
{
    return pc < c->ncode ? c->lines[pc] : (c->ncode ? c->lines[c->ncode - 1] : c->firstlineno);
}

/* Where the instruction at pc sits in the source, as CPython 3.11's
 * co_positions(): lines and UTF-8 byte columns, and for a binary operation
 * (kind 1) the left operand's end and right operand's start, for a
 * subscript (kind 2) the value's and the slice's ends — what the caret
 * printer needs to draw '~' and '^'.  anchor_* are -1 for other kinds. */
typedef struct CoilPosition {
    int line, end_line, col, end_col;
    int kind, anchor_left, anchor_right;
} CoilPosition;

/* false when the code has no column range for pc. */
bool code_position(const CoilCode *c, size_t pc, CoilPosition *out);

/* The display name a built-in uses in messages ("len", "append"). */
static inline const char *builtin_name(const CoilBuiltin *b) { return b->def->name; }

#endif
