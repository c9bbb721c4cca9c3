/* interp_ops.c — cold paths of the interpreter (see interp_ops.h), with
 * CPython 3.11's error texts for unpacking, raise, except, with, * and **
 * arguments and imports. */
#include <stdio.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/int.h"
#include "vm/interp.h"
#include "vm/interp_ops.h"
#include "vm/list.h"
#include "vm/module.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* --- unpacking ------------------------------------------------------------------------ */

static int unpack_not_iterable(CoilVM *vm, CoilValue src)
{
    vm_raise(vm, vm->e_TypeError, "cannot unpack non-iterable %s object", value_type_name(vm, src));
    return -1;
}

int iop_unpack(CoilVM *vm, CoilValue *dst, size_t n, CoilValue src)
{
    const CoilValue *items = NULL;
    size_t len = 0;
    if (value_is_tuple(vm, src)) {
        items = value_as_tuple(src)->items;
        len = value_as_tuple(src)->len;
    } else if (value_is_list(vm, src)) {
        items = value_as_list(src)->items;
        len = value_as_list(src)->len;
    }
    if (items) {
        if (len != n) {
            if (len < n)
                vm_raise(vm, vm->e_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, len);
            else
                vm_raise(vm, vm->e_ValueError, "too many values to unpack (expected %zu)", n);
            return -1;
        }
        /* src may live in one of the destination registers: copy first. */
        if (n <= 16) {
            CoilValue tmp[16];
            values_copy(tmp, items, n);
            values_copy(dst, tmp, n);
        } else {
            GC_ROOT(vm, src);
            values_copy(dst, items, n);
            GC_UNROOT(vm, 1);
        }
        return 0;
    }
    if (!vm_typeof(vm, src)->iter && !vm_typeof(vm, src)->getitem) return unpack_not_iterable(vm, src);
    GC_SAVE(vm);
    GC_ROOT(vm, src);
    CoilValue it = vm_iter(vm, src);
    if (value_is_error(it)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, it);
    /* Collect into a tuple first so a failure leaves the targets untouched. */
    CoilValue got = tuple_new(vm, n);
    if (value_is_error(got)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, got);
    for (size_t i = 0; i < n; i++) {
        CoilValue v = vm_next(vm, it);
        if (value_is_error(v)) return GC_RESTORE(vm), -1;
        if (v == VAL_EMPTY) {
            vm_raise(vm, vm->e_ValueError, "not enough values to unpack (expected %zu, got %zu)", n, i);
            return GC_RESTORE(vm), -1;
        }
        value_as_tuple(got)->items[i] = v;
    }
    CoilValue extra = vm_next(vm, it);
    if (value_is_error(extra)) return GC_RESTORE(vm), -1;
    if (extra != VAL_EMPTY) {
        vm_raise(vm, vm->e_ValueError, "too many values to unpack (expected %zu)", n);
        return GC_RESTORE(vm), -1;
    }
    values_copy(dst, value_as_tuple(got)->items, n);
    GC_RESTORE(vm);
    return 0;
}

int iop_unpack_ex(CoilVM *vm, CoilValue *dst, size_t before, size_t after, CoilValue src)
{
    if (!vm_typeof(vm, src)->iter && !vm_typeof(vm, src)->getitem) return unpack_not_iterable(vm, src);
    GC_SAVE(vm);
    CoilValue l = list_from_iterable(vm, src);
    if (value_is_error(l)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, l);
    CoilList *lst = value_as_list(l);
    if (lst->len < before + after) {
        vm_raise(vm, vm->e_ValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                 before + after, lst->len);
        return GC_RESTORE(vm), -1;
    }
    size_t mid = lst->len - before - after;
    CoilValue rest = list_from_array(vm, mid ? lst->items + before : NULL, mid);
    if (value_is_error(rest)) return GC_RESTORE(vm), -1;
    for (size_t i = 0; i < before; i++) dst[i] = lst->items[i];
    dst[before] = rest;
    for (size_t i = 0; i < after; i++) dst[before + 1 + i] = lst->items[before + mid + i];
    GC_RESTORE(vm);
    return 0;
}

