/* slice.h — slice objects and the index arithmetic sequences share. */
#ifndef COIL_SLICE_H
#define COIL_SLICE_H

#include "vm/state.h"

CoilValue slice_new(CoilVM *vm, CoilValue start, CoilValue stop, CoilValue step);
/* PySlice_GetIndicesEx: clamps to a sequence of length len; 0 or -1. */
int slice_unpack_indices(CoilVM *vm, CoilValue slice, int64_t len, int64_t *start,
                         int64_t *stop, int64_t *step, int64_t *slicelen);
void slice_init_type(CoilVM *vm);

#endif
