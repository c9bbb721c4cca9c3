/* mod_traceback.c — the native halves of stdlib/traceback.py and warnings.py:
 * _traceback (the interpreter's own exception printer captured into a str,
 * the current call stack, an instruction's source position) and _warnings (warn/warn_explicit as natives, so a
 * warning raised as an error shows no frames of warnings.py, as in CPython). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"
#include "vm/vm.h"

/* Runs the printer on a memory stream and returns what it wrote as a str. */
static CoilValue capture(CoilVM *vm, CoilValue exc, bool chain, bool only)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) return vm_raise_nomem(vm);
    CoilException *x = value_as_exc(exc);
    CoilValue tb = x->traceback, cause = x->cause, context = x->context;
    bool suppress = x->suppress_context;
    /* what is hidden for the call stays alive through the printer's allocations */
    GC_SAVE(vm);
    GC_ROOT(vm, exc);
    GC_ROOT(vm, tb);
    GC_ROOT(vm, cause);
    GC_ROOT(vm, context);
    if (only) x->traceback = VAL_NONE;
    if (!chain || only) {
        /* print this exception alone: hide its chain for the call */
        x->cause = VAL_NONE;
        x->context = VAL_NONE;
    }
    bool was = vm->tb_module_format;
    vm->tb_module_format = true;
    exc_print(vm, exc, out);
    vm->tb_module_format = was;
    x->traceback = tb;
    x->cause = cause;
    x->context = context;
    x->suppress_context = suppress;
    GC_RESTORE(vm);
    fclose(out);
    CoilValue r = vm_has_exception(vm) ? VAL_ERROR : str_new(vm, text ? text : "", text ? len : 0);
    free(text);
    return r;
}

/* _format(exc, chain=True): what an uncaught exc prints, as one str. */
static CoilValue tb_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_format", nargs, 1, 2) < 0) return VAL_ERROR;
    if (!value_is_exception(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "_format() argument must be an exception, not %s", value_type_name(vm, args[0]));
    int chain = 1;
    if (nargs > 1 && (chain = vm_truthy(vm, args[1])) < 0) return VAL_ERROR;
    return capture(vm, args[0], chain, false);
}

/* _format_only(exc): the last part alone ("Type: message", or a syntax
 * error's File/line/caret block). */
static CoilValue tb_format_only(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_format_only", nargs, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_exception(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "_format_only() argument must be an exception, not %s",
                        value_type_name(vm, args[0]));
    return capture(vm, args[0], false, true);
}

/* _stack(): the script frames running now, outermost first, as
 * (filename, lineno, name, module __name__ or None) tuples; the innermost
 * is the caller's. */
static CoilValue tb_stack(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)kw;
    if (args_count(vm, "_stack", nargs, 0, 0) < 0) return VAL_ERROR;
    size_t n = 0;
    for (CoilFrame *f = vm->frame; f; f = f->prev)
        if (!(f->code->flags & CODE_NATIVE_FRAME)) n++;
    CoilValue l = list_new(vm, n);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    for (size_t i = 0; i < n; i++)
        if (!list_append(vm, value_as_list(l), VAL_NONE)) return GC_UNROOT(vm, 1), VAL_ERROR;
    size_t i = n;
    for (CoilFrame *f = vm->frame; f; f = f->prev) {
        CoilCode *c = f->code;
        if (c->flags & CODE_NATIVE_FRAME) continue;
        size_t pc = f->pc ? (size_t)(f->pc - c->code) : 0;
        int line = code_line(c, pc ? pc - 1 : 0);
        CoilValue t = tuple_new(vm, 4);
        if (value_is_error(t)) return GC_UNROOT(vm, 1), t;
        CoilTuple *tt = value_as_tuple(t);
        tt->items[0] = value_from_object(c->filename);
        tt->items[1] = value_from_small_int(line);
        tt->items[2] = value_from_object(c->name);
        CoilValue mod = value_is_dict(vm, f->globals) ? dict_get_str(vm, value_as_dict(f->globals), vm->names.__name__)
                                                      : VAL_EMPTY;
        tt->items[3] = mod == VAL_EMPTY ? VAL_NONE : mod;
        value_as_list(l)->items[--i] = t;
    }
    GC_UNROOT(vm, 1);
    return l;
}

/* _caller(skipfile, stacklevel): (filename, lineno, name) of the
 * stacklevel-th frame above the caller's that does not run code from
 * skipfile (logging's findCaller), read off the live frames, which is
 * much cheaper than sys._getframe()'s snapshots of the whole chain. */