/* --- classes --------------------------------------------------------------------------- */

/* PEP 560: a base that is not a class but has __mro_entries__(bases) is
 * replaced by the tuple that method returns (typing's Generic[T] and
 * NamedTuple rely on it).  Returns the new bases, or `bases` itself when
 * nothing was replaced. */
static CoilValue resolve_bases(CoilVM *vm, CoilValue bases)
{
    CoilTuple *bt = value_as_tuple(bases);
    GC_SAVE(vm);
    CoilValue out = VAL_EMPTY;
    for (size_t i = 0; i < bt->len; i++) {
        CoilValue b = bt->items[i];
        bool is_class = value_is_object(b) && (value_as_object(b)->type->flags & TYPE_TYPE_SUBCLASS);
        CoilValue me = VAL_EMPTY;
        if (!is_class) {
            me = vm_getattr_cstr(vm, b, "__mro_entries__");
            if (value_is_error(me)) {
                if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), me;
                vm_take_exception(vm);
                me = VAL_EMPTY;
            }
        }
        if (me == VAL_EMPTY) {
            if (out != VAL_EMPTY && !list_append(vm, value_as_list(out), b)) return GC_RESTORE(vm), VAL_ERROR;
            continue;
        }
        GC_ROOT(vm, me);
        if (out == VAL_EMPTY) {
            out = list_from_array(vm, bt->items, i);
            if (value_is_error(out)) return GC_RESTORE(vm), out;
            GC_ROOT(vm, out);
        }
        CoilValue entries = vm_call1(vm, me, bases);
        if (value_is_error(entries)) return GC_RESTORE(vm), entries;
        GC_ROOT(vm, entries);
        if (!value_is_tuple(vm, entries))
            return GC_RESTORE(vm), vm_raise(vm, vm->e_TypeError, "__mro_entries__ must return a tuple");
        CoilTuple *et = value_as_tuple(entries);
        for (size_t j = 0; j < et->len; j++)
            if (!list_append(vm, value_as_list(out), et->items[j])) return GC_RESTORE(vm), VAL_ERROR;
    }
    if (out == VAL_EMPTY) return GC_RESTORE(vm), bases;
    CoilList *l = value_as_list(out);
    CoilValue t = tuple_from_array(vm, l->items, l->len);
    GC_RESTORE(vm);
    return t;
}

/* CPython's __build_class__: pick the metaclass (metaclass= or the bases'),
 * let its __prepare__ make the namespace, run the body in it, then call the
 * metaclass.  Plain classes (metaclass type) skip the calls. */
