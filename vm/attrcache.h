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

typedef struct CoilAttrCache {
    CoilType *type;    /* receiver type when filled; NULL: empty */
    uint64_t epoch;    /* vm->type_epoch when filled */
    CoilValue attr;    /* what type_lookup found, or VAL_EMPTY */
    uint32_t hint;     /* entry number of the name in the last instance dict */
    uint16_t offset;   /* the type's dict_offset (0: instances have no dict) */
    uint8_t kind;      /* AC_* */
    uint8_t fallback;  /* AC_FB_* */
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

#endif
