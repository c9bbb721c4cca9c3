/* iter.h — the built-in iterator objects: sequence iterators (list, tuple,
 * range, reversed list, generic __getitem__ sequences), enumerate, zip,
 * reversed, map, filter and iter(callable, sentinel). */
#ifndef COIL_ITER_H
#define COIL_ITER_H

#include "vm/state.h"

/* Iterator over an indexable sequence; seq becomes VAL_EMPTY when exhausted. */
typedef struct CoilSeqIter {
    CoilObject obj;
    CoilValue seq;
    int64_t index;
} CoilSeqIter;

/* An iterator of type iter_type (t_list_iterator, t_tuple_iterator,
 * t_list_reverseiterator or t_seq_iterator) over seq. */
CoilValue seqiter_new(CoilVM *vm, CoilType *iter_type, CoilValue seq);

/* Normalises a sequence index for `what` ("list", "tuple"): 0 or -1 with
 * IndexError "<what> index out of range". */
int seq_index(CoilVM *vm, CoilValue key, int64_t len, int64_t *out, const char *what);

void iter_init_types(CoilVM *vm);

/* Builtins implemented with these iterators (registered by builtins.c). */
CoilValue iter_enumerate_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                             CoilValue kwnames);

#endif