CoilValue iop_build_class(CoilVM *vm, CoilValue *r)
{
    CoilValue body = r[0], name = r[1], bases = r[2], kw = r[3];
    if (!value_is_type(body, vm->t_function) || !value_is_str(vm, name))
        return vm_raise(vm, vm->e_TypeError, "__build_class__: bad arguments");
    if (!value_is_tuple(vm, bases)) bases = vm->empty_tuple;
    GC_SAVE(vm);
    CoilValue orig_bases = bases;
    GC_ROOT(vm, orig_bases);
    bases = resolve_bases(vm, bases);
    if (value_is_error(bases)) return GC_RESTORE(vm), bases;
    GC_ROOT(vm, bases);
    CoilValue meta = VAL_EMPTY;
    if (value_is_dict(vm, kw)) {
        CoilValue m = dict_get_cstr(vm, value_as_dict(kw), "metaclass");
        if (m != VAL_EMPTY) {
            meta = m;
            kw = dict_copy(vm, value_as_dict(kw));
            if (value_is_error(kw)) return GC_RESTORE(vm), kw;
            GC_ROOT(vm, kw);
            dict_del(vm, value_as_dict(kw), value_from_object(str_intern_cstr(vm, "metaclass")), NULL);
        }
    }
    if (meta == VAL_EMPTY) {
        CoilTuple *bt = value_as_tuple(bases);
        meta = bt->len ? value_from_object(vm_typeof(vm, bt->items[0])) : value_from_object(vm->t_type);
    }
    if (value_is_object(meta) && (value_as_object(meta)->type->flags & TYPE_TYPE_SUBCLASS)) {
        CoilType *winner = class_calculate_meta(vm, (CoilType *)value_as_object(meta), bases);
        if (!winner) return GC_RESTORE(vm), VAL_ERROR;
        meta = value_from_object(winner);
    }
    GC_ROOT(vm, meta);
    bool plain = meta == value_from_object(vm->t_type);
    CoilValue ns;
    if (plain) {
        ns = dict_new(vm);
    } else {
        CoilValue prep = vm_getattr(vm, meta, vm->names.__prepare__);
        if (value_is_error(prep)) {
            if (!vm_exception_matches(vm, vm->e_AttributeError)) return GC_RESTORE(vm), prep;
            vm_take_exception(vm);
            ns = dict_new(vm);
        } else {
            GC_ROOT(vm, prep);
            CoilValue pargs[2] = {name, bases};
            CoilValue targs = tuple_from_array(vm, pargs, 2);
            if (value_is_error(targs)) return GC_RESTORE(vm), targs;
            GC_ROOT(vm, targs);
            ns = iop_call_ex(vm, prep, targs, kw);
            if (!value_is_error(ns) && !vm_typeof(vm, ns)->getitem) {
                const char *mname = value_is_object(meta) && (value_as_object(meta)->type->flags & TYPE_TYPE_SUBCLASS)
                                        ? ((CoilType *)value_as_object(meta))->name
                                        : "<metaclass>";
                return GC_RESTORE(vm), vm_raise(vm, vm->e_TypeError, "%s.__prepare__() must return a mapping, not %s",
                                                mname, value_type_name(vm, ns));
            }
        }
    }
    if (value_is_error(ns)) return GC_RESTORE(vm), ns;
    GC_ROOT(vm, ns);
    CoilValue cell = interp_run_class_body(vm, (CoilFunction *)value_as_object(body), ns);
    if (value_is_error(cell)) return GC_RESTORE(vm), cell;
    GC_ROOT(vm, cell);
    if (bases != orig_bases &&
        vm_setitem(vm, ns, value_from_object(str_intern_cstr(vm, "__orig_bases__")), orig_bases) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    CoilValue cls;
    if (plain) {
        cls = type_new_class(vm, value_as_str(name), bases, ns, kw);
    } else {
        CoilValue margs[3] = {name, bases, ns};
        CoilValue targs = tuple_from_array(vm, margs, 3);
        if (value_is_error(targs)) return GC_RESTORE(vm), targs;
        GC_ROOT(vm, targs);
        cls = iop_call_ex(vm, meta, targs, kw);
    }
    if (!value_is_error(cls) && value_is_type(cell, vm->t_cell)) ((CoilCell *)value_as_object(cell))->ref = cls;
    GC_RESTORE(vm);
    return cls;
}

/* --- exceptions ------------------------------------------------------------------------- */

/* An exception instance from a raise operand (a class is instantiated). */
static CoilValue make_exception(CoilVM *vm, CoilValue v, const char *what)
{
    if (value_is_object(v) && (value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS)) {
        CoilType *t = (CoilType *)value_as_object(v);
        if (!(t->flags & TYPE_EXCEPTION)) return vm_raise(vm, vm->e_TypeError, "%s", what);
        CoilValue inst = vm_call0(vm, v);
        if (value_is_error(inst)) return inst;
        if (!value_is_exception(vm, inst))
            return vm_raise(vm, vm->e_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s", t->name,
                            value_type_name(vm, inst));
        return inst;
    }
    if (!value_is_exception(vm, v)) return vm_raise(vm, vm->e_TypeError, "%s", what);
    return v;
}

void iop_raise(CoilVM *vm, CoilValue exc, CoilValue cause, bool has_cause)
{
    CoilValue e = make_exception(vm, exc, "exceptions must derive from BaseException");
    if (value_is_error(e)) return;
    if (has_cause) {
        GC_ROOT(vm, e);
        CoilValue c = VAL_NONE;
        if (cause != VAL_NONE) c = make_exception(vm, cause, "exception causes must derive from BaseException");
        GC_UNROOT(vm, 1);
        if (value_is_error(c)) return;
        value_as_exc(e)->cause = c;
        value_as_exc(e)->suppress_context = true;
    }
    exc_set_pending(vm, e);
}

int iop_exc_match(CoilVM *vm, CoilValue exc, CoilValue cls)
{
    if (value_is_tuple(vm, cls)) {
        CoilTuple *t = value_as_tuple(cls);
        for (size_t i = 0; i < t->len; i++) {
            CoilValue c = t->items[i];
            if (!value_is_object(c) || !(value_as_object(c)->type->flags & TYPE_TYPE_SUBCLASS) ||
                !(((CoilType *)value_as_object(c))->flags & TYPE_EXCEPTION)) {
                vm_raise(vm, vm->e_TypeError,
                         "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        for (size_t i = 0; i < t->len; i++)
            if (vm_isinstance(vm, exc, (CoilType *)value_as_object(t->items[i]))) return 1;
        return 0;
    }
    if (!value_is_object(cls) || !(value_as_object(cls)->type->flags & TYPE_TYPE_SUBCLASS) ||
        !(((CoilType *)value_as_object(cls))->flags & TYPE_EXCEPTION)) {
        vm_raise(vm, vm->e_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return vm_isinstance(vm, exc, (CoilType *)value_as_object(cls));
}

/* --- with -------------------------------------------------------------------------------- */

static CoilValue bind_special(CoilVM *vm, CoilValue obj, CoilString *name)
{
    CoilType *t = vm_typeof(vm, obj);
    CoilValue f = type_lookup(vm, t, name);
    if (f == VAL_EMPTY) return VAL_EMPTY;
    CoilType *ft = vm_typeof(vm, f);
    if (ft->descr_get) return ft->descr_get(vm, f, obj, value_from_object(t));
    return f;
}

int iop_before_with(CoilVM *vm, CoilValue *dst, CoilValue mgr, bool is_async)
{
    GC_SAVE(vm);
    GC_ROOT(vm, mgr);
    CoilString *enter_name = is_async ? vm->names.__aenter__ : vm->names.__enter__;
    CoilString *exit_name = is_async ? vm->names.__aexit__ : vm->names.__exit__;
    CoilType *t = vm_typeof(vm, mgr);
    if (type_lookup(vm, t, enter_name) == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError,
                 is_async ? "'%s' object does not support the asynchronous context manager protocol"
                          : "'%s' object does not support the context manager protocol",
                 t->name);
        return GC_RESTORE(vm), -1;
    }
    if (type_lookup(vm, t, exit_name) == VAL_EMPTY) {
        vm_raise(vm, vm->e_TypeError,
                 is_async ? "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
                          : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                 t->name);
        return GC_RESTORE(vm), -1;
    }
    CoilValue exit = bind_special(vm, mgr, exit_name);
    if (value_is_error(exit)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, exit);
    CoilValue enter = bind_special(vm, mgr, enter_name);
    if (value_is_error(enter)) return GC_RESTORE(vm), -1;
    GC_ROOT(vm, enter);
    CoilValue r = vm_call0(vm, enter);
    if (value_is_error(r)) return GC_RESTORE(vm), -1;
    dst[0] = exit;
    dst[1] = r;
    GC_RESTORE(vm);
    return 0;
}

/* --- calls ---------------------------------------------------------------------------------- */

const char *iop_callable_name(CoilVM *vm, CoilValue callee, char *buf, size_t cap)
{
    if (value_is_type(callee, vm->t_function)) {
        CoilFunction *f = (CoilFunction *)value_as_object(callee);
        if (value_is_str(vm, f->module) && !str_eq_cstr(value_as_str(f->module), "builtins"))
            snprintf(buf, cap, "%s.%s()", value_as_str(f->module)->data, value_as_str(f->qualname)->data);
        else
            snprintf(buf, cap, "%s()", value_as_str(f->qualname)->data);
        return buf;
    }
    if (value_is_type(callee, vm->t_method)) {
        return iop_callable_name(vm, ((CoilMethod *)value_as_object(callee))->func, buf, cap);
    }
    CoilType *t = vm_typeof(vm, callee);
    if (t == vm->t_builtin_function_or_method || t == vm->t_method_descriptor) {
        CoilBuiltin *b = (CoilBuiltin *)value_as_object(callee);
        if (b->owner) snprintf(buf, cap, "%s.%s()", b->owner->name, b->def->name);
        else if (b->self != VAL_EMPTY && !value_is_type(b->self, vm->t_module))
            snprintf(buf, cap, "%s.%s()", value_type_name(vm, b->self), b->def->name);
        else snprintf(buf, cap, "%s()", b->def->name);
        return buf;
    }
    if (t->flags & TYPE_TYPE_SUBCLASS) {
        snprintf(buf, cap, "%s()", ((CoilType *)value_as_object(callee))->name);
        return buf;
    }
    snprintf(buf, cap, "%s object", t->name);
    return buf;
}

CoilValue iop_call_ex(CoilVM *vm, CoilValue callee, CoilValue args, CoilValue kwargs)
{
    GC_SAVE(vm);
    bool fresh = false;
    if (!value_is_tuple(vm, args)) {
        if (!vm_typeof(vm, args)->iter && !vm_typeof(vm, args)->getitem) {
            char buf[256];
            return vm_raise(vm, vm->e_TypeError, "%s argument after * must be an iterable, not %s",
                            iop_callable_name(vm, callee, buf, sizeof buf), value_type_name(vm, args));
        }
        args = tuple_from_iterable(vm, args);
        if (value_is_error(args)) return args;
        fresh = true;
    }
    GC_ROOT(vm, args);
    CoilTuple *a = value_as_tuple(args);
    if (!value_is_dict(vm, kwargs) || value_as_dict(kwargs)->used == 0) {
        /* f(*big_list) would otherwise hold the list's items twice more:
         * in this tuple and in the copy the callee's *args makes of it. */
        CoilTuple *saved = vm->star_args;
        if (fresh) vm->star_args = a;
        CoilValue r = vm_call(vm, callee, a->items, a->len, VAL_EMPTY);
        vm->star_args = saved;
        GC_RESTORE(vm);
        return r;
    }
    CoilDict *d = value_as_dict(kwargs);
    size_t nkw = d->used, pos = 0, k = 0;
    CoilValue key, val;
    CoilType *tc = vm_typeof(vm, callee);
    /* Bound only: CPython's unbound str.format goes through vectorcall,
     * which checks the keys. */
    bool mapping_kw = tc == vm->t_builtin_function_or_method &&
                      (((CoilBuiltin *)value_as_object(callee))->def->flags & METH_MAPPING_KW);
    if (mapping_kw)
        for (nkw = 0; dict_next(d, &pos, &key, NULL);) nkw += value_is_str(vm, key);
    CoilValue kwnames = tuple_new(vm, nkw);
    if (value_is_error(kwnames)) return GC_RESTORE(vm), kwnames;
    GC_ROOT(vm, kwnames);
    CoilValue all = tuple_new(vm, a->len + nkw);
    if (value_is_error(all)) return GC_RESTORE(vm), all;
    GC_ROOT(vm, all);
    values_copy(value_as_tuple(all)->items, a->items, a->len);
    pos = 0;
    while (dict_next(d, &pos, &key, &val)) {
        if (!value_is_str(vm, key)) {
            if (mapping_kw) continue;
            /* A class with neither __new__ nor __init__ refuses any argument
             * before looking at the keys, as CPython's type call does. */
            CoilType *ct = value_is_object(callee) && (value_as_object(callee)->type->flags & TYPE_TYPE_SUBCLASS)
                               ? (CoilType *)value_as_object(callee) : NULL;
            if (ct && ct->new_ == vm->t_object->new_ && object_init_is_default(vm, ct))
                vm_raise(vm, vm->e_TypeError, "%s() takes no arguments", ct->name);
            else
                vm_raise(vm, vm->e_TypeError, "keywords must be strings");
            return GC_RESTORE(vm), VAL_ERROR;
        }
        value_as_tuple(kwnames)->items[k] = key;
        value_as_tuple(all)->items[a->len + k] = val;
        k++;
    }
    CoilValue r = vm_call(vm, callee, value_as_tuple(all)->items, a->len, kwnames);
    GC_RESTORE(vm);
    return r;
}

/* --- building values -------------------------------------------------------------------- */

CoilValue iop_format(CoilVM *vm, CoilValue v, CoilValue spec, int conv)
{
    GC_SAVE(vm);
    if (conv == 1) v = vm_str(vm, v);
    else if (conv == 2) v = vm_repr(vm, v);
    else if (conv == 3) {
        CoilValue r = vm_repr(vm, v);
        if (value_is_error(r)) return r;
        GC_ROOT(vm, r);
        CoilBuf b;
        buf_init(&b, &vm->counted);
        /* ascii(): the repr with non-ASCII escaped, re-quoted as repr does. */
        CoilString *s = value_as_str(r);
        bool ok = true;
        for (size_t i = 0; i < s->len && ok;) {
            size_t adv;
            uint32_t cp = str_decode_cp(s->data + i, &adv);
            char e[16];
            if (cp < 0x80) ok = buf_putc(&b, (char)cp);
            else if (cp <= 0xFF) ok = buf_append(&b, e, (size_t)snprintf(e, sizeof e, "\\x%02x", cp));
            else if (cp <= 0xFFFF) ok = buf_append(&b, e, (size_t)snprintf(e, sizeof e, "\\u%04x", cp));
            else ok = buf_append(&b, e, (size_t)snprintf(e, sizeof e, "\\U%08x", cp));
            i += adv;
        }
        if (!ok) {
            buf_free(&b);
            GC_RESTORE(vm);
            return vm_raise_nomem(vm);
        }
        v = str_from_buf(vm, &b);
    }
    if (value_is_error(v)) return v;
    if (spec == VAL_EMPTY) {
        if (value_is_type(v, vm->t_str)) return v;
        /* format(i, '') is str(i) for an int (f"{i}", the common case). */
        if (value_is_small_int(v)) return int_to_str(vm, v, 10, 0);
        spec = value_from_object(vm->names.empty);
    }
    GC_ROOT(vm, v);
    CoilValue r = vm_format(vm, v, spec);
    GC_RESTORE(vm);
    return r;
}

CoilValue iop_build_str(CoilVM *vm, const CoilValue *parts, size_t n)
{
    size_t len = 0;
    bool ascii = true;
    size_t cplen = 0;
    uint8_t kind = 1;
    for (size_t i = 0; i < n; i++) {
        if (!value_is_str(vm, parts[i]))
            return vm_raise(vm, vm->e_TypeError, "sequence item %zu: expected str instance, %s found", i,
                            value_type_name(vm, parts[i]));
        CoilString *s = value_as_str(parts[i]);
        len += s->len;
        cplen += s->cplen;
        ascii = ascii && s->ascii;
        if (s->kind > kind) kind = s->kind;
    }
    CoilString *r = str_alloc(vm, len);
    if (!r) return VAL_ERROR;
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        CoilString *s = value_as_str(parts[i]);
        memcpy(r->data + off, s->data, s->len);
        off += s->len;
    }
    r->ascii = ascii;
    r->cplen = cplen;
    r->kind = kind;
    return value_from_object(r);
}

CoilValue iop_build_set(CoilVM *vm, const CoilValue *items, size_t n)
{
    CoilValue s = set_new(vm, vm->t_set);
    if (value_is_error(s)) return s;
    GC_ROOT(vm, s);
    for (size_t i = 0; i < n; i++)
        if (set_add(vm, value_as_set(s), items[i]) < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    GC_UNROOT(vm, 1);
    return s;
}

CoilValue iop_build_dict(CoilVM *vm, const CoilValue *kv, size_t npairs)
{
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return d;
    GC_ROOT(vm, d);
    for (size_t i = 0; i < npairs; i++)
        if (dict_set(vm, value_as_dict(d), kv[2 * i], kv[2 * i + 1]) < 0) return GC_UNROOT(vm, 1), VAL_ERROR;
    GC_UNROOT(vm, 1);
    return d;
}

static bool is_mapping(CoilVM *vm, CoilValue v)
{
    return value_is_dict(vm, v) || type_lookup(vm, vm_typeof(vm, v), vm->names.keys) != VAL_EMPTY;
}

int iop_dict_update(CoilVM *vm, CoilValue dict, CoilValue other)
{
    if (!is_mapping(vm, other)) {
        vm_raise(vm, vm->e_TypeError, "'%s' object is not a mapping", value_type_name(vm, other));
        return -1;
    }
    return dict_update(vm, value_as_dict(dict), other) ? 0 : -1;
}

int iop_dict_merge(CoilVM *vm, CoilValue dict, CoilValue other, CoilValue callee)
{
    char buf[256];
    if (!is_mapping(vm, other)) {
        vm_raise(vm, vm->e_TypeError, "%s argument after ** must be a mapping, not %s",
                 iop_callable_name(vm, callee, buf, sizeof buf), value_type_name(vm, other));
        return -1;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, other);
    CoilValue src = other;
    if (!value_is_dict(vm, other)) {
        src = dict_new(vm);
        if (value_is_error(src) || (GC_ROOT(vm, src), !dict_update(vm, value_as_dict(src), other)))
            return GC_RESTORE(vm), -1;
    }
    CoilDict *d = value_as_dict(dict), *s = value_as_dict(src);
    size_t pos = 0;
    CoilValue k, v;
    while (dict_next(s, &pos, &k, &v)) {
        CoilValue old;
        int r = dict_get(vm, d, k, &old);
        if (r < 0) return GC_RESTORE(vm), -1;
        if (r > 0) {
            /* The key as str() shows it, whatever its type (CPython's message). */
            CoilValue ks = vm_str(vm, k);
            if (value_is_error(ks)) return GC_RESTORE(vm), -1;
            vm_raise(vm, vm->e_TypeError, "%s got multiple values for keyword argument '%s'",
                     iop_callable_name(vm, callee, buf, sizeof buf), value_as_str(ks)->data);
            return GC_RESTORE(vm), -1;
        }
        if (dict_set(vm, d, k, v) < 0) return GC_RESTORE(vm), -1;
    }
    GC_RESTORE(vm);
    return 0;
}

/* --- names and imports --------------------------------------------------------------------- */

void iop_name_error(CoilVM *vm, CoilString *name)
{
    vm_raise(vm, vm->e_NameError, "name '%s' is not defined", name->data);
    if (value_is_exception(vm, vm->exc)) value_as_exc(vm->exc)->attr_name = value_from_object(name);
}

CoilValue iop_import(CoilVM *vm, CoilString *name, CoilValue fromlist, int level, CoilValue globals)
{
    return import_module(vm, name, fromlist, level, globals);
}

CoilValue iop_import_from(CoilVM *vm, CoilValue module, CoilString *name)
{
    return import_from(vm, module, name);
}

int iop_import_star(CoilVM *vm, CoilValue module, CoilValue ns)
{
    /* __all__ and the rest of CPython's rules live with the import system. */
    return import_star(vm, module, ns);
}
