/* frozen.h — the standard-library modules written in Coil (stdlib/ folder),
 * embedded in the binary at build time by scripts/embed_stdlib.cmake and
 * imported like source modules, from memory. */
#ifndef COIL_FROZEN_H
#define COIL_FROZEN_H

#include <stdbool.h>
#include <stddef.h>

typedef struct CoilFrozenModule {
    const char *name;   /* dotted module name; NULL ends the table */
    int is_package;     /* from a package's __init__.py */
    const char *source; /* UTF-8 source, NUL-terminated */
    size_t len;
} CoilFrozenModule;

/* The generated table (build tree: gen/stdlib_frozen.c). */
extern const CoilFrozenModule coil_frozen_modules[];

#endif
