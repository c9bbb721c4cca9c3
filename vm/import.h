/* import.h — the import system behind IMPORT/IMPORTFROM: sys.modules,
 * native modules, and .py modules and packages found on sys.path. */
#ifndef COIL_IMPORT_H
#define COIL_IMPORT_H

#include "lexer/syntax_error.h"
#include "vm/state.h"

/* A module implemented in C: create() returns the module object (it is
 * registered in sys.modules by the importer).  Tables of these end with a
 * {NULL, NULL} entry; a module is created on its first import only. */
typedef struct CoilNativeModule {
    const char *name;
    CoilValue (*create)(CoilVM *vm);
} CoilNativeModule;

/* Registers a host's table of native modules (the mechanism the embedding
 * API exposes): its names are found before the built-in native modules and
 * before sys.path.  The table must outlive the VM; a second call replaces
 * the first. */
void import_set_host_modules(CoilVM *vm, const CoilNativeModule *table);

/* __import__(name, fromlist, level) relative to the module whose globals
 * are given: the top-level package (no fromlist) or the named module. */
CoilValue import_module(CoilVM *vm, CoilString *name, CoilValue fromlist, int level, CoilValue globals);
/* `from module import name` with CPython's ImportError text. */
CoilValue import_from(CoilVM *vm, CoilValue module, CoilString *name);
/* `from module import *` into the namespace ns: the names in __all__, else
 * every name not starting with '_'.  0 or -1. */
int import_star(CoilVM *vm, CoilValue module, CoilValue ns);
/* Sets sys.path from the running script's location and COILPATH. */
bool import_init(CoilVM *vm, const char *script_path);
/* Raises a SyntaxError (IndentationError, TabError) built from a compiler
 * record; traceback printing shows it as CPython does. */
CoilValue import_raise_syntax_error(CoilVM *vm, const CoilSyntaxError *err, const char *filename);
/* The same, with the source the error is in (for SyntaxError.text). */
CoilValue import_raise_syntax_error_src(CoilVM *vm, const CoilSyntaxError *err, const char *filename,
                                        const char *src, size_t len);
/* Where src came from: a script or module file (or "<string>" for -c), or
 * text given to exec()/compile() (modes exec, eval, single), whose SyntaxError.text
 * CPython words differently. */
typedef enum CoilSourceKind { SOURCE_FILE, SOURCE_EXEC, SOURCE_EVAL, SOURCE_SINGLE } CoilSourceKind;
CoilValue import_raise_syntax_error_kind(CoilVM *vm, const CoilSyntaxError *err, const char *filename,
                                         const char *src, size_t len, CoilSourceKind kind);

/* sys.builtin_module_names: the modules compiled into the VM, sorted. */
CoilValue import_builtin_module_names(CoilVM *vm);

/* Issues the SyntaxWarnings p (a module's proto) collected, through
 * warnings.warn_explicit; one the filters make an error is raised as a
 * SyntaxError there, as CPython's compiler does.  0, or -1 with it pending. */
int compile_issue_warnings(CoilVM *vm, const struct CoilProto *p, const char *filename, const char *src,
                           size_t len, CoilSourceKind kind);

#endif
