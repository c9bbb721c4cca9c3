/* repl.h — the interactive prompt of the `coil` program (cli/repl.c). */
#ifndef COIL_CLI_REPL_H
#define COIL_CLI_REPL_H

#include "vm/state.h"

#define COIL_VERSION "0.1.0"

/* Runs the prompt on stdin until end of input or SystemExit; returns the
 * process exit status. */
int repl_run(CoilVM *vm);

#endif
