/* run.h — running source code in a VM: the `coil script.py` entry point and
 * the pieces the REPL and embedders reuse. */
#ifndef COIL_RUN_H
#define COIL_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/state.h"

/* Compiles and runs a script as __main__; prints an uncaught exception (or
 * syntax error) as CPython does and returns the process exit status. */
int vm_run_file(CoilVM *vm, const char *path, const char *src, size_t len);
/* The same for source that is not a file: `name` is "<string>" (coil -c) or
 * "<stdin>"; tracebacks show no source lines for it, as CPython's, and
 * __file__ is `name` only if set_file (CPython sets it for stdin, not -c). */
int vm_run_string(CoilVM *vm, const char *name, const char *src, size_t len, bool set_file);

/* Compiles src and runs it with `globals` as its namespace.  VAL_ERROR with
 * an exception pending (*syntax_error set if it is the compiler's SyntaxError). */
CoilValue vm_exec_source(CoilVM *vm, const char *src, size_t len, const char *filename, CoilValue globals,
                         bool *syntax_error);

/* Sets sys.argv (argv[0] is the script path). */
bool vm_set_argv(CoilVM *vm, int argc, const char *const *argv);

/* Takes the pending exception and prints it (SystemExit: its message);
 * returns the exit status CPython would use. */
int vm_report_exception(CoilVM *vm);

/* Runs the atexit callbacks, last registered first, reporting (not
 * raising) their exceptions; then forgets them.  At the end of __main__. */
void vm_run_atexit(CoilVM *vm);

/* The interactive prompt (vm/repl.c).  vm_repl_begin makes the __main__
 * namespace the inputs share (sys.path[0] = '').  vm_repl_run compiles one
 * input in 'single' mode as file "<stdin>" and, unless mode is REPL_CHECK,
 * runs it.  It returns REPL_MORE when the input is unfinished (an open
 * bracket, a block without its body) and nothing ran -- in REPL_FINAL mode
 * that is reported as the syntax error it is instead -- or, in REPL_CHECK
 * mode, when it compiles; REPL_ERROR when an exception or syntax error was
 * printed; REPL_EXIT with *exit_status after SystemExit. */
typedef enum CoilReplStatus { REPL_DONE, REPL_MORE, REPL_ERROR, REPL_EXIT } CoilReplStatus;
typedef enum CoilReplMode { REPL_CHECK, REPL_RUN, REPL_FINAL } CoilReplMode;
bool vm_repl_begin(CoilVM *vm);
CoilReplStatus vm_repl_run(CoilVM *vm, const char *src, size_t len, CoilReplMode mode, int *exit_status);

#endif
