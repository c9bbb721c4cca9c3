/* generic_alias.c — types.GenericAlias, what `list[int]` evaluates to: it
 * remembers the origin and the arguments, prints as `list[int]`, and calls
 * and attribute lookups go to the origin. */
#include <string.h>

#include "vm/generic_alias.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct GenericAlias {
    CoilObject obj;
    CoilValue origin;
    CoilValue args; /* tuple */
} GenericAlias;

#define GA(v) ((GenericAlias *)value_as_object(v))

static void ga_trace(CoilVM *vm, CoilObject *o)
{
    gc_mark_value(vm, ((GenericAlias *)o)->origin);
    gc_mark_value(vm, ((GenericAlias *)o)->args);
}

CoilValue generic_alias_new(CoilVM *vm, CoilValue origin, CoilValue args)
{
    GC_SAVE(vm);
    GC_ROOT(vm, origin);
    if (!value_is_tuple(vm, args)) {
        args = tuple_from_array(vm, &args, 1);
        if (value_is_error(args)) return GC_RESTORE(vm), args;
    }
    GC_ROOT(vm, args);
    GenericAlias *g = gc_alloc_object(vm, vm->t_generic_alias, sizeof(GenericAlias));
    GC_RESTORE(vm);
    if (!g) return VAL_ERROR;
    g->origin = origin;
    g->args = args;
    return value_from_object(g);
}

bool generic_alias_repr_item(CoilVM *vm, CoilValue v, CoilBuf *b)
{
    if (v == VAL_ELLIPSIS) return buf_append_str(b, "...");
    if (value_is_object(v) && (value_as_object(v)->type->flags & TYPE_TYPE_SUBCLASS)) {
        CoilType *t = (CoilType *)value_as_object(v);
        CoilValue mod = dict_get_str(vm, value_as_dict(t->dict), vm->names.__module__);
        if (value_is_str(vm, mod) && !str_eq_cstr(value_as_str(mod), "builtins")) {
            if (!buf_append_str(b, value_as_str(mod)->data) || !buf_putc(b, '.')) return false;
        } else if (!(t->flags & TYPE_HEAPTYPE) && t->module_name && strcmp(t->module_name, "builtins") != 0) {
            /* a native module's type, named as type_repr names it */
            if (!buf_append_str(b, t->module_name) || !buf_putc(b, '.')) return false;
        }
        return buf_append_str(b, t->qualname->data);
    }
    CoilValue r = vm_repr(vm, v);
    if (value_is_error(r)) return false;
    GC_ROOT(vm, r);
    bool ok = buf_append(b, value_as_str(r)->data, value_as_str(r)->len);
    GC_UNROOT(vm, 1);
    return ok;
}

static CoilValue ga_repr(CoilVM *vm, CoilValue self)
{
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = generic_alias_repr_item(vm, GA(self)->origin, &b) && buf_putc(&b, '[');
    CoilTuple *a = value_as_tuple(GA(self)->args);
    for (size_t i = 0; ok && i < a->len; i++) ok = (i == 0 || buf_append(&b, ", ", 2)) && generic_alias_repr_item(vm, a->items[i], &b);
    if (ok && a->len == 0) ok = buf_append(&b, "()", 2);
    ok = ok && buf_putc(&b, ']');
    if (!ok) {
        buf_free(&b);
        return vm_has_exception(vm) ? VAL_ERROR : vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

static CoilValue ga_call(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    return vm_call(vm, GA(callee)->origin, args, nargs, kwnames);
}

static CoilValue ga_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    if (str_eq_cstr(name, "__origin__")) return GA(self)->origin;
    if (str_eq_cstr(name, "__args__")) return GA(self)->args;
    return vm_getattr(vm, GA(self)->origin, name);
}

static CoilValue ga_compare(CoilVM *vm, CoilValue a, CoilValue b, CoilCompareOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !value_is_type(a, vm->t_generic_alias) ||
        !value_is_type(b, vm->t_generic_alias))
        return VAL_NOTIMPLEMENTED;
    int eq = GA(a)->origin == GA(b)->origin ? vm_equal(vm, GA(a)->args, GA(b)->args) : 0;
    if (eq < 0) return VAL_ERROR;
    return value_from_bool(op == CMP_EQ ? eq : !eq);
}

/* hash(origin) ^ hash(args), as CPython: equal aliases hash alike. */
static int ga_hash(CoilVM *vm, CoilValue self, int64_t *out)
{
    int64_t h1, h2;
    if (vm_hash(vm, GA(self)->origin, &h1) < 0 || vm_hash(vm, GA(self)->args, &h2) < 0) return -1;
    int64_t h = h1 ^ h2;
    *out = h == -1 ? -2 : h;
    return 0;
}

CoilValue generic_alias_class_getitem(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs != 2)
        return vm_raise(vm, vm->e_TypeError, "%s.__class_getitem__() takes exactly one argument (%zu given)",
                        ((CoilType *)value_as_object(args[0]))->name, nargs - 1);
    return generic_alias_new(vm, args[0], args[1]);
}

/* GenericAlias(origin, args): what __class_getitem__ = classmethod(GenericAlias) builds. */
static CoilValue ga_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kwnames)
{
    (void)callee;
    if (value_is_object(kwnames) && value_as_tuple(kwnames)->len)
        return vm_raise(vm, vm->e_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2) return vm_raise(vm, vm->e_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return generic_alias_new(vm, args[0], args[1]);
}

void generic_alias_init_type(CoilVM *vm)
{
    CoilType *t = type_new_builtin(vm, "GenericAlias", vm->t_object, sizeof(GenericAlias), 0);
    if (!t) return;
    t->module_name = "types";
    t->trace = ga_trace;
    t->repr = ga_repr;
    t->call = ga_call;
    t->getattr = ga_getattr;
    t->compare = ga_compare;
    t->hash = ga_hash;
    t->new_ = ga_new;
    vm->t_generic_alias = t;
}
