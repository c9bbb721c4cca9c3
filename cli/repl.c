/* repl.c — the interactive prompt: reads statements with ">>> " and "... "
 * prompts, runs each in the VM's persistent __main__ (vm_repl_run prints
 * expression values and errors as CPython's prompt does) and leaves on
 * end-of-file or SystemExit.  Ctrl-C abandons the input being typed, or
 * interrupts the running statement with KeyboardInterrupt. */
#define _POSIX_C_SOURCE 200809L /* sigaction, getline */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/repl.h"
#include "vm/run.h"
#include "vm/vm.h"

/* What a SIGINT handler can reach: the VM running a statement (it gets
 * KeyboardInterrupt), or else a flag that abandons the input being typed. */
static CoilVM *volatile running_vm;
static volatile sig_atomic_t read_interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    if (running_vm) vm_request_interrupt(running_vm);
    else read_interrupted = 1;
}

/* Whether the input so far opens a block that only an empty line closes:
 * a compound statement (even all on one line, as CPython's prompt has it),
 * a decorator, or a first line ending with ':' (a comment aside). */
static bool opens_block(const char *buf)
{
    static const char *const compound[] = {"if", "while", "for", "def", "class", "with", "try", "async"};
    const char *p = buf;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '@') return true;
    for (size_t i = 0; i < sizeof compound / sizeof *compound; i++) {
        size_t k = strlen(compound[i]);
        if (!strncmp(p, compound[i], k) && (p[k] == ' ' || p[k] == '\t' || p[k] == '(' || p[k] == ':'))
            return true;
    }
    const char *end = strchr(buf, '\n');
    if (!end) end = buf + strlen(buf);
    const char *hash = memchr(buf, '#', (size_t)(end - buf)); /* '#' inside a string is rare enough */
    if (hash) end = hash;
    while (end > buf && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) end--;
    return end > buf && end[-1] == ':';
}

/* Reads one line (with its newline) into *line; false at end of input.
 * *interrupted is set when Ctrl-C arrived while waiting. */
static bool read_line(const char *prompt, char **line, size_t *cap, bool *interrupted)
{
    fputs(prompt, stdout);
    fflush(stdout);
    read_interrupted = 0;
    errno = 0;
    ssize_t n = getline(line, cap, stdin);
    if (read_interrupted || (n < 0 && errno == EINTR)) {
        clearerr(stdin);
        *interrupted = true;
        return true;
    }
    return n >= 0;
}

int repl_run(CoilVM *vm)
{
    if (!vm_repl_begin(vm)) {
        fputs("coil: cannot start the interactive prompt\n", stderr);
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint; /* no SA_RESTART: Ctrl-C ends a waiting read */
    sigaction(SIGINT, &sa, NULL);
    fprintf(stderr, "Coil %s (Python 3.11 compatible)\nType Ctrl-D or \"import sys; sys.exit()\" to leave.\n",
            COIL_VERSION);

    char *line = NULL, *buf = NULL;
    size_t line_cap = 0, len = 0, cap = 0;
    int status = 0;
    for (;;) {
        bool interrupted = false;
        if (!read_line(len ? "... " : ">>> ", &line, &line_cap, &interrupted)) {
            fputc('\n', stdout);
            break;
        }
        if (interrupted) {
            fputs("\nKeyboardInterrupt\n", stderr);
            len = 0;
            continue;
        }
        size_t n = strlen(line);
        if (len + n + 1 > cap) {
            size_t ncap = (len + n + 1) * 2;
            char *grown = realloc(buf, ncap);
            if (!grown) {
                fputs("MemoryError\n", stderr);
                len = 0;
                continue;
            }
            buf = grown;
            cap = ncap;
        }
        memcpy(buf + len, line, n + 1);
        len += n;
        bool blank = strspn(line, " \t\r\n") == n;
        if (len == n && blank) { /* an empty input: nothing to run */
            len = 0;
            continue;
        }
        /* A block runs when an empty line ends it (and then an unfinished
         * block is an error); anything else as soon as it compiles, or fails
         * for a reason more text cannot fix (an open bracket can). */
        bool block = opens_block(buf);
        running_vm = vm;
        CoilReplStatus st = vm_repl_run(vm, buf, len, !block ? REPL_RUN : blank ? REPL_FINAL : REPL_CHECK, &status);
        running_vm = NULL;
        if (st == REPL_MORE) continue;
        len = 0;
        if (st == REPL_EXIT) break;
        fflush(stdout);
    }
    free(line);
    free(buf);
    return status;
}
