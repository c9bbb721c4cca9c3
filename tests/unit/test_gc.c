/* test_gc.c — the collector: rooted objects (and what they reference)
 * survive collections, unreachable ones are freed, stress mode keeps every
 * structure intact, the memory limit raises MemoryError, and a VM returns
 * every byte to its allocator hook when freed. */
#include <criterion/criterion.h>

#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/run.h"
#include "vm/str.h"
#include "vm/tuple.h"

/* A hook that counts live bytes, so leaks and limits are observable. */
typedef struct Counter {
    size_t live, peak, calls;
} Counter;

static void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    Counter *c = ud;
    c->calls++;
    if (new_size == 0) {
        free(ptr);
        c->live -= old_size;
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (!p) return NULL;
    c->live = c->live - old_size + new_size;
    if (c->live > c->peak) c->peak = c->live;
    return p;
}

static size_t count_objects(CoilVM *vm) { return gc_object_count(vm); }

static bool is_live(CoilVM *vm, CoilValue v) { return gc_object_is_live(vm, value_as_object(v)); }

Test(gc, vm_free_returns_every_byte)
{
    Counter c = {0};
    CoilAllocator a = {counting_alloc, &c};
    CoilVM *vm = vm_new(&a);
    cr_assert_not_null(vm);
    cr_assert_gt(c.live, 0);
    CoilValue l = list_new(vm, 4);
    GC_ROOT(vm, l);
    for (int i = 0; i < 1000; i++) {
        CoilValue s = str_format(vm, "item %d", i);
        cr_assert(!value_is_error(s));
        cr_assert(list_append(vm, value_as_list(l), s));
    }
    GC_UNROOT(vm, 1);
    vm_free(vm);
    cr_assert_eq(c.live, 0, "%zu bytes leaked", c.live);
}

Test(gc, rooted_objects_survive_and_garbage_is_freed)
{
    CoilVM *vm = vm_new(NULL);
    cr_assert_not_null(vm);
    gc_collect(vm);
    size_t base = count_objects(vm);

    CoilValue kept = list_new(vm, 0);
    GC_ROOT(vm, kept);
    CoilValue inner = str_from_cstr(vm, "kept through the list");
    cr_assert(list_append(vm, value_as_list(kept), inner));
    CoilValue dropped = str_from_cstr(vm, "nobody refers to me");
    cr_assert(!value_is_error(dropped));
    cr_assert(is_live(vm, dropped));

    gc_collect(vm);
    cr_assert(is_live(vm, kept));
    cr_assert(is_live(vm, inner), "an item of a rooted list was freed");
    cr_assert(!is_live(vm, dropped), "an unreachable string survived");
    cr_assert_eq(count_objects(vm), base + 2);

    GC_UNROOT(vm, 1);
    gc_collect(vm);
    cr_assert(!is_live(vm, kept));
    cr_assert_eq(count_objects(vm), base);
    vm_free(vm);
}

Test(gc, cycles_are_collected)
{
    CoilVM *vm = vm_new(NULL);
    gc_collect(vm);
    size_t base = count_objects(vm);
    CoilValue a = list_new(vm, 0);
    GC_ROOT(vm, a);
    CoilValue b = list_new(vm, 0);
    cr_assert(list_append(vm, value_as_list(a), b));
    cr_assert(list_append(vm, value_as_list(b), a));
    GC_UNROOT(vm, 1);
    gc_collect(vm);
    cr_assert_eq(count_objects(vm), base);
    vm_free(vm);
}

Test(gc, stress_mode_keeps_structures_intact)
{
    CoilVM *vm = vm_new(NULL);
    vm->gc_stress = true;
    size_t before = vm->gc_count;
    CoilValue d = dict_new(vm);
    GC_ROOT(vm, d);
    for (int i = 0; i < 300; i++) {
        CoilValue k = str_format(vm, "key%d", i);
        GC_ROOT(vm, k);
        CoilValue v = tuple_pack2(vm, k, value_from_small_int(i));
        GC_ROOT(vm, v);
        cr_assert_eq(dict_set(vm, value_as_dict(d), k, v), 0);
        GC_UNROOT(vm, 2);
    }
    cr_assert_gt(vm->gc_count, before + 300, "stress mode did not collect at each allocation");
    for (int i = 0; i < 300; i++) {
        CoilValue k = str_format(vm, "key%d", i);
        CoilValue v;
        cr_assert_eq(dict_get(vm, value_as_dict(d), k, &v), 1);
        cr_assert(value_is_tuple(vm, v));
        cr_assert_eq(value_as_tuple(v)->items[1], value_from_small_int(i));
        cr_assert(str_eq(value_as_str(value_as_tuple(v)->items[0]), value_as_str(k)));
    }
    GC_UNROOT(vm, 1);
    vm->gc_stress = false;
    vm_free(vm);
}

Test(gc, scripts_run_under_stress)
{
    CoilVM *vm = vm_new(NULL);
    vm->gc_stress = true;
    const char *src = "d = {}\n"
                      "for i in range(200):\n"
                      "    d[str(i)] = [i, (i, str(i) * 2)]\n"
                      "assert sum(v[0] for v in d.values()) == 19900\n"
                      "assert d['7'][1][1] == '77'\n";
    CoilValue g = dict_new(vm);
    GC_ROOT(vm, g);
    bool syntax_error;
    CoilValue r = vm_exec_source(vm, src, strlen(src), "<test>", g, &syntax_error);
    cr_assert(!syntax_error);
    cr_assert(!value_is_error(r), "script failed under GC stress");
    GC_UNROOT(vm, 1);
    vm_free(vm);
}

Test(gc, memory_limit_raises_memory_error)
{
    CoilVM *vm = vm_new(NULL);
    gc_collect(vm);
    vm->mem_limit = vm->heap_bytes + (256 << 10);
    CoilValue l = list_new(vm, 0);
    GC_ROOT(vm, l);
    bool failed = false;
    for (int i = 0; i < 100000 && !failed; i++) {
        CoilValue s = str_format(vm, "%01000d", i);
        if (value_is_error(s) || !list_append(vm, value_as_list(l), s)) failed = true;
    }
    cr_assert(failed, "the limit was never reached");
    cr_assert(vm_exception_matches(vm, vm->e_MemoryError));
    vm_take_exception(vm);
    /* Dropping the data makes room again. */
    GC_UNROOT(vm, 1);
    gc_collect(vm);
    CoilValue s = str_from_cstr(vm, "fine again");
    cr_assert(!value_is_error(s));
    vm->mem_limit = 0;
    vm_free(vm);
}

Test(gc, two_vms_are_independent)
{
    CoilVM *a = vm_new(NULL), *b = vm_new(NULL);
    CoilValue sa = value_from_object(str_intern_cstr(a, "shared_name"));
    CoilValue sb = value_from_object(str_intern_cstr(b, "shared_name"));
    cr_assert_neq(sa, sb);
    gc_collect(a);
    cr_assert(is_live(a, sa));
    cr_assert(!is_live(a, sb));
    vm_free(a);
    cr_assert(is_live(b, sb));
    vm_free(b);
}

Test(gc, host_handles_are_roots)
{
    CoilVM *vm = vm_new(NULL);
    CoilValue s = str_from_cstr(vm, "held by the host");
    uint32_t h = vm_handle_new(vm, s);
    cr_assert_neq(h, COIL_NO_HANDLE);
    gc_collect(vm);
    cr_assert(is_live(vm, s));
    cr_assert_eq(vm_handle_get(vm, h), s);
    vm_handle_release(vm, h);
    gc_collect(vm);
    cr_assert(!is_live(vm, s));
    vm_free(vm);
}
