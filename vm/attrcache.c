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
    ac->ipos = AC_IPOS_NONE;
    ac->iknown = 0;
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
    ac->hint = (uint16_t)ix; /* past 65535 entries the hint just misses */
    return &d->entries[ix].value;
}

CoilValue *attrcache_inline_probe(CoilAttrCache *ac, CoilObject *o, uint32_t n, CoilString *name)
{
    CoilType *t = o->type;
    for (uint32_t i = 0; i < t->nikeys; i++)
        if (t->ikeys[i] == name) { /* cached names are interned */
            ac->ipos = (uint8_t)i;
            return i < n ? &inst_inline_vals(o)[i] : NULL;
        }
    ac->ipos = AC_IPOS_NONE;
    ac->iknown = (uint8_t)t->nikeys;
    return NULL;
}

int attrcache_dict_set(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name, CoilValue v)
{
    CoilValue dv = object_dict(vm, value_from_object(o), true);
    if (value_is_error(dv)) return -1;
    CoilDict *d = value_as_dict(dv);
    CoilValue *slot = ac_dict_slot(vm, ac, d, name);
    if (slot) {
        *slot = v;
        return 0;
    }
    if (dict_add_absent_str(vm, d, name, v) < 0) return -1;
    ac->hint = (uint16_t)(d->nentries - 1);
    return 0;
}

int attrcache_inline_set(CoilVM *vm, CoilAttrCache *ac, CoilObject *o, CoilString *name, CoilValue v)
{
    int r = instance_inline_set(vm, o, name, v);
    if (r < 0) return -1;
    if (r == 0) return attrcache_dict_set(vm, ac, o, name, v);
    /* Stored: learn the name's index for the next time. */
    CoilValue d = ((CoilInstance *)(void *)o)->dict;
    if (inst_is_inline(d)) (void)attrcache_inline_probe(ac, o, inst_inline_n(d), name);
    return 0;
}
