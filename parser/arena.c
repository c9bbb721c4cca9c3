/* arena.c — the AST's bump allocator (see arena.h).  Memory comes in chunks
 * that grow geometrically, so a big parse makes few malloc calls; an object
 * bigger than a chunk gets a chunk of its own.  Freeing walks the chunk list. */
#include "parser/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16
#define ARENA_FIRST_CHUNK (16 * 1024)
#define ARENA_MAX_CHUNK (4 * 1024 * 1024)

typedef struct ArenaChunk {
    struct ArenaChunk *prev;
    size_t size; /* usable bytes after the header */
    /* Keeps the payload 16-byte aligned whatever the header's size. */
    _Alignas(ARENA_ALIGN) unsigned char data[];
} ArenaChunk;

struct CoilArena {
    ArenaChunk *chunk;   /* current chunk (newest) */
    size_t used;         /* bytes used in the current chunk */
    size_t next_size;    /* size of the next regular chunk */
    size_t handed_out;   /* total bytes returned to callers */
};

CoilArena *arena_new(void)
{
    CoilArena *a = calloc(1, sizeof *a);
    if (a) a->next_size = ARENA_FIRST_CHUNK;
    return a;
}

void arena_free(CoilArena *arena)
{
    if (!arena) return;
    ArenaChunk *c = arena->chunk;
    while (c) {
        ArenaChunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(arena);
}

/* Adds a chunk able to hold `need` bytes.  A request larger than the regular
 * chunk size gets a dedicated chunk slipped *behind* the current one, so the
 * free space left in the current chunk is not wasted. */
static void *arena_grow(CoilArena *a, size_t need)
{
    size_t size = a->next_size;
    if (need > size / 4 && a->chunk) {
        ArenaChunk *big = malloc(sizeof(ArenaChunk) + need);
        if (!big) return NULL;
        big->size = need;
        big->prev = a->chunk->prev;
        a->chunk->prev = big;
        memset(big->data, 0, need);
        return big->data;
    }
    while (size < need) size *= 2;
    ArenaChunk *c = malloc(sizeof(ArenaChunk) + size);
    if (!c) return NULL;
    c->size = size;
    c->prev = a->chunk;
    a->chunk = c;
    a->used = need;
    if (a->next_size < ARENA_MAX_CHUNK) a->next_size *= 2;
    memset(c->data, 0, need);
    return c->data;
}

void *arena_alloc(CoilArena *arena, size_t size)
{
    if (size > SIZE_MAX / 2) return NULL;
    size = (size + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0) size = ARENA_ALIGN;
    arena->handed_out += size;
    ArenaChunk *c = arena->chunk;
    if (c && c->size - arena->used >= size) {
        void *p = c->data + arena->used;
        arena->used += size;
        memset(p, 0, size);
        return p;
    }
    return arena_grow(arena, size);
}

char *arena_strndup(CoilArena *arena, const char *s, size_t n)
{
    char *p = arena_alloc(arena, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

size_t arena_bytes(const CoilArena *arena)
{
    return arena->handed_out;
}
