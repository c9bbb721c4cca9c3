/* fuzz_run.c — libFuzzer target for the whole interpreter: each input is
 * compiled and run as __main__ in a fresh VM with a step limit and a memory
 * limit, so every program ends; nothing may crash, leak or trip a sanitizer.
 * Inputs that may block or touch the machine for real (imports, sleep,
 * input, open) or that ask for unbounded big-int work (**, pow, <<) are
 * skipped: they are not bugs when they take long.  Run with
 * -close_fd_mask=3 to silence the programs' output. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vm/run.h"
#include "vm/vm.h"

static bool has(const char *src, size_t n, const char *word)
{
    size_t w = strlen(word);
    for (size_t i = 0; i + w <= n; i++)
        if (memcmp(src + i, word, w) == 0) return true;
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const skipped[] = {"import", "sleep", "input", "open", "**", "pow", "<<", "stdin"};
    const char *text = (const char *)data;
    for (size_t i = 0; i < sizeof skipped / sizeof *skipped; i++)
        if (has(text, size, skipped[i])) return 0;
    char *src = malloc(size + 1);
    if (!src) return 0;
    memcpy(src, data, size);
    src[size] = '\0';
    CoilVM *vm = vm_new(NULL);
    if (vm) {
        vm_set_memory_limit(vm, (size_t)64 << 20);
        vm_set_step_limit(vm, 100000);
        vm_run_string(vm, "<fuzz>", src, size, false);
        vm_free(vm);
    }
    free(src);
    return 0;
}
