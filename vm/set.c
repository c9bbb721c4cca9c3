/* set.c — set and frozenset, following CPython 3.11's setobject.c step for
 * step (probe sequence, resize rule, merge shortcuts, pop finger, frozenset
 * hash), so iteration order and printed sets match CPython exactly. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static void set_trace(CoilVM *vm, CoilObject *o)
{
    CoilSet *s = (CoilSet *)o;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->table[i].key != SET_DUMMY) gc_mark_value(vm, s->table[i].key);
}

static void set_free_table(CoilVM *vm, CoilSet *s)
{
    if (s->table && s->table != s->small) vm_mem_free(vm, s->table, (s->mask + 1) * sizeof(CoilSetEntry));
}

static void set_finalize(CoilVM *vm, CoilObject *o)
{
    CoilSet *s = (CoilSet *)o;
    set_free_table(vm, s);
    s->table = s->small;
    s->mask = SET_MINSIZE - 1;
}

static void set_reset_small(CoilSet *s)
{
    for (size_t i = 0; i < SET_MINSIZE; i++) {
        s->small[i].key = VAL_EMPTY;
        s->small[i].hash = 0;
    }
    s->table = s->small;
    s->mask = SET_MINSIZE - 1;
    s->fill = s->used = 0;
}

static CoilValue set_alloc(CoilVM *vm, CoilType *type)
{
    CoilSet *s = gc_alloc_object(vm, type, type->instance_size);
    if (!s) return VAL_ERROR;
    set_reset_small(s);
    s->hash = -1;
    object_init_fields(&s->obj);
    return value_from_object(s);
}

CoilValue set_new(CoilVM *vm, CoilType *type) { return set_alloc(vm, type); }

static void insert_clean(CoilSetEntry *table, size_t mask, CoilValue key, int64_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        CoilSetEntry *e = &table[i];
        if (e->key == VAL_EMPTY) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == VAL_EMPTY) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static bool set_resize(CoilVM *vm, CoilSet *s, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    CoilSetEntry *old = s->table;
    size_t oldmask = s->mask;
    CoilSetEntry small_copy[SET_MINSIZE];
    if (old == s->small) {
        memcpy(small_copy, s->small, sizeof small_copy);
        old = small_copy;
    }
    CoilSetEntry *table;
    if (newsize == SET_MINSIZE) {
        table = s->small;
    } else {
        table = vm_mem_alloc(vm, newsize * sizeof(CoilSetEntry));
        if (!table) return false;
    }
    for (size_t i = 0; i < newsize; i++) {
        table[i].key = VAL_EMPTY;
        table[i].hash = 0;
    }
    bool had_dummies = s->fill != s->used;
    s->mask = newsize - 1;
    s->table = table;
    s->fill = s->used;
    for (size_t i = 0; i <= oldmask; i++) {
        CoilValue k = old[i].key;
        if (k != VAL_EMPTY && (!had_dummies || k != SET_DUMMY)) insert_clean(table, s->mask, k, old[i].hash);
    }
    if (old != small_copy) vm_mem_free(vm, old, (oldmask + 1) * sizeof(CoilSetEntry));
    return true;
}

/* Compares an entry's key with key; 1 equal, 0 not, -1 error, 2 restart. */
static int entry_matches(CoilVM *vm, CoilSet *s, CoilSetEntry *e, CoilValue key)
{
    CoilValue startkey = e->key;
    if (startkey == key) return 1;
    if (value_is_type(startkey, vm->t_str) && value_is_type(key, vm->t_str))
        return str_eq(value_as_str(startkey), value_as_str(key));
    CoilSetEntry *table = s->table;
    GC_ROOT(vm, startkey);
    GC_ROOT(vm, key);
    int cmp = vm_equal(vm, startkey, key);
    GC_UNROOT(vm, 2);
    if (cmp < 0) return -1;
    if (cmp > 0) return 1;
    if (table != s->table || e->key != startkey) return 2;
    return 0;
}

