/* bytecode.h — Coil's instruction set: the one place that defines instruction
 * formats, the opcode list, and the compiled-function record (CoilProto) the
 * compiler hands to the VM.  The VM includes this header and compiler/compile.h
 * and nothing else of the compiler; the compiler includes nothing of the VM.
 *
 * Instructions are 32 bits, fields as in Lua 5.4's lopcodes.h:
 *
 *        31      24 23      16 15       8 7        0
 *   ABC  |    C    |    B     |    A     |   op    |
 *   ABx  |        Bx (16)     |    A     |   op    |   unsigned
 *   AsBx |       sBx (16)     |    A     |   op    |   signed, excess-32767
 *   sJ   |            sJ (24)            |   op    |   signed, excess-2^23
 *
 * Registers are 8-bit: a function has at most 255 (locals and temporaries);
 * the compiler reports "too many registers" beyond that.  A constant index or
 * a name index that does not fit its field is preceded by EXTARG, whose Ax (24
 * bits) supplies the high bits: index = (Ax << 8) | field (ABC) or
 * (Ax << 16) | Bx (ABx).
 *
 * "Skip" below means pc += 1: conditional instructions are followed by a JUMP
 * that is skipped or taken, as in Lua, so every jump has 24 bits of range.
 * R[x] is register x, K[x] constant x, N[x] the name (str constant) x.
 * Every instruction that can raise sets the VM's pending exception and unwinds
 * to the innermost exception-table entry covering its pc. */
#ifndef COIL_BYTECODE_H
#define COIL_BYTECODE_H

#include <stddef.h>
#include <stdint.h>

typedef uint32_t CoilInstr;

#define OP_FORMAT_ABC 0
#define OP_FORMAT_ABX 1
#define OP_FORMAT_ASBX 2
#define OP_FORMAT_SJ 3

/* X(NAME, format, "what it does") — generates the enum, the disassembler's
 * names and formats, and the dispatch table. */
