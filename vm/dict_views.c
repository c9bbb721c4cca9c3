/* dict_views.c — dict.keys()/values()/items() views and the three dict
 * iterators, with CPython's "dictionary changed size during iteration" and
 * "dictionary keys changed during iteration" checks. */
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/int.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct DictView {
    CoilObject obj;
    CoilValue dict;
} DictView;

typedef struct DictIter {
    CoilObject obj;
    CoilValue dict;  /* VAL_EMPTY once exhausted */
    size_t pos;
    int64_t used;    /* dict size at creation; -1 after a size change was reported */
    int64_t left;    /* entries still expected: finding one more means the keys changed */
} DictIter;

static void view_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((DictView *)o)->dict); }
static void iter_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((DictIter *)o)->dict); }

CoilValue dict_view_new(CoilVM *vm, CoilType *view_type, CoilValue dict)
{
    GC_ROOT(vm, dict);
    DictView *v = gc_alloc_object(vm, view_type, sizeof(DictView));
    GC_UNROOT(vm, 1);
    if (!v) return VAL_ERROR;
    v->dict = dict;
    return value_from_object(v);
}

CoilValue dict_iter_new(CoilVM *vm, CoilType *iter_type, CoilValue dict)
{
    GC_ROOT(vm, dict);
    DictIter *it = gc_alloc_object(vm, iter_type, sizeof(DictIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->dict = dict;
    it->used = (int64_t)value_as_dict(dict)->used;
    it->left = it->used;
    return value_from_object(it);
}

static CoilValue iter_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

/* Advances to the next live entry: 1 found, 0 exhausted, -1 error. */
static int iter_step(CoilVM *vm, DictIter *it, CoilDictEntry **out)
{
    if (it->dict == VAL_EMPTY) return 0;
    CoilDict *d = value_as_dict(it->dict);
    if (it->used != (int64_t)d->used) {
        it->used = -1;
        vm_raise(vm, vm->e_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    while (it->pos < d->nentries) {
        CoilDictEntry *e = &d->entries[it->pos++];
        if (e->key != VAL_EMPTY) {
            /* Same size but a key we were not counting on: keys were deleted and
             * others added, so CPython reports it (and the iterator is spent). */
            if (it->left == 0) {
                it->dict = VAL_EMPTY;
                vm_raise(vm, vm->e_RuntimeError, "dictionary keys changed during iteration");
                return -1;
            }
            it->left--;
            *out = e;
            return 1;
        }
    }
    it->dict = VAL_EMPTY;
    return 0;
}

/* Reverse iteration walks the entries from the end (pos counts down). */
static int riter_step(CoilVM *vm, DictIter *it, CoilDictEntry **out)
{
    if (it->dict == VAL_EMPTY) return 0;
    CoilDict *d = value_as_dict(it->dict);
    if (it->used != (int64_t)d->used) {
        it->used = -1;
        vm_raise(vm, vm->e_RuntimeError, "dictionary changed size during iteration");
        return -1;
    }
    while (it->pos > 0) {
        CoilDictEntry *e = &d->entries[--it->pos];
        if (e->key != VAL_EMPTY) {
            if (it->left > 0) it->left--;  /* for __length_hint__ only, as CPython */
            *out = e;
            return 1;
        }
    }
    it->dict = VAL_EMPTY;
    return 0;
}

static CoilValue rkeyiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = riter_step(vm, (DictIter *)value_as_object(self), &e);
    return r > 0 ? e->key : r == 0 ? VAL_EMPTY : VAL_ERROR;
}

static CoilValue rvalueiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = riter_step(vm, (DictIter *)value_as_object(self), &e);
    return r > 0 ? e->value : r == 0 ? VAL_EMPTY : VAL_ERROR;
}

static CoilValue ritemiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = riter_step(vm, (DictIter *)value_as_object(self), &e);
    if (r <= 0) return r == 0 ? VAL_EMPTY : VAL_ERROR;
    return tuple_pack2(vm, e->key, e->value);
}

static CoilValue reversed_of(CoilVM *vm, CoilType *t, CoilValue dict)
{
    CoilValue it = dict_iter_new(vm, t, dict);
    if (!value_is_error(it)) ((DictIter *)value_as_object(it))->pos = value_as_dict(dict)->nentries;
    return it;
}

static CoilValue m_dict_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    return reversed_of(vm, vm->t_dict_reversekeyiterator, args[0]);
}