static CoilValue tb_caller(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    int64_t level;
    if (args_count(vm, "_caller", nargs, 2, 2) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[0])) return vm_raise(vm, vm->e_TypeError, "_caller: skipfile must be str");
    if (vm_index(vm, args[1], &level) < 0) return VAL_ERROR;
    CoilString *skip = value_as_str(args[0]);
    CoilFrame *f = vm->frame;
    while (f && !f->code) f = f->prev;
    if (!f) return VAL_NONE;
    while (level > 0) {
        CoilFrame *g = f->prev;
        while (g && !g->code) g = g->prev;
        if (!g) break;
        f = g;
        CoilString *fn = f->code->filename;
        if (fn->len != skip->len || memcmp(fn->data, skip->data, fn->len) != 0) level--;
    }
    CoilCode *c = f->code;
    size_t pc = f->pc ? (size_t)(f->pc - c->code) : 0;
    CoilValue t = tuple_new(vm, 3);
    if (value_is_error(t)) return t;
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = value_from_object(c->filename);
    tt->items[1] = value_from_small_int(code_line(c, pc ? pc - 1 : 0));
    tt->items[2] = value_from_object(c->name);
    return t;
}

/* _position(code, lasti, lineno): (lineno, end_lineno, colno, end_colno,
 * anchors) of the instruction at byte offset lasti, columns in UTF-8 bytes
 * as CPython's co_positions(); anchors is (kind, left, right) for a binary
 * operation (kind 1: left operand's end, right operand's start) or a
 * subscript (kind 2: the value's and the slice's ends), else None.  Columns are None where
 * the code has no position for the instruction. */
static CoilValue tb_position(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_position", nargs, 3, 3) < 0) return VAL_ERROR;
    if (!value_is_type(args[0], vm->t_code) || !value_is_small_int(args[1]) || !value_is_small_int(args[2]))
        return vm_raise(vm, vm->e_TypeError, "_position() expects (code, int, int)");
    CoilCode *c = (CoilCode *)value_as_object(args[0]);
    int64_t lasti = value_as_small_int(args[1]);
    CoilPosition p;
    bool have = lasti >= 0 && code_position(c, (size_t)lasti / 2, &p) && p.line == value_as_small_int(args[2]);
    CoilValue t = tuple_new(vm, 5);
    if (value_is_error(t)) return t;
    CoilTuple *tt = value_as_tuple(t);
    tt->items[0] = args[2];
    tt->items[1] = have ? value_from_small_int(p.end_line) : args[2];
    tt->items[2] = have ? value_from_small_int(p.col) : VAL_NONE;
    tt->items[3] = have ? value_from_small_int(p.end_col) : VAL_NONE;
    tt->items[4] = VAL_NONE;
    if (have && p.anchor_left >= 0) {
        GC_ROOT(vm, t);
        CoilValue a = tuple_new(vm, 3);
        GC_UNROOT(vm, 1);
        if (value_is_error(a)) return a;
        value_as_tuple(a)->items[0] = value_from_small_int(p.kind);
        value_as_tuple(a)->items[1] = value_from_small_int(p.anchor_left);
        value_as_tuple(a)->items[2] = value_from_small_int(p.anchor_right);
        tt->items[4] = a;
    }
    return t;
}

/* --- _warnings ------------------------------------------------------------------------- */

/* Calls warnings.<impl>(stack, *args, **kw); a warning the filters turn into
 * an error comes back as the exception object and is raised here, so its
 * traceback starts at the caller's line. */
static CoilValue call_impl(CoilVM *vm, const char *impl, const CoilValue *args, size_t nargs, CoilValue kw)
{
    GC_SAVE(vm);
    CoilValue stack = tb_stack(vm, NULL, 0, VAL_EMPTY);
    if (value_is_error(stack)) return GC_RESTORE(vm), stack;
    GC_ROOT(vm, stack);
    CoilValue mod = import_module(vm, str_intern_cstr(vm, "warnings"), VAL_NONE, 0, VAL_NONE);
    if (value_is_error(mod)) return GC_RESTORE(vm), mod;
    GC_ROOT(vm, mod);
    CoilValue fn = vm_getattr(vm, mod, str_intern_cstr(vm, impl));
    if (value_is_error(fn)) return GC_RESTORE(vm), fn;
    GC_ROOT(vm, fn);
    size_t nkw = args_nkw(kw), total = nargs + nkw;
    CoilValue buf[16];
    if (total + 1 > sizeof buf / sizeof *buf) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "%s() takes at most %zu arguments", impl + 1, sizeof buf / sizeof *buf - 1);
    }
    buf[0] = stack;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    CoilValue r = vm_call(vm, fn, buf, nargs + 1, nkw ? kw : VAL_EMPTY);
    GC_RESTORE(vm);
    if (value_is_error(r) || r == VAL_NONE) return r;
    if (value_is_exception(vm, r)) return vm_raise_value(vm, r);
    return VAL_NONE;
}

static CoilValue w_warn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return call_impl(vm, "_warn_impl", args, nargs, kw);
}

static CoilValue w_warn_explicit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return call_impl(vm, "_warn_explicit_impl", args, nargs, kw);
}

static const CoilMethodDef warnings_functions[] = {
    {"warn", w_warn, METH_KEYWORDS},
    {"warn_explicit", w_warn_explicit, METH_KEYWORDS},
    {NULL, NULL, 0}};

