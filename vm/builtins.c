/* builtins.c — the builtins module: registration of every builtin table,
 * the built-in types and exception classes, and the core functions (print,
 * len, repr, isinstance, iter/next, min/max, sorted, getattr, ...).
 * Numeric builtins (abs, divmod, pow, round, hex ...) are in builtins_num.c. */
#include <stdio.h>

#include "vm/args.h"
#include "vm/builtins.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* Every table of builtin functions; add a line for a new file. */
static const CoilMethodDef *const builtins_tables[] = {builtins_core, builtins_numeric, builtins_async,
                                                      builtins_import, builtins_eval, builtins_io};

/* --- print ------------------------------------------------------------------------- */

static bool write_to(CoilVM *vm, CoilValue file, CoilValue s)
{
    if (file == VAL_NONE || file == VAL_EMPTY) {
        return builtins_write_stdout(vm, value_as_str(s)->data, value_as_str(s)->len);
    }
    CoilValue r = vm_call_method(vm, file, vm->names.write, &s, 1);
    return !value_is_error(r);
}

static CoilValue bi_print(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    CoilValue sep = VAL_NONE, end = VAL_NONE, file = VAL_NONE, flush = VAL_FALSE;
    size_t nkw = args_nkw(kw);
    for (size_t k = 0; k < nkw; k++) {
        CoilString *n = value_as_str(value_as_tuple(kw)->items[k]);
        CoilValue v = args[nargs + k];
        if (str_eq_cstr(n, "sep")) sep = v;
        else if (str_eq_cstr(n, "end")) end = v;
        else if (str_eq_cstr(n, "file")) file = v;
        else if (str_eq_cstr(n, "flush")) flush = v;
        else return vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for print()", n->data);
    }
    if (sep != VAL_NONE && !value_is_str(vm, sep))
        return vm_raise(vm, vm->e_TypeError, "sep must be None or a string, not %s", value_type_name(vm, sep));
    if (end != VAL_NONE && !value_is_str(vm, end))
        return vm_raise(vm, vm->e_TypeError, "end must be None or a string, not %s", value_type_name(vm, end));
    if (file == VAL_NONE) {
        /* sys.stdout if it was replaced, else the C stream. */
        CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
        if (value_is_type(sys, vm->t_module)) {
            CoilValue so = dict_get_cstr(vm, value_as_dict(module_dict(sys)), "stdout");
            CoilValue orig = dict_get_cstr(vm, value_as_dict(module_dict(sys)), "__stdout__");
            if (so != VAL_EMPTY && so != orig) file = so;
        }
    }
    GC_SAVE(vm);
    GC_ROOT(vm, file);
    CoilValue sepv = sep == VAL_NONE ? value_from_object(vm->names.space) : sep;
    CoilValue endv = end == VAL_NONE ? value_from_object(vm->names.newline) : end;
    GC_ROOT(vm, sepv);
    GC_ROOT(vm, endv);
    if (file == VAL_NONE) {
        /* Fast path: build nothing, write each piece. */
        for (size_t i = 0; i < nargs; i++) {
            if (i && !builtins_write_stdout(vm, value_as_str(sepv)->data, value_as_str(sepv)->len))
                return GC_RESTORE(vm), VAL_ERROR;
            CoilValue s = vm_str(vm, args[i]);
            if (value_is_error(s)) return GC_RESTORE(vm), s;
            if (!builtins_write_stdout(vm, value_as_str(s)->data, value_as_str(s)->len))
                return GC_RESTORE(vm), VAL_ERROR;
        }
        if (!builtins_write_stdout(vm, value_as_str(endv)->data, value_as_str(endv)->len))
            return GC_RESTORE(vm), VAL_ERROR;
    } else {
        for (size_t i = 0; i < nargs; i++) {
            if (i && !write_to(vm, file, sepv)) return GC_RESTORE(vm), VAL_ERROR;
            CoilValue s = vm_str(vm, args[i]);
            if (value_is_error(s)) return GC_RESTORE(vm), s;
            GC_ROOT(vm, s);
            if (!write_to(vm, file, s)) return GC_RESTORE(vm), VAL_ERROR;
        }
        if (!write_to(vm, file, endv)) return GC_RESTORE(vm), VAL_ERROR;
    }
    int fl = vm_truthy(vm, flush);
    if (fl < 0) return GC_RESTORE(vm), VAL_ERROR;
    if (fl) {
        if (file == VAL_NONE) fflush(stdout);
        else if (value_is_error(vm_call_method(vm, file, vm->names.flush, NULL, 0))) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return VAL_NONE;
}

bool builtins_write_stdout(CoilVM *vm, const char *s, size_t n)
{
    if (n && fwrite(s, 1, n, stdout) != n) {
        vm_raise(vm, vm->e_OSError, "write to stdout failed");
        return false;
    }
    return true;
}

/* --- objects ---------------------------------------------------------------------- */

static CoilValue bi_len(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "len", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t n;
    if (vm_len(vm, args[0], &n) < 0) return VAL_ERROR;
    return int_from_i64(vm, n);
}

static CoilValue bi_repr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "repr", nargs, 1, 1) < 0) return VAL_ERROR;
    return vm_repr(vm, args[0]);
}

