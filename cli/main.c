/* main.c — the `coil` program: option parsing and the runners for a script
 * file, `-c` source and a script piped into stdin; --ast, --check and --dis
 * for tools. */
#define _POSIX_C_SOURCE 200809L /* fileno */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/repl.h"
#include "compiler/compile.h"
#include "parser/parser.h"
#include "vm/run.h"


static void usage(FILE *out)
{
    fputs("usage: coil [option] ... [-c cmd | file | -] [arg] ...\n"
          "Options:\n"
          "  -c cmd         run the program passed in as a string\n"
          "  -u             unbuffered stdout and stderr (accepted; Coil flushes as CPython's -u)\n"
          "  file           run the script in file; - (or no file, with stdin not a terminal)\n"
          "                 reads the program from stdin; no file on a terminal: the prompt\n"
          "  --ast FILE     print FILE's syntax tree (the format of Python's ast.dump(tree, indent=2))\n"
          "  --check FILE   parse FILE and report syntax errors only\n"
          "  --dis FILE     print FILE's compiled bytecode (in the manner of luac -l)\n"
          "  --version      print the version and exit\n"
          "  -h, --help     print this help and exit\n",
          out);
}

/* Reads a whole file into a NUL-terminated buffer.  Reports failures the way
 * CPython's launcher does ("can't open file ...") and returns NULL. */
static char *read_source(const char *prog, const char *path, size_t *len_out)
{
    struct stat st;
    FILE *f = fopen(path, "rb");
    if (!f || fstat(fileno(f), &st) != 0 || S_ISDIR(st.st_mode)) {
        int e = f ? EISDIR : errno;
        if (f) fclose(f);
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", prog, path, e, strerror(e));
        return NULL;
    }
    size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fclose(f);
            fprintf(stderr, "%s: out of memory reading '%s'\n", prog, path);
            return NULL;
        }
        len += fread(buf + len, 1, cap - len - 1, f);
        if (len < cap - 1) break;
        char *grown = realloc(buf, cap * 2);
        if (!grown) free(buf);
        buf = grown;
        cap *= 2;
    }
    fclose(f);
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

/* CPython refuses a source file that is not valid UTF-8 before tokenizing it,
 * with a message naming the first bad byte and its line. */
static bool check_utf8(const char *path, const char *src, size_t len)
{
    const unsigned char *s = (const unsigned char *)src;
    int line = 1;
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2
                 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++)
            ok = (s[i + k] & 0xC0) == 0x80;
        if (ok && n == 3) { /* no overlongs, no surrogates */
            unsigned cp = (c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6;
            ok = cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF);
        }
        if (ok && n == 4) {
            unsigned cp = (c & 0x07) << 18 | (s[i + 1] & 0x3F) << 12;
            ok = cp >= 0x10000 && cp <= 0x10FFFF;
        }
        if (!ok) {
            fprintf(stderr,
                    "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                    c, path, line);
            return false;
        }
        if (c == '\n') line++;
        i += n;
    }
    return true;
}

/* Reads all of stdin into a NUL-terminated buffer (NULL when out of memory). */
static char *read_stdin(size_t *len_out)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        len += fread(buf + len, 1, cap - len - 1, stdin);
        if (len < cap - 1) break;
        char *grown = realloc(buf, cap * 2);
        if (!grown) free(buf);
        buf = grown;
        cap *= 2;
    }
    if (!buf) {
        fputs("coil: out of memory reading stdin\n", stderr);
        return NULL;
    }
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

/* Runs source that is not a file ("<string>" or "<stdin>") with sys.argv set
 * to argv[0..argc). */
static int run_string(const char *name, bool set_file, const char *src, size_t len, int argc,
                      const char *const *argv)
{
    CoilVM *vm = vm_new(NULL);
    if (!vm) {
        fputs("MemoryError\n", stderr);
        return 1;
    }
    vm_set_argv(vm, argc, argv);
    int status = vm_run_string(vm, name, src, len, set_file);
    vm_free(vm);
    return status;
}

enum Mode { MODE_RUN, MODE_AST, MODE_CHECK, MODE_DIS };

