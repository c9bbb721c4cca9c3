/* vm.c — a VM's life cycle (creation with the built-in types, builtins and
 * sys; teardown that returns every byte to the hook) and the script runner
 * behind `coil script.py`: compile, load, run as __main__, report. */
#define _POSIX_C_SOURCE 200809L /* getcwd */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/compile.h"
#include "vm/aio.h"
#include "vm/builtins.h"
#include "vm/coro.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/gen.h"
#include "vm/import.h"
#include "vm/interp.h"
#include "vm/load.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

void format_init_types(CoilVM *vm);

/* The counted allocator: the host's hook behind the VM's accounting, for
 * layers that take a CoilAllocator (big ints, CoilBuf). */
static void *counted_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    CoilVM *vm = ud;
    if (new_size == 0) {
        vm_mem_free(vm, ptr, old_size);
        return NULL;
    }
    void *p = ptr ? vm_mem_realloc(vm, ptr, old_size, new_size) : vm_mem_alloc(vm, new_size);
    /* The layers report failure themselves: do not leave MemoryError pending twice. */
    if (!p) vm->exc = VAL_EMPTY;
    return p;
}

CoilVM *vm_new(const CoilAllocator *alloc)
{
    CoilAllocator a = alloc ? *alloc : (CoilAllocator){coil_default_alloc, NULL};
    CoilVM *vm = a.fn(a.ud, NULL, 0, sizeof(CoilVM));
    if (!vm) return NULL;
    memset(vm, 0, sizeof *vm);
    vm->alloc = a;
    vm->counted = (CoilAllocator){counted_alloc, vm};
    vm->gc_threshold = (size_t)4 << 20;
#ifdef COIL_GC_STRESS
    vm->gc_stress = true;
#endif
    vm->gc_inhibit = 1;
    vm->exc = VAL_EMPTY;
    vm->handled = VAL_NONE;
    vm->memory_error = VAL_NONE;
    vm->stop_value = VAL_NONE;
    vm->modules = vm->builtins = vm->builtins_dict = vm->empty_tuple = VAL_NONE;
    vm->repl_globals = VAL_EMPTY;
    vm->repl_loop = VAL_EMPTY;
    vm->context = VAL_NONE;
    vm->atexit_funcs = VAL_EMPTY;
    vm->recursion_limit = 1000;
    vm->c_stack_max = (size_t)3 << 20;
    vm->check_counter = INTERP_CHECK_INTERVAL;
    CoilStackSeg *seg = a.fn(a.ud, NULL, 0, sizeof(CoilStackSeg) + COIL_STACK_SEGMENT_VALUES * sizeof(CoilValue));
    if (!seg) {
        a.fn(a.ud, vm, sizeof *vm, 0);
        return NULL;
    }
    vm->heap_bytes += sizeof(CoilStackSeg) + COIL_STACK_SEGMENT_VALUES * sizeof(CoilValue);
    seg->prev = seg->next = NULL;
    seg->cap = COIL_STACK_SEGMENT_VALUES;
    vm->seg = seg;
    vm->stack_top = seg->data;
    bool ok = type_init_builtins(vm);
    if (ok) format_init_types(vm);
    if (ok) excgroup_init_types(vm); /* needs the final MROs */
    ok = ok && !vm_has_exception(vm) && builtins_init(vm) && sys_init(vm, 0, NULL);
    vm->gc_inhibit = 0;
    if (!ok) {
        vm_free(vm);
        return NULL;
    }
    return vm;
}

void vm_free(CoilVM *vm)
{
    if (!vm) return;
    vm->frame = NULL;
    gc_free_all(vm);
    if (vm->coro_warnings) coro_flush_warnings(vm);
    coro_free_warned(vm);
    CoilStackSeg *seg = vm->seg;
    while (seg && seg->prev) seg = seg->prev;
    while (seg) {
        CoilStackSeg *n = seg->next;
        vm_mem_free(vm, seg, sizeof(CoilStackSeg) + seg->cap * sizeof(CoilValue));
        seg = n;
    }
    vm_mem_free(vm, vm->intern, vm->intern_cap * sizeof(CoilString *));
    vm_mem_free(vm, vm->repr_stack, vm->caprepr * sizeof(CoilValue));
    gc_release_caches(vm);
    coil_free(&vm->alloc, vm->roots, vm->caproots * sizeof(CoilValue));
    coil_free(&vm->alloc, vm->gray, vm->capgray * sizeof(CoilObject *));
    coil_free(&vm->alloc, vm->handles, vm->caphandles * sizeof(CoilValue));
    CoilAllocator a = vm->alloc;
    a.fn(a.ud, vm, sizeof *vm, 0);
}

void vm_set_memory_limit(CoilVM *vm, size_t bytes) { vm->mem_limit = bytes; }

void vm_request_interrupt(CoilVM *vm) { vm->interrupt_requested = 1; }

void vm_set_step_limit(CoilVM *vm, uint64_t steps)
{
    vm->steps_limited = steps != 0;
    vm->steps_left = steps;
    vm->exc_uncatchable = false;
}

