/* structseq.c — struct sequences: a C-level subtype of tuple (same layout)
 * whose fields are read as attributes.  The field names live in the type's
 * dict as `_fields` (a tuple of str), so one getattr slot serves every
 * struct-sequence type. */
#include <string.h>

#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/structseq.h"
#include "vm/tuple.h"
#include "vm/type.h"

static CoilValue fields_of(CoilVM *vm, CoilType *t)
{
    return type_lookup(vm, t, str_intern_cstr(vm, "_fields"));
}

static CoilValue structseq_getattr(CoilVM *vm, CoilValue self, CoilString *name)
{
    CoilValue fields = fields_of(vm, vm_typeof(vm, self));
    if (value_is_tuple(vm, fields)) {
        CoilTuple *f = value_as_tuple(fields);
        CoilTuple *t = value_as_tuple(self);
        for (size_t i = 0; i < f->len && i < t->len; i++)
            if (value_is_str(vm, f->items[i]) && str_eq(value_as_str(f->items[i]), name)) return t->items[i];
    }
    return object_generic_getattr(vm, self, name, false);
}

/* Fields are read-only; struct sequences take no other attributes (value
 * VAL_EMPTY: a deletion). */
static int structseq_setattr(CoilVM *vm, CoilValue self, CoilString *name, CoilValue value)
{
    (void)value;
    CoilType *type = vm_typeof(vm, self);
    CoilValue fields = fields_of(vm, type);
    if (value_is_tuple(vm, fields)) {
        CoilTuple *f = value_as_tuple(fields);
        for (size_t i = 0; i < f->len; i++)
            if (value_is_str(vm, f->items[i]) && str_eq(value_as_str(f->items[i]), name)) {
                vm_raise(vm, vm->e_AttributeError, "readonly attribute");
                return -1;
            }
    }
    if (type->module_name)
        vm_raise(vm, vm->e_AttributeError, "'%s.%s' object has no attribute '%s'", type->module_name, type->name,
                 name->data);
    else
        vm_raise(vm, vm->e_AttributeError, "'%s' object has no attribute '%s'", type->name, name->data);
    return -1;
}

static CoilValue structseq_repr(CoilVM *vm, CoilValue self)
{
    CoilType *type = vm_typeof(vm, self);
    CoilValue fields = fields_of(vm, type);
    CoilTuple *t = value_as_tuple(self);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = (!type->module_name || (buf_append_str(&b, type->module_name) && buf_putc(&b, '.'))) &&
              buf_append_str(&b, type->name) && buf_putc(&b, '(');
    for (size_t i = 0; ok && i < t->len; i++) {
        CoilValue r = vm_repr(vm, t->items[i]);
        if (value_is_error(r)) {
            buf_free(&b);
            return r;
        }
        CoilValue fname = value_is_tuple(vm, fields) && i < value_as_tuple(fields)->len
                              ? value_as_tuple(fields)->items[i]
                              : VAL_EMPTY;
        /* Growing the buffer may collect: keep the item's repr alive. */
        GC_ROOT(vm, r);
        ok = (i == 0 || buf_append_str(&b, ", ")) &&
             (!value_is_str(vm, fname) || (buf_append_str(&b, value_as_str(fname)->data) && buf_putc(&b, '='))) &&
             buf_append(&b, value_as_str(r)->data, value_as_str(r)->len);
        GC_UNROOT(vm, 1);
    }
    if (!ok || !buf_putc(&b, ')')) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

CoilType *structseq_new_type(CoilVM *vm, const char *name, const char *module, const char *const *fields)
{
    size_t n = 0;
    while (fields[n]) n++;
    CoilType *t = type_new_builtin(vm, name, vm->t_tuple, vm->t_tuple->instance_size, 0);
    if (!t) return NULL;
    GC_ROOT_OBJ(vm, t);
    t->flags |= TYPE_TUPLE_SUBCLASS;
    t->module_name = module;
    t->getattr = structseq_getattr;
    t->setattr = structseq_setattr;
    t->repr = structseq_repr;
    /* Struct sequences are made by C code only (CPython's need a tuple
     * argument; nothing in Coil calls them). */
    t->new_ = NULL;
    CoilValue names = tuple_new(vm, n);
    if (value_is_error(names)) return GC_UNROOT(vm, 1), NULL;
    GC_ROOT(vm, names);
    for (size_t i = 0; i < n; i++) {
        CoilValue s = str_from_cstr(vm, fields[i]);
        if (value_is_error(s)) return GC_UNROOT(vm, 2), NULL;
        value_as_tuple(names)->items[i] = s;
    }
    bool ok = type_set_attr_str(vm, t, "_fields", names) &&
              type_set_attr_str(vm, t, "n_fields", value_from_small_int((int64_t)n)) &&
              type_set_attr_str(vm, t, "n_sequence_fields", value_from_small_int((int64_t)n));
    GC_UNROOT(vm, 2);
    return ok ? t : NULL;
}

CoilValue structseq_new(CoilVM *vm, CoilType *type, const CoilValue *items, size_t n)
{
    CoilValue t = tuple_from_array(vm, items, n);
    if (value_is_error(t) || n == 0) return t;
    /* Same memory layout as a tuple: only the type differs. */
    value_as_object(t)->type = type;
    return t;
}
