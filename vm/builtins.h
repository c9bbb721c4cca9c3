/* builtins.h — the builtins module.  Builtin functions are CoilMethodDef
 * tables; builtins.c registers every table listed in builtins_tables[], so a
 * new file of builtins adds one line there. */
#ifndef COIL_BUILTINS_H
#define COIL_BUILTINS_H

#include "vm/state.h"

/* Tables of builtin functions, each ending with {NULL}. */
extern const CoilMethodDef builtins_core[];    /* builtins.c */
extern const CoilMethodDef builtins_numeric[]; /* builtins_num.c */
extern const CoilMethodDef builtins_async[];   /* asyncgen.c: aiter, anext */
extern const CoilMethodDef builtins_import[];  /* import.c: __import__ */
extern const CoilMethodDef builtins_io[];      /* mod_io.c: open */
extern const CoilMethodDef builtins_eval[];    /* builtins_eval.c: eval, exec, compile */

/* isinstance and issubclass themselves: the CALL instruction recognises
 * them (whatever name they are bound to) to decide plain class checks inline. */
CoilValue builtin_isinstance(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);
CoilValue builtin_issubclass(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

/* Creates the builtins module (functions, types, exception classes,
 * constants) and the sys module. */
bool builtins_init(CoilVM *vm);
bool sys_init(CoilVM *vm, int argc, const char *const *argv);

/* Writes s to sys.stdout (print's default destination). */
bool builtins_write_stdout(CoilVM *vm, const char *s, size_t n);

#endif
