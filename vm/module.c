/* module.c — module objects: attribute access through the module's dict,
 * CPython's "module 'x' has no attribute 'y'" and reprs. */
#include "vm/args.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/type.h"

static void module_trace(CoilVM *vm, CoilObject *o)
{
    CoilModule *m = (CoilModule *)o;
    gc_mark_value(vm, m->dict);
    gc_mark_value(vm, m->name);
}

CoilValue module_new(CoilVM *vm, const char *name)
{
    GC_SAVE(vm);
    CoilValue n = str_from_cstr(vm, name);
    if (value_is_error(n)) return n;
    GC_ROOT(vm, n);
    CoilValue d = dict_new(vm);
    if (value_is_error(d)) return GC_RESTORE(vm), d;
    GC_ROOT(vm, d);
    CoilModule *m = gc_alloc_object(vm, vm->t_module, sizeof(CoilModule));
    if (!m) return GC_RESTORE(vm), VAL_ERROR;
    m->dict = d;
    m->name = n;
    GC_ROOT_OBJ(vm, m);
    if (dict_set_str(vm, value_as_dict(d), vm->names.__name__, n) < 0 ||
        dict_set_str(vm, value_as_dict(d), vm->names.__doc__, VAL_NONE) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return value_from_object(m);
}

static CoilValue module_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilModule *m = (CoilModule *)value_as_object(self);
    CoilValue v = dict_get_str(vm, value_as_dict(m->dict), name);
    if (v != VAL_EMPTY) return v;
    if (str_eq_cstr(name, "__dict__")) return m->dict;
    v = object_generic_getattr(vm, self, name, true);
    if (v != VAL_EMPTY || vm_has_exception(vm)) return v == VAL_EMPTY ? VAL_ERROR : v;
    /* PEP 562: a module-level __getattr__(name) answers for missing names */
    CoilValue hook = dict_get_str(vm, value_as_dict(m->dict), str_intern_cstr(vm, "__getattr__"));
    if (hook != VAL_EMPTY) return vm_call1(vm, hook, value_from_object(name));
    CoilValue mn = dict_get_str(vm, value_as_dict(m->dict), vm->names.__name__);
    if (value_is_str(vm, mn))
        return vm_raise(vm, vm->e_AttributeError, "module '%s' has no attribute '%s'", value_as_str(mn)->data,
                        name->data);
    return vm_raise(vm, vm->e_AttributeError, "module has no attribute '%s'", name->data);
}

static int module_setattr(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value)
{
    CoilModule *m = (CoilModule *)value_as_object(self);
    if (value == VAL_EMPTY) {
        int r = dict_del(vm, value_as_dict(m->dict), value_from_object(name), NULL);
        if (r == 0) {
            /* CPython's generic delattr wording, not the module getattr one. */
            vm_raise(vm, vm->e_AttributeError, "'module' object has no attribute '%s'", name->data);
            return -1;
        }
        return r > 0 ? 0 : -1;
    }
    return dict_set_str(vm, value_as_dict(m->dict), name, value);
}

static CoilValue module_repr(CoilVM *vm, CoilValue self)
{
    CoilModule *m = (CoilModule *)value_as_object(self);
    CoilValue mn = dict_get_str(vm, value_as_dict(m->dict), vm->names.__name__);
    const char *n = value_is_str(vm, mn) ? value_as_str(mn)->data : "?";
    if (self == vm->builtins || m->native) return str_format(vm, "<module '%s' (built-in)>", n);
    if (m->frozen) return str_format(vm, "<module '%s' (frozen)>", n);
    if (m->is_namespace) return str_format(vm, "<module '%s' (namespace)>", n);
    CoilValue f = dict_get_str(vm, value_as_dict(m->dict), vm->names.__file__);
    if (value_is_str(vm, f)) return str_format(vm, "<module '%s' from '%s'>", n, value_as_str(f)->data);
    return str_format(vm, "<module '%s'>", n);
}

/* types.ModuleType(name, doc=None): an empty module, not registered anywhere. */
static CoilValue module_type_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs,
                                 CoilValue kwnames)
{
    (void)callee;
    static const char *const names[] = {"name", "doc"};
    CoilValue a[2];
    if (args_parse(vm, "module", args, nargs, kwnames, names, 2, 2, 1, a) < 0) return VAL_ERROR;
    if (!value_is_str(vm, a[0]))
        return vm_raise(vm, vm->e_TypeError, "module() argument 'name' must be str, not %s",
                        value_arg_type_name(vm, a[0]));
    GC_SAVE(vm);
    CoilValue m = module_new(vm, "");
    if (value_is_error(m)) return GC_RESTORE(vm), m;
    GC_ROOT(vm, m);
    CoilModule *mod = value_as_module(m);
    mod->name = a[0];
    CoilDict *d = value_as_dict(mod->dict);
    if (dict_set_str(vm, d, vm->names.__name__, a[0]) < 0 ||
        dict_set_str(vm, d, vm->names.__doc__, a[1] == VAL_EMPTY ? VAL_NONE : a[1]) < 0 ||
        dict_set_cstr(vm, d, "__package__", VAL_NONE) < 0 || dict_set_cstr(vm, d, "__loader__", VAL_NONE) < 0 ||
        dict_set_cstr(vm, d, "__spec__", VAL_NONE) < 0)
        return GC_RESTORE(vm), VAL_ERROR;
    GC_RESTORE(vm);
    return m;
}

void module_init_type(CoilVM *vm)
{
    CoilType *t = vm->t_module;
    t->instance_size = sizeof(CoilModule);
    t->trace = module_trace;
    t->getattr = module_getattr;
    t->setattr = module_setattr;
    t->repr = module_repr;
    t->new_ = module_type_new;
}

CoilValue module_new_native(CoilVM *vm, const char *name, const CoilMethodDef *defs)
{
    GC_SAVE(vm);
    CoilValue m = module_new(vm, name);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    value_as_module(m)->native = true;
    CoilString *mn = str_intern_cstr(vm, name);
    if (!mn) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT_OBJ(vm, mn);
    for (const CoilMethodDef *def = defs; def && def->name; def++) {
        CoilValue b = builtin_new(vm, def, VAL_EMPTY, NULL);
        if (value_is_error(b)) return GC_RESTORE(vm), b;
        ((CoilBuiltin *)value_as_object(b))->module = value_from_object(mn);
        if (module_set(vm, m, def->name, b) < 0) return GC_RESTORE(vm), VAL_ERROR;
    }
    GC_RESTORE(vm);
    return m;
}

int module_set(CoilVM *vm, CoilValue module, const char *name, CoilValue value)
{
    if (value_is_error(value)) return -1;
    GC_ROOT(vm, value);
    int r = dict_set_cstr(vm, value_as_dict(module_dict(module)), name, value);
    GC_UNROOT(vm, 1);
    return r;
}
