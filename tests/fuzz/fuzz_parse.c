/* fuzz_parse.c — libFuzzer target for the front end: any byte string goes
 * through the lexer and parser (and the AST dump when it parses); nothing may
 * crash, hang, leak or trip a sanitizer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size + 1);
    if (!src) return 0;
    memcpy(src, data, size);
    src[size] = '\0';

    CoilArena *arena = arena_new();
    if (arena) {
        CoilSyntaxError err = {0};
        AstNode *mod = parse_module(arena, src, size, &err);
        FILE *sink = fopen("/dev/null", "w");
        if (sink) {
            if (mod) ast_dump(mod, sink);
            else if (err.set) syntax_error_print(&err, "fuzz.py", src, size, sink);
            fclose(sink);
        }
        arena_free(arena);
    }
    free(src);
    return 0;
}
