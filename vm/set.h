/* set.h — set and frozenset: an open-addressing table that follows
 * CPython's setobject.c step for step (linear probes, then perturbation;
 * the same resize rule), so iteration order — and printed sets — match. */
#ifndef COIL_SET_H
#define COIL_SET_H

#include "vm/state.h"

typedef struct CoilSetEntry {
    int64_t hash;
    CoilValue key; /* VAL_EMPTY: never used; SET_DUMMY: deleted */
} CoilSetEntry;

#define SET_DUMMY (VAL_TAG_SPECIAL | 0x11)
#define SET_MINSIZE 8

typedef struct CoilSet {
    CoilObject obj;
    size_t fill;          /* active + dummy */
    size_t used;          /* active */
    size_t mask;
    CoilSetEntry *table;
    int64_t hash;         /* frozenset: cached, -1 until computed */
    size_t finger;        /* pop() search start */
    uint64_t version;
    CoilSetEntry small[SET_MINSIZE];
} CoilSet;

static inline bool value_is_anyset(const CoilVM *vm, CoilValue v)
{
    if (!value_is_object(v)) return false;
    CoilType *t = value_as_object(v)->type;
    return t == vm->t_set || t == vm->t_frozenset || type_is_subtype(t, vm->t_set) ||
           type_is_subtype(t, vm->t_frozenset);
}
static inline CoilSet *value_as_set(CoilValue v) { return (CoilSet *)value_as_object(v); }

void set_init_type(CoilVM *vm);

/* An empty set (type t_set or t_frozenset). */
CoilValue set_new(CoilVM *vm, CoilType *type);
/* 0 or -1. */
int set_add(CoilVM *vm, CoilSet *s, CoilValue key);
/* 1 present, 0 absent, -1 error. */
int set_contains(CoilVM *vm, CoilSet *s, CoilValue key);
/* 1 removed, 0 absent, -1 error. */
int set_discard(CoilVM *vm, CoilSet *s, CoilValue key);
bool set_update(CoilVM *vm, CoilSet *s, CoilValue iterable);
bool set_next(const CoilSet *s, size_t *pos, CoilValue *key);
CoilValue set_from_iterable(CoilVM *vm, CoilType *type, CoilValue iterable);
void set_clear(CoilVM *vm, CoilSet *s);
/* The algebra, in CPython's algorithms (the result's order depends on them);
 * so is a set or frozenset (the result has its base type), other any iterable. */
CoilValue set_union(CoilVM *vm, CoilValue so, CoilValue other);
CoilValue set_intersection(CoilVM *vm, CoilValue so, CoilValue other);
CoilValue set_difference(CoilVM *vm, CoilValue so, CoilValue other);
CoilValue set_symmetric_difference(CoilVM *vm, CoilValue so, CoilValue other);
/* A copy of so with so's base type (set or frozenset). */
CoilValue set_copy(CoilVM *vm, CoilValue so);
/* In-place forms (difference_update, symmetric_difference_update). */
bool set_difference_update(CoilVM *vm, CoilSet *s, CoilValue other);
bool set_symmetric_difference_update(CoilVM *vm, CoilSet *s, CoilValue other);
/* s takes over the table of the set `from` exactly (CPython's swap of bodies,
 * which intersection_update relies on for its order); `from` is left empty. */
void set_take_body(CoilVM *vm, CoilSet *s, CoilValue from);

extern const CoilMethodDef set_methods[];
extern const CoilMethodDef frozenset_methods[];

#endif
