/* load.h — turning the compiler's CoilProto tree into code objects owned by
 * the VM (constants converted to values, names interned), so the compiler's
 * arena can be freed right after. */
#ifndef COIL_LOAD_H
#define COIL_LOAD_H

#include "compiler/bytecode.h"
#include "vm/state.h"

/* A code object for p and its nested protos; VAL_ERROR on failure. */
CoilValue load_proto(CoilVM *vm, const CoilProto *p);

/* The same for a proto tree stored as compiler/protobin.h bytes (the
 * stdlib compiled at build time). */
CoilValue load_protobin(CoilVM *vm, const unsigned char *data, size_t len);

#endif