static CoilValue bi_ascii(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "ascii", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue iop_format(CoilVM *, CoilValue, CoilValue, int);
    return iop_format(vm, args[0], VAL_EMPTY, 3);
}

static CoilValue bi_hash(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "hash", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t h;
    if (vm_hash(vm, args[0], &h) < 0) return VAL_ERROR;
    return int_from_i64(vm, h);
}

static CoilValue bi_id(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "id", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue v = args[0];
    uint64_t id = value_is_object(v) ? (uint64_t)(uintptr_t)value_as_object(v) : (v >> 3);
    return int_from_u64(vm, id);
}

CoilValue builtin_isinstance(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "isinstance", nargs, 2, 2) < 0) return VAL_ERROR;
    int r = vm_isinstance_check(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

CoilValue builtin_issubclass(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "issubclass", nargs, 2, 2) < 0) return VAL_ERROR;
    int r = vm_issubclass_check(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

static CoilValue bi_callable(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "callable", nargs, 1, 1) < 0) return VAL_ERROR;
    return value_from_bool(vm_typeof(vm, args[0])->call != NULL);
}

static CoilString *attr_name(CoilVM *vm, CoilValue v)
{
    if (!value_is_str(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'", value_type_name(vm, v));
        return NULL;
    }
    return str_intern_obj(vm, value_as_str(v));
}

static CoilValue bi_getattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs < 2) return vm_raise(vm, vm->e_TypeError, "getattr expected at least 2 arguments, got %zu", nargs);
    if (nargs > 3) return vm_raise(vm, vm->e_TypeError, "getattr expected at most 3 arguments, got %zu", nargs);
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "attribute name must be string, not '%s'", value_type_name(vm, args[1]));
    CoilString *name = str_intern_obj(vm, value_as_str(args[1]));
    if (!name) return VAL_ERROR;
    CoilValue v = vm_getattr(vm, args[0], name);
    if (value_is_error(v) && nargs == 3 && vm_exception_matches(vm, vm->e_AttributeError)) {
        vm_take_exception(vm);
        return args[2];
    }
    return v;
}