static int add_entry(CoilVM *vm, CoilSet *s, CoilValue key, int64_t hash)
{
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    CoilSetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_EMPTY) goto found_unused_or_dummy;
            if (e->hash == hash && e->key != SET_DUMMY) {
                int m = entry_matches(vm, s, e, key);
                if (m == 1) return 0;
                if (m < 0) return -1;
                if (m == 2) goto restart;
                mask = s->mask;
            } else if (e->hash == -1 && e->key == SET_DUMMY) {
                /* The last dummy on the probe path is reused, as in
                 * CPython 3.11 (not the first one). */
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    s->version++;
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 < mask * 3) return 0;
    GC_ROOT_OBJ(vm, s);
    bool ok = set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
    GC_UNROOT(vm, 1);
    return ok ? 0 : -1;
}

/* The entry holding key, or NULL; *err set on failure. */
static CoilSetEntry *lookkey(CoilVM *vm, CoilSet *s, CoilValue key, int64_t hash, bool *err)
{
    *err = false;
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        CoilSetEntry *e = &s->table[i];
        size_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && e->key == VAL_EMPTY) return NULL;
            if (e->hash == hash && e->key != SET_DUMMY) {
                int m = entry_matches(vm, s, e, key);
                if (m == 1) return e;
                if (m < 0) {
                    *err = true;
                    return NULL;
                }
                if (m == 2) goto restart;
                mask = s->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Hash for a set key, with CPython's message for unhashable keys. */
static int key_hash(CoilVM *vm, CoilValue key, int64_t *h)
{
    if (value_is_type(key, vm->t_str) && value_as_str(key)->hash != -1) {
        *h = value_as_str(key)->hash;
        return 0;
    }
    return vm_hash(vm, key, h);
}

int set_add(CoilVM *vm, CoilSet *s, CoilValue key)
{
    int64_t h;
    if (key_hash(vm, key, &h) < 0) return -1;
    return add_entry(vm, s, key, h);
}

static int contains_entry(CoilVM *vm, CoilSet *s, CoilValue key, int64_t hash)
{
    bool err;
    CoilSetEntry *e = lookkey(vm, s, key, hash, &err);
    return err ? -1 : e != NULL;
}

int set_contains(CoilVM *vm, CoilSet *s, CoilValue key)
{
    int64_t h;
    if (key_hash(vm, key, &h) < 0) {
        /* `[1] in {..}` is a TypeError, but a set key may be a set: CPython
         * retries with a frozenset; sets are rare as keys, so just fail. */
        return -1;
    }
    return contains_entry(vm, s, key, h);
}

static int discard_entry(CoilVM *vm, CoilSet *s, CoilValue key, int64_t hash)
{
    bool err;
    CoilSetEntry *e = lookkey(vm, s, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = SET_DUMMY;
    e->hash = -1;
    s->used--;
    s->version++;
    return 1;
}

int set_discard(CoilVM *vm, CoilSet *s, CoilValue key)
{
    int64_t h;
    if (key_hash(vm, key, &h) < 0) return -1;
    return discard_entry(vm, s, key, h);
}

bool set_next(const CoilSet *s, size_t *pos, CoilValue *key)
{
    while (*pos <= s->mask) {
        const CoilSetEntry *e = &s->table[(*pos)++];
        if (e->key != VAL_EMPTY && e->key != SET_DUMMY) {
            *key = e->key;
            return true;
        }
    }
    return false;
}

static bool set_next_entry(const CoilSet *s, size_t *pos, CoilSetEntry **out)
{
    while (*pos <= s->mask) {
        CoilSetEntry *e = &s->table[(*pos)++];
        if (e->key != VAL_EMPTY && e->key != SET_DUMMY) {
            *out = e;
            return true;
        }
    }
    return false;
}

void set_clear(CoilVM *vm, CoilSet *s)
{
    set_free_table(vm, s);
    set_reset_small(s);
    s->version++;
}

static bool set_merge(CoilVM *vm, CoilSet *s, CoilSet *other)
{
    if (other == s || other->used == 0) return true;
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, s);
    GC_ROOT_OBJ(vm, other);
    if ((s->fill + other->used) * 5 >= s->mask * 3) {
        if (!set_resize(vm, s, (s->used + other->used) * 2)) return GC_RESTORE(vm), false;
    }
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != VAL_EMPTY) s->table[i] = other->table[i];
        }
        s->fill = other->fill;
        s->used = other->used;
        s->version++;
        GC_RESTORE(vm);
        return true;
    }
    if (s->fill == 0) {
        s->fill = s->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            CoilValue k = other->table[i].key;
            if (k != VAL_EMPTY && k != SET_DUMMY) insert_clean(s->table, s->mask, k, other->table[i].hash);
        }
        s->version++;
        GC_RESTORE(vm);
        return true;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        CoilSetEntry *e = &other->table[i];
        if (e->key != VAL_EMPTY && e->key != SET_DUMMY)
            if (add_entry(vm, s, e->key, e->hash) < 0) return GC_RESTORE(vm), false;
    }
    GC_RESTORE(vm);
    return true;
}

