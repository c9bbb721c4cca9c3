/* buf.h — CoilBuf, a growable byte buffer whose memory comes from a
 * CoilAllocator.  Formatting code appends into a caller-provided buffer, so the
 * caller decides when (and whether) the bytes become a string object. */
#ifndef COIL_BUF_H
#define COIL_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/alloc.h"

/* data[len] is always 0 once anything has been appended, so data can be read
 * as a C string; cap counts the bytes allocated (terminator included).
 * Appends return false when the allocator refuses (the caller raises
 * MemoryError); the buffer is then left as it was. */
typedef struct CoilBuf {
    char *data;
    size_t len;
    size_t cap;
    const CoilAllocator *alloc;
} CoilBuf;

void buf_init(CoilBuf *b, const CoilAllocator *alloc);
void buf_free(CoilBuf *b);             /* releases the memory; b can be reused after buf_init */
bool buf_reserve(CoilBuf *b, size_t extra); /* room for extra more bytes (plus terminator) */
bool buf_append(CoilBuf *b, const void *p, size_t n);
bool buf_append_str(CoilBuf *b, const char *s);
bool buf_fill(CoilBuf *b, char c, size_t n);  /* n copies of byte c */
bool buf_append_cp(CoilBuf *b, uint32_t cp);   /* one code point, UTF-8 encoded */
bool buf_fill_cp(CoilBuf *b, uint32_t cp, size_t n); /* n copies of a code point */
void buf_truncate(CoilBuf *b, size_t len);     /* shrink len (no-op if len >= b->len) */

/* UTF-8 encoding of cp (< 0x110000) into out; returns the byte count (1-4). */
size_t buf_utf8_encode(uint32_t cp, char out[4]);

static inline bool buf_putc(CoilBuf *b, char c)
{
    if (b->len + 1 >= b->cap && !buf_reserve(b, 1)) return false;
    b->data[b->len++] = c;
    b->data[b->len] = 0;
    return true;
}

/* The bytes as a C string ("" for a buffer that never grew). */
static inline const char *buf_cstr(const CoilBuf *b)
{
    return b->data ? b->data : "";
}

#endif
