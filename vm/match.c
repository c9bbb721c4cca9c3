/* match.c — the runtime side of the match statement (PEP 634): what the
 * MATCHSEQ / MATCHMAP / MATCHLEN / MATCHKEYS / MATCHCLASS instructions ask,
 * with CPython 3.11's rules: which objects sequence and mapping patterns
 * accept, mapping keys looked up through .get, class patterns' attributes
 * through __match_args__, and the TypeError/ValueError texts. */
#include <string.h>

#include "vm/dict.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/match.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* isinstance(v, collections.abc.<abc>) (CPython's Py_TPFLAGS_SEQUENCE and
 * _MAPPING, which registering with or inheriting from the ABC sets).  Nothing
 * can be registered before collections is imported; once it is, its own
 * deque and ChainMap are (collections/abc.py registers them), so the ABCs are
 * imported then. */
static int match_abc(CoilVM *vm, CoilValue v, const char *abc)
{
    if (!value_is_dict(vm, vm->modules)) return 0;
    CoilValue mod = dict_get_cstr(vm, value_as_dict(vm->modules), "collections.abc");
    GC_ROOT(vm, v);
    if (mod == VAL_EMPTY) {
        if (dict_get_cstr(vm, value_as_dict(vm->modules), "collections") == VAL_EMPTY) {
            GC_UNROOT(vm, 1);
            return 0;
        }
        CoilValue m = import_module(vm, str_intern_cstr(vm, "collections.abc"), VAL_NONE, 0, VAL_NONE);
        if (value_is_error(m)) {
            GC_UNROOT(vm, 1);
            return -1;
        }
        mod = dict_get_cstr(vm, value_as_dict(vm->modules), "collections.abc");
        if (mod == VAL_EMPTY) {
            GC_UNROOT(vm, 1);
            return 0;
        }
    }
    CoilValue cls = vm_getattr_cstr(vm, mod, abc);
    if (value_is_error(cls)) {
        GC_UNROOT(vm, 1);
        return -1;
    }
    GC_ROOT(vm, cls);
    int r = vm_isinstance_check(vm, v, cls);
    GC_UNROOT(vm, 2);
    return r;
}

int match_is_sequence(CoilVM *vm, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    if (type_is_subtype(t, vm->t_str) || type_is_subtype(t, vm->t_bytes) ||
        type_is_subtype(t, vm->t_bytearray))
        return 0;
    if (type_is_subtype(t, vm->t_list) || type_is_subtype(t, vm->t_tuple) ||
        type_is_subtype(t, vm->t_range) || type_is_subtype(t, vm->t_memoryview))
        return 1;
    if (type_is_subtype(t, vm->t_dict) || t == vm->t_int || t == vm->t_float || t == vm->t_NoneType ||
        t == vm->t_bool || t == vm->t_set || t == vm->t_frozenset)
        return 0;
    return match_abc(vm, v, "Sequence");
}

int match_is_mapping(CoilVM *vm, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    if (type_is_subtype(t, vm->t_dict)) return 1;
    if (t == vm->t_list || t == vm->t_tuple || t == vm->t_str || t == vm->t_int || t == vm->t_float ||
        t == vm->t_NoneType || t == vm->t_bool)
        return 0;
    return match_abc(vm, v, "Mapping");
}

CoilValue match_keys(CoilVM *vm, CoilValue map, CoilValue keys)
{
    CoilTuple *kt = value_as_tuple(keys);
    size_t n = kt->len;
    GC_SAVE(vm);
    GC_ROOT(vm, map);
    GC_ROOT(vm, keys);
    CoilValue out = tuple_new(vm, n);
    if (value_is_error(out)) goto fail;
    GC_ROOT(vm, out);
    CoilValue seen = set_new(vm, vm->t_set);
    if (value_is_error(seen)) goto fail;
    GC_ROOT(vm, seen);
    /* exact dicts: .get cannot be overridden, look up directly */
    bool plain = value_is_type(map, vm->t_dict);
    CoilValue get = VAL_NONE, dummy = VAL_NONE;
    if (!plain) {
        get = vm_getattr_cstr(vm, map, "get");
        if (value_is_error(get)) goto fail;
        GC_ROOT(vm, get);
        dummy = vm_call0(vm, value_from_object(vm->t_object));
        if (value_is_error(dummy)) goto fail;
        GC_ROOT(vm, dummy);
    }
    for (size_t i = 0; i < n; i++) {
        CoilValue k = kt->items[i];
        int r = set_contains(vm, (CoilSet *)value_as_object(seen), k);
        if (r < 0) goto fail;
        if (r) {
            CoilValue rep = vm_repr(vm, k);
            if (value_is_error(rep)) goto fail;
            vm_raise(vm, vm->e_ValueError, "mapping pattern checks duplicate key (%.*s)",
                     (int)value_as_str(rep)->len, value_as_str(rep)->data);
            goto fail;
        }
        if (set_add(vm, (CoilSet *)value_as_object(seen), k) < 0) goto fail;
        CoilValue val;
        if (plain) {
            r = dict_get(vm, value_as_dict(map), k, &val);
            if (r < 0) goto fail;
            if (!r) {
                GC_RESTORE(vm);
                return VAL_EMPTY;
            }
        } else {
            CoilValue args[2] = {k, dummy};
            val = vm_call(vm, get, args, 2, VAL_EMPTY);
            if (value_is_error(val)) goto fail;
            if (val == dummy) {
                GC_RESTORE(vm);
                return VAL_EMPTY;
            }
        }
        value_as_tuple(out)->items[i] = val;
    }
    GC_RESTORE(vm);
    return out;
fail:
    GC_RESTORE(vm);
    return VAL_ERROR;
}

