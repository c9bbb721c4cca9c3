/* test_dict.c — the compact dict: lookups, insertion order across growth
 * and deletion, Python key equality (1 == 1.0 == True), unhashable keys,
 * and the str fast paths the interpreter's global cache relies on. */
#include <criterion/criterion.h>

#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/list.h"
#include "vm/str.h"

static CoilVM *vm;
static CoilValue d;

static void setup(void)
{
    vm = vm_new(NULL);
    cr_assert_not_null(vm);
    d = dict_new(vm);
    GC_ROOT(vm, d);
}

static void teardown(void) { vm_free(vm); }

#define D value_as_dict(d)
/* Test strings stay rooted until teardown (the suite also runs under
 * COIL_GC_STRESS). */
static CoilValue S(const char *s)
{
    CoilValue v = str_from_cstr(vm, s);
    GC_ROOT(vm, v);
    return v;
}
static CoilValue I(int64_t i) { return value_from_small_int(i); }

TestSuite(dict, .init = setup, .fini = teardown);

Test(dict, set_get_replace)
{
    cr_assert_eq(dict_set(vm, D, S("a"), I(1)), 0);
    cr_assert_eq(dict_set(vm, D, S("b"), I(2)), 0);
    cr_assert_eq(dict_set(vm, D, S("a"), I(3)), 0);
    CoilValue v;
    cr_assert_eq(dict_get(vm, D, S("a"), &v), 1);
    cr_assert_eq(v, I(3));
    cr_assert_eq(dict_get(vm, D, S("zz"), &v), 0);
    cr_assert_eq(D->used, 2);
}

Test(dict, insertion_order_survives_growth_and_deletion)
{
    for (int i = 0; i < 1000; i++) cr_assert_eq(dict_set(vm, D, I(i * 7919 % 1000), I(i)), 0);
    for (int i = 0; i < 1000; i += 2) cr_assert_eq(dict_del(vm, D, I(i * 7919 % 1000), NULL), 1);
    cr_assert_eq(dict_set(vm, D, I(0), I(-1)), 0); /* 0 was deleted: goes last */
    size_t pos = 0, n = 0;
    CoilValue k, v;
    int expect = 1;
    while (dict_next(D, &pos, &k, &v)) {
        if (n < 500) {
            cr_assert_eq(v, I(expect), "entry %zu out of order", n);
            expect += 2;
        } else {
            cr_assert_eq(k, I(0));
            cr_assert_eq(v, I(-1));
        }
        n++;
    }
    cr_assert_eq(n, 501);
    cr_assert_eq(D->used, 501);
}

Test(dict, numeric_keys_compare_by_value)
{
    cr_assert_eq(dict_set(vm, D, I(1), S("int")), 0);
    cr_assert_eq(dict_set(vm, D, value_from_double(1.0), S("float")), 0);
    cr_assert_eq(dict_set(vm, D, VAL_TRUE, S("bool")), 0);
    cr_assert_eq(D->used, 1);
    size_t pos = 0;
    CoilValue k, v;
    cr_assert(dict_next(D, &pos, &k, &v));
    cr_assert_eq(k, I(1), "the first key object is kept");
    cr_assert(str_eq_cstr(value_as_str(v), "bool"));
}

Test(dict, str_keys_match_by_content)
{
    CoilValue k1 = str_format(vm, "na%s", "me");
    GC_ROOT(vm, k1);
    cr_assert_eq(dict_set(vm, D, k1, I(5)), 0);
    CoilString *interned = str_intern_cstr(vm, "name");
    cr_assert_eq(dict_get_str(vm, D, interned), I(5));
    cr_assert_geq(dict_find_str(vm, D, interned), 0);
    cr_assert_eq(dict_get_cstr(vm, D, "missing"), VAL_EMPTY);
}

Test(dict, unhashable_key_raises_type_error)
{
    CoilValue l = list_new(vm, 0);
    GC_ROOT(vm, l);
    cr_assert_eq(dict_set(vm, D, l, I(1)), -1);
    cr_assert(vm_exception_matches(vm, vm->e_TypeError));
    CoilValue e = vm_take_exception(vm);
    CoilValue msg = vm_str(vm, e);
    cr_assert_str_eq(value_as_str(msg)->data, "unhashable type: 'list'");
}

Test(dict, version_changes_with_the_key_set_only)
{
    cr_assert_eq(dict_set(vm, D, S("x"), I(1)), 0);
    uint64_t v0 = D->version;
    cr_assert_eq(dict_set(vm, D, S("x"), I(2)), 0);
    cr_assert_eq(D->version, v0, "replacing a value must keep the version");
    cr_assert_eq(dict_set(vm, D, S("y"), I(3)), 0);
    cr_assert_neq(D->version, v0);
    uint64_t v1 = D->version;
    cr_assert_eq(dict_del(vm, D, S("x"), NULL), 1);
    cr_assert_neq(D->version, v1);
}

Test(dict, copy_and_update)
{
    for (int i = 0; i < 20; i++) cr_assert_eq(dict_set(vm, D, I(i), I(i * i)), 0);
    CoilValue c = dict_copy(vm, D);
    GC_ROOT(vm, c);
    cr_assert_eq(value_as_dict(c)->used, 20);
    cr_assert_eq(dict_set(vm, value_as_dict(c), I(100), I(0)), 0);
    cr_assert_eq(D->used, 20);
    cr_assert(dict_update(vm, D, c));
    cr_assert_eq(D->used, 21);
    GC_UNROOT(vm, 1);
}
