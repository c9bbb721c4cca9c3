/* attrcache.h — per-instruction inline caches of GETATTR, SETATTR and
 * GETMETHOD.  An entry remembers, for the last receiver type seen there, what
 * the generic attribute protocol found on the type (a method, a property, a
 * class attribute, nothing) and where the name sat in the instance dict.  It
 * is valid while the type is the same and vm->type_epoch has not moved (every
 * class-namespace change, new class and freed type bumps it), so the cached
 * class attribute is still held by the class and needs no tracing. */
#ifndef COIL_ATTRCACHE_H
#define COIL_ATTRCACHE_H

#include "vm/dict.h"
#include "vm/str.h"
#include "vm/type.h"

/* What a filled entry does (ac->kind). */
enum {
    AC_EMPTY = 0,
    AC_GET_DICT,   /* GETATTR: the instance dict, else the fallback below */
    AC_GET_DESCR,  /* GETATTR: a data descriptor on the type (descr_get) */
    AC_GET_FGET,   /* GETATTR: a property whose getter is a script function (call it as a frame) */
    AC_SET_DICT,   /* SETATTR: store into the instance dict */
    AC_SET_DESCR,  /* SETATTR: a data descriptor on the type (descr_set) */
    AC_METHOD,     /* GETMETHOD: a plain method on the type, unless the instance dict shadows it */
};

/* AC_GET_DICT when the instance dict lacks the name (ac->fallback). */
enum {
    AC_FB_SLOW = 0, /* nothing on the type: the generic path raises AttributeError */
    AC_FB_VALUE,    /* a plain class attribute */
    AC_FB_BIND,     /* a script function: a bound method */
    AC_FB_DESCR     /* a non-data descriptor (classmethod, staticmethod, ...) */
};

/* ac->ipos when the name is not among the type's first ac->iknown inline keys. */
#define AC_IPOS_NONE 0xFF

typedef struct CoilAttrCache {
    CoilType *type;    /* receiver type when filled; NULL: empty */
    uint64_t epoch;    /* vm->type_epoch when filled */
    CoilValue attr;    /* what type_lookup found, or VAL_EMPTY */
    uint16_t hint;     /* entry number of the name in the last instance dict */
    uint16_t offset;   /* the type's dict_offset (0: instances have no dict) */
    uint8_t kind;      /* AC_* */
    uint8_t fallback;  /* AC_FB_* */
    /* Inline attributes (type.h): the name's index in type->ikeys (which
     * only grows, so the index stays right), or AC_IPOS_NONE when it is not
     * among the first iknown keys. */
    uint8_t ipos, iknown;
} CoilAttrCache;

/* The instance dict of o through a cached offset, or NULL if it has none yet. */
static inline CoilDict *ac_instance_dict(const CoilAttrCache *ac, CoilObject *o)
{
    CoilValue d = *(CoilValue *)(void *)((char *)o + ac->offset);
    return value_is_object(d) ? value_as_dict(d) : NULL;
}

#if defined(__GNUC__) || defined(__clang__)
#define AC_INLINE static inline __attribute__((always_inline))
#else
#define AC_INLINE static inline
#endif

/* ac_dict_slot when the hint missed: a full probe, renewing the hint. */
CoilValue *attrcache_dict_probe(CoilVM *vm, CoilAttrCache *ac, CoilDict *d, CoilString *name);

/* Where `name` lives in d, trying the entry it had last time first (inlined
 * into the dispatch loop: the hit is the whole point). */
AC_INLINE CoilValue *ac_dict_slot(CoilVM *vm, CoilAttrCache *ac, CoilDict *d, CoilString *name)
{
    uint32_t h = ac->hint;
    if (h < d->nentries && d->entries[h].key == value_from_object(name)) return &d->entries[h].value;
    return attrcache_dict_probe(vm, ac, d, name);
}

/* The out-of-line halves of the inline-attribute helpers below. */
CoilValue *attrcache_inline_probe(CoilAttrCache *ac, CoilObject *o, uint32_t n, CoilString *name);
int attrcache_inline_set(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name, CoilValue v);
int attrcache_dict_set(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name, CoilValue v);

/* Where name lives in o, an inline-mode instance holding n values; NULL if
 * it has no such attribute. */
AC_INLINE CoilValue *ac_inline_slot(CoilAttrCache *ac, CoilObject *o, uint32_t n, CoilString *name)
{
    uint32_t i = ac->ipos;
    if (i < n) return &inst_inline_vals(o)[i];
    if (i != AC_IPOS_NONE || n <= ac->iknown) return NULL;
    return attrcache_inline_probe(ac, o, n, name);
}

/* Where name lives in o's attributes (inline or in its dict), or NULL. */
AC_INLINE CoilValue *ac_get_slot(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name)
{
    CoilValue d = *(CoilValue *)(void *)((char *)o + ac->offset);
    if (inst_is_inline(d)) return ac_inline_slot(ac, o, inst_inline_n(d), name);
    return value_is_object(d) ? ac_dict_slot(vm, ac, value_as_dict(d), name) : NULL;
}

/* SETATTR into o's attributes (an AC_SET_DICT entry): 0, or -1 on error.
 * An inline hit is one store; the next key of the class's sequence is one
 * store and a count bump. */
AC_INLINE int ac_set(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name, CoilValue v)
{
    CoilValue *sp = (CoilValue *)(void *)((char *)o + ac->offset);
    CoilValue d = *sp;
    if (inst_is_inline(d)) {
        uint32_t n = inst_inline_n(d), i = ac->ipos;
        if (i < n) {
            inst_inline_vals(o)[i] = v;
            return 0;
        }
        if (i == n && n < inst_inline_cap(d)) {
            inst_inline_vals(o)[n] = v;
            *sp = d + 1;
            return 0;
        }
        return attrcache_inline_set(vm, ac, o, name, v);
    }
    if (value_is_object(d)) {
        CoilValue *slot = ac_dict_slot(vm, ac, value_as_dict(d), name);
        if (slot) {
            /* Same key set: the dict's version stays. */
            *slot = v;
            return 0;
        }
    }
    return attrcache_dict_set(vm, ac, o, name, v);
}

/* d has no entry for name (GETMETHOD's shadowing test): usually decided by
 * the first index slot. */
static inline bool ac_dict_lacks(CoilVM *vm, CoilDict *d, CoilString *name)
{
    if (!d->used) return true;
    if (name->hash != -1 && d->index[(size_t)name->hash & d->mask] == DICT_IX_EMPTY) return true;
    return dict_find_str(vm, d, name) < 0;
}

/* Fill ac for an attribute read / write / method lookup of `name` on an
 * object of type t.  Leaves ac empty when the case is not cacheable (a
 * custom __getattribute__/__getattr__/__setattr__, a dict after a
 * variable-size body, ...). */
void attrcache_fill_get(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name);
void attrcache_fill_set(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name);
void attrcache_fill_method(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name);

/* o has no attribute `name` of its own (GETMETHOD). */
AC_INLINE bool ac_lacks(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name)
{
    CoilValue d = *(CoilValue *)(void *)((char *)o + ac->offset);
    if (inst_is_inline(d)) return !ac_inline_slot(ac, o, inst_inline_n(d), name);
    return !value_is_object(d) || ac_dict_lacks(vm, value_as_dict(d), name);
}

#endif
