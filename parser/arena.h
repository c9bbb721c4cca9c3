/* arena.h — a bump allocator for the AST: every node, list and string of one
 * parse lives in one arena and is freed with one call. */
#ifndef COIL_ARENA_H
#define COIL_ARENA_H

#include <stddef.h>

typedef struct CoilArena CoilArena;

CoilArena *arena_new(void);
void arena_free(CoilArena *arena);
/* Zeroed, 16-byte aligned memory; aborts the parse on exhaustion by returning NULL. */
void *arena_alloc(CoilArena *arena, size_t size);
char *arena_strndup(CoilArena *arena, const char *s, size_t n);
size_t arena_bytes(const CoilArena *arena); /* bytes handed out, for benchmarks */

#endif
