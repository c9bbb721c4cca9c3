/* sysio.h — the standard streams of the sys module (sysio.c). */
#ifndef COIL_SYSIO_H
#define COIL_SYSIO_H

#include "vm/state.h"

/* Creates the stream type and sets sys.stdin/stdout/stderr (and the
 * __stdin__/__stdout__/__stderr__ originals) on the sys module. */
bool sysio_init(CoilVM *vm, CoilValue sys);

#endif