static CoilValue m_view_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    CoilType *vt = vm_typeof(vm, args[0]);
    CoilType *it = vt == vm->t_dict_keys     ? vm->t_dict_reversekeyiterator
                 : vt == vm->t_dict_values   ? vm->t_dict_reversevalueiterator
                                             : vm->t_dict_reverseitemiterator;
    return reversed_of(vm, it, ((DictView *)value_as_object(args[0]))->dict);
}

static const CoilMethodDef dict_reversed_methods[] = {{"__reversed__", m_dict_reversed, 0}, {NULL, NULL, 0}};
static const CoilMethodDef view_reversed_methods[] = {{"__reversed__", m_view_reversed, 0}, {NULL, NULL, 0}};

static CoilValue keyiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = iter_step(vm, (DictIter *)value_as_object(self), &e);
    return r > 0 ? e->key : r == 0 ? VAL_EMPTY : VAL_ERROR;
}

static CoilValue valueiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = iter_step(vm, (DictIter *)value_as_object(self), &e);
    return r > 0 ? e->value : r == 0 ? VAL_EMPTY : VAL_ERROR;
}

static CoilValue itemiter_next(CoilVM *vm, CoilValue self)
{
    CoilDictEntry *e;
    int r = iter_step(vm, (DictIter *)value_as_object(self), &e);
    if (r <= 0) return r == 0 ? VAL_EMPTY : VAL_ERROR;
    return tuple_pack2(vm, e->key, e->value);
}

/* __length_hint__: the entries left (iterators have no len()). */
static CoilValue m_iter_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    DictIter *it = (DictIter *)value_as_object(args[0]);
    int64_t n = 0;
    if (it->dict != VAL_EMPTY && it->used == (int64_t)value_as_dict(it->dict)->used) n = it->left;
    return int_from_i64(vm, n);
}
static const CoilMethodDef dictiter_methods[] = {{"__length_hint__", m_iter_hint, 0}, {NULL, NULL, 0}};

/* --- views ------------------------------------------------------------------------ */

static CoilValue view_repr(CoilVM *vm, CoilValue self)
{
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "...");
    CoilValue l = list_from_iterable(vm, self);
    CoilValue s = VAL_ERROR;
    if (!value_is_error(l)) {
        GC_ROOT(vm, l);
        CoilValue lr = vm_repr(vm, l);
        if (!value_is_error(lr))
            s = str_format(vm, "%s(%s)", value_type_name(vm, self), value_as_str(lr)->data);
        GC_UNROOT(vm, 1);
    }
    vm_repr_leave(vm, self);
    return s;
}

static int view_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_dict(((DictView *)value_as_object(self))->dict)->used;
    return 0;
}

static CoilValue keys_iter(CoilVM *vm, CoilValue self)
{
    return dict_iter_new(vm, vm->t_dict_keyiterator, ((DictView *)value_as_object(self))->dict);
}
static CoilValue values_iter(CoilVM *vm, CoilValue self)
{
    return dict_iter_new(vm, vm->t_dict_valueiterator, ((DictView *)value_as_object(self))->dict);
}
static CoilValue items_iter(CoilVM *vm, CoilValue self)
{
    return dict_iter_new(vm, vm->t_dict_itemiterator, ((DictView *)value_as_object(self))->dict);
}