uint32_t vm_handle_new(CoilVM *vm, CoilValue v)
{
    for (size_t i = 0; i < vm->nhandles; i++) {
        if (vm->handles[i] == VAL_EMPTY) {
            vm->handles[i] = v;
            return (uint32_t)i;
        }
    }
    if (vm->nhandles == vm->caphandles) {
        size_t cap = vm->caphandles ? vm->caphandles * 2 : 16;
        if (cap >= COIL_NO_HANDLE) return COIL_NO_HANDLE;
        CoilValue *h = coil_realloc(&vm->alloc, vm->handles, vm->caphandles * sizeof *h, cap * sizeof *h);
        if (!h) return COIL_NO_HANDLE;
        vm->handles = h;
        vm->caphandles = cap;
    }
    vm->handles[vm->nhandles] = v;
    return (uint32_t)vm->nhandles++;
}

CoilValue vm_handle_get(const CoilVM *vm, uint32_t handle)
{
    return handle < vm->nhandles ? vm->handles[handle] : VAL_EMPTY;
}

void vm_handle_release(CoilVM *vm, uint32_t handle)
{
    if (handle < vm->nhandles) vm->handles[handle] = VAL_EMPTY;
}

/* --- running scripts ------------------------------------------------------------------- */

/* The process exit status for an uncaught SystemExit, printing its message
 * as CPython's handle_system_exit does. */
static int system_exit_status(CoilVM *vm, CoilValue exc)
{
    CoilValue code = value_as_exc(exc)->value;
    if (code == VAL_NONE) return 0;
    if (value_is_small_int(code) || value_is_bool(code)) {
        int64_t n = value_is_bool(code) ? code == VAL_TRUE : value_as_small_int(code);
        return (int)(n & 0xFF);
    }
    CoilValue s = vm_str(vm, code);
    fflush(stdout);
    if (!value_is_error(s)) {
        fwrite(value_as_str(s)->data, 1, value_as_str(s)->len, stderr);
        fputc('\n', stderr);
    } else {
        vm_take_exception(vm);
    }
    return 1;
}

/* Hands an uncaught exception to sys.excepthook as CPython does: the hook
 * failing prints its own error and then the original; SystemExit from the
 * hook exits.  -1, or the exit status a SystemExit from the hook asks for. */
static int call_excepthook(CoilVM *vm, CoilValue exc)
{
    fflush(stdout);
    CoilValue sys = dict_get_cstr(vm, value_as_dict(vm->modules), "sys");
    CoilDict *sd = value_is_type(sys, vm->t_module) ? value_as_dict(((CoilModule *)value_as_object(sys))->dict) : NULL;
    CoilValue hook = sd ? dict_get_cstr(vm, sd, "excepthook") : VAL_EMPTY;
    if (hook == VAL_EMPTY) {
        static const char missing[] = "sys.excepthook is missing\n";
        exc_write_stderr(vm, missing, sizeof missing - 1);
        exc_display(vm, exc);
        return -1;
    }
    GC_SAVE(vm);
    GC_ROOT(vm, hook);
    CoilValue args[3] = {value_from_object(vm_typeof(vm, exc)), exc, value_as_exc(exc)->traceback};
    CoilValue r = vm_call(vm, hook, args, 3, VAL_EMPTY);
    int status = -1;
    if (value_is_error(r)) {
        CoilValue err = vm_take_exception(vm);
        GC_ROOT(vm, err);
        fflush(stdout);
        if (value_is_exception(vm, err) && vm_isinstance(vm, err, vm->e_SystemExit)) {
            status = system_exit_status(vm, err);
        } else {
            static const char hdr[] = "Error in sys.excepthook:\n", orig[] = "\nOriginal exception was:\n";
            exc_write_stderr(vm, hdr, sizeof hdr - 1);
            if (value_is_exception(vm, err)) exc_display(vm, err);
            exc_write_stderr(vm, orig, sizeof orig - 1);
            exc_display(vm, exc);
        }
    }
    fflush(stdout);
    GC_RESTORE(vm);
    return status;
}

int vm_report_exception(CoilVM *vm)
{
    CoilValue exc = vm_take_exception(vm);
    if (!value_is_exception(vm, exc)) return 1;
    GC_ROOT(vm, exc);
    int status;
    if (vm_isinstance(vm, exc, vm->e_SystemExit)) {
        status = system_exit_status(vm, exc);
    } else {
        /* CPython re-raises SIGINT for an uncaught KeyboardInterrupt: 128 + 2. */
        status = vm_isinstance(vm, exc, vm->e_KeyboardInterrupt) ? 130 : 1;
        int hs = call_excepthook(vm, exc);
        if (hs >= 0) status = hs;
    }
    GC_UNROOT(vm, 1);
    return status;
}

