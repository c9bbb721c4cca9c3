/* exc.h — exception objects and tracebacks: BaseException's layout (args,
 * __cause__, __context__, __traceback__), raising with CPython's implicit
 * chaining, traceback records added while unwinding, and printing an
 * uncaught exception exactly as CPython does. */
#ifndef COIL_EXC_H
#define COIL_EXC_H

#include <stdio.h>

#include "vm/func.h"
#include "vm/state.h"

typedef struct CoilException {
    CoilObject obj;
    CoilValue dict;        /* instance __dict__ (user subclasses), HAS_DICT layout */
    CoilValue args;        /* tuple */
    CoilValue traceback;   /* traceback or None */
    CoilValue cause;       /* None or an exception */
    CoilValue context;
    CoilValue notes;       /* reserved (__notes__) */
    CoilValue value;       /* StopIteration.value, SystemExit.code */
    CoilValue attr_name, attr_obj; /* NameError/AttributeError/ImportError .name, AttributeError.obj */
    /* OSError's errno, strerror, filename, filename2 (VAL_EMPTY: not given),
     * taken from the constructor's arguments */
    CoilValue os_errno, os_strerror, os_filename, os_filename2;
    bool suppress_context;
} CoilException;

typedef struct CoilTraceback {
    CoilObject obj;
    CoilValue next;        /* the next (inner) traceback, or None */
    CoilValue globals;     /* the frame's globals (NameError suggestions) */
    CoilCode *code;
    CoilValue frame;       /* tb_frame, made when first asked for (None until then) */
    int lineno;
    int lasti;
} CoilTraceback;

static inline bool value_is_exception(const CoilVM *vm, CoilValue v)
{
    (void)vm;
    return value_is_object(v) && (value_as_object(v)->type->flags & TYPE_EXCEPTION);
}
static inline CoilException *value_as_exc(CoilValue v) { return (CoilException *)value_as_object(v); }

void exc_init_types(CoilVM *vm);
/* SyntaxError: (re)reads msg, filename, lineno... from the args (exc_syntax.c). */
int exc_syntax_fill(CoilVM *vm, CoilValue self);
void exc_syntax_init_type(CoilVM *vm);

/* A new exception instance of `type` with args tuple. */
CoilValue exc_new(CoilVM *vm, CoilType *type, CoilValue args);
/* Sets exc as pending, chaining vm->handled as its __context__. */
void exc_set_pending(CoilVM *vm, CoilValue exc);
/* Raises `type` with a single str argument. */
CoilValue vm_raise_str(CoilVM *vm, CoilType *type, CoilValue msg);
/* Raises `type` with args (a tuple). */
CoilValue vm_raise_args(CoilVM *vm, CoilType *type, CoilValue args);
/* Raises KeyError(key) (args = (key,)). */
CoilValue vm_raise_key_error(CoilVM *vm, CoilValue key);

/* Prepends a traceback entry for (code, pc, globals) to the pending exception. */
void exc_add_traceback(CoilVM *vm, CoilCode *code, size_t pc, CoilValue globals);
/* The same for a frame that never ran: its line is the code's first. */
void exc_add_traceback_unstarted(CoilVM *vm, CoilCode *code, CoilValue globals);
/* Records name/obj on a pending AttributeError that lacks them (as CPython's
 * PyObject_GetAttr does), for "Did you mean" suggestions. */
void exc_set_attribute_context(CoilVM *vm, CoilValue obj, CoilString *name);
/* The "Did you mean" candidate for a NameError/AttributeError, or VAL_EMPTY. */
CoilValue exc_suggestion(CoilVM *vm, CoilValue exc);

/* str(exc) as CPython: '' for no args, str(arg) for one, repr(args) else;
 * KeyError with one arg uses repr. */
CoilValue exc_str(CoilVM *vm, CoilValue exc);

/* Prints exc with its chain to `out` (sys.excepthook's format). */
void exc_print(CoilVM *vm, CoilValue exc, FILE *out);
/* Writes to sys.stderr (the C stream unless a script replaced it), as
 * CPython's printer does; errors while writing are dropped. */
void exc_write_stderr(CoilVM *vm, const char *s, size_t n);
/* exc_print to sys.stderr (PyErr_Display). */
void exc_display(CoilVM *vm, CoilValue exc);
/* Prints one exception without its chain: the traceback under `header`
 * (when it has one), then the message line. */
void exc_print_one(CoilVM *vm, CoilValue exc, FILE *out, const char *header);

/* Exception groups (excgroup.c): exc or an exception in its chain is one. */
bool excgroup_in_chain(CoilVM *vm, CoilValue exc);
/* Prints exc and its chain, groups as CPython's nested boxes. */
void excgroup_print(CoilVM *vm, CoilValue exc, FILE *out);
/* except* (PEP 654).  star_match: the part of exc matching an except*
 * clause's type (a bare exception becomes a group of one; VAL_NONE for no
 * match), *rest the remainder (VAL_NONE when nothing is left); TypeError
 * for a type that is not exception classes or names a group class. */
CoilValue excgroup_star_match(CoilVM *vm, CoilValue exc, CoilValue type, CoilValue *rest);
/* What leaves a try-except* whose original exception was orig, given excs
 * (a list: exceptions raised by clauses, re-raised parts, the unmatched
 * rest): VAL_NONE when all was handled; re-raised parts projected back onto
 * orig's tree, new ones gathered with it in ExceptionGroup(""). */
CoilValue excgroup_prep_reraise(CoilVM *vm, CoilValue orig, CoilValue excs);
/* Creation semantics, split/subgroup/derive, MRO (ExceptionGroup is also
 * an Exception); after the built-in types exist. */
void excgroup_init_types(CoilVM *vm);

#endif