static CoilValue bi_setattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "setattr", nargs, 3, 3) < 0) return VAL_ERROR;
    CoilString *name = attr_name(vm, args[1]);
    if (!name || vm_setattr(vm, args[0], name, args[2]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue bi_delattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "delattr", nargs, 2, 2) < 0) return VAL_ERROR;
    CoilString *name = attr_name(vm, args[1]);
    if (!name || vm_delattr(vm, args[0], name) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue bi_hasattr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "hasattr", nargs, 2, 2) < 0) return VAL_ERROR;
    CoilString *name = attr_name(vm, args[1]);
    if (!name) return VAL_ERROR;
    /* A class whose metaclass looks attributes up as type does: a name in
     * neither the metaclass's nor the class's MRO is absent, known without
     * making and dropping an AttributeError (asyncio's isfuture() asks this
     * of every coroutine gather or wait is given). */
    if (value_is_object(args[0]) && vm_typeof(vm, args[0])->getattr == type_getattr_generic &&
        type_lookup(vm, vm_typeof(vm, args[0]), name) == VAL_EMPTY &&
        type_lookup(vm, (CoilType *)value_as_object(args[0]), name) == VAL_EMPTY)
        return VAL_FALSE;
    CoilValue v = vm_getattr(vm, args[0], name);
    if (value_is_error(v)) {
        if (!vm_exception_matches(vm, vm->e_AttributeError)) return v;
        vm_take_exception(vm);
        return VAL_FALSE;
    }
    return VAL_TRUE;
}

static CoilValue bi_locals(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw);

static CoilValue bi_vars(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "vars", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 0) return bi_locals(vm, args, 0, kw); /* vars() is locals() */
    CoilValue d = vm_getattr(vm, args[0], vm->names.__dict__);
    if (value_is_error(d) && vm_exception_matches(vm, vm->e_AttributeError)) {
        vm_take_exception(vm);
        return vm_raise(vm, vm->e_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static CoilValue bi_dir(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dir", nargs, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 0) {
        /* The names of the local scope: sorted(locals()). */
        CoilValue ns = bi_locals(vm, args, 0, VAL_EMPTY);
        if (value_is_error(ns)) return ns;
        if (ns == VAL_NONE) return list_new(vm, 0); /* no frame: called from C */
        GC_ROOT(vm, ns);
        CoilValue l = list_from_iterable(vm, ns);
        if (value_is_error(l)) return GC_UNROOT(vm, 1), l;
        GC_ROOT(vm, l);
        bool ok = list_sort(vm, value_as_list(l), VAL_NONE, false);
        GC_UNROOT(vm, 2);
        return ok ? l : VAL_ERROR;
    }
    CoilString *n = str_intern_cstr(vm, "__dir__");
    if (!n) return VAL_ERROR;
    bool found;
    CoilValue r = type_call_special(vm, args[0], n, NULL, 0, &found);
    if (value_is_error(r)) return r;
    GC_ROOT(vm, r);
    CoilValue l = list_from_iterable(vm, r);
    GC_UNROOT(vm, 1);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    bool ok = list_sort(vm, value_as_list(l), VAL_NONE, false);
    GC_UNROOT(vm, 1);
    return ok ? l : VAL_ERROR;
}

static CoilValue bi_globals(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)args;
    if (args_count(vm, "globals", nargs, 0, 0) < 0) return VAL_ERROR;
    return vm->frame ? vm->frame->globals : VAL_NONE;
}

static CoilValue bi_locals(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    (void)args;
    if (args_count(vm, "locals", nargs, 0, 0) < 0) return VAL_ERROR;
    CoilFrame *f = vm->frame;
    if (!f) return VAL_NONE;
    if (value_is_object(frame_ns(f))) return f->locals;
    /* A function frame: a snapshot of its bound named locals. */
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return d;
    GC_ROOT(vm, d);
    CoilCode *c = f->code;
    for (size_t i = 0; i < c->nlocals; i++) {
        CoilValue v = frame_regs(f)[i];
        if (value_is_type(v, vm->t_cell)) {
            bool is_cell = false;
            for (size_t k = 0; k < (size_t)c->ncellvars + c->nfreevars; k++)
                is_cell = is_cell || (k < c->ncellvars ? c->cellregs[k] : c->freeregs[k - c->ncellvars]) == i;
            if (is_cell) v = ((CoilCell *)value_as_object(v))->ref;
        }
        if (v == VAL_EMPTY) continue;
        if (value_is_type(v, vm->t_str)) str_seal(value_as_str(v)); /* see IADDACC */
        if (dict_set_str(vm, value_as_dict(d), c->localnames[i], v) < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    }
    GC_UNROOT(vm, 1);
    return d;
}

/* --- iteration ---------------------------------------------------------------------- */

CoilValue calliter_new(CoilVM *vm, CoilValue callable, CoilValue sentinel);

static CoilValue bi_iter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "iter", nargs, 1, 2) < 0) return VAL_ERROR;
    if (nargs == 2) {
        if (!vm_typeof(vm, args[0])->call)
            return vm_raise(vm, vm->e_TypeError, "iter(v, w): v must be callable");
        return calliter_new(vm, args[0], args[1]);
    }
    return vm_iter(vm, args[0]);
}