CoilValue mod_warnings_create(CoilVM *vm)
{
    return module_new_native(vm, "_warnings", warnings_functions);
}

/* --- _traceback ------------------------------------------------------------------------ */

/* Marks code CODE_NATIVE_FRAME, and every code object nested in its
 * constants (inner functions, lambdas, comprehensions, generator helpers):
 * all of them are part of the one C function CPython has in their place. */
static void mark_native(CoilVM *vm, CoilCode *c)
{
    c->flags |= CODE_NATIVE_FRAME;
    for (uint32_t i = 0; i < c->nconsts; i++)
        if (value_is_type(c->consts[i], vm->t_code)) mark_native(vm, (CoilCode *)value_as_object(c->consts[i]));
}

/* A class attribute: a function, or a staticmethod / classmethod / property
 * wrapping functions; anything else is left alone. */
static void mark_attr(CoilVM *vm, CoilValue v)
{
    if (value_is_type(v, vm->t_function)) {
        mark_native(vm, ((CoilFunction *)value_as_object(v))->code);
        return;
    }
    if (!value_is_type(v, vm->t_staticmethod) && !value_is_type(v, vm->t_classmethod) &&
        !value_is_type(v, vm->t_property))
        return;
    CoilWrapper *w = (CoilWrapper *)value_as_object(v);
    CoilValue parts[3] = {w->func, w->fset, w->fdel};
    for (int i = 0; i < 3; i++)
        if (value_is_type(parts[i], vm->t_function)) mark_native(vm, ((CoilFunction *)value_as_object(parts[i]))->code);
}

static bool is_class(CoilValue v)
{
    return value_is_object(v) && (value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS);
}

/* Marks a class's methods, and gives it the tp_name of a C type: prefixed
 * with its module ("collections.deque"), as error messages show it. */
static bool mark_class(CoilVM *vm, CoilType *t)
{
    if (!value_is_dict(vm, t->dict)) return true;
    size_t pos = 0;
    CoilValue v;
    while (dict_next(value_as_dict(t->dict), &pos, NULL, &v)) mark_attr(vm, v);
    CoilValue m = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
    if (!(t->flags & TYPE_HEAPTYPE) || strchr(t->name, '.') || !value_is_str(vm, m)) return true;
    CoilString *mod = value_as_str(m);
    size_t n = strlen(t->name), len = mod->len + 1 + n;
    char *cname = vm_mem_alloc(vm, len + 1);
    if (!cname) return false;
    memcpy(cname, mod->data, mod->len);
    cname[mod->len] = '.';
    memcpy(cname + mod->len + 1, t->name, n + 1);
    vm_mem_free(vm, (char *)t->name, n + 1);
    t->name = cname;
    return true;
}

/* _native_frame(x): marks code CODE_NATIVE_FRAME (see func.h), with the code
 * nested in it.  x is a function; or a class, for each of its methods (a
 * stdlib class standing for a C type of CPython's); or a module's globals(),
 * for every function and class the module itself defines (a module that is
 * all C in CPython).  Returns x, for use as a decorator. */
static CoilValue tb_native_frame(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "_native_frame", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue x = args[0];
    if (value_is_type(x, vm->t_function)) {
        mark_native(vm, ((CoilFunction *)value_as_object(x))->code);
    } else if (is_class(x)) {
        if (!mark_class(vm, (CoilType *)value_as_object(x))) return VAL_ERROR;
    } else if (value_is_dict(vm, x)) {
        CoilDict *g = value_as_dict(x);
        CoilValue modname = dict_get_str(vm, g, vm->names.__name__);
        size_t pos = 0;
        CoilValue v;
        while (dict_next(g, &pos, NULL, &v)) {
            if (value_is_type(v, vm->t_function)) {
                CoilFunction *fn = (CoilFunction *)value_as_object(v);
                if (fn->globals == x) mark_native(vm, fn->code);
            } else if (is_class(v) && modname != VAL_EMPTY) {
                CoilType *t = (CoilType *)value_as_object(v);
                CoilValue m = value_is_dict(vm, t->dict) ? dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__)
                                                         : VAL_EMPTY;
                if (m != VAL_EMPTY && value_is_str(vm, m) && value_is_str(vm, modname) &&
                    str_eq(value_as_str(m), value_as_str(modname)) && !mark_class(vm, t))
                    return VAL_ERROR;
            }
        }
    } else {
        return vm_raise(vm, vm->e_TypeError, "_native_frame() expects a function, a class or a globals dict");
    }
    return x;
}

static const CoilMethodDef traceback_functions[] = {
    {"_native_frame", tb_native_frame, 0},
    {"_format", tb_format, 0},
    {"_format_only", tb_format_only, 0},
    {"_stack", tb_stack, 0},
    {"_caller", tb_caller, 0},
    {"_position", tb_position, 0},
    {NULL, NULL, 0}};

CoilValue mod_traceback_create(CoilVM *vm)
{
    return module_new_native(vm, "_traceback", traceback_functions);
}