#define COIL_OPCODE_LIST(X) \
    X(NOP,        ABC,  "do nothing") \
    X(EXTARG,     SJ,   "high bits for the next instruction's index field (Ax = sJ as unsigned)") \
    /* loads and moves */ \
    X(MOVE,       ABC,  "R[A] = R[B]") \
    X(LOADK,      ABX,  "R[A] = K[Bx]") \
    X(LOADI,      ASBX, "R[A] = sBx (a small int)") \
    X(LOADNONE,   ABC,  "R[A..A+B] = None") \
    X(LOADBOOL,   ABC,  "R[A] = bool(B)") \
    X(LOADEMPTY,  ABC,  "R[A] = <unbound> (used by del of a local)") \
    X(CHECKBOUND, ABX,  "if R[A] is unbound: UnboundLocalError for local N[Bx]") \
    /* names */ \
    X(GETGLOBAL,  ABX,  "R[A] = globals[N[Bx]], else builtins[N[Bx]], else NameError") \
    X(SETGLOBAL,  ABX,  "globals[N[Bx]] = R[A]") \
    X(DELGLOBAL,  ABX,  "del globals[N[Bx]] (NameError if absent)") \
    X(GETNAME,    ABX,  "R[A] = locals-dict/globals/builtins lookup of N[Bx] (class bodies)") \
    X(SETNAME,    ABX,  "class-body namespace[N[Bx]] = R[A]") \
    X(DELNAME,    ABX,  "del class-body namespace[N[Bx]]") \
    X(SETUPANN,   ABX,  "if the frame's namespace lacks N[Bx] (__annotations__), bind it to a new dict") \
    X(MAKECELL,   ABC,  "R[A] = new cell holding R[A] (or empty if R[A] is unbound)") \
    X(GETCELL,    ABC,  "R[A] = contents of cell R[B]; if empty, NameError/UnboundLocalError naming cell C (index into cellnames+freenames)") \
    X(SETCELL,    ABC,  "contents of cell R[A] = R[B]") \
    X(DELCELL,    ABC,  "empty cell R[A] (error naming cell C if already empty)") \
    /* attributes and items */ \
    X(GETATTR,    ABC,  "R[A] = R[B].N[C]") \
    X(SETATTR,    ABC,  "R[A].N[B] = R[C]") \
    X(DELATTR,    ABC,  "del R[A].N[B]") \
    X(GETITEM,    ABC,  "R[A] = R[B][R[C]]") \
    X(SETITEM,    ABC,  "R[A][R[B]] = R[C]") \
    X(DELITEM,    ABC,  "del R[A][R[B]]") \
    X(GETMETHOD,  ABC,  "R[A+1] = R[B]; R[A] = R[B].N[C] unbound if it is a plain method (R[A+1] stays self), else R[A] = the attribute and R[A+1] = <unbound> (CALLMETHOD drops it)") \
    /* operators: R[A] = R[B] op R[C]; the in-place forms try __iop__ first */ \
    X(ADD, ABC, "+") X(SUB, ABC, "-") X(MUL, ABC, "*") X(TRUEDIV, ABC, "/") \
    X(FLOORDIV, ABC, "//") X(MOD, ABC, "%") X(POW, ABC, "**") X(MATMUL, ABC, "@") \
    X(LSHIFT, ABC, "<<") X(RSHIFT, ABC, ">>") X(BITAND, ABC, "&") X(BITOR, ABC, "|") \
    X(BITXOR, ABC, "^") \
    X(IADD, ABC, "+=") X(ISUB, ABC, "-=") X(IMUL, ABC, "*=") X(ITRUEDIV, ABC, "/=") \
    X(IFLOORDIV, ABC, "//=") X(IMOD, ABC, "%=") X(IPOW, ABC, "**=") X(IMATMUL, ABC, "@=") \
    X(ILSHIFT, ABC, "<<=") X(IRSHIFT, ABC, ">>=") X(IBITAND, ABC, "&=") X(IBITOR, ABC, "|=") \
    X(IBITXOR, ABC, "^=") \
    X(IADDACC,    ABC,  "R[A] = R[B] += R[C] for `s += t` on a local (A == B): as IADD, but str + str may append in place to a string this instruction built (see SEAL)") \
    X(SEAL,       ABC,  "R[A] is about to be read by another instruction: if it is a str IADDACC may grow, it no longer may") \
    X(ADDI,       ABC,  "R[A] = R[B] + sC (C excess-128 small int; the compiler's fast path for x + 1)") \
    X(SUBI,       ABC,  "R[A] = R[B] - sC (as ADDI; a non-int R[B] gets __sub__/__rsub__, not + -sC)") \
    X(IADDI,      ABC,  "R[A] = R[B] += sC (augmented: __iadd__ tried first, as IADD)") \
    X(ISUBI,      ABC,  "R[A] = R[B] -= sC (augmented: __isub__ tried first, as ISUB)") \
    /* operators with a number constant on the right: R[A] = R[B] op K[C], K[C] an int \
     * or float constant with index < 256 (no EXTARG; larger pools use LOADK + op) */ \
    X(ADDK, ABC, "+ K[C]") X(SUBK, ABC, "- K[C]") X(MULK, ABC, "* K[C]") \
    X(FLOORDIVK, ABC, "// K[C]") X(MODK, ABC, "% K[C]") \
    X(NEG,        ABC,  "R[A] = -R[B]") \
    X(POS,        ABC,  "R[A] = +R[B]") \
    X(INVERT,     ABC,  "R[A] = ~R[B]") \
    X(NOT,        ABC,  "R[A] = not R[B]") \
    /* comparisons: R[A] = R[B] op R[C] (rich comparison, may return any object) */ \
    X(EQ, ABC, "==") X(NE, ABC, "!=") X(LT, ABC, "<") X(LE, ABC, "<=") X(GT, ABC, ">") \
    X(GE, ABC, ">=") X(IS, ABC, "is") X(ISNOT, ABC, "is not") X(IN, ABC, "in") \
    X(NOTIN, ABC, "not in") \
    /* control flow */ \
    X(JUMP,       SJ,   "pc += sJ (pc already points past the JUMP, as in Lua)") \
    X(TEST,       ABC,  "if truth(R[A]) != B: skip (B is 0 or 1)") \
    X(TESTSET,    ABC,  "if truth(R[B]) == C: R[A] = R[B] else skip  (and/or keeping the operand)") \
    X(CMPJ,       ABC,  "if truth(R[A] op R[B]) != C>>4: skip; op = C&15 in the order EQ NE LT LE GT GE IS ISNOT IN NOTIN (conditions: compare and branch in one)") \
    X(CMPJI,      ABC,  "as CMPJ with the small int B-128 as the right operand; op is EQ..GE only") \
    X(CMPJK,      ABC,  "as CMPJ with the constant K[B] (int, float or str; B < 256, no EXTARG) as the right operand; op is EQ..GE only") \
    X(GETITER,    ABC,  "R[A] = iter(R[B]); C=1: R[B] is the result of the CALL just before (a generator it made is the loop's own)") \
    X(FORITER,    ABC,  "R[B] = next(R[A]); skip the following loop-exit JUMP unless R[A] is exhausted") \
    X(UNPACK,     ABC,  "R[A..A+B-1] = the B items of iterable R[C] (ValueError texts as CPython)") \
    X(UNPACKEX,   ABC,  "starred unpack of R[A] into R[A..A+B+C]: B items before the star, a list of the rest, C items after (ValueError texts as CPython)") \
    /* calls */ \
    X(CALL,       ABC,  "R[A] = R[A](R[A+1], ..., R[A+B])") \
    X(CALLKW,     ABC,  "R[A] = R[A](R[A+1..A+B]) where the last len(R[A+B+1]) args are keywords named by tuple R[A+B+1]") \
    X(CALLMETHOD, ABC,  "after GETMETHOD: R[A] = R[A](R[A+1], ..., R[A+1+B]) or, when R[A+1] is unbound, R[A](R[A+2..A+1+B])") \
    X(CALLEX,     ABC,  "R[A] = R[A](*R[A+1], **R[A+2]) (R[A+1] a tuple, or for f(*x) x itself: TypeError 'f() argument after * must be an iterable, not T' as CPython; R[A+2] a dict or None)") \
    X(RETURN,     ABC,  "return R[A]") \
    /* building values */ \
    X(BUILDTUPLE, ABC,  "R[A] = (R[B], ..., R[B+C-1])") \
    X(BUILDLIST,  ABC,  "R[A] = [R[B], ..., R[B+C-1]]") \
    X(BUILDSET,   ABC,  "R[A] = {R[B], ..., R[B+C-1]}") \
    X(BUILDDICT,  ABC,  "R[A] = {R[B]: R[B+1], ...} from C key/value pairs") \
    X(BUILDSLICE, ABC,  "R[A] = slice(R[B], R[B+1], R[B+2]) (C = 2 or 3 items)") \
    X(BUILDSTR,   ABC,  "R[A] = ''.join(R[B..B+C-1]) (all str; f-strings)") \
    X(FORMAT,     ABC,  "R[A] = format(conv(R[B]), R[B+1] if C&4 else ''); conv = C&3: 0 none, 1 str, 2 repr, 3 ascii") \
    X(LISTAPPEND, ABC,  "R[A].append(R[B])") \
    X(LISTEXTEND, ABC,  "R[A].extend(R[B])") \
    X(LISTTOTUPLE, ABC, "R[A] = tuple(R[B]) (for *args built as a list)") \
    X(SETADD,     ABC,  "R[A].add(R[B])") \
    X(SETUPDATE,  ABC,  "R[A].update(R[B])") \
    X(DICTSET,    ABC,  "R[A][R[B]] = R[C] (dict displays and comprehensions)") \
    X(DICTUPDATE, ABC,  "R[A].update(R[B]) ({**x}; TypeError text as CPython)") \
    X(DICTMERGE,  ABC,  "R[A] merge R[B] for f(**x); TypeErrors name the callee R[C] as CPython ('f() argument after ** must be a mapping, not T', 'f() got multiple values for keyword argument 'k''); C == A in class statements, where they name __build_class__") \
    X(CLOSURE,    ABX,  "R[A] = new function from code constant K[Bx], with R[A+1] = defaults tuple, R[A+2] = kw-defaults dict, R[A+3] = closure tuple of cells, R[A+4] = annotations dict (each None when absent)") \
    X(CLASS,      ABC,  "R[A] = build class: body function R[A], name R[A+1], bases tuple R[A+2], keywords dict R[A+3] or None; a body proto flagged PROTO_NEEDS_CLASS_CELL returns its __class__ cell, which is then set to the new class") \
    /* exceptions */ \
    X(RAISE,      ABC,  "raise R[A] (B=1: from R[A+1]); B=2: bare raise (re-raise the handled exception)") \
    X(RERAISE,    ABC,  "re-raise exception R[A] keeping its traceback (end of finally / unmatched except)") \
    X(CLOSEITER,  ABC,  "a for loop is left early: close the generator R[A] if only the loop holds it") \
    X(EXCMATCH,   ABC,  "R[A] = isinstance(R[B], R[C]) for except clauses (TypeError if R[C] is not an exception class or tuple of them)") \
    X(PUSHEXC,    ABC,  "R[A] = the currently handled exception; handled exception = R[B] (entering an except/finally handler)") \
    X(POPEXC,     ABC,  "handled exception = R[A] (leaving the handler)") \
    X(EGMATCH,    ABC,  "except* clause: R[A] = the part of R[B] matching type R[C], R[B] = the rest (None when empty); skip the following JUMP if R[A] is not None") \
    X(PREPRERAISE, ABC, "end of except*: R[A] = what to raise from original exception R[B] and list R[C] of raised parts and rest; skip the following JUMP unless it is None (all handled)") \
    X(ASSERTFAIL, ABC,  "raise AssertionError (with message R[A] if B=1)") \
    /* modules */ \
    X(IMPORT,     ABC,  "R[A] = __import__(N[B], fromlist R[A] (None or a tuple of str), level C)") \
    X(IMPORTFROM, ABC,  "R[A] = R[B].N[C] (ImportError: cannot import name ... as CPython)") \
    X(IMPORTSTAR, ABC,  "from R[A] import * into the current namespace") \
    /* generators and coroutines */ \
    X(YIELD,      ABC,  "suspend, producing R[A]; on resume R[A] = the sent value") \
    X(YIELDFROM,  ABC,  "R[A] = yield from R[B] (delegation of send/throw/close)") \
    X(AWAIT,      ABC,  "R[A] = await R[B]") \
    X(GETAITER,   ABC,  "R[A] = R[B].__aiter__() (texts as CPython); C as GETITER") \
    X(ASYNCFORITER, ABC, "R[B] = await R[A].__anext__(); on StopAsyncIteration take the following loop-exit JUMP, else skip it") \
    /* context managers */ \
    X(BEFOREWITH, ABC,  "R[A] = R[B].__exit__ bound, R[A+1] = R[B].__enter__(), both looked up on type(R[B]) (B may equal A; TypeError as CPython if missing); C=1: __aexit__ and __aenter__() for async with (R[A+1] is then awaited by an AWAIT)") \
    /* match statement (PEP 634): each is followed by the JUMP taken when the test fails */ \
    X(MATCHSEQ,   ABC,  "skip the following JUMP if R[A] is a sequence for patterns (list, tuple, range, collections.abc.Sequence; not str/bytes/bytearray)") \
    X(MATCHMAP,   ABC,  "skip the following JUMP if R[A] is a mapping for patterns (dict or collections.abc.Mapping)") \
    X(MATCHLEN,   ABC,  "skip the following JUMP if len(R[A]) == B (C=0) or >= B (C=1)") \
    X(GETLEN,     ABC,  "R[A] = len(R[B]) (not followed by a JUMP)") \
    X(MATCHKEYS,  ABC,  "R[A] = tuple of R[B].get(k) for k in tuple R[C]; skip the following JUMP unless a key is missing (ValueError on a repeated key)") \
    X(MATCHCLASS, ABC,  "R[A] = tuple of the attributes of subject R[B+1] for class pattern R[B] with C positional sub-patterns and keyword names R[B+2] (tuple or None); skip the following JUMP if it matches (TypeErrors as CPython)")
