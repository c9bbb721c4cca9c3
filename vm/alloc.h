/* alloc.h — the allocator hook every VM allocation goes through (Lua's
 * lua_Alloc shape): one function that allocates, resizes and frees, so a host
 * can count, limit or redirect all of a VM's memory. */
#ifndef COIL_ALLOC_H
#define COIL_ALLOC_H

#include <stddef.h>

/* ptr == NULL: allocate new_size bytes.  new_size == 0: free ptr (returns NULL).
 * Otherwise resize from old_size to new_size.  Returns NULL on failure (the
 * caller then raises MemoryError), never aborts. */
typedef void *(*CoilAllocFn)(void *ud, void *ptr, size_t old_size, size_t new_size);

typedef struct CoilAllocator {
    CoilAllocFn fn;
    void *ud;
} CoilAllocator;

static inline void *coil_alloc(const CoilAllocator *a, size_t size)
{
    return a->fn(a->ud, NULL, 0, size);
}

static inline void *coil_realloc(const CoilAllocator *a, void *p, size_t old_size, size_t new_size)
{
    return a->fn(a->ud, p, old_size, new_size);
}

static inline void coil_free(const CoilAllocator *a, void *p, size_t size)
{
    if (p) a->fn(a->ud, p, size, 0);
}

/* The default hook: the C library's malloc/realloc/free. */
void *coil_default_alloc(void *ud, void *ptr, size_t old_size, size_t new_size);

#endif
