/* builtins_eval.c — the builtins that run source text: eval, exec and compile.
 * They reach the compiler only through compiler/compile.h; code objects come
 * from load_proto and run in a frame whose names go through the given
 * globals and locals mappings, as CPython's exec/eval do. */
#include <string.h>

#include "compiler/compile.h"
#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/load.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

/* The source text of arg 1 (str or bytes) into src and len, NUL-terminated.
 * 1: got it; 0: not text (the caller words the TypeError); -1: error. */
static int source_text(CoilVM *vm, CoilValue v, const char **src, size_t *len)
{
    if (value_is_str(vm, v)) {
        *src = value_as_str(v)->data;
        *len = value_as_str(v)->len;
    } else if (value_is_type(v, vm->t_bytes)) {
        /* bytes: decoded (UTF-8, validated) into a NUL-terminated str */
        CoilValue s = vm_call_method(vm, v, str_intern_cstr(vm, "decode"), NULL, 0);
        if (value_is_error(s)) return -1;
        *src = value_as_str(s)->data;
        *len = value_as_str(s)->len;
        GC_ROOT(vm, s); /* the caller's GC_RESTORE drops it */
    } else {
        return 0;
    }
    if (memchr(*src, '\0', *len)) {
        vm_raise(vm, vm->e_ValueError, "source code string cannot contain null bytes");
        return -1;
    }
    return 1;
}

/* Compiles src into a code object (VAL_ERROR with SyntaxError pending). */
static CoilValue compile_text(CoilVM *vm, const char *src, size_t len, const char *filename, CompileMode mode)
{
    if (mode == COMPILE_EVAL) {
        /* eval() ignores leading blanks of its input */
        while (len && (*src == ' ' || *src == '\t')) src++, len--;
    }
    CoilArena *arena = arena_new();
    if (!arena) return vm_raise_nomem(vm);
    CoilSyntaxError err;
    memset(&err, 0, sizeof err);
    bool parsed;
    CoilProto *p = compile_source_mode(arena, src, len, filename, mode, &err, &parsed);
    if (!p) {
        arena_free(arena);
        if (!err.set) return vm_raise_nomem(vm);
        (void)parsed; /* err.compiler tells the SyntaxError the same */
        import_raise_syntax_error_kind(vm, &err, filename, src, len,
                                       mode == COMPILE_EVAL     ? SOURCE_EVAL
                                       : mode == COMPILE_SINGLE ? SOURCE_SINGLE
                                                                : SOURCE_EXEC);
        return VAL_ERROR;
    }
    CoilSourceKind kind = mode == COMPILE_EVAL ? SOURCE_EVAL : mode == COMPILE_SINGLE ? SOURCE_SINGLE : SOURCE_EXEC;
    if (compile_issue_warnings(vm, p, filename, src, len, kind) < 0) {
        arena_free(arena);
        return VAL_ERROR;
    }
    CoilValue code = load_proto(vm, p);
    arena_free(arena);
    return code;
}

/* The caller's namespaces for eval/exec without explicit globals. */
static bool caller_namespaces(CoilVM *vm, CoilValue *g, CoilValue *l)
{
    CoilFrame *f = vm->frame;
    if (!f) {
        *g = *l = vm->builtins_dict;
        return true;
    }
    *g = f->globals;
    if (value_is_object(frame_ns(f))) {
        *l = f->locals;
        return true;
    }
    /* a function frame: its locals as a snapshot dict, as locals() gives */
    CoilValue locals = dict_get_cstr(vm, value_as_dict(vm->builtins_dict), "locals");
    if (locals == VAL_EMPTY) {
        *l = *g;
        return true;
    }
    *l = vm_call(vm, locals, NULL, 0, VAL_EMPTY);
    return !value_is_error(*l);
}

static bool is_mapping(CoilVM *vm, CoilValue v)
{
    if (value_is_dict(vm, v)) return true;
    CoilValue m = type_lookup(vm, vm_typeof(vm, v), vm->names.__getitem__);
    return m != VAL_EMPTY;
}

/* Shared by eval and exec: checks the namespaces, compiles text if needed
 * and runs the code.  Returns the code's result. */