int main(int argc, char **argv)
{
    const char *prog = argv[0];
    enum Mode mode = MODE_RUN;
    const char *path = NULL;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (path) break; /* the rest are the script's own arguments */
        if (!strcmp(a, "-c")) {
            /* sys.argv: '-c', then the arguments after the command */
            if (i + 1 >= argc) {
                fputs("Argument expected for the -c option\n", stderr);
                usage(stderr);
                return 2;
            }
            const char *cmd = argv[i + 1];
            argv[i + 1] = (char *)"-c";
            int status = run_string("<string>", false, cmd, strlen(cmd), argc - i - 1,
                                    (const char *const *)argv + i + 1);
            return fflush(stdout) != 0 && status == 0 ? 120 : status;
        }
        if (!strcmp(a, "-u")) continue;
        if (!strcmp(a, "--ast")) mode = MODE_AST;
        else if (!strcmp(a, "--check")) mode = MODE_CHECK;
        else if (!strcmp(a, "--dis")) mode = MODE_DIS;
        else if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            printf("Coil %s\n", COIL_VERSION);
            return 0;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "unknown option %s\n", a);
            usage(stderr);
            return 2;
        } else path = a;
    }
    if (mode == MODE_RUN && (path ? !strcmp(path, "-") : !isatty(STDIN_FILENO))) {
        /* The program comes from stdin; sys.argv[0] is '-' or ''. */
        size_t len = 0;
        char *src = read_stdin(&len);
        if (!src) return 1;
        int first = 1;
        while (path && first < argc && argv[first] != path) first++;
        const char *empty[] = {""};
        int status = path ? run_string("<stdin>", true, src, len, argc - first, (const char *const *)argv + first)
                          : run_string("<stdin>", true, src, len, 1, empty);
        free(src);
        return fflush(stdout) != 0 && status == 0 ? 120 : status;
    }
    if (!path && mode == MODE_RUN) {
        /* stdin is a terminal: the interactive prompt */
        CoilVM *vm = vm_new(NULL);
        if (!vm) {
            fputs("MemoryError\n", stderr);
            return 1;
        }
        const char *empty[] = {""};
        vm_set_argv(vm, 1, empty);
        int status = repl_run(vm);
        vm_run_atexit(vm); /* as run_main does when a script ends */
        vm_free(vm);
        return status;
    }
    if (!path) {
        fputs("coil: a file is needed\n", stderr);
        usage(stderr);
        return 2;
    }

    size_t len = 0;
    char *src = read_source(prog, path, &len);
    if (!src) return 2;
    if (!check_utf8(path, src, len)) {
        free(src);
        return 1;
    }

    /* A syntax error names the script by its absolute (unnormalised) path,
     * as CPython does and as the runtime's tracebacks do. */
    char shown[4096];
    const char *shown_path = path;
    if (path[0] != '/' && getcwd(shown, sizeof shown)) {
        size_t n = strlen(shown), m = strlen(path);
        if (n + m + 2 <= sizeof shown) {
            shown[n] = '/';
            memcpy(shown + n + 1, path, m + 1);
            shown_path = shown;
        }
    }
    CoilArena *arena = arena_new();
    CoilSyntaxError err = {0};
    AstNode *mod = arena ? parse_module(arena, src, len, &err) : NULL;
    int status = 0;
    if (!mod) {
        if (err.set) syntax_error_print(&err, shown_path, src, len, stderr);
        else fputs("MemoryError\n", stderr);
        status = 1;
    } else if (mode == MODE_AST) {
        ast_dump(mod, stdout);
    } else if (mode == MODE_DIS) {
        CoilProto *proto = compile_module(arena, mod, path, &err);
        if (proto) {
            compile_disassemble(proto, stdout);
        } else {
            if (err.set) syntax_error_print(&err, shown_path, src, len, stderr);
            else fputs("MemoryError\n", stderr);
            status = 1;
        }
    } else if (mode == MODE_RUN) {
        CoilVM *vm = vm_new(NULL);
        if (!vm) {
            fputs("MemoryError\n", stderr);
            status = 1;
        } else {
            int first = 1; /* sys.argv: the script and the arguments after it */
            while (first < argc && argv[first] != path) first++;
            vm_set_argv(vm, argc - first, (const char *const *)argv + first);
            status = vm_run_file(vm, path, src, len);
            vm_free(vm);
        }
    }
    arena_free(arena);
    free(src);
    if (fflush(stdout) != 0) status = status ? status : 120;
    return status;
}