bool set_update(CoilVM *vm, CoilSet *s, CoilValue other)
{
    if (value_is_anyset(vm, other)) return set_merge(vm, s, value_as_set(other));
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, s);
    GC_ROOT(vm, other);
    if (value_is_type(other, vm->t_dict)) {
        CoilDict *d = value_as_dict(other);
        if ((s->fill + d->used) * 5 >= s->mask * 3)
            if (!set_resize(vm, s, (s->used + d->used) * 2)) return GC_RESTORE(vm), false;
        for (size_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key == VAL_EMPTY) continue;
            if (add_entry(vm, s, d->entries[i].key, d->entries[i].hash) < 0) return GC_RESTORE(vm), false;
        }
        GC_RESTORE(vm);
        return true;
    }
    CoilValue it = vm_iter(vm, other);
    if (value_is_error(it)) return GC_RESTORE(vm), false;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue k = vm_next(vm, it);
        if (k == VAL_EMPTY) break;
        if (value_is_error(k)) return GC_RESTORE(vm), false;
        if (set_add(vm, s, k) < 0) return GC_RESTORE(vm), false;
    }
    GC_RESTORE(vm);
    return true;
}

CoilValue set_from_iterable(CoilVM *vm, CoilType *type, CoilValue iterable)
{
    GC_ROOT(vm, iterable);
    CoilValue s = set_alloc(vm, type);
    GC_UNROOT(vm, 1);
    if (value_is_error(s)) return s;
    if (iterable == VAL_EMPTY) return s;
    GC_ROOT(vm, s);
    bool ok = set_update(vm, value_as_set(s), iterable);
    GC_UNROOT(vm, 1);
    return ok ? s : VAL_ERROR;
}

/* --- algebra (CPython's algorithms, which fix the result's order) ---------------------- */

static CoilType *result_type(CoilVM *vm, CoilValue so)
{
    CoilType *t = vm_typeof(vm, so);
    return type_is_subtype(t, vm->t_frozenset) ? vm->t_frozenset : vm->t_set;
}

static CoilValue set_copy_of(CoilVM *vm, CoilValue so)
{
    return set_from_iterable(vm, result_type(vm, so), so);
}

CoilValue set_copy(CoilVM *vm, CoilValue so) { return set_copy_of(vm, so); }

CoilValue set_union(CoilVM *vm, CoilValue so, CoilValue other)
{
    GC_SAVE(vm);
    GC_ROOT(vm, other);
    CoilValue r = set_copy_of(vm, so);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    bool ok = set_update(vm, value_as_set(r), other);
    GC_RESTORE(vm);
    return ok ? r : VAL_ERROR;
}