static CoilValue bi_next(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "next", nargs, 1, 2) < 0) return VAL_ERROR;
    CoilType *t = vm_typeof(vm, args[0]);
    if (!t->next) return vm_raise(vm, vm->e_TypeError, "'%s' object is not an iterator", t->name);
    vm->stop_value = VAL_NONE;
    CoilValue v = t->next(vm, args[0]);
    if (v == VAL_EMPTY) {
        CoilValue sv = vm->stop_value;
        vm->stop_value = VAL_NONE;
        if (nargs == 2) return args[1];
        if (sv == VAL_NONE) return vm_raise_args(vm, vm->e_StopIteration, vm->empty_tuple);
        GC_ROOT(vm, sv); /* taken out of vm->stop_value: held by nothing else */
        CoilValue t1 = tuple_from_array(vm, &sv, 1);
        GC_UNROOT(vm, 1);
        if (value_is_error(t1)) return t1;
        return vm_raise_args(vm, vm->e_StopIteration, t1);
    }
    return v;
}

static int truth_fold(CoilVM *vm, CoilValue iterable, bool want)
{
    CoilValue it = vm_iter(vm, iterable);
    if (value_is_error(it)) return -1;
    GC_ROOT(vm, it);
    int r = !want;
    for (;;) {
        CoilValue v = vm_next(vm, it);
        if (v == VAL_EMPTY) break;
        if (value_is_error(v)) {
            r = -1;
            break;
        }
        int t = vm_truthy(vm, v);
        if (t < 0) {
            r = -1;
            break;
        }
        if (t == want) {
            r = want;
            break;
        }
    }
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue bi_any(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "any", nargs, 1, 1) < 0) return VAL_ERROR;
    int r = truth_fold(vm, args[0], true);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

static CoilValue bi_all(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "all", nargs, 1, 1) < 0) return VAL_ERROR;
    int r = truth_fold(vm, args[0], false);
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