/* Changes (compiler engineer), so the VM implements exactly the comments above:
 *  - JUMP: the offset is relative to the instruction after the JUMP.
 *  - UNPACKEX: source is R[A] (overwritten), B = items before the star and
 *    C = items after it (8 bits each; was 4-bit fields packed in B).
 *  - IMPORT: fromlist in R[A] (replaced by the module), level in C (was an
 *    EXTARG after the instruction, which clashed with EXTARG as a prefix).
 *  - CLASS: the body's return value carries the __class__ cell (see the flag).
 *  - BEFOREWITH (new): the 3.11 BEFORE_WITH; __exit__ is called with CALL and
 *    the exception as (type(e), e, e.__traceback__) via GETATTR __class__ /
 *    __traceback__, and the result tested with TEST.
 *  - ASYNCFORITER: "else skip it" made explicit (same as FORITER).
 *  - CALLEX: R[A+1] may be the iterable of a lone *x argument (CPython's
 *    CALL_FUNCTION_EX does the conversion and words the error for it).
 *  - DICTMERGE: C names the callee register for the error texts.
 *  - Every instruction reads its operands before writing its result, so A
 *    may equal an operand register (GETMETHOD A B with B == A+1, BUILDSLICE
 *    A A, UNPACKEX...).
 *  - CMPJ, CMPJI (new): a comparison used only as a condition, followed by
 *    the JUMP it decides, like TEST (Lua's EQ/LT/LEI...).  `x > 0` and
 *    `i < n` as conditions no longer materialise a bool.
 *  - SUBI, IADDI, ISUBI, ADDK, SUBK, MULK, FLOORDIVK, MODK, CMPJK (new):
 *    immediate and constant operands, as Lua 5.4's ADDI/ADDK/EQK.  `n - 1`,
 *    `i += 1`, `i % 5`, `x * 0.5` and `i < 3000000` as a condition no longer
 *    load their constant into a register first.  Each has an int (and float)
 *    fast path and otherwise calls the same generic operation as the plain
 *    opcode (vm_binary / vm_inplace / vm_compare with the constant as the
 *    right operand), so dunder dispatch (__rsub__, __iadd__, ...), error
 *    messages and tracebacks are those of SUB, IADD, CMPJ...  ADDI keeps its
 *    meaning: x + sC calls __add__ with sC.
 *  - IADDACC, SEAL (new): `s += t` in a loop is amortized O(n) without
 *    reference counts.  IADDACC builds its str result with spare room and
 *    marks it growable; the next IADDACC on it appends in place.  That is
 *    unobservable because the compiler emits IADDACC only for a plain local
 *    (a register, not a cell) and emits SEAL before every other instruction
 *    that reads that register, so a growable string is never referenced
 *    from anywhere but its register (locals() seals what it copies; the
 *    non-str fallback seals before calling out).
 *  - CONST_COMPLEX constant kind; CoilProto.docconst; the exception table's
 *    entries never overlap (see CoilExcEntry); registers past the parameters
 *    start unbound. */

