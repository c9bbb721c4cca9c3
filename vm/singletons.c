/* singletons.c — the types of None, NotImplemented and Ellipsis: values
 * encoded in the NaN-box, with CPython's reprs, hashes and truth values. */
#include "vm/args.h"
#include "vm/exc.h"
#include "vm/str.h"
#include "vm/type.h"

static CoilValue none_repr(CoilVM *vm, CoilValue self)
{
    (void)self;
    return value_from_object(vm->names.None);
}

static int none_bool(CoilVM *vm, CoilValue self)
{
    (void)vm;
    (void)self;
    return 0;
}

static CoilValue notimpl_repr(CoilVM *vm, CoilValue self)
{
    (void)self;
    return str_from_cstr(vm, "NotImplemented");
}

static int notimpl_bool(CoilVM *vm, CoilValue self)
{
    (void)self;
    /* 3.11 warns (DeprecationWarning, silent by default) and says True. */
    (void)vm;
    return 1;
}

static CoilValue ellipsis_repr(CoilVM *vm, CoilValue self)
{
    (void)self;
    return str_from_cstr(vm, "Ellipsis");
}

/* The singletons hash by a fixed pseudo-address, like CPython's identity hash. */
static int singleton_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    (void)vm;
    *out = (int64_t)((self & 0xFFFF) * 0x9E3779B1u) + 0x1000;
    return 0;
}

static CoilValue none_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                          CoilValue kwnames)
{
    (void)callee;
    (void)args;
    if (nargs || args_nkw(kwnames)) return vm_raise(vm, vm->e_TypeError, "NoneType takes no arguments");
    return VAL_NONE;
}

static CoilValue notimpl_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                             CoilValue kwnames)
{
    (void)callee;
    (void)args;
    if (nargs || args_nkw(kwnames)) return vm_raise(vm, vm->e_TypeError, "NotImplementedType takes no arguments");
    return VAL_NOTIMPLEMENTED;
}

static CoilValue ellipsis_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                              CoilValue kwnames)
{
    (void)callee;
    (void)args;
    if (nargs || args_nkw(kwnames)) return vm_raise(vm, vm->e_TypeError, "ellipsis takes no arguments");
    return VAL_ELLIPSIS;
}

void singletons_init_types(CoilVM *vm)
{
    CoilType *t = vm->t_NoneType;
    t->repr = none_repr;
    t->bool_ = none_bool;
    t->hash = singleton_hash;
    t->new_ = none_new;
    t = vm->t_NotImplementedType;
    t->repr = notimpl_repr;
    t->bool_ = notimpl_bool;
    t->hash = singleton_hash;
    t->new_ = notimpl_new;
    t = vm->t_ellipsis;
    t->repr = ellipsis_repr;
    t->hash = singleton_hash;
    t->new_ = ellipsis_new;
}