/* min() and max(): one iterable or several arguments, key= and default=. */
static CoilValue minmax(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw, bool is_max)
{
    const char *name = is_max ? "max" : "min";
    CoilValue key = VAL_NONE, dflt = VAL_EMPTY;
    size_t nkw = args_nkw(kw);
    /* The positional arguments are checked before the keywords. */
    if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nkw > 2) return vm_raise(vm, vm->e_TypeError, "%s() takes at most 2 keyword arguments (%zu given)", name, nkw);
    for (size_t k = 0; k < nkw; k++) {
        CoilString *n = value_as_str(value_as_tuple(kw)->items[k]);
        if (str_eq_cstr(n, "key")) key = args[nargs + k];
        else if (str_eq_cstr(n, "default")) dflt = args[nargs + k];
        else return vm_raise(vm, vm->e_TypeError, "'%s' is an invalid keyword argument for %s()", n->data, name);
    }
    if (nargs > 1 && dflt != VAL_EMPTY)
        return vm_raise(vm, vm->e_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                        name);
    GC_SAVE(vm);
    CoilValue it = nargs == 1 ? vm_iter(vm, args[0]) : VAL_EMPTY;
    if (value_is_error(it)) return it;
    GC_ROOT(vm, it);
    CoilValue best = VAL_EMPTY, bestkey = VAL_EMPTY;
    size_t idx = 0;
    for (;;) {
        CoilValue v;
        if (nargs == 1) {
            v = vm_next(vm, it);
            if (v == VAL_EMPTY) break;
            if (value_is_error(v)) return GC_RESTORE(vm), v;
        } else {
            if (idx >= nargs) break;
            v = args[idx++];
        }
        GC_ROOT(vm, v);
        CoilValue k = v;
        if (key != VAL_NONE) {
            k = vm_call1(vm, key, v);
            if (value_is_error(k)) return GC_RESTORE(vm), k;
            GC_ROOT(vm, k);
        }
        if (best == VAL_EMPTY) {
            best = v;
            bestkey = k;
        } else {
            CoilValue c = vm_compare(vm, k, bestkey, is_max ? CMP_GT : CMP_LT);
            if (value_is_error(c)) return GC_RESTORE(vm), c;
            int t = vm_truthy(vm, c);
            if (t < 0) return GC_RESTORE(vm), VAL_ERROR;
            if (t) {
                best = v;
                bestkey = k;
            }
        }
    }
    GC_RESTORE(vm);
    if (best == VAL_EMPTY) {
        if (dflt != VAL_EMPTY) return dflt;
        return vm_raise(vm, vm->e_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static CoilValue bi_min(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return minmax(vm, args, nargs, kw, false);
}

static CoilValue bi_max(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    return minmax(vm, args, nargs, kw, true);
}

/* sum()'s fast cases (below), folded into acc by a generator's YIELD. */
static bool sum_fold(CoilGenSink *sink, CoilValue v)
{
    CoilValue acc = sink->acc;
    if (value_is_small_int(acc) && value_is_small_int(v)) {
        int64_t r = value_as_small_int(acc) + value_as_small_int(v);
        if (!value_fits_small_int(r)) return false;
        sink->acc = value_from_small_int(r);
        return true;
    }
    if (value_is_double(acc) && value_is_double(v)) {
        sink->acc = value_from_double(value_as_double(acc) + value_as_double(v));
        return true;
    }
    return false;
}

static CoilValue bi_sum(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"", "start"};
    CoilValue a[2];
    if (args_parse(vm, "sum", args, nargs, kw, names, 2, 2, 1, a) < 0) return VAL_ERROR;
    CoilValue acc = a[1] == VAL_EMPTY ? value_from_small_int(0) : a[1];
    GC_SAVE(vm);
    /* CPython takes the iterator before it looks at start. */
    CoilValue it = vm_iter(vm, a[0]);
    if (value_is_error(it)) return it;
    if (value_is_str(vm, acc))
        return vm_raise(vm, vm->e_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (value_is_bytes(vm, acc) || value_is_bytearray(vm, acc))
        return vm_raise(vm, vm->e_TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                        value_is_bytes(vm, acc) ? "bytes" : "bytearray");
    GC_ROOT(vm, it);
    size_t mark = vm->nroots;
    /* Over a generator, the loop's own fast cases run inside its frame
     * (sum_fold): no return to C per item. */
    CoilGenSink sink = {NULL, sum_fold, VAL_NONE};
    if (value_is_type(it, vm->t_generator)) sink.frame = gen_frame((CoilGenerator *)value_as_object(it));
    for (;;) {
        CoilValue v;
        if (sink.frame) {
            CoilGenSink *outer = vm->gen_sink;
            sink.acc = acc;
            vm->gen_sink = &sink;
            v = vm_next(vm, it);
            vm->gen_sink = outer;
            acc = sink.acc;
        } else {
            v = vm_next(vm, it);
        }
        if (v == VAL_EMPTY) break;
        if (value_is_error(v)) return GC_RESTORE(vm), v;
        if (value_is_small_int(acc) && value_is_small_int(v)) {
            int64_t r = value_as_small_int(acc) + value_as_small_int(v);
            if (value_fits_small_int(r)) {
                acc = value_from_small_int(r);
                continue;
            }
        }
        if (value_is_double(acc) && value_is_double(v)) {
            acc = value_from_double(value_as_double(acc) + value_as_double(v));
            continue;
        }
        GC_ROOT(vm, v);
        CoilValue r = vm_binary(vm, BIN_ADD, acc, v);
        if (value_is_error(r)) return GC_RESTORE(vm), r;
        acc = r;
        vm->nroots = mark;
        GC_ROOT(vm, acc);
    }
    GC_RESTORE(vm);
    return acc;
}

static CoilValue bi_sorted(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs != 1) {
        if (nargs == 0) return vm_raise(vm, vm->e_TypeError, "sorted expected 1 argument, got 0");
        return vm_raise(vm, vm->e_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    static const char *const names[] = {"key", "reverse"};
    CoilValue a[2];
    if (args_parse(vm, "sort", args + 1, 0, kw, names, 2, 0, 0, a) < 0) return VAL_ERROR;
    CoilValue l = list_from_iterable(vm, args[0]);
    if (value_is_error(l)) return l;
    GC_ROOT(vm, l);
    int rev = 0;
    if (a[1] != VAL_EMPTY && (rev = vm_truthy(vm, a[1])) < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    bool ok = list_sort(vm, value_as_list(l), a[0] == VAL_EMPTY ? VAL_NONE : a[0], rev);
    GC_UNROOT(vm, 1);
    return ok ? l : VAL_ERROR;
}

/* --- strings ----------------------------------------------------------------------- */

static CoilValue bi_ord(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "ord", nargs, 1, 1) < 0) return VAL_ERROR;
    if (value_is_str(vm, args[0])) {
        CoilString *s = value_as_str(args[0]);
        if (s->cplen != 1)
            return vm_raise(vm, vm->e_TypeError, "ord() expected a character, but string of length %zu found", s->cplen);
        size_t adv;
        return value_from_small_int(str_decode_cp(s->data, &adv));
    }
    if (value_is_type(args[0], vm->t_bytes)) {
        int64_t n;
        if (vm_len(vm, args[0], &n) < 0) return VAL_ERROR;
        if (n != 1)
            return vm_raise(vm, vm->e_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)n);
        return vm_getitem(vm, args[0], value_from_small_int(0));
    }
    return vm_raise(vm, vm->e_TypeError, "ord() expected string of length 1, but %s found",
                    value_type_name(vm, args[0]));
}

static CoilValue bi_chr(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "chr", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t i;
    if (vm_index(vm, args[0], &i) < 0) {
        if (vm_exception_matches(vm, vm->e_OverflowError)) {
            vm_take_exception(vm);
            return vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C int");
        }
        return VAL_ERROR;
    }
    if (i < 0 || i > 0x10FFFF) return vm_raise(vm, vm->e_ValueError, "chr() arg not in range(0x110000)");
    return str_from_cp(vm, (uint32_t)i);
}

static CoilValue bi_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "format", nargs, 1, 2) < 0) return VAL_ERROR;
    CoilValue spec = nargs == 2 ? args[1] : value_from_object(vm->names.empty);
    if (!value_is_str(vm, spec))
        return vm_raise(vm, vm->e_TypeError, "format() argument 2 must be str, not %s", value_arg_type_name(vm, spec));
    return vm_format(vm, args[0], spec);
}

