/* compile.h — the compiler's one entry point: an AST module in, a tree of
 * CoilProto records (bytecode.h) out.  The VM reaches the compiler only
 * through this header (import, exec/eval, the REPL and the script runner). */
#ifndef COIL_COMPILE_H
#define COIL_COMPILE_H

#include <stdbool.h>
#include <stdio.h>

#include "compiler/bytecode.h"
#include "lexer/syntax_error.h"
#include "parser/arena.h"
#include "parser/ast.h"

/* Compiles `module` (an AST_Module).  Protos, their code and constants are
 * allocated in `arena`.  Returns NULL with *err set on a compile-time error
 * (symbol-table errors such as "no binding for nonlocal 'x' found"). */
CoilProto *compile_module(CoilArena *arena, const AstNode *module, const char *filename,
                          CoilSyntaxError *err);

/* Prints every proto's instructions, constants, registers and lines, nested
 * protos after their parent (the format of `coil --dis`). */
void compile_disassemble(const CoilProto *proto, FILE *out);

/* The modes of the compile() builtin.  COMPILE_FILE is a script or module;
 * the others are source given to exec/eval/compile, whose top-level names go
 * through the locals mapping (GETNAME/SETNAME) as CPython's do. */
typedef enum CompileMode {
    COMPILE_FILE,   /* a script or imported module */
    COMPILE_EXEC,   /* compile(..., 'exec') and exec(str) */
    COMPILE_EVAL,   /* one expression; the code returns its value */
    COMPILE_SINGLE, /* one statement; expression values go to sys.displayhook */
    COMPILE_SINGLE_AWAIT /* the same with top-level await allowed; the code is a coroutine's */
} CompileMode;

/* parse + compile a source buffer in one of the modes above.  *parsed
 * says whether an error came after parsing (CPython gives such errors from
 * source strings no `text`). */
CoilProto *compile_source_mode(CoilArena *arena, const char *src, size_t len, const char *filename,
                               CompileMode mode, CoilSyntaxError *err, bool *parsed);

/* Convenience for the VM and tools: parse + compile a source buffer. */
CoilProto *compile_source(CoilArena *arena, const char *src, size_t len, const char *filename,
                          CoilSyntaxError *err);

#endif