/* The attribute `name` of subject for a class pattern: VAL_EMPTY when it is
 * missing (no match), VAL_ERROR on another error or a repeated name. */
static CoilValue match_attr(CoilVM *vm, CoilValue subject, CoilType *cls, CoilValue name, CoilValue seen)
{
    int r = set_contains(vm, (CoilSet *)value_as_object(seen), name);
    if (r < 0) return VAL_ERROR;
    if (r) {
        CoilValue rep = vm_repr(vm, name);
        if (value_is_error(rep)) return VAL_ERROR;
        return vm_raise(vm, vm->e_TypeError, "%s() got multiple sub-patterns for attribute %.*s", type_name(cls),
                        (int)value_as_str(rep)->len, value_as_str(rep)->data);
    }
    if (set_add(vm, (CoilSet *)value_as_object(seen), name) < 0) return VAL_ERROR;
    CoilValue v = vm_getattr(vm, subject, (CoilString *)value_as_object(name));
    if (value_is_error(v) && vm_exception_matches(vm, vm->e_AttributeError)) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return v;
}

/* Types whose class pattern takes the subject itself as its one positional
 * sub-pattern (CPython's _Py_TPFLAGS_MATCH_SELF). */
static bool match_self(CoilVM *vm, CoilType *t)
{
    CoilType *self_types[] = {vm->t_bool, vm->t_bytearray, vm->t_bytes, vm->t_dict, vm->t_float,
                              vm->t_frozenset, vm->t_int, vm->t_list, vm->t_set, vm->t_str, vm->t_tuple};
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (type_is_subtype(t, self_types[i])) return true;
    return false;
}

CoilValue match_class(CoilVM *vm, CoilValue clsv, CoilValue subject, CoilValue kwnames, int npos)
{
    if (!(value_is_object(clsv) && (value_as_object(clsv)->type->flags & TYPE_TYPE_SUBCLASS)))
        return vm_raise(vm, vm->e_TypeError, "called match pattern must be a type");
    CoilType *cls = (CoilType *)value_as_object(clsv);
    int r = vm_isinstance_check(vm, subject, clsv);
    if (r < 0) return VAL_ERROR;
    if (!r) return VAL_EMPTY;
    size_t nkw = kwnames == VAL_NONE ? 0 : value_as_tuple(kwnames)->len;
    GC_SAVE(vm);
    CoilValue out = tuple_new(vm, (size_t)npos + nkw);
    if (value_is_error(out)) goto fail;
    GC_ROOT(vm, out);
    CoilValue seen = set_new(vm, vm->t_set);
    if (value_is_error(seen)) goto fail;
    GC_ROOT(vm, seen);
    if (npos) {
        CoilValue args = vm_getattr_cstr(vm, clsv, "__match_args__");
        bool self = false;
        if (value_is_error(args)) {
            if (!vm_exception_matches(vm, vm->e_AttributeError)) goto fail;
            vm_take_exception(vm);
            self = match_self(vm, cls);
            args = tuple_empty(vm);
        } else if (!value_is_type(args, vm->t_tuple)) {
            vm_raise(vm, vm->e_TypeError, "%s.__match_args__ must be a tuple (got %s)", type_name(cls),
                     value_type_name(vm, args));
            goto fail;
        }
        GC_ROOT(vm, args);
        size_t allowed = self ? 1 : value_as_tuple(args)->len;
        if (allowed < (size_t)npos) {
            vm_raise(vm, vm->e_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", type_name(cls),
                     (int)allowed, allowed == 1 ? "" : "s", npos);
            goto fail;
        }
        for (int i = 0; i < npos; i++) {
            CoilValue v;
            if (self) {
                v = subject;
            } else {
                CoilValue name = value_as_tuple(args)->items[i];
                if (!value_is_str(vm, name)) {
                    vm_raise(vm, vm->e_TypeError, "__match_args__ elements must be strings (got %s)",
                             value_type_name(vm, name));
                    goto fail;
                }
                v = match_attr(vm, subject, cls, name, seen);
                if (v == VAL_EMPTY) {
                    GC_RESTORE(vm);
                    return VAL_EMPTY;
                }
                if (value_is_error(v)) goto fail;
            }
            value_as_tuple(out)->items[i] = v;
        }
    }
    for (size_t i = 0; i < nkw; i++) {
        CoilValue v = match_attr(vm, subject, cls, value_as_tuple(kwnames)->items[i], seen);
        if (v == VAL_EMPTY) {
            GC_RESTORE(vm);
            return VAL_EMPTY;
        }
        if (value_is_error(v)) goto fail;
        value_as_tuple(out)->items[(size_t)npos + i] = v;
    }
    GC_RESTORE(vm);
    return out;
fail:
    GC_RESTORE(vm);
    return VAL_ERROR;
}