CoilValue vm_exec_source(CoilVM *vm, const char *src, size_t len, const char *filename, CoilValue globals,
                         bool *syntax_error)
{
    *syntax_error = false;
    CoilArena *arena = arena_new();
    if (!arena) return vm_raise_nomem(vm);
    CoilSyntaxError err;
    memset(&err, 0, sizeof err);
    CoilProto *p = compile_source(arena, src, len, filename, &err);
    if (!p) {
        arena_free(arena);
        if (err.set) {
            *syntax_error = true;
            return import_raise_syntax_error_src(vm, &err, filename, src, len);
        }
        return vm_raise_nomem(vm);
    }
    if (compile_issue_warnings(vm, p, filename, src, len, SOURCE_FILE) < 0) {
        arena_free(arena);
        *syntax_error = vm_isinstance(vm, vm->exc, vm->e_SyntaxError);
        return VAL_ERROR;
    }
    CoilValue code = load_proto(vm, p);
    arena_free(arena);
    if (value_is_error(code)) return code;
    GC_ROOT(vm, code);
    CoilValue r = interp_run_module(vm, (CoilCode *)value_as_object(code), globals);
    GC_UNROOT(vm, 1);
    return r;
}

static int run_main(CoilVM *vm, const char *path, const char *src, size_t len, bool is_file,
                    bool set_file);

int vm_run_file(CoilVM *vm, const char *path, const char *src, size_t len)
{
    return run_main(vm, path, src, len, true, true);
}

int vm_run_string(CoilVM *vm, const char *name, const char *src, size_t len, bool set_file)
{
    return run_main(vm, name, src, len, false, set_file);
}

/* Runs src as __main__.  A file runs under its absolute name, with __file__
 * and its directory as sys.path[0]; for a pseudo-file ("<string>" for -c,
 * "<stdin>") sys.path[0] is '' (the current directory) and __file__ is its
 * name only if set_file. */
static int run_main(CoilVM *vm, const char *path, const char *src, size_t len, bool is_file,
                    bool set_file)
{
    /* CPython runs a script under its absolute name (cwd + "/" + path,
     * unnormalised): tracebacks and __file__ show it. */
    char abspath[4096];
    if (is_file && path[0] != '/') {
        if (getcwd(abspath, sizeof abspath)) {
            size_t n = strlen(abspath), m = strlen(path);
            if (n + m + 2 <= sizeof abspath) {
                abspath[n] = '/';
                memcpy(abspath + n + 1, path, m + 1);
                path = abspath;
            }
        }
    }
    vm->main_path = path;
    vm->main_source = src;
    vm->main_source_len = len;
    GC_SAVE(vm);
    int status = 0;
    CoilValue m = module_new(vm, "__main__");
    if (value_is_error(m)) goto fail;
    GC_ROOT(vm, m);
    CoilDict *g = value_as_dict(module_dict(m));
    /* CPython's __main__ namespace, in its order: __name__, __doc__,
     * __package__, __loader__, __spec__, __annotations__ (always there),
     * __builtins__, and for a file __file__ and __cached__. */
    CoilValue ann = dict_new(vm);
    if (value_is_error(ann)) goto fail;
    GC_ROOT(vm, ann);
    if (dict_set_cstr(vm, g, "__package__", VAL_NONE) < 0 || dict_set_cstr(vm, g, "__loader__", VAL_NONE) < 0 ||
        dict_set_cstr(vm, g, "__spec__", VAL_NONE) < 0 || dict_set_cstr(vm, g, "__annotations__", ann) < 0)
        goto fail;
    CoilValue file = set_file ? str_from_cstr(vm, path) : VAL_NONE;
    if (value_is_error(file) || dict_set_str(vm, g, vm->names.__builtins__, vm->builtins) < 0 ||
        (set_file && dict_set_str(vm, g, vm->names.__file__, file) < 0) ||
        (set_file && dict_set_cstr(vm, g, "__cached__", VAL_NONE) < 0) ||
        dict_set_str(vm, value_as_dict(vm->modules), vm->names.__main__, m) < 0)
        goto fail;
    bool syntax_error;
    if (!import_init(vm, is_file ? path : NULL)) goto fail;
    CoilValue r = vm_exec_source(vm, src, len, path, module_dict(m), &syntax_error);
    if (value_is_error(r)) goto fail;
    goto done;
fail:
    status = vm_report_exception(vm);
done:
    /* CPython's finalisation runs the atexit callbacks first, whatever ended
     * the script (sys.exit() and uncaught exceptions included). */
    vm_run_atexit(vm);
    /* Suspended generators run their finally blocks at exit, as CPython's
     * module teardown closes them. */
    if (value_is_object(m)) gen_close_at_exit(vm, module_dict(m));
    /* Objects the script dropped are freed while its source is known, so
     * "never awaited" warnings and unretrieved task exceptions are reported
     * with their lines, as CPython reports them at deallocation. */
    gc_collect(vm);
    if (vm->async) aio_report_unretrieved(vm, true);
    GC_RESTORE(vm);
    if (fflush(stdout) != 0 && status == 0) status = 120;
    vm->main_source = NULL;
    vm->main_path = NULL;
    return status;
}
