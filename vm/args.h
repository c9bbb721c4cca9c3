/* args.h — argument parsing for native functions: binds positional and
 * keyword arguments to named slots with CPython's argument-clinic messages,
 * so each builtin or method states its signature in one line. */
#ifndef COIL_ARGS_H
#define COIL_ARGS_H

#include "vm/state.h"
#include "vm/tuple.h"

/* Number of keyword arguments in a call. */
static inline size_t args_nkw(CoilValue kwnames)
{
    return value_is_object(kwnames) ? value_as_tuple(kwnames)->len : 0;
}

/* Binds args to out[0..nnames): the first `maxpos` names may be given
 * positionally, the rest only by keyword; the first `nreq` are required;
 * leading names that are "" are positional-only.
 * Absent optional arguments are VAL_EMPTY.  0 or -1 (TypeError). */
int args_parse(CoilVM *vm, const char *fname, const CoilValue *args, size_t nargs,
               CoilValue kwnames, const char *const *names, size_t nnames, size_t maxpos,
               size_t nreq, CoilValue *out);

/* "f() takes no keyword arguments" unless kwnames is empty.  0 or -1. */
int args_no_kw(CoilVM *vm, const char *fname, CoilValue kwnames);
/* Positional count check with CPython's messages: "f() takes exactly one
 * argument (2 given)", "f expected at most 2 arguments, got 3", ... */
int args_count_error(CoilVM *vm, const char *fname, size_t nargs, size_t min, size_t max);
/* Inline: every native method starts with it, and it almost always passes. */
static inline int args_count(CoilVM *vm, const char *fname, size_t nargs, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    return args_count_error(vm, fname, nargs, min, max);
}
/* CPython's _PyArg_CheckPositional, used by constructors such as reversed()
 * and staticmethod(): "reversed expected 1 argument, got 0". */
int args_check_positional(CoilVM *vm, const char *name, size_t nargs, size_t min, size_t max);
/* The same for functions CPython parses with PyArg_ParseTuple ("find() takes
 * at least 1 argument (0 given)", "count() takes at most 3 arguments (4 given)"). */
int args_count_tuple(CoilVM *vm, const char *fname, size_t nargs, size_t min, size_t max);

#endif
