/* weakref.h — weak references: the collector's side (clearing the refs to
 * what a collection found unreachable, after marking and before sweeping)
 * and the safe point's side (running the callbacks of the refs it cleared).
 * The ref type itself is the _weakref module's (weakref.c). */
#ifndef COIL_WEAKREF_H
#define COIL_WEAKREF_H

#include "vm/state.h"

/* During a collection, after the last marking: every ref whose referent is
 * unmarked is cleared; a marked ref with a callback is queued for
 * weakref_run_pending; refs that are dying themselves leave the table.
 * Allocates nothing and calls no script code. */
void weakref_gc_clear(CoilVM *vm);
/* During marking: the queued refs (and their callbacks) are roots. */
void weakref_gc_mark_pending(CoilVM *vm);
/* At a safe point (check point, gc.collect()): calls the queued callbacks,
 * oldest first; an exception one raises is reported as CPython's
 * "Exception ignored in" and does not propagate. */
void weakref_run_pending(CoilVM *vm);
/* VM teardown: frees the table. */
void weakref_free_all(CoilVM *vm);
/* The refs to o, newest first (for obj.__weakref__): the first, or None. */
CoilValue weakref_first(CoilVM *vm, CoilValue o);

#endif
