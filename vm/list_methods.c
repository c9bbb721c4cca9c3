/* list_methods.c — the methods of list (append, pop, sort, ...).  Add a
 * method by writing a CoilNativeFn and one line in list_methods[]. */
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/generic_alias.h"
#include "vm/iter.h"
#include "vm/int.h"
#include "vm/list.h"
#include "vm/slice.h"
#include "vm/str.h"

#define SELF value_as_list(args[0])

static CoilValue m_append(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.append", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return list_append(vm, SELF, args[1]) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_extend(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.extend", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    return list_extend(vm, SELF, args[1]) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_pop(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "pop", nargs - 1, 0, 1) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    int64_t i = -1;
    if (nargs > 1 && vm_index(vm, args[1], &i) < 0) return VAL_ERROR;
    if (l->len == 0) return vm_raise(vm, vm->e_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) return vm_raise(vm, vm->e_IndexError, "pop index out of range");
    CoilValue v = l->items[i];
    values_copy(l->items + i, l->items + i + 1, l->len - (size_t)i - 1);
    l->len--;
    return v;
}

static CoilValue m_insert(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "insert", nargs - 1, 2, 2) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    int64_t i;
    if (vm_index(vm, args[1], &i) < 0) return VAL_ERROR;
    int64_t n = (int64_t)l->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!list_append(vm, l, VAL_NONE)) return VAL_ERROR;
    values_copy(l->items + i + 1, l->items + i, (size_t)(n - i));
    l->items[i] = args[2];
    return VAL_NONE;
}

/* Index of the first item equal to x in [start, stop), -1 absent, -2 error. */
static int64_t find_item(CoilVM *vm, CoilList *l, CoilValue x, int64_t start, int64_t stop)
{
    for (int64_t i = start; i < stop && i < (int64_t)l->len; i++) {
        CoilValue y = l->items[i];
        int eq = y == x ? 1 : vm_equal(vm, y, x);
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

static CoilValue m_remove(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.remove", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    int64_t i = find_item(vm, l, args[1], 0, (int64_t)l->len);
    if (i == -2) return VAL_ERROR;
    if (i < 0) return vm_raise(vm, vm->e_ValueError, "list.remove(x): x not in list");
    values_copy(l->items + i, l->items + i + 1, l->len - (size_t)i - 1);
    l->len--;
    return VAL_NONE;
}

static CoilValue m_index(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "index", nargs - 1, 1, 3) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    int64_t n = (int64_t)l->len, start = 0, stop = n;
    if (nargs > 2 && slice_bound_index(vm, args[2], false, &start) < 0) return VAL_ERROR;
    if (nargs > 3 && slice_bound_index(vm, args[3], false, &stop) < 0) return VAL_ERROR;
    if (start < 0 && (start += n) < 0) start = 0;
    if (stop < 0 && (stop += n) < 0) stop = 0;
    int64_t i = find_item(vm, l, args[1], start, stop);
    if (i == -2) return VAL_ERROR;
    if (i < 0) {
        CoilValue r = vm_repr(vm, args[1]);
        if (value_is_error(r)) return r;
        return vm_raise(vm, vm->e_ValueError, "%s is not in list", value_as_str(r)->data);
    }
    return value_from_small_int(i);
}

static CoilValue m_count(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.count", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    int64_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        int eq = l->items[i] == args[1] ? 1 : vm_equal(vm, l->items[i], args[1]);
        if (eq < 0) return VAL_ERROR;
        c += eq;
    }
    return value_from_small_int(c);
}

static CoilValue m_reverse(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.reverse", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilList *l = SELF;
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        CoilValue t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return VAL_NONE;
}

static CoilValue m_sort(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"key", "reverse"};
    CoilValue a[2];
    if (args_parse(vm, "sort", args + 1, nargs - 1, kw, names, 2, 0, 0, a) < 0) return VAL_ERROR;
    int rev = 0;
    if (a[1] != VAL_EMPTY && (rev = vm_truthy(vm, a[1])) < 0) return VAL_ERROR;
    return list_sort(vm, SELF, a[0] == VAL_EMPTY ? VAL_NONE : a[0], rev) ? VAL_NONE : VAL_ERROR;
}

static CoilValue m_copy(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.copy", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return list_from_array(vm, SELF->items, SELF->len);
}

static CoilValue m_clear(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "list.clear", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    SELF->len = 0;
    return VAL_NONE;
}

/* list.__init__(self, ...) for subclasses that call it explicitly. */
static CoilValue m_init(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (nargs < 1 || !value_is_list(vm, args[0]))
        return vm_raise(vm, vm->e_TypeError, "descriptor '__init__' of 'list' object needs an argument");
    return list_init_from_args(vm, args[0], args + 1, nargs - 1, kw) ? VAL_NONE : VAL_ERROR;
}

/* reversed(list) goes straight to the reverse iterator; this is for a
 * subclass's super().__reversed__() and for scripts that call it. */
static CoilValue m_reversed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__reversed__", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    return seqiter_new(vm, vm->t_list_reverseiterator, args[0]);
}

const CoilMethodDef list_methods[] = {
    {"__init__", m_init, METH_KEYWORDS},
    {"append", m_append, 0},
    {"extend", m_extend, 0},
    {"pop", m_pop, 0},
    {"insert", m_insert, 0},
    {"remove", m_remove, 0},
    {"index", m_index, 0},
    {"count", m_count, 0},
    {"reverse", m_reverse, 0},
    {"sort", m_sort, METH_KEYWORDS},
    {"copy", m_copy, 0},
    {"clear", m_clear, 0},
    {"__reversed__", m_reversed, 0},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS},
    {NULL, NULL, 0}};
