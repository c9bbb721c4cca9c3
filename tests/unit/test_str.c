/* test_str.c — strings: UTF-8 flags and code-point lengths, CPython-identical
 * hashes (PYTHONHASHSEED=0), interning, code-point indexing and slicing, and
 * repr's quoting and escapes. */
#include <criterion/criterion.h>

#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"

static CoilVM *vm;

static void setup(void) { vm = vm_new(NULL); }
static void teardown(void) { vm_free(vm); }

TestSuite(str, .init = setup, .fini = teardown);

/* Every test string stays rooted until teardown (tests also run under
 * COIL_GC_STRESS, where any allocation collects). */
static CoilString *S(const char *s)
{
    CoilValue v = str_from_cstr(vm, s);
    GC_ROOT(vm, v);
    return value_as_str(v);
}

Test(str, ascii_flag_and_code_point_length)
{
    CoilString *a = S("hello");
    cr_assert(a->ascii);
    cr_assert_eq(a->cplen, 5);
    CoilString *u = S("h\xc3\xa9llo \xe4\xb8\xad\xf0\x9f\x98\x80"); /* héllo 中😀 */
    cr_assert(!u->ascii);
    cr_assert_eq(u->cplen, 8);
    cr_assert_eq(u->kind, 4);
}

Test(str, hashes_match_cpython)
{
    /* Values printed by python3.11 with PYTHONHASHSEED=0. */
    cr_assert_eq(str_hash(vm, S("a")), 4644417185603328019LL);
    cr_assert_eq(str_hash(vm, S("hello")), -2096571579003691106LL);
    cr_assert_eq(str_hash(vm, S("h\xc3\xa9llo")), 6395329678795984700LL);
    cr_assert_eq(str_hash(vm, S("\xe4\xb8\xad\xe6\x96\x87")), 501833946989431548LL);
    cr_assert_eq(str_hash(vm, S("\xf0\x9f\x98\x80")), -3536540696076613844LL);
    cr_assert_eq(str_hash(vm, S("")), 0);
}

Test(str, other_hashes_match_cpython)
{
    int64_t h;
    CoilValue t = tuple_pack2(vm, value_from_small_int(1), value_from_small_int(2));
    GC_ROOT(vm, t);
    cr_assert_eq(vm_hash(vm, t, &h), 0);
    cr_assert_eq(h, -3550055125485641917LL);
    cr_assert_eq(vm_hash(vm, value_from_double(1.5), &h), 0);
    cr_assert_eq(h, 1152921504606846977LL);
    cr_assert_eq(vm_hash(vm, value_from_small_int(-1), &h), 0);
    cr_assert_eq(h, -2);
}

Test(str, interning_gives_one_object)
{
    CoilString *a = str_intern_cstr(vm, "identifier");
    CoilString *b = str_intern(vm, "identifier", 10);
    cr_assert_eq(a, b);
    CoilString *c = S("identifier");
    cr_assert(str_eq(a, c));
    cr_assert_eq(str_intern_obj(vm, c), a);
    cr_assert(str_eq_cstr(vm->names.__init__, "__init__"));
}

Test(str, indexing_and_slicing_by_code_point)
{
    CoilString *u = S("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80z"); /* aé中😀z */
    CoilValue c = str_getitem_index(vm, u, 3);
    GC_ROOT(vm, c);
    cr_assert_str_eq(value_as_str(c)->data, "\xf0\x9f\x98\x80");
    c = str_getitem_index(vm, u, -1);
    cr_assert_str_eq(value_as_str(c)->data, "z");
    CoilValue s = str_slice(vm, u, 1, 3, 1, 2);
    GC_ROOT(vm, s);
    cr_assert_str_eq(value_as_str(s)->data, "\xc3\xa9\xe4\xb8\xad");
    cr_assert_eq(value_as_str(s)->cplen, 2);
    s = str_slice(vm, u, 4, -1, -2, 3);
    cr_assert_str_eq(value_as_str(s)->data, "z\xe4\xb8\xad" "a");
    CoilValue bad = str_getitem_index(vm, u, 5);
    cr_assert(value_is_error(bad));
    cr_assert(vm_exception_matches(vm, vm->e_IndexError));
    vm_take_exception(vm);
}

Test(str, repr_quotes_and_escapes_like_cpython)
{
    struct {
        const char *in, *out;
    } cases[] = {
        {"plain", "'plain'"},
        {"it's", "\"it's\""},
        {"both ' and \"", "'both \\' and \"'"},
        {"tab\tnl\n\\", "'tab\\tnl\\n\\\\'"},
        {"\x01\x7f", "'\\x01\\x7f'"},
        {"caf\xc3\xa9", "'caf\xc3\xa9'"},
        {"\xc2\x85", "'\\x85'"},
        {"\xe2\x80\xa8", "'\\u2028'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        CoilValue r = str_repr(vm, S(cases[i].in));
        cr_assert_str_eq(value_as_str(r)->data, cases[i].out, "repr #%zu", i);
    }
}

Test(str, concat_keeps_flags)
{
    CoilValue r = str_concat(vm, S("ab"), S("\xc3\xa9"));
    cr_assert_str_eq(value_as_str(r)->data, "ab\xc3\xa9");
    cr_assert_eq(value_as_str(r)->cplen, 3);
    cr_assert(!value_as_str(r)->ascii);
}