CoilValue set_intersection(CoilVM *vm, CoilValue so, CoilValue other)
{
    if (so == other) return set_copy_of(vm, so);
    GC_SAVE(vm);
    GC_ROOT(vm, so);
    GC_ROOT(vm, other);
    CoilValue r = set_alloc(vm, result_type(vm, so));
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    if (value_is_anyset(vm, other)) {
        CoilSet *a = value_as_set(so), *b = value_as_set(other);
        if (b->used > a->used) {
            CoilSet *t = a;
            a = b;
            b = t;
        }
        size_t pos = 0;
        CoilSetEntry *e;
        while (set_next_entry(b, &pos, &e)) {
            CoilValue key = e->key;
            int64_t h = e->hash;
            int c = contains_entry(vm, a, key, h);
            if (c < 0 || (c && add_entry(vm, value_as_set(r), key, h) < 0)) return GC_RESTORE(vm), VAL_ERROR;
        }
        GC_RESTORE(vm);
        return r;
    }
    CoilValue it = vm_iter(vm, other);
    if (value_is_error(it)) return GC_RESTORE(vm), it;
    GC_ROOT(vm, it);
    for (;;) {
        CoilValue k = vm_next(vm, it);
        if (k == VAL_EMPTY) break;
        if (value_is_error(k)) return GC_RESTORE(vm), k;
        int64_t h;
        if (key_hash(vm, k, &h) < 0) return GC_RESTORE(vm), VAL_ERROR;
        int c = contains_entry(vm, value_as_set(so), k, h);
        if (c < 0 || (c && add_entry(vm, value_as_set(r), k, h) < 0)) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return r;
}

bool set_difference_update(CoilVM *vm, CoilSet *s, CoilValue other)
{
    if (value_is_object(other) && value_as_object(other) == &s->obj) {
        set_clear(vm, s);
        return true;
    }
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, s);
    GC_ROOT(vm, other);
    if (value_is_anyset(vm, other)) {
        /* Much larger other: discard only the common keys (the same keys, so
         * the same table, in fewer probes). */
        CoilValue o = other;
        if ((value_as_set(other)->used >> 3) > s->used) {
            o = set_intersection(vm, value_from_object(s), other);
            if (value_is_error(o)) return GC_RESTORE(vm), false;
            GC_ROOT(vm, o);
        }
        size_t pos = 0;
        CoilSetEntry *e;
        while (set_next_entry(value_as_set(o), &pos, &e))
            if (discard_entry(vm, s, e->key, e->hash) < 0) return GC_RESTORE(vm), false;
    } else {
        CoilValue it = vm_iter(vm, other);
        if (value_is_error(it)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, it);
        for (;;) {
            CoilValue k = vm_next(vm, it);
            if (k == VAL_EMPTY) break;
            if (value_is_error(k) || set_discard(vm, s, k) < 0) return GC_RESTORE(vm), false;
        }
    }
    /* More than a quarter dummies: rebuild the table without them (this
     * rebuild is part of what fixes the order CPython prints). */
    bool ok = true;
    if (s->fill - s->used > s->mask / 4) ok = set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
    GC_RESTORE(vm);
    return ok;
}