/* sys.<name> if a script replaced it (it is not sys.<orig>), else VAL_EMPTY. */
static CoilValue replaced_stream(CoilVM *vm, const char *name, const char *orig)
{
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    if (!value_is_type(sys, vm->t_module)) return VAL_EMPTY;
    CoilValue s = dict_get_cstr(vm, value_as_dict(module_dict(sys)), name);
    CoilValue o = dict_get_cstr(vm, value_as_dict(module_dict(sys)), orig);
    return s != VAL_EMPTY && s != o ? s : VAL_EMPTY;
}

/* input() with a replaced sys.stdin/sys.stdout (io.StringIO, a class with
 * readline/write): the prompt goes to sys.stdout, the line comes from
 * sys.stdin.readline(), as CPython does when they are not the console. */
static CoilValue input_replaced(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue in, CoilValue out)
{
    GC_SAVE(vm);
    GC_ROOT(vm, in);
    GC_ROOT(vm, out);
    if (nargs == 1) {
        CoilValue s = vm_str(vm, args[0]);
        if (value_is_error(s)) return GC_RESTORE(vm), s;
        GC_ROOT(vm, s);
        if (out != VAL_EMPTY) {
            if (value_is_error(vm_call_method(vm, out, vm->names.write, &s, 1))) return GC_RESTORE(vm), VAL_ERROR;
        } else if (!builtins_write_stdout(vm, value_as_str(s)->data, value_as_str(s)->len)) {
            return GC_RESTORE(vm), VAL_ERROR;
        }
    }
    if (out != VAL_EMPTY && value_is_error(vm_call_method(vm, out, str_intern_cstr(vm, "flush"), NULL, 0)))
        vm_take_exception(vm); /* as CPython: a stdout without flush is fine */
    if (out == VAL_EMPTY) fflush(stdout);
    CoilValue line;
    if (in != VAL_EMPTY) {
        line = vm_call_method(vm, in, str_intern_cstr(vm, "readline"), NULL, 0);
        if (value_is_error(line)) return GC_RESTORE(vm), line;
        if (!value_is_str(vm, line)) {
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "object.readline() returned non-string");
        }
    } else {
        GC_RESTORE(vm);
        return VAL_EMPTY; /* read the C stream */
    }
    GC_ROOT(vm, line); /* until its copy without the newline exists */
    CoilString *ls = value_as_str(line);
    CoilValue r = line;
    if (ls->len == 0) r = vm_raise(vm, vm->e_EOFError, "EOF when reading a line");
    else if (ls->data[ls->len - 1] == '\n') r = str_new(vm, ls->data, ls->len - 1);
    GC_RESTORE(vm);
    return r;
}

