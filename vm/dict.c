/* dict.c — the dict object: a compact, insertion-ordered hash table (a sparse
 * int32 index over a dense entry array, CPython's probing), lookups that
 * survive an __eq__ that mutates the dict, and dict's type slots. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* Index sizes are powers of two from 4; a table holds 2/3 of its size in
 * entries, except the smallest, which holds 3 (an instance with three
 * attributes then needs 88 bytes of tables instead of 152). */
#define DICT_MINSIZE 4
#define PERTURB_SHIFT 5

static void dict_trace(CoilVM *vm, CoilObject *o)
{
    CoilDict *d = (CoilDict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(vm, d->entries[i].key);
        gc_mark_value(vm, d->entries[i].value);
    }
}

/* The index and the entries share one allocation (entries after index). */
static size_t tables_size(size_t size, size_t cap)
{
    return size * sizeof(int32_t) + cap * sizeof(CoilDictEntry);
}

static void dict_free_tables(CoilVM *vm, CoilDict *d)
{
    if (d->index) vm_mem_free(vm, d->index, tables_size(d->mask + 1, d->cap));
    d->index = NULL;
    d->entries = NULL;
    d->mask = d->cap = d->nentries = d->used = 0;
}

static void dict_finalize(CoilVM *vm, CoilObject *o) { dict_free_tables(vm, (CoilDict *)o); }

CoilValue dict_new(CoilVM *vm)
{
    CoilDict *d = gc_alloc_object(vm, vm->t_dict, sizeof(CoilDict));
    if (!d) return VAL_ERROR;
    d->version = ++vm->dict_version;
    return value_from_object(d);
}

static size_t dict_usable(size_t size) { return size == 4 ? 3 : size * 2 / 3; }

/* Rebuilds the tables with an index of `size` slots, dropping deleted
 * entries unless keep_holes (entry order is kept either way). */
static bool dict_resize_to(CoilVM *vm, CoilDict *d, size_t size, bool keep_holes)
{
    size_t cap = dict_usable(size);
    int32_t *index = vm_mem_alloc(vm, tables_size(size, cap));
    if (!index) return false;
    CoilDictEntry *entries = (CoilDictEntry *)(void *)(index + size);
    memset(index, 0xFF, size * sizeof(int32_t)); /* DICT_IX_EMPTY */
    size_t n = 0, live = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (d->entries[i].key == VAL_EMPTY) {
            if (keep_holes) entries[n++] = d->entries[i];
            continue;
        }
        entries[n] = d->entries[i];
        size_t mask = size - 1, perturb = (size_t)entries[n].hash, j = perturb & mask;
        while (index[j] != DICT_IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n;
        n++;
        live++;
    }
    if (d->index) vm_mem_free(vm, d->index, tables_size(d->mask + 1, d->cap));
    d->index = index;
    d->entries = entries;
    d->mask = size - 1;
    d->cap = cap;
    d->nentries = n;
    d->used = live;
    d->version = ++vm->dict_version; /* entry numbers moved */
    return true;
}

/* Rebuilds the tables with room for at least `need` entries. */
static bool dict_resize(CoilVM *vm, CoilDict *d, size_t need)
{
    size_t size = DICT_MINSIZE;
    while (dict_usable(size) < need) size <<= 1;
    return dict_resize_to(vm, d, size, false);
}

/* Makes room for one more entry in a full table.  Past the smallest size
 * this follows CPython's insertion_resize (an index of at least 3 * used
 * slots, deleted entries dropped), and the smallest table grows to CPython's
 * smallest keeping its deleted entries: a dict iterator's position is an
 * entry number, so keys deleted and added during a for loop over the dict
 * are met (or missed, and "dictionary keys changed during iteration"
 * reported) exactly where CPython's iterator meets them. */
static bool dict_grow(CoilVM *vm, CoilDict *d)
{
    if (d->mask + 1 == DICT_MINSIZE) return dict_resize_to(vm, d, 2 * DICT_MINSIZE, true);
    size_t size = 2 * DICT_MINSIZE;
    while (size < (size_t)d->used * 3) size <<= 1;
    return dict_resize_to(vm, d, size, false);
}

/* Finds key: the entry number (>= 0), -1 if absent (*slot = where to insert),
 * -2 on error. */