static int keys_contains(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilValue v;
    return dict_get(vm, value_as_dict(((DictView *)value_as_object(self))->dict), key, &v);
}

static int items_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    if (!value_is_tuple(vm, item) || value_as_tuple(item)->len != 2) return 0;
    CoilValue v;
    int r = dict_get(vm, value_as_dict(((DictView *)value_as_object(self))->dict),
                     value_as_tuple(item)->items[0], &v);
    if (r <= 0) return r;
    CoilValue w = value_as_tuple(item)->items[1];
    return v == w ? 1 : vm_equal(vm, v, w);
}

static int values_contains(CoilVM *vm, CoilValue self, CoilValue item)
{
    CoilDict *d = value_as_dict(((DictView *)value_as_object(self))->dict);
    for (size_t i = 0; i < d->nentries; i++) {
        CoilValue v = d->entries[i].value;
        if (d->entries[i].key == VAL_EMPTY) continue;
        int r = v == item ? 1 : vm_equal(vm, v, item);
        if (r) return r;
    }
    return 0;
}

/* Set-like views compare and combine as sets. */
static CoilValue view_as_set(CoilVM *vm, CoilValue v)
{
    return set_from_iterable(vm, vm->t_set, v);
}

static CoilValue setlike_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    CoilType *ta = vm_typeof(vm, a), *tb = vm_typeof(vm, b);
    bool a_ok = ta == vm->t_dict_keys || ta == vm->t_dict_items || value_is_anyset(vm, a);
    bool b_ok = tb == vm->t_dict_keys || tb == vm->t_dict_items || value_is_anyset(vm, b);
    if (!a_ok || !b_ok) return VAL_NOTIMPLEMENTED;
    GC_SAVE(vm);
    CoilValue sa = view_as_set(vm, a);
    if (value_is_error(sa)) return sa;
    GC_ROOT(vm, sa);
    CoilValue sb = view_as_set(vm, b);
    if (value_is_error(sb)) return GC_RESTORE(vm), sb;
    GC_ROOT(vm, sb);
    CoilValue r = vm_compare(vm, sa, sb, op);
    GC_RESTORE(vm);
    return r;
}

/* The view operators follow CPython's dictviews_* functions: a set built
 * from the left operand, then updated in place by the right one (the steps
 * fix the printed order of the result). */
static CoilValue view_to_set(CoilVM *vm, CoilValue v)
{
    /* A keys view of a plain dict converts through the dict itself. */
    if (vm_typeof(vm, v) == vm->t_dict_keys) {
        CoilValue d = ((DictView *)value_as_object(v))->dict;
        if (value_is_type(d, vm->t_dict)) v = d;
    }
    return set_from_iterable(vm, vm->t_set, v);
}

static bool setlike_operand(CoilVM *vm, CoilValue v)
{
    return vm_typeof(vm, v)->iter != NULL;
}

static bool is_setlike_view(CoilVM *vm, CoilValue v)
{
    CoilType *t = vm_typeof(vm, v);
    return t == vm->t_dict_keys || t == vm->t_dict_items;
}

