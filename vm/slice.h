/* slice.h — slice objects and the index arithmetic sequences share. */
#ifndef COIL_SLICE_H
#define COIL_SLICE_H

#include "vm/state.h"

CoilValue slice_new(CoilVM *vm, CoilValue start, CoilValue stop, CoilValue step);
/* PySlice_GetIndicesEx: clamps to a sequence of length len; 0 or -1. */
int slice_unpack_indices(CoilVM *vm, CoilValue slice, int64_t len, int64_t *start,
                         int64_t *stop, int64_t *step, int64_t *slicelen);
/* The same, reading the length only after the slice's __index__ calls ran
 * (they may resize a mutable sequence), as CPython does. */
int slice_unpack_live(CoilVM *vm, CoilValue slice, const size_t *lenp, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen);
/* An index from a slice bound (a slice's, or find()'s and index()'s start and
 * end), clamped to int64 as _PyEval_SliceIndex does; none_ok picks the
 * TypeError's wording (the caller handles None itself).  0 or -1. */
int slice_bound_index(CoilVM *vm, CoilValue v, bool none_ok, int64_t *out);
/* A slice's start, stop and step as given (None when omitted). */
void slice_parts(CoilValue slice, CoilValue *start, CoilValue *stop, CoilValue *step);
void slice_init_type(CoilVM *vm);

#endif