CoilValue set_difference(CoilVM *vm, CoilValue so, CoilValue other)
{
    GC_SAVE(vm);
    GC_ROOT(vm, so);
    GC_ROOT(vm, other);
    CoilSet *a = value_as_set(so);
    size_t other_size = 0;
    bool fast = false;
    if (value_is_anyset(vm, other)) {
        other_size = value_as_set(other)->used;
        fast = true;
    } else if (value_is_type(other, vm->t_dict)) {
        other_size = value_as_dict(other)->used;
        fast = true;
    }
    if (!fast || (a->used >> 2) > other_size) {
        /* Copy, then remove everything other yields. */
        CoilValue r = set_copy_of(vm, so);
        if (value_is_error(r)) return GC_RESTORE(vm), r;
        GC_ROOT(vm, r);
        bool ok = set_difference_update(vm, value_as_set(r), other);
        GC_RESTORE(vm);
        return ok ? r : VAL_ERROR;
    }
    CoilValue r = set_alloc(vm, result_type(vm, so));
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    size_t pos = 0;
    CoilSetEntry *e;
    while (set_next_entry(a, &pos, &e)) {
        CoilValue key = e->key;
        int64_t h = e->hash;
        int c;
        if (value_is_anyset(vm, other)) c = contains_entry(vm, value_as_set(other), key, h);
        else {
            CoilValue v;
            c = dict_get(vm, value_as_dict(other), key, &v);
        }
        if (c < 0 || (!c && add_entry(vm, value_as_set(r), key, h) < 0)) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return r;
}

/* Toggles one key: removed if present, added if not. */
static bool symdiff_toggle(CoilVM *vm, CoilSet *s, CoilValue key, int64_t h)
{
    GC_ROOT(vm, key);
    int d = discard_entry(vm, s, key, h);
    bool ok = d >= 0 && (d > 0 || add_entry(vm, s, key, h) == 0);
    GC_UNROOT(vm, 1);
    return ok;
}

bool set_symmetric_difference_update(CoilVM *vm, CoilSet *s, CoilValue other)
{
    if (value_is_object(other) && value_as_object(other) == &s->obj) {
        set_clear(vm, s);
        return true;
    }
    GC_SAVE(vm);
    GC_ROOT_OBJ(vm, s);
    GC_ROOT(vm, other);
    if (value_is_type(other, vm->t_dict)) {
        /* A dict's keys go in the dict's own order. */
        CoilDict *d = value_as_dict(other);
        for (size_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key == VAL_EMPTY) continue;
            if (!symdiff_toggle(vm, s, d->entries[i].key, d->entries[i].hash)) return GC_RESTORE(vm), false;
        }
        GC_RESTORE(vm);
        return true;
    }
    CoilValue os = other;
    if (!value_is_anyset(vm, other)) {
        os = set_from_iterable(vm, vm->t_set, other);
        if (value_is_error(os)) return GC_RESTORE(vm), false;
        GC_ROOT(vm, os);
    }
    size_t pos = 0;
    CoilSetEntry *e;
    while (set_next_entry(value_as_set(os), &pos, &e))
        if (!symdiff_toggle(vm, s, e->key, e->hash)) return GC_RESTORE(vm), false;
    GC_RESTORE(vm);
    return true;
}

CoilValue set_symmetric_difference(CoilVM *vm, CoilValue so, CoilValue other)
{
    GC_SAVE(vm);
    GC_ROOT(vm, so);
    CoilValue r = set_from_iterable(vm, result_type(vm, so), other);
    if (value_is_error(r)) return GC_RESTORE(vm), r;
    GC_ROOT(vm, r);
    bool ok = set_symmetric_difference_update(vm, value_as_set(r), so);
    GC_RESTORE(vm);
    return ok ? r : VAL_ERROR;
}

void set_take_body(CoilVM *vm, CoilSet *s, CoilValue from)
{
    CoilSet *r = value_as_set(from);
    if (r == s) return;
    set_free_table(vm, s);
    if (r->table == r->small) {
        memcpy(s->small, r->small, sizeof s->small);
        s->table = s->small;
    } else {
        s->table = r->table;
    }
    s->mask = r->mask;
    s->fill = r->fill;
    s->used = r->used;
    s->hash = -1;
    s->version++;
    set_reset_small(r);
    r->version++;
}

/* 1 if every item of a is in b. */
static int set_issubset(CoilVM *vm, CoilSet *a, CoilSet *b)
{
    if (a->used > b->used) return 0;
    size_t pos = 0;
    CoilSetEntry *e;
    while (set_next_entry(a, &pos, &e)) {
        int c = contains_entry(vm, b, e->key, e->hash);
        if (c <= 0) return c;
    }
    return 1;
}

/* --- slots ------------------------------------------------------------------------------ */

static CoilValue set_repr(CoilVM *vm, CoilValue self)
{
    CoilSet *s = value_as_set(self);
    CoilType *t = vm_typeof(vm, self);
    bool frozen = type_is_subtype(t, vm->t_frozenset);
    if (s->used == 0) return str_format(vm, "%s()", t->name);
    int r = vm_repr_enter(vm, self);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return str_format(vm, "%s(...)", t->name);
    CoilValue items = list_new(vm, s->used);
    CoilValue out = VAL_ERROR;
    if (!value_is_error(items)) {
        GC_ROOT(vm, items);
        size_t pos = 0;
        CoilValue k;
        while (set_next(s, &pos, &k)) value_as_list(items)->items[value_as_list(items)->len++] = k;
        CoilValue body = seq_repr(vm, value_as_list(items)->items, value_as_list(items)->len, "{", "}", false);
        if (!value_is_error(body)) {
            if (frozen || t != vm->t_set) out = str_format(vm, "%s(%s)", t->name, value_as_str(body)->data);
            else out = body;
        }
        GC_UNROOT(vm, 1);
    }
    vm_repr_leave(vm, self);
    return out;
}