static CoilValue setlike_update_op(CoilVM *vm, CoilValue a, CoilValue b,
                                   bool (*update)(CoilVM *, CoilSet *, CoilValue))
{
    if (!setlike_operand(vm, a) || !setlike_operand(vm, b)) return VAL_NOTIMPLEMENTED;
    GC_ROOT(vm, b);
    CoilValue r = view_to_set(vm, a);
    if (!value_is_error(r)) {
        GC_ROOT(vm, r);
        if (!update(vm, value_as_set(r), b)) r = VAL_ERROR;
        GC_UNROOT(vm, 1);
    }
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue setlike_or(CoilVM *vm, CoilValue a, CoilValue b)
{
    return setlike_update_op(vm, a, b, set_update);
}

static CoilValue setlike_sub(CoilVM *vm, CoilValue a, CoilValue b)
{
    return setlike_update_op(vm, a, b, set_difference_update);
}

/* items ^ items: CPython walks the right dict against a copy of the left. */
static CoilValue items_xor(CoilVM *vm, CoilValue a, CoilValue b)
{
    CoilValue d2 = ((DictView *)value_as_object(b))->dict;
    GC_SAVE(vm);
    GC_ROOT(vm, d2);
    CoilValue tmp = dict_copy(vm, value_as_dict(((DictView *)value_as_object(a))->dict));
    if (value_is_error(tmp)) return GC_RESTORE(vm), tmp;
    GC_ROOT(vm, tmp);
    CoilValue r = set_new(vm, vm->t_set);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    size_t pos = 0;
    CoilValue key, val2;
    while (dict_next(value_as_dict(d2), &pos, &key, &val2)) {
        size_t base = vm->nroots;
        GC_ROOT(vm, key);
        GC_ROOT(vm, val2);
        CoilValue val1;
        int found = dict_get(vm, value_as_dict(tmp), key, &val1);
        if (found < 0) return GC_RESTORE(vm), VAL_ERROR;
        int del = 0;
        if (found) {
            GC_ROOT(vm, val1);
            del = vm_equal(vm, val1, val2);
            if (del < 0) return GC_RESTORE(vm), VAL_ERROR;
        }
        if (del) {
            if (dict_del(vm, value_as_dict(tmp), key, NULL) < 0) return GC_RESTORE(vm), VAL_ERROR;
        } else {
            CoilValue pair = tuple_pack2(vm, key, val2);
            if (value_is_error(pair)) return GC_RESTORE(vm), pair;
            GC_ROOT(vm, pair);
            if (set_add(vm, value_as_set(r), pair) < 0) return GC_RESTORE(vm), VAL_ERROR;
        }
        vm->nroots = base;
    }
    CoilValue rest = dict_view_new(vm, vm->t_dict_items, tmp);
    if (value_is_error(rest)) return GC_RESTORE(vm), rest;
    GC_ROOT(vm, rest);
    bool ok = set_update(vm, value_as_set(r), rest);
    GC_RESTORE(vm);
    return ok ? r : VAL_ERROR;
}

static CoilValue setlike_xor(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (vm_typeof(vm, a) == vm->t_dict_items && vm_typeof(vm, b) == vm->t_dict_items) return items_xor(vm, a, b);
    return setlike_update_op(vm, a, b, set_symmetric_difference_update);
}

/* CPython's _PyDictView_Intersect: the smaller side is iterated and looked
 * up in the view (or set.intersection when a larger plain set is involved). */
static CoilValue setlike_and(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!setlike_operand(vm, a) || !setlike_operand(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilValue self = a, other = b;
    if (!is_setlike_view(vm, self)) {
        self = b;
        other = a;
    }
    int64_t len_self;
    if (view_len(vm, self, &len_self) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    GC_ROOT(vm, self);
    GC_ROOT(vm, other);
    if (value_is_type(other, vm->t_set) && len_self <= (int64_t)value_as_set(other)->used) {
        CoilValue r = set_intersection(vm, other, self);
        GC_RESTORE(vm);
        return r;
    }
    if (is_setlike_view(vm, other)) {
        int64_t len_other;
        if (view_len(vm, other, &len_other) < 0) return GC_RESTORE(vm), VAL_ERROR;
        if (len_other > len_self) {
            CoilValue t = other;
            other = self;
            self = t;
        }
    }
    CoilValue r = set_new(vm, vm->t_set);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    CoilValue it = vm_iter(vm, other);
    if (value_is_error(it)) return GC_RESTORE(vm), it;
    GC_ROOT(vm, it);
    bool keys = vm_typeof(vm, self) == vm->t_dict_keys;
    for (;;) {
        CoilValue k = vm_next(vm, it);
        if (k == VAL_EMPTY) break;
        if (value_is_error(k)) return GC_RESTORE(vm), k;
        GC_ROOT(vm, k);
        int c = keys ? keys_contains(vm, self, k) : items_contains(vm, self, k);
        if (c < 0 || (c && set_add(vm, value_as_set(r), k) < 0)) return GC_RESTORE(vm), VAL_ERROR;
        GC_UNROOT(vm, 1);
    }
    GC_RESTORE(vm);
    return r;
}

static int view_unhashable(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

static CoilType *make_type(CoilVM *vm, const char *name, size_t size, CoilTraceFn trace, bool view)
{
    CoilType *t = type_new_builtin(vm, name, vm->t_object, size, 0);
    if (t) {
        t->trace = trace;
        if (view) t->hash = view_unhashable;
    }
    return t;
}

void dict_init_view_types(CoilVM *vm)
{
    CoilType *k = vm->t_dict_keys = make_type(vm, "dict_keys", sizeof(DictView), view_trace, true);
    CoilType *v = vm->t_dict_values = make_type(vm, "dict_values", sizeof(DictView), view_trace, false);
    CoilType *i = vm->t_dict_items = make_type(vm, "dict_items", sizeof(DictView), view_trace, true);
    CoilType *ki = vm->t_dict_keyiterator = make_type(vm, "dict_keyiterator", sizeof(DictIter), iter_trace, false);
    CoilType *vi = vm->t_dict_valueiterator = make_type(vm, "dict_valueiterator", sizeof(DictIter), iter_trace, false);
    CoilType *ii = vm->t_dict_itemiterator = make_type(vm, "dict_itemiterator", sizeof(DictIter), iter_trace, false);
    if (!k || !v || !i || !ki || !vi || !ii) return;
    CoilType *views[3] = {k, v, i};
    for (int n = 0; n < 3; n++) {
        views[n]->repr = view_repr;
        views[n]->len = view_len;
    }
    k->iter = keys_iter;
    v->iter = values_iter;
    i->iter = items_iter;
    k->contains = keys_contains;
    v->contains = values_contains;
    i->contains = items_contains;
    CoilType *setlike[2] = {k, i};
    for (int n = 0; n < 2; n++) {
        setlike[n]->compare = setlike_compare;
        setlike[n]->binary[BIN_AND] = setlike_and;
        setlike[n]->binary[BIN_OR] = setlike_or;
        setlike[n]->binary[BIN_SUB] = setlike_sub;
        setlike[n]->binary[BIN_XOR] = setlike_xor;
    }
    CoilType *iters[3] = {ki, vi, ii};
    for (int n = 0; n < 3; n++) {
        iters[n]->iter = iter_self;
        type_add_methods(vm, iters[n], dictiter_methods);
    }
    ki->next = keyiter_next;
    vi->next = valueiter_next;
    ii->next = itemiter_next;
    CoilType *rk = vm->t_dict_reversekeyiterator = make_type(vm, "dict_reversekeyiterator", sizeof(DictIter), iter_trace, false);
    CoilType *rv = vm->t_dict_reversevalueiterator = make_type(vm, "dict_reversevalueiterator", sizeof(DictIter), iter_trace, false);
    CoilType *ri = vm->t_dict_reverseitemiterator = make_type(vm, "dict_reverseitemiterator", sizeof(DictIter), iter_trace, false);
    if (!rk || !rv || !ri) return;
    rk->iter = rv->iter = ri->iter = iter_self;
    CoilType *riters[3] = {rk, rv, ri};
    for (int n = 0; n < 3; n++) type_add_methods(vm, riters[n], dictiter_methods);
    rk->next = rkeyiter_next;
    rv->next = rvalueiter_next;
    ri->next = ritemiter_next;
    type_add_methods(vm, vm->t_dict, dict_reversed_methods);
    for (int n = 0; n < 3; n++) type_add_methods(vm, views[n], view_reversed_methods);
}
