/* interp.h — the bytecode interpreter: running code objects in frames on
 * the VM's register stack.  Calls from script code to script code stay in
 * one dispatch loop; entering from C (vm_call, the module runner) starts a
 * loop that returns when its entry frame returns. */
#ifndef COIL_INTERP_H
#define COIL_INTERP_H

#include "vm/func.h"
#include "vm/state.h"

/* Calls a script function from C. */
CoilValue interp_call_function(CoilVM *vm, CoilFunction *fn, const CoilValue *args, size_t nargs,
                               CoilValue kwnames);
/* Runs a module's code with `globals` as its namespace. */
CoilValue interp_run_module(CoilVM *vm, CoilCode *code, CoilValue globals);
/* The same with a separate locals mapping for the name opcodes (exec/eval). */
CoilValue interp_run_code(CoilVM *vm, CoilCode *code, CoilValue globals, CoilValue locals);
/* Runs a class body with `ns` as its namespace; returns the body's result
 * (the __class__ cell, or None). */
CoilValue interp_run_class_body(CoilVM *vm, CoilFunction *fn, CoilValue ns);

/* Runs vm->frame (a generator's frame just linked in) until it yields or
 * returns; `throwing`: the pending exception is raised at its pc. */
CoilValue interp_resume(CoilVM *vm, bool throwing);

/* How often (in backward jumps and calls) the check point runs. */
#define INTERP_CHECK_INTERVAL 1000
/* The check point: host interrupts, budgets and limits take effect here
 * (0 to continue, -1 with an exception pending). */
int interp_check_point(CoilVM *vm);

#endif