typedef enum CoilOpcode {
#define COIL_OPCODE_ENUM(name, fmt, doc) OP_##name,
    COIL_OPCODE_LIST(COIL_OPCODE_ENUM)
#undef COIL_OPCODE_ENUM
    OP__COUNT
} CoilOpcode;

/* --- field access ----------------------------------------------------------- */

#define INSTR_OP(i) ((CoilOpcode)((i) & 0xFF))
#define INSTR_A(i) (((i) >> 8) & 0xFF)
#define INSTR_B(i) (((i) >> 16) & 0xFF)
#define INSTR_C(i) (((i) >> 24) & 0xFF)
#define INSTR_BX(i) ((i) >> 16)
#define INSTR_SBX(i) ((int32_t)INSTR_BX(i) - 32767)
#define INSTR_SJ(i) ((int32_t)((i) >> 8) - (1 << 23))
#define INSTR_SC(i) ((int32_t)INSTR_C(i) - 128)

#define MAKE_ABC(op, a, b, c) \
    ((CoilInstr)(op) | (CoilInstr)(a) << 8 | (CoilInstr)(b) << 16 | (CoilInstr)(c) << 24)
#define MAKE_ABX(op, a, bx) ((CoilInstr)(op) | (CoilInstr)(a) << 8 | (CoilInstr)(bx) << 16)
#define MAKE_ASBX(op, a, sbx) MAKE_ABX(op, a, (uint32_t)((sbx) + 32767))
#define MAKE_SJ(op, sj) ((CoilInstr)(op) | (CoilInstr)((uint32_t)((sj) + (1 << 23))) << 8)

