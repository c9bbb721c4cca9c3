/* test_import.c — the import system from C: a host's table of native
 * modules (created lazily, once, on first import), the embedded stdlib, and
 * sys.modules caching, each in its own VM. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/run.h"
#include "vm/str.h"

static CoilValue host_answer(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)args;
    (void)nargs;
    (void)kw;
    return value_from_small_int(42);
}

static const CoilMethodDef host_functions[] = {{"answer", host_answer, 0}, {NULL, NULL, 0}};

static CoilValue host_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "hostmod", host_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    /* Counts creations in a builtins name the script reads (no C globals). */
    CoilValue prev = dict_get_cstr(vm, value_as_dict(vm->builtins_dict), "HOST_CREATED");
    int64_t n = value_is_small_int(prev) ? value_as_small_int(prev) : 0;
    int r = dict_set_cstr(vm, value_as_dict(vm->builtins_dict), "HOST_CREATED", value_from_small_int(n + 1));
    GC_UNROOT(vm, 1);
    return r < 0 ? VAL_ERROR : m;
}

static const CoilNativeModule host_table[] = {{"hostmod", host_create}, {NULL, NULL}};

static void run_ok(CoilVM *vm, const char *src)
{
    CoilValue g = dict_new(vm);
    GC_ROOT(vm, g);
    dict_set_str(vm, value_as_dict(g), vm->names.__name__, value_from_object(vm->names.__main__));
    bool syntax_error;
    CoilValue r = vm_exec_source(vm, src, strlen(src), "<test>", g, &syntax_error);
    cr_assert(!syntax_error);
    if (value_is_error(r)) {
        CoilValue e = vm_take_exception(vm);
        CoilValue s = vm_str(vm, e);
        cr_assert_fail("script failed: %s", value_is_error(s) ? "?" : value_as_str(s)->data);
    }
    GC_UNROOT(vm, 1);
}

Test(import, host_modules_are_created_lazily_once)
{
    CoilVM *vm = vm_new(NULL);
    import_set_host_modules(vm, host_table);
    run_ok(vm, "import sys\n"
               "assert 'hostmod' not in sys.modules\n"
               "import hostmod\n"
               "import hostmod as again\n"
               "from hostmod import answer\n"
               "assert hostmod is again and answer() == 42\n"
               "assert HOST_CREATED == 1\n"
               "assert repr(hostmod) == \"<module 'hostmod' (built-in)>\"\n");
    vm_free(vm);
}

Test(import, host_table_is_per_vm)
{
    CoilVM *a = vm_new(NULL), *b = vm_new(NULL);
    import_set_host_modules(a, host_table);
    run_ok(a, "import hostmod\n");
    run_ok(b, "try:\n"
              "    import hostmod\n"
              "except ModuleNotFoundError as e:\n"
              "    assert str(e) == \"No module named 'hostmod'\" and e.name == 'hostmod'\n"
              "else:\n"
              "    raise AssertionError('found')\n");
    vm_free(a);
    vm_free(b);
}

Test(import, frozen_stdlib_and_native_modules_under_gc_stress)
{
    CoilVM *vm = vm_new(NULL);
    vm->gc_stress = true;
    run_ok(vm, "import json, math, collections, itertools\n"
               "assert json.loads(json.dumps({'a': [1, 2.5]})) == {'a': [1, 2.5]}\n"
               "assert math.isqrt(10 ** 20) == 10 ** 10\n"
               "assert collections.Counter('aab').most_common(1) == [('a', 2)]\n"
               "assert list(itertools.islice(itertools.count(3), 2)) == [3, 4]\n"
               "assert repr(json) == \"<module 'json' (frozen)>\"\n");
    vm->gc_stress = false;
    vm_free(vm);
}

Test(import, sys_path_is_script_dir_then_coilpath)
{
    setenv("COILPATH", "/opt/a::/opt/b", 1);
    CoilVM *vm = vm_new(NULL);
    cr_assert(import_init(vm, "/some/dir/script.py"));
    unsetenv("COILPATH");
    run_ok(vm, "import sys\n"
               "assert sys.path == ['/some/dir', '/opt/a', '/opt/b'], sys.path\n");
    vm_free(vm);
}
