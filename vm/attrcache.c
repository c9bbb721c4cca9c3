/* attrcache.c — filling the interpreter's attribute caches (attrcache.h): the
 * generic attribute protocol of type.c, worked out once per receiver type
 * and instruction instead of at every access. */
#include "vm/attrcache.h"
#include "vm/func.h"
#include "vm/str.h"

/* Only types using object's generic protocol, with their dict (if any) at a
 * fixed offset, are cached. */
static bool cacheable(CoilType *t)
{
    return t->dict_offset != TYPE_DICT_AT_END && t->dict_offset <= UINT16_MAX;
}

static void fill_common(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilValue attr, uint8_t kind)
{
    ac->type = t;
    ac->epoch = vm->type_epoch;
    ac->attr = attr;
    ac->offset = (uint16_t)t->dict_offset;
    ac->kind = kind;
    ac->fallback = AC_FB_SLOW;
}

void attrcache_fill_get(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name)
{
    ac->type = NULL;
    if (t->getattr != vm->t_object->getattr || !cacheable(t) || !name->interned) return;
    CoilValue attr = type_lookup(vm, t, name);
    if (attr == VAL_EMPTY) {
        fill_common(vm, ac, t, attr, AC_GET_DICT);
        return;
    }
    CoilType *at = vm_typeof(vm, attr);
    if (at->descr_get && at->descr_set) {
        bool fget = at == vm->t_property &&
                    value_is_type(((CoilWrapper *)value_as_object(attr))->func, vm->t_function);
        fill_common(vm, ac, t, attr, fget ? AC_GET_FGET : AC_GET_DESCR);
        return;
    }
    fill_common(vm, ac, t, attr, AC_GET_DICT);
    ac->fallback = at == vm->t_function ? AC_FB_BIND : at->descr_get ? AC_FB_DESCR : AC_FB_VALUE;
}

void attrcache_fill_set(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name)
{
    ac->type = NULL;
    if (t->setattr != vm->t_object->setattr || !cacheable(t) || !name->interned) return;
    CoilValue attr = type_lookup(vm, t, name);
    if (attr != VAL_EMPTY && vm_typeof(vm, attr)->descr_set) {
        fill_common(vm, ac, t, attr, AC_SET_DESCR);
        return;
    }
    /* No dict: the generic path words the AttributeError. */
    if (t->dict_offset) fill_common(vm, ac, t, attr, AC_SET_DICT);
}

void attrcache_fill_method(CoilVM *vm, CoilAttrCache *ac, CoilType *t, CoilString *name)
{
    ac->type = NULL;
    if (t->getattr != vm->t_object->getattr || !cacheable(t) || !name->interned) return;
    CoilValue attr = type_lookup(vm, t, name);
    if (attr == VAL_EMPTY) return;
    CoilType *at = vm_typeof(vm, attr);
    bool plain = at == vm->t_function ||
                 (at == vm->t_method_descriptor &&
                  !(((CoilBuiltin *)value_as_object(attr))->def->flags & (METH_STATIC | METH_CLASS)));
    if (plain) fill_common(vm, ac, t, attr, AC_METHOD);
}

CoilValue *attrcache_dict_probe(CoilVM *vm, CoilAttrCache *ac, CoilDict *d, CoilString *name)
{
    int64_t ix = dict_find_str(vm, d, name);
    if (ix < 0) return NULL;
    ac->hint = (uint32_t)ix;
    return &d->entries[ix].value;
}
