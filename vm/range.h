/* range.h — the range object and its iterator (int64 bounds), shared with the
 * interpreter's FORITER fast path. */
#ifndef COIL_RANGE_H
#define COIL_RANGE_H

#include "vm/state.h"

/* Bounds within +-2**60 (every sum and product of the arithmetic then fits
 * int64) live in the int64 fields; beyond, `big` is set and the b* fields
 * hold the ints (CPython's ranges take any int). */
typedef struct CoilRange {
    CoilObject obj;
    int64_t start, stop, step, len;
    CoilValue bstart, bstop, bstep, blen;
    bool big;
} CoilRange;

typedef struct CoilRangeIter {
    CoilObject obj;
    int64_t next, step, remaining;
} CoilRangeIter;

CoilValue range_new(CoilVM *vm, int64_t start, int64_t stop, int64_t step);
void range_init_type(CoilVM *vm);

#endif
