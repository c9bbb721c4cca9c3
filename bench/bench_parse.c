/* bench_parse.c — the parse benchmark's Coil side: lexes and parses one file
 * (building the full AST in an arena), like `ast.parse` does on the Python side.
 * With -v it prints the parse time and the arena's size. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parser/parser.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int verbose = argc > 2 && !strcmp(argv[1], "-v");
    const char *path = argv[argc - 1];
    if (argc < 2) {
        fprintf(stderr, "usage: bench_parse [-v] FILE\n");
        return 2;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *src = malloc((size_t)n + 1);
    if (!src || fread(src, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "cannot read %s\n", path);
        return 2;
    }
    fclose(f);
    src[n] = '\0';

    double t0 = now();
    CoilArena *arena = arena_new();
    CoilSyntaxError err = {0};
    AstNode *mod = parse_module(arena, src, (size_t)n, &err);
    double t1 = now();
    if (!mod) {
        syntax_error_print(&err, path, src, (size_t)n, stderr);
        return 1;
    }
    if (verbose)
        printf("parsed %ld bytes in %.1f ms, AST arena %zu KiB\n", n, (t1 - t0) * 1e3,
               arena_bytes(arena) / 1024);
    arena_free(arena);
    free(src);
    return 0;
}