#define SBX_MIN (-32767)
#define SBX_MAX 32768
#define SJ_MIN (-(1 << 23))
#define SJ_MAX ((1 << 23) - 1)
#define MAX_REGISTERS 255

/* --- compiled functions ----------------------------------------------------- */

typedef enum CoilConstKind {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,     /* fits int64 */
    CONST_BIGINT,  /* decimal digits (optional leading '-') in str */
    CONST_FLOAT,
    CONST_STR,     /* UTF-8 in str (names and identifiers are str constants too) */
    CONST_BYTES,
    CONST_COMPLEX, /* imaginary literal: 0 + f*1j (f in u.f) */
    CONST_CODE,    /* a nested function's proto */
    CONST_TUPLE,   /* a tuple of constants (folded literals, keyword-name tuples) */
    CONST_FROZENSET /* a frozenset of the constants in u.tuple (a folded set display, `for x in {..}`) */
} CoilConstKind;

struct CoilProto;

typedef struct CoilConst {
    CoilConstKind kind;
    union {
        int64_t i;
        double f;
        struct { const char *s; size_t len; } str;
        struct CoilProto *code;
        struct { struct CoilConst *items; size_t len; } tuple;
    } u;
} CoilConst;

/* A try region: an exception raised at pc in [start, end) jumps to handler
 * with the exception in register reg.  Every instruction is covered by at most
 * its innermost handler (a handler's own code is covered by the next one out),
 * so entries never overlap; they are sorted by start for binary search. */
