/* protobin.h — a CoilProto tree as one flat byte string (no pointers, so it
 * can sit in a binary's read-only data without relocations), and back.
 * Used to embed the stdlib compiled at build time (scripts/freeze_stdlib.c,
 * vm/import.c). */
#ifndef COIL_PROTOBIN_H
#define COIL_PROTOBIN_H

#include <stddef.h>
#include <stdint.h>

#include "compiler/bytecode.h"
#include "parser/arena.h"

/* A growable byte buffer (malloc'ed) for protobin_write. */
typedef struct ProtoBin {
    unsigned char *data;
    size_t len, cap;
} ProtoBin;

/* Appends proto p (with its nested protos) to b; 0 when out of memory. */
int protobin_write(ProtoBin *b, const CoilProto *p);

/* Rebuilds the proto tree written at data[0..len) in arena; its strings
 * point into data, which must outlive it.  NULL if the bytes are malformed
 * or memory ran out. */
CoilProto *protobin_read(CoilArena *arena, const unsigned char *data, size_t len);

#endif
