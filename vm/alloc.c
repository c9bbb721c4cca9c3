/* alloc.c — the default allocator hook (malloc/realloc/free).  Hosts that want
 * limits or accounting pass their own CoilAllocFn instead. */
#include <stdlib.h>

#include "vm/alloc.h"

void *coil_default_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    (void)ud;
    (void)old_size;
    if (new_size == 0) {
        free(ptr);
        return NULL;
    }
    return realloc(ptr, new_size);
}