typedef struct CoilExcEntry {
    uint32_t start, end, handler;
    uint8_t reg;
} CoilExcEntry;

enum {
    PROTO_VARARGS = 1,     /* has *args */
    PROTO_VARKEYWORDS = 2, /* has **kwargs */
    PROTO_GENERATOR = 4,
    PROTO_COROUTINE = 8,
    PROTO_ASYNC_GENERATOR = 16,
    PROTO_CLASS_BODY = 32, /* names go through GETNAME/SETNAME */
    PROTO_MODULE = 64,
    PROTO_NEEDS_CLASS_CELL = 128, /* class body owning a __class__ cell (methods use
                                     super() or __class__): it returns the cell */
    PROTO_ITERABLE_COROUTINE = 256 /* a generator function types.coroutine() made
                                      awaitable (set at run time, CO_ITERABLE_COROUTINE) */
};

/* Everything the VM needs to build a code object.  Registers: parameters
 * first (positional, then keyword-only, then *args, then **kwargs), then the
 * other locals, then temporaries.  At entry every register past the
 * parameters is <unbound> (the compiler emits CHECKBOUND where a local may be
 * read before assignment, and MAKECELL for cells at the start of the code).
 * Allocated by the compiler in an arena the caller frees after the VM has
 * loaded the proto. */
/* A SyntaxWarning the compiler found (compiler/warn.c), for the VM to issue
 * through the warnings filters once compiling has succeeded. */
typedef struct CoilCompileWarning {
    const char *message;
    int lineno, col_offset, end_lineno, end_col_offset;
    const struct CoilCompileWarning *next;
} CoilCompileWarning;

typedef struct CoilProto {
    const char *name, *qualname;
    const char *filename;
    int firstlineno;
    uint32_t flags;          /* PROTO_* */
    uint16_t argcount;       /* positional parameters, including positional-only */
    uint16_t posonlyargcount;
    uint16_t kwonlyargcount;
    uint16_t nlocals;        /* named local registers (parameters included) */
    uint16_t nregs;          /* all registers */
    const char **localnames; /* nlocals names, register order */
    /* Cells: cellvars live in registers cellregs[i] (parameters that are
     * captured are wrapped by MAKECELL at entry); freevars are copied from
     * the function's closure into registers freeregs[i] at entry. */
    uint16_t ncellvars, nfreevars;
    const char **cellnames, **freenames;
    const uint8_t *cellregs, *freeregs;

    const CoilInstr *code;
    uint32_t ncode;
    const CoilConst *consts;
    uint32_t nconsts;
    int32_t docconst;        /* index of the docstring in consts, or -1 (__doc__ None) */
    /* Source line of each instruction. */
    const int32_t *lines;
    /* Column ranges for 3.11-style carets, varint-coded as vm/func.c's
     * code_position reads them; NULL when not recorded. */
    const uint8_t *positions;
    uint32_t npositions;
    const CoilExcEntry *exc_table;
    uint32_t nexc;
    const CoilCompileWarning *warnings; /* the module's proto only: in compile order */
} CoilProto;

#endif
