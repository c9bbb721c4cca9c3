/* frozen.h — the standard-library modules written in Coil (stdlib/ folder),
 * compiled at build time by scripts/freeze_stdlib.c and embedded in the
 * binary as bytecode (compiler/protobin.h), imported like source modules,
 * from memory, without compiling them again. */
#ifndef COIL_FROZEN_H
#define COIL_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct CoilFrozenModule {
    const char *name;   /* dotted module name; NULL ends the table */
    int is_package;     /* from a package's __init__.py */
    const char *source; /* UTF-8 source, NUL-terminated, or NULL (below) */
    size_t len;
    /* The module compiled at build time (filename "<frozen NAME>"), as
     * compiler/protobin.h bytes; NULL when it did not compile, and then
     * its source is above instead, for import to report the error. */
    const unsigned char *code;
    size_t code_len;
} CoilFrozenModule;

/* What asyncio's _frames.place(file, source, ...) calls of the embedded
 * stdlib run, compiled at build time and keyed by the place() call's
 * arguments (filename: file under CPython's asyncio directory, text: the
 * source as written); _asyncio._define_frozen runs one when both match.
 * `line` is the first line the rewritten source starts at. */
typedef struct CoilFrozenPlaced {
    const char *filename; /* NULL ends the table */
    long line;
    const char *text;
    size_t len;
    const unsigned char *code; /* protobin bytes */
    size_t code_len;
} CoilFrozenPlaced;

/* The generated tables (build tree: gen/stdlib_frozen.c). */
extern const CoilFrozenModule coil_frozen_modules[];
extern const CoilFrozenPlaced coil_frozen_placed[];

#endif