static CoilValue run_source(CoilVM *vm, const char *fname, const CoilValue *args, size_t nargs, CompileMode mode)
{
    GC_SAVE(vm);
    CoilValue g = nargs > 1 ? args[1] : VAL_NONE;
    CoilValue l = nargs > 2 ? args[2] : VAL_NONE;
    if (g != VAL_NONE && !value_is_dict(vm, g)) {
        GC_RESTORE(vm);
        if (mode == COMPILE_EVAL)
            return vm_raise(vm, vm->e_TypeError, is_mapping(vm, g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                  : "globals must be a dict");
        return vm_raise(vm, vm->e_TypeError, "exec() globals must be a dict, not %s", value_type_name(vm, g));
    }
    if (l != VAL_NONE && !is_mapping(vm, l)) {
        GC_RESTORE(vm);
        if (mode == COMPILE_EVAL) return vm_raise(vm, vm->e_TypeError, "locals must be a mapping");
        return vm_raise(vm, vm->e_TypeError, "locals must be a mapping or None, not %s", value_type_name(vm, l));
    }
    if (g == VAL_NONE) {
        CoilValue cg, cl;
        if (!caller_namespaces(vm, &cg, &cl)) return GC_RESTORE(vm), VAL_ERROR;
        g = cg;
        GC_ROOT(vm, g);
        if (l == VAL_NONE) l = cl;
        GC_ROOT(vm, l);
    } else if (l == VAL_NONE) {
        l = g;
    }
    if (dict_get_str(vm, value_as_dict(g), vm->names.__builtins__) == VAL_EMPTY &&
        dict_set_str(vm, value_as_dict(g), vm->names.__builtins__, vm->builtins_dict) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    CoilValue code = args[0];
    if (!value_is_type(code, vm->t_code)) {
        const char *src;
        size_t len;
        int k = source_text(vm, code, &src, &len);
        if (k == 0) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
        }
        if (k < 0) return GC_RESTORE(vm), VAL_ERROR;
        code = compile_text(vm, src, len, "<string>", mode);
        if (value_is_error(code)) return GC_RESTORE(vm), code;
    }
    GC_ROOT(vm, code);
    CoilValue r = interp_run_code(vm, (CoilCode *)value_as_object(code), g, l);
    GC_RESTORE(vm);
    return r;
}

/* eval(source, globals=None, locals=None, /) */
static CoilValue bi_eval(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "eval", kw) < 0 || args_count(vm, "eval", nargs, 1, 3) < 0) return VAL_ERROR;
    return run_source(vm, "eval", args, nargs, COMPILE_EVAL);
}

/* exec(source, globals=None, locals=None, /) */
static CoilValue bi_exec(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_no_kw(vm, "exec", kw) < 0 || args_count(vm, "exec", nargs, 1, 3) < 0) return VAL_ERROR;
    CoilValue r = run_source(vm, "exec", args, nargs, COMPILE_EXEC);
    return value_is_error(r) ? r : VAL_NONE;
}

/* compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) */
static CoilValue bi_compile(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    CoilValue a[6];
    if (args_parse(vm, "compile", args, nargs, kw, names, 6, 6, 3, a) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    CoilValue fn = a[1];
    if (value_is_type(fn, vm->t_bytes)) {
        fn = vm_call_method(vm, fn, str_intern_cstr(vm, "decode"), NULL, 0);
        if (value_is_error(fn)) return GC_RESTORE(vm), fn;
        GC_ROOT(vm, fn);
    } else if (!value_is_str(vm, fn)) {
        CoilValue p = vm_call_method(vm, fn, str_intern_cstr(vm, "__fspath__"), NULL, 0);
        if (value_is_error(p) || !value_is_str(vm, p)) {
            if (value_is_error(p)) vm_take_exception(vm);
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "expected str, bytes or os.PathLike object, not %s",
                            value_type_name(vm, a[1]));
        }
        fn = p;
        GC_ROOT(vm, fn);
    }
    if (!value_is_str(vm, a[2])) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "compile() argument 'mode' must be str, not %s", value_arg_type_name(vm, a[2]));
    }
    const char *m = value_as_str(a[2])->data;
    CompileMode mode = !strcmp(m, "exec") ? COMPILE_EXEC : !strcmp(m, "eval") ? COMPILE_EVAL
                     : !strcmp(m, "single") ? COMPILE_SINGLE : COMPILE_FILE;
    if (mode == COMPILE_FILE) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (a[3] != VAL_EMPTY && !(value_is_small_int(a[3]) && value_as_small_int(a[3]) == 0)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_NotImplementedError, "compile() flags are not supported by Coil");
    }
    const char *src;
    size_t len;
    int k = source_text(vm, a[0], &src, &len);
    if (k == 0) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    }
    if (k < 0) return GC_RESTORE(vm), VAL_ERROR;
    CoilValue code = compile_text(vm, src, len, value_as_str(fn)->data, mode);
    GC_RESTORE(vm);
    return code;
}

const CoilMethodDef builtins_eval[] = {
    {"eval", bi_eval, METH_KEYWORDS},
    {"exec", bi_exec, METH_KEYWORDS},
    {"compile", bi_compile, METH_KEYWORDS},
    {NULL, NULL, 0}};