static CoilValue bi_input(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "input", nargs, 0, 1) < 0) return VAL_ERROR;
    CoilValue in = replaced_stream(vm, "stdin", "__stdin__"), out = replaced_stream(vm, "stdout", "__stdout__");
    if (in != VAL_EMPTY) return input_replaced(vm, args, nargs, in, out);
    if (out != VAL_EMPTY) {
        /* prompt through the replaced stdout, then read the C stream */
        CoilValue r = input_replaced(vm, args, nargs, VAL_EMPTY, out);
        if (r != VAL_EMPTY) return r;
        nargs = 0;
    }
    if (nargs == 1) {
        CoilValue s = vm_str(vm, args[0]);
        if (value_is_error(s)) return s;
        builtins_write_stdout(vm, value_as_str(s)->data, value_as_str(s)->len);
    }
    fflush(stdout);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    int c;
    bool any = false;
    while ((c = fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n') break;
        if (!buf_putc(&b, (char)c)) {
            buf_free(&b);
            return vm_raise_nomem(vm);
        }
    }
    if (!any) {
        buf_free(&b);
        return vm_raise(vm, vm->e_EOFError, "EOF when reading a line");
    }
    return str_from_buf(vm, &b);
}

/* --- exit ---------------------------------------------------------------------------- */

static CoilValue bi_exit(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue t = tuple_from_array(vm, args, nargs > 1 ? 1 : nargs);
    if (value_is_error(t)) return t;
    return vm_raise_args(vm, vm->e_SystemExit, t);
}