static int set_len(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)value_as_set(self)->used;
    return 0;
}

static int set_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return value_as_set(self)->used != 0;
}

static int set_contains_slot(CoilVM *vm, CoilValue self, CoilValue key)
{
    int r = set_contains(vm, value_as_set(self), key);
    if (r < 0 && value_is_type(key, vm->t_set) && vm_exception_matches(vm, vm->e_TypeError)) {
        /* CPython looks a set up as the equal frozenset. */
        vm_take_exception(vm);
        CoilValue f = set_from_iterable(vm, vm->t_frozenset, key);
        if (value_is_error(f)) return -1;
        GC_ROOT(vm, f);
        r = set_contains(vm, value_as_set(self), f);
        GC_UNROOT(vm, 1);
    }
    return r;
}

static CoilValue set_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilSet *x = value_as_set(a), *y = value_as_set(b);
    int r;
    switch (op) {
    case CMP_EQ:
    case CMP_NE:
        r = x->used == y->used ? set_issubset(vm, x, y) : 0;
        if (r < 0) return VAL_ERROR;
        return value_from_bool(op == CMP_EQ ? r : !r);
    case CMP_LE: r = set_issubset(vm, x, y); break;
    case CMP_GE: r = set_issubset(vm, y, x); break;
    case CMP_LT: r = x->used < y->used ? set_issubset(vm, x, y) : 0; break;
    default: r = x->used > y->used ? set_issubset(vm, y, x) : 0; break;
    }
    return r < 0 ? VAL_ERROR : value_from_bool(r);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static int frozenset_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    CoilSet *s = value_as_set(self);
    if (s->hash != -1) {
        *out = s->hash;
        return 0;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    s->hash = (int64_t)hash;
    *out = s->hash;
    return 0;
}

static int set_unhashable(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)out;
    vm_raise(vm, vm->e_TypeError, "unhashable type: '%s'", value_type_name(vm, self));
    return -1;
}

#define SET_BINOP(fn, impl)                                                               \
    static CoilValue fn(CoilVM *vm, CoilValue a, CoilValue b)                             \
    {                                                                                     \
        if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED; \
        return impl(vm, a, b);                                                            \
    }
SET_BINOP(set_or, set_union)
SET_BINOP(set_and, set_intersection)
SET_BINOP(set_sub, set_difference)
SET_BINOP(set_xor, set_symmetric_difference)

static CoilValue set_ior(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED;
    return set_update(vm, value_as_set(a), b) ? a : VAL_ERROR;
}

static CoilValue set_iand(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED;
    CoilValue r = set_intersection(vm, a, b);
    if (value_is_error(r)) return r;
    set_take_body(vm, value_as_set(a), r);
    return a;
}

static CoilValue set_isub(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED;
    return set_difference_update(vm, value_as_set(a), b) ? a : VAL_ERROR;
}

static CoilValue set_ixor(CoilVM *vm, CoilValue a, CoilValue b)
{
    if (!value_is_anyset(vm, a) || !value_is_anyset(vm, b)) return VAL_NOTIMPLEMENTED;
    return set_symmetric_difference_update(vm, value_as_set(a), b) ? a : VAL_ERROR;
}

/* The set iterator reports a size change like dict's. */
typedef struct SetIter {
    CoilObject obj;
    CoilValue set;
    size_t pos;
    int64_t used;
    int64_t left;  /* entries not yet produced, for __length_hint__ */
} SetIter;