static int64_t dict_lookup(CoilVM *vm, CoilDict *d, CoilValue key, int64_t hash, size_t *slot)
{
restart:
    if (!d->index) {
        *slot = 0;
        return -1;
    }
    size_t mask = d->mask, perturb = (size_t)hash, j = perturb & mask;
    size_t free_slot = SIZE_MAX;
    bool key_is_str = value_is_type(key, vm->t_str);
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == DICT_IX_EMPTY) {
            *slot = free_slot != SIZE_MAX ? free_slot : j;
            return -1;
        }
        if (ix == DICT_IX_DUMMY) {
            if (free_slot == SIZE_MAX) free_slot = j;
        } else {
            CoilDictEntry *e = &d->entries[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                if (key_is_str && value_is_type(e->key, vm->t_str)) {
                    if (str_eq(value_as_str(e->key), value_as_str(key))) return ix;
                } else {
                    CoilValue ek = e->key;
                    CoilDictEntry *saved = d->entries;
                    uint64_t version = d->version;
                    GC_ROOT(vm, ek);
                    GC_ROOT(vm, key);
                    int eq = vm_equal(vm, ek, key);
                    GC_UNROOT(vm, 2);
                    if (eq < 0) return -2;
                    /* The comparison ran script code: if it changed the
                     * table, start again as CPython does. */
                    if (d->entries != saved || d->version != version) goto restart;
                    if (eq) return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

int dict_get(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue *out)
{
    int64_t h;
    if (vm_hash(vm, key, &h) < 0) return -1;
    size_t slot;
    int64_t ix = dict_lookup(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    *out = d->entries[ix].value;
    return 1;
}

CoilValue dict_get_str(CoilVM *vm, CoilDict *d, CoilString *key)
{
    if (!d->index) return VAL_EMPTY;
    int64_t h = key->hash != -1 ? key->hash : str_hash(vm, key);
    size_t mask = d->mask, perturb = (size_t)h, j = perturb & mask;
    CoilValue kv = value_from_object(key);
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == DICT_IX_EMPTY) return VAL_EMPTY;
        if (ix >= 0) {
            CoilDictEntry *e = &d->entries[ix];
            if (e->key == kv) return e->value;
            if (e->hash == h && value_is_object(e->key) &&
                value_as_object(e->key)->type == vm->t_str && str_eq(value_as_str(e->key), key))
                return e->value;
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

int64_t dict_find_str(CoilVM *vm, CoilDict *d, CoilString *key)
{
    if (!d->index) return -1;
    int64_t h = key->hash != -1 ? key->hash : str_hash(vm, key);
    size_t mask = d->mask, perturb = (size_t)h, j = perturb & mask;
    CoilValue kv = value_from_object(key);
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == DICT_IX_EMPTY) return -1;
        if (ix >= 0) {
            CoilDictEntry *e = &d->entries[ix];
            if (e->key == kv) return ix;
            if (e->hash == h && value_is_object(e->key) &&
                value_as_object(e->key)->type == vm->t_str && str_eq(value_as_str(e->key), key))
                return ix;
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

CoilValue dict_get_cstr(CoilVM *vm, CoilDict *d, const char *key)
{
    CoilString *s = str_intern_cstr(vm, key);
    if (!s) {
        vm_take_exception(vm);
        return VAL_EMPTY;
    }
    return dict_get_str(vm, d, s);
}

static int dict_insert(CoilVM *vm, CoilDict *d, CoilValue key, int64_t hash, CoilValue value)
{
    size_t slot;
    int64_t ix = dict_lookup(vm, d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    if (d->nentries >= d->cap) {
        GC_ROOT(vm, key);
        GC_ROOT(vm, value);
        bool ok = d->index ? dict_grow(vm, d) : dict_resize(vm, d, 1);
        GC_UNROOT(vm, 2);
        if (!ok) return -1;
        ix = dict_lookup(vm, d, key, hash, &slot);
        if (ix == -2) return -1;
        if (ix >= 0) { /* only possible if an __eq__ inserted the key meanwhile */
            d->entries[ix].value = value;
            return 0;
        }
    }
    size_t n = d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].value = value;
    d->index[slot] = (int32_t)n;
    d->used++;
    d->version = ++vm->dict_version;
    return 0;
}

int dict_set(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue value)
{
    int64_t h;
    if (vm_hash(vm, key, &h) < 0) return -1;
    return dict_insert(vm, d, key, h, value);
}

int dict_set_str(CoilVM *vm, CoilDict *d, CoilString *key, CoilValue value)
{
    int64_t ix = dict_find_str(vm, d, key);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return 0;
    }
    return dict_insert(vm, d, value_from_object(key), str_hash(vm, key), value);
}

int dict_add_absent_str(CoilVM *vm, CoilDict *d, CoilString *key, CoilValue value)
{
    if (d->nentries >= d->cap) {
        GC_ROOT(vm, value);
        GC_ROOT_OBJ(vm, key);
        /* Attribute dicts grow gently: most stop at a few keys. */
        bool ok = dict_resize(vm, d, d->used + d->used / 2 + 1);
        GC_UNROOT(vm, 2);
        if (!ok) return -1;
    }
    int64_t h = key->hash != -1 ? key->hash : str_hash(vm, key);
    size_t mask = d->mask, perturb = (size_t)h, j = perturb & mask;
    /* The key is absent: the first free or deleted index slot takes it. */
    while (d->index[j] >= 0) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    size_t n = d->nentries++;
    d->entries[n].hash = h;
    d->entries[n].key = value_from_object(key);
    d->entries[n].value = value;
    d->index[j] = (int32_t)n;
    d->used++;
    d->version = ++vm->dict_version;
    return 0;
}

int dict_set_cstr(CoilVM *vm, CoilDict *d, const char *key, CoilValue value)
{
    GC_ROOT(vm, value);
    CoilString *s = str_intern_cstr(vm, key);
    int r = s ? dict_set_str(vm, d, s, value) : -1;
    GC_UNROOT(vm, 1);
    return r;
}

int dict_del(CoilVM *vm, CoilDict *d, CoilValue key, CoilValue *old)
{
    int64_t h;
    if (vm_hash(vm, key, &h) < 0) return -1;
    size_t slot;
    int64_t ix = dict_lookup(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    /* Find the index slot that points at ix. */
    size_t mask = d->mask, perturb = (size_t)h, j = perturb & mask;
    while (d->index[j] != ix) {
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
    d->index[j] = DICT_IX_DUMMY;
    if (old) *old = d->entries[ix].value;
    d->entries[ix].key = VAL_EMPTY;
    d->entries[ix].value = VAL_EMPTY;
    d->used--;
    d->version = ++vm->dict_version;
    return 1;
}

void dict_clear(CoilVM *vm, CoilDict *d)
{
    dict_free_tables(vm, d);
    d->version = ++vm->dict_version;
}

bool dict_next(const CoilDict *d, size_t *pos, CoilValue *key, CoilValue *value)
{
    while (*pos < d->nentries) {
        const CoilDictEntry *e = &d->entries[(*pos)++];
        if (e->key != VAL_EMPTY) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

CoilValue dict_copy(CoilVM *vm, CoilDict *src)
{
    GC_ROOT_OBJ(vm, src);
    CoilValue r = dict_new(vm);
    if (value_is_error(r)) return GC_UNROOT(vm, 1), r;
    GC_ROOT(vm, r);
    CoilDict *d = value_as_dict(r);
    if (src->used && !dict_resize(vm, d, src->used)) return GC_UNROOT(vm, 2), VAL_ERROR;
    size_t pos = 0;
    CoilValue k, v;
    while (dict_next(src, &pos, &k, &v)) {
        if (dict_insert(vm, d, k, src->entries[pos - 1].hash, v) < 0) return GC_UNROOT(vm, 2), VAL_ERROR;
    }
    GC_UNROOT(vm, 2);
    return r;
}

bool dict_update(CoilVM *vm, CoilDict *d, CoilValue other)
{
    GC_SAVE(vm);
    GC_ROOT(vm, other);
    if (value_is_dict(vm, other)) {
        CoilDict *o = value_as_dict(other);
        size_t pos = 0;
        CoilValue k, v;
        while (dict_next(o, &pos, &k, &v)) {
            if (dict_insert(vm, d, k, o->entries[pos - 1].hash, v) < 0) return GC_RESTORE(vm), false;
        }
        GC_RESTORE(vm);
        return true;
    }
    /* A mapping: keys() then self[key]. */
    CoilValue keys = vm_call_method(vm, other, vm->names.keys, NULL, 0);
    if (value_is_error(keys)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, keys);
    CoilValue it = vm_iter(vm, keys);
    if (value_is_error(it)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue k = vm_next(vm, it);
        if (k == VAL_EMPTY) break;
        if (value_is_error(k)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, k);
        CoilValue v = vm_getitem(vm, other, k);
        if (value_is_error(v)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, v);
        if (dict_set(vm, d, k, v) < 0) return GC_RESTORE(vm), false;
        GC_UNROOT(vm, 2);
    }
    GC_RESTORE(vm);
    return true;
}

bool dict_update_pairs(CoilVM *vm, CoilDict *d, CoilValue iterable)
{
    GC_SAVE(vm);
    CoilValue it = vm_iter(vm, iterable);
    if (value_is_error(it)) return false;
    GC_ROOT(vm, it);
    for (size_t n = 0;; n++) {
        CoilValue item = vm_next(vm, it);
        if (item == VAL_EMPTY) break;
        if (value_is_error(item)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, item);
        CoilValue seq = value_is_tuple(vm, item) || value_is_list(vm, item) ? item : VAL_EMPTY;
        if (seq == VAL_EMPTY) {
            CoilType *t = vm_typeof(vm, item);
            if (!t->iter) {
                vm_raise(vm, vm->e_TypeError,
                         "cannot convert dictionary update sequence element #%zu to a sequence", n);
                return GC_RESTORE(vm), false;
            }
            seq = tuple_from_iterable(vm, item);
            if (value_is_error(seq)) return GC_RESTORE(vm), false;
            GC_ROOT(vm, seq);
        }
        const CoilValue *kv = value_is_tuple(vm, seq) ? value_as_tuple(seq)->items : value_as_list(seq)->items;
        size_t len = value_is_tuple(vm, seq) ? value_as_tuple(seq)->len : value_as_list(seq)->len;
        if (len != 2) {
            vm_raise(vm, vm->e_ValueError,
                     "dictionary update sequence element #%zu has length %zu; 2 is required", n, len);
            return GC_RESTORE(vm), false;
        }
        if (dict_set(vm, d, kv[0], kv[1]) < 0) return GC_RESTORE(vm), false;
        vm->nroots = gc_saved_roots_ + 1;
    }
    GC_RESTORE(vm);
    return true;
}

/* --- slots --------------------------------------------------------------------------- */

static CoilValue dict_repr(CoilVM *vm, CoilValue self)
{
    CoilDict *d = value_as_dict(self);
    if (d->used == 0) return str_from_cstr(vm, "{}");
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_from_cstr(vm, "{...}");
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_putc(&b, '{');
    size_t pos = 0;
    CoilValue k, v;
    bool first = true;
    while (ok && dict_next(d, &pos, &k, &v)) {
        if (!first) ok = buf_append(&b, ", ", 2);
        first = false;
        GC_ROOT(vm, v);
        CoilValue kr = vm_repr(vm, k);
        if (value_is_error(kr)) {
            GC_UNROOT(vm, 1);
            goto fail;
        }
        GC_ROOT(vm, kr);
        ok = ok && buf_append(&b, value_as_str(kr)->data, value_as_str(kr)->len) && buf_append(&b, ": ", 2);
        GC_UNROOT(vm, 1);
        CoilValue vr = vm_repr(vm, v);
        GC_UNROOT(vm, 1);
        if (value_is_error(vr)) goto fail;
        GC_ROOT(vm, vr);
        ok = ok && buf_append(&b, value_as_str(vr)->data, value_as_str(vr)->len);
        GC_UNROOT(vm, 1);
    }
    ok = ok && buf_putc(&b, '}');
    vm_repr_leave(vm, self);
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
fail:
    buf_free(&b);
    vm_repr_leave(vm, self);
    return VAL_ERROR;
}

static int dict_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_dict(self)->used;
    return 0;
}

static int dict_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_as_dict(self)->used != 0;
}

static CoilValue dict_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_dict(vm, a) || !value_is_dict(vm, b) || (op != CMP_EQ && op != CMP_NE))
        return VAL_NOTIMPLEMENTED;
    CoilDict *x = value_as_dict(a), *y = value_as_dict(b);
    bool eq = true;
    if (x->used != y->used) eq = false;
    else {
        size_t pos = 0;
        CoilValue k, v;
        while (eq && dict_next(x, &pos, &k, &v)) {
            GC_ROOT(vm, k);
            GC_ROOT(vm, v);
            CoilValue w;
            int r = dict_get(vm, y, k, &w);
            if (r > 0) r = v == w ? 1 : vm_equal(vm, v, w);
            GC_UNROOT(vm, 2);
            if (r < 0) return VAL_ERROR;
            eq = r > 0;
        }
    }
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

static CoilValue dict_getitem(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilValue v;
    int r = dict_get(vm, value_as_dict(self), key, &v);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return v;
    if (value_as_object(self)->type != vm->t_dict) {
        /* dict subclasses: __missing__ */
        CoilValue m = type_lookup(vm, value_as_object(self)->type, vm->names.__missing__);
        if (m != VAL_EMPTY) {
            CoilValue args[2] = {self, key};
            return vm_call(vm, m, args, 2, VAL_EMPTY);
        }
    }
    return vm_raise_key_error(vm, key);
}

static int dict_setitem(CoilVM *vm, CoilValue self, CoilValue key, CoilValue value)
{
    if (value == VAL_EMPTY) {
        int r = dict_del(vm, value_as_dict(self), key, NULL);
        if (r == 0) {
            vm_raise_key_error(vm, key);
            return -1;
        }
        return r > 0 ? 0 : -1;
    }
    return dict_set(vm, value_as_dict(self), key, value);
}

static int dict_contains(CoilVM *vm, CoilValue self, CoilValue key)
{
    CoilValue v;
    return dict_get(vm, value_as_dict(self), key, &v);
}

static int dict_unhashable(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

static CoilValue dict_iter(CoilVM *vm, CoilValue self)
{
    return dict_iter_new(vm, vm->t_dict_keyiterator, self);
}

static CoilValue dict_or(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_dict(vm, a) || !value_is_dict(vm, b)) return VAL_NOTIMPLEMENTED;
    GC_ROOT(vm, b);
    CoilValue r = dict_copy(vm, value_as_dict(a));
    if (value_is_error(r)) return GC_UNROOT(vm, 1), r;
    GC_ROOT(vm, r);
    bool ok = dict_update(vm, value_as_dict(r), b);
    GC_UNROOT(vm, 2);
    return ok ? r : VAL_ERROR;
}

static CoilValue dict_ior(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_dict(vm, a)) return VAL_NOTIMPLEMENTED;
    bool ok = value_is_dict(vm, b) || type_lookup(vm, vm_typeof(vm, b), vm->names.keys) != VAL_EMPTY
                  ? dict_update(vm, value_as_dict(a), b)
                  : dict_update_pairs(vm, value_as_dict(a), b);
    return ok ? a : VAL_ERROR;
}

/* dict(mapping or iterable, **kwargs) — also used by dict.update. */
bool dict_update_from_args(CoilVM *vm, CoilDict *d, const char *fname, const CoilValue *args,
                           size_t nargs, CoilValue kwnames)
{
    if (nargs > 1) {
        vm_raise(vm, vm->e_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return false;
    }
    if (nargs == 1) {
        CoilValue a = args[0];
        bool ok;
        if (value_is_dict(vm, a)) ok = dict_update(vm, d, a);
        else if (type_lookup(vm, vm_typeof(vm, a), vm->names.keys) != VAL_EMPTY) ok = dict_update(vm, d, a);
        else {
            if (!vm_typeof(vm, a)->iter) {
                vm_raise(vm, vm->e_TypeError, "'%s' object is not iterable", value_type_name(vm, a));
                return false;
            }
            ok = dict_update_pairs(vm, d, a);
        }
        if (!ok) return false;
    }
    size_t nkw = args_nkw(kwnames);
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(vm, d, value_as_tuple(kwnames)->items[i], args[nargs + i]) < 0) return false;
    return true;
}

static CoilValue dict_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                               CoilValue kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    CoilType *t = (CoilType *)value_as_object(callee);
    CoilValue r;
    if (t == vm->t_dict) {
        r = dict_new(vm);
    } else {
        CoilDict *o = gc_alloc_object(vm, t, t->instance_size);
        if (!o) return VAL_ERROR;
        object_init_fields(&o->obj);
        o->version = ++vm->dict_version;
        r = value_from_object(o);
    }
    return r;
}

/* Like CPython, __new__ ignores its arguments and __init__ fills the dict, so a
 * subclass's own __init__ decides what happens to them. */
static CoilValue dict_init_slot(CoilVM *vm, CoilValue self, const CoilValue *args, size_t nargs,
                                CoilValue kwnames)
{
    return dict_update_from_args(vm, value_as_dict(self), "dict", args, nargs, kwnames) ? VAL_NONE : VAL_ERROR;
}

void dict_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_dict;
    t->flags |= TYPE_BASETYPE | TYPE_DICT_SUBCLASS;
    t->instance_size = sizeof(CoilDict);
    t->trace = dict_trace;
    t->finalize = dict_finalize;
    t->repr = dict_repr;
    t->hash = dict_unhashable;
    t->len = dict_len;
    t->bool_ = dict_bool;
    t->compare = dict_compare;
    t->getitem = dict_getitem;
    t->setitem = dict_setitem;
    t->contains = dict_contains;
    t->iter = dict_iter;
    t->binary[BIN_OR] = dict_or;
    t->inplace[BIN_OR] = dict_ior;
    t->new_ = dict_new_slot;
    t->init = dict_init_slot;
    type_add_methods(vm, t, dict_methods);
    dict_init_view_types(vm);
    mappingproxy_init_type(vm);
}
