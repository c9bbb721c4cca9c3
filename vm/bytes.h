/* bytes.h — the bytes object (immutable byte string); a minimal core: literals,
 * repr, len, indexing, iteration, equality, hashing, decode(). */
#ifndef COIL_BYTES_H
#define COIL_BYTES_H

#include "vm/state.h"

typedef struct CoilBytes {
    CoilObject obj;
    size_t len;
    int64_t hash;
    unsigned char data[];
} CoilBytes;

CoilValue bytes_new(CoilVM *vm, const void *data, size_t len);
/* The bytes as a str of the same code points (latin-1), for int()/float(). */
CoilValue bytes_as_str(CoilVM *vm, CoilValue b);
void bytes_init_type(CoilVM *vm);

#endif