static void setiter_trace(CoilVM *vm, CoilObject *o) { gc_mark_value(vm, ((SetIter *)o)->set); }

static CoilValue set_iter(CoilVM *vm, CoilValue self)
{
    GC_ROOT(vm, self);
    SetIter *it = gc_alloc_object(vm, vm->t_set_iterator, sizeof(SetIter));
    GC_UNROOT(vm, 1);
    if (!it) return VAL_ERROR;
    it->set = self;
    it->used = (int64_t)value_as_set(self)->used;
    it->left = it->used;
    return value_from_object(it);
}

static CoilValue setiter_next(CoilVM *vm, CoilValue self)
{
    SetIter *it = (SetIter *)value_as_object(self);
    if (it->set == VAL_EMPTY) return VAL_EMPTY;
    CoilSet *s = value_as_set(it->set);
    if (it->used != (int64_t)s->used) {
        it->used = -1;
        return vm_raise(vm, vm->e_RuntimeError, "Set changed size during iteration");
    }
    CoilValue k;
    if (set_next(s, &it->pos, &k)) {
        if (it->left > 0) it->left--;
        return k;
    }
    it->set = VAL_EMPTY;
    return VAL_EMPTY;
}

static CoilValue iter_self(CoilVM *vm, CoilValue self)
{
    (void)vm;
    return self;
}

/* __length_hint__: what is left, or 0 once the set changed size (as CPython). */
static CoilValue m_setiter_hint(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)nargs;
    (void)kw;
    SetIter *it = (SetIter *)value_as_object(args[0]);
    int64_t n = 0;
    if (it->set != VAL_EMPTY && it->used == (int64_t)value_as_set(it->set)->used) n = it->left;
    return int_from_i64(vm, n);
}
static const CoilMethodDef setiter_methods[] = {{"__length_hint__", m_setiter_hint, 0}, {NULL, NULL, 0}};

static CoilValue set_new_slot(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    const char *name = type_is_subtype(t, vm->t_frozenset) ? "frozenset" : "set";
    if (args_nkw(kwnames) && (t == vm->t_set || t == vm->t_frozenset))
        return vm_raise(vm, vm->e_TypeError, "%s() takes no keyword arguments", name);
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    if (t == vm->t_frozenset && nargs == 1 && value_is_type(args[0], vm->t_frozenset)) return args[0];
    return set_from_iterable(vm, t, nargs ? args[0] : VAL_EMPTY);
}

void set_init_type(CoilVM *vm)
{
    CoilType *types[2] = {vm->t_set, vm->t_frozenset};
    for (int i = 0; i < 2; i++) {
        CoilType *t = types[i];
        t->flags |= TYPE_BASETYPE;
        t->instance_size = sizeof(CoilSet);
        t->trace = set_trace;
        t->finalize = set_finalize;
        t->repr = set_repr;
        t->len = set_len;
        t->bool_ = set_bool;
        t->contains = set_contains_slot;
        t->compare = set_compare;
        t->binary[BIN_OR] = set_or;
        t->binary[BIN_AND] = set_and;
        t->binary[BIN_SUB] = set_sub;
        t->binary[BIN_XOR] = set_xor;
        t->iter = set_iter;
        t->new_ = set_new_slot;
    }
    vm->t_set->hash = set_unhashable;
    vm->t_frozenset->hash = frozenset_hash;
    vm->t_set->inplace[BIN_OR] = set_ior;
    vm->t_set->inplace[BIN_AND] = set_iand;
    vm->t_set->inplace[BIN_SUB] = set_isub;
    vm->t_set->inplace[BIN_XOR] = set_ixor;
    type_add_methods(vm, vm->t_set, set_methods);
    type_add_methods(vm, vm->t_frozenset, frozenset_methods);
    CoilType *it = type_new_builtin(vm, "set_iterator", vm->t_object, sizeof(SetIter), 0);
    if (!it) return;
    it->trace = setiter_trace;
    it->iter = iter_self;
    it->next = setiter_next;
    type_add_methods(vm, it, setiter_methods);
    vm->t_set_iterator = it;
}