const CoilMethodDef builtins_core[] = {
    {"print", bi_print, METH_KEYWORDS},
    {"len", bi_len, 0},
    {"repr", bi_repr, 0},
    {"ascii", bi_ascii, 0},
    {"hash", bi_hash, 0},
    {"id", bi_id, 0},
    {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0},
    {"callable", bi_callable, 0},
    {"getattr", bi_getattr, 0},
    {"setattr", bi_setattr, 0},
    {"delattr", bi_delattr, 0},
    {"hasattr", bi_hasattr, 0},
    {"vars", bi_vars, 0},
    {"dir", bi_dir, 0},
    {"globals", bi_globals, 0},
    {"locals", bi_locals, 0},
    {"iter", bi_iter, 0},
    {"next", bi_next, 0},
    {"any", bi_any, 0},
    {"all", bi_all, 0},
    {"min", bi_min, METH_KEYWORDS},
    {"max", bi_max, METH_KEYWORDS},
    {"sum", bi_sum, METH_KEYWORDS},
    {"sorted", bi_sorted, METH_KEYWORDS},
    {"ord", bi_ord, 0},
    {"chr", bi_chr, 0},
    {"format", bi_format, 0},
    {"input", bi_input, 0},
    {"exit", bi_exit, 0},
    {"quit", bi_exit, 0},
    {NULL, NULL, 0}};

/* --- the module ------------------------------------------------------------------------- */

bool builtins_init(CoilVM *vm)
{
    vm->modules = dict_new(vm);
    if (value_is_error(vm->modules)) return false;
    CoilValue m = module_new(vm, "builtins");
    if (value_is_error(m)) return false;
    vm->builtins = m;
    vm->builtins_dict = module_dict(m);
    CoilDict *d = value_as_dict(vm->builtins_dict);
    if (dict_set_str(vm, value_as_dict(vm->modules), vm->names.builtins, m) < 0) return false;
    for (size_t t = 0; t < sizeof builtins_tables / sizeof *builtins_tables; t++) {
        for (const CoilMethodDef *def = builtins_tables[t]; def->name; def++) {
            CoilValue b = builtin_new(vm, def, VAL_EMPTY, NULL);
            if (value_is_error(b)) return false;
            ((CoilBuiltin *)value_as_object(b))->module = value_from_object(vm->names.builtins);
            if (dict_set_cstr(vm, d, def->name, b) < 0) return false;
        }
    }
    struct {
        const char *name;
        CoilType *type;
    } types[] = {
        {"object", vm->t_object},       {"type", vm->t_type},           {"int", vm->t_int},
        {"float", vm->t_float},         {"complex", vm->t_complex},         {"bool", vm->t_bool},           {"str", vm->t_str},
        {"bytes", vm->t_bytes},         {"bytearray", vm->t_bytearray}, {"memoryview", vm->t_memoryview}, {"list", vm->t_list},           {"tuple", vm->t_tuple},
        {"dict", vm->t_dict},           {"set", vm->t_set},             {"frozenset", vm->t_frozenset},
        {"range", vm->t_range},         {"slice", vm->t_slice},         {"property", vm->t_property},
        {"staticmethod", vm->t_staticmethod}, {"classmethod", vm->t_classmethod}, {"super", vm->t_super},
        {"enumerate", vm->t_enumerate}, {"zip", vm->t_zip},             {"reversed", vm->t_reversed},
        {"map", vm->t_map},             {"filter", vm->t_filter},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (dict_set_cstr(vm, d, types[i].name, value_from_object(types[i].type)) < 0) return false;
#define REG_EXC(n, b) \
    if (dict_set_str(vm, d, vm->e_##n->name_str, value_from_object(vm->e_##n)) < 0) return false;
    COIL_BUILTIN_EXCEPTIONS(REG_EXC)
#undef REG_EXC
    if (dict_set_cstr(vm, d, "EnvironmentError", value_from_object(vm->e_OSError)) < 0 ||
        dict_set_cstr(vm, d, "IOError", value_from_object(vm->e_OSError)) < 0 ||
        dict_set_cstr(vm, d, "None", VAL_NONE) < 0 || dict_set_cstr(vm, d, "True", VAL_TRUE) < 0 ||
        dict_set_cstr(vm, d, "False", VAL_FALSE) < 0 ||
        dict_set_cstr(vm, d, "NotImplemented", VAL_NOTIMPLEMENTED) < 0 ||
        dict_set_cstr(vm, d, "Ellipsis", VAL_ELLIPSIS) < 0 || dict_set_cstr(vm, d, "__debug__", VAL_TRUE) < 0)
        return false;
    return true;
}
