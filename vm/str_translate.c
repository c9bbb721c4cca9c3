/* str_translate.c — str.maketrans (its one-, two- and three-argument forms)
 * and str.translate: each character looked up in the table (dict, list,
 * anything with __getitem__); a LookupError means "keep the character",
 * None deletes it, an int or str replaces it.  Errors as CPython's. */
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/type.h"

/* maketrans(x[, y[, z]]): a dict from code points to code points / str / None. */
static CoilValue m_maketrans(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_nkw(kw)) return vm_raise(vm, vm->e_TypeError, "str.maketrans() takes no keyword arguments");
    if (args_count(vm, "maketrans", nargs, 1, 3) < 0) return VAL_ERROR;
    /* The types of y and z are checked first, as an argument parser would. */
    for (size_t i = 1; i < nargs; i++)
        if (!value_is_str(vm, args[i]))
            return vm_raise(vm, vm->e_TypeError, "maketrans() argument %zu must be str, not %s", i + 1,
                            value_arg_type_name(vm, args[i]));
    CoilValue out = dict_new(vm);
    if (value_is_error(out)) return out;
    GC_SAVE(vm);
    GC_ROOT(vm, out);
    CoilDict *d = value_as_dict(out);
    if (nargs == 1) {
        if (!value_is_type(args[0], vm->t_dict)) { /* exactly a dict, as CPython */
            GC_RESTORE(vm);
            return vm_raise(vm, vm->e_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        CoilValue k, v;
        while (dict_next(value_as_dict(args[0]), &pos, &k, &v)) {
            CoilValue key = k;
            if (value_is_str(vm, k)) {
                CoilString *s = value_as_str(k);
                if (s->cplen != 1) {
                    GC_RESTORE(vm);
                    return vm_raise(vm, vm->e_ValueError, "string keys in translate table must be of length 1");
                }
                size_t adv;
                key = value_from_small_int(str_decode_cp(s->data, &adv));
            } else if (!value_is_int(vm, k)) {
                GC_RESTORE(vm);
                return vm_raise(vm, vm->e_TypeError, "keys in translate table must be strings or integers");
            }
            GC_ROOT(vm, v);
            int r = dict_set(vm, d, key, v);
            GC_UNROOT(vm, 1);
            if (r < 0) return GC_RESTORE(vm), VAL_ERROR;
        }
        GC_RESTORE(vm);
        return out;
    }
    if (!value_is_str(vm, args[0])) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    CoilString *x = value_as_str(args[0]), *y = value_as_str(args[1]);
    if (x->cplen != y->cplen) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (size_t i = 0, j = 0; i < x->len;) {
        size_t ax, ay;
        uint32_t from = str_decode_cp(x->data + i, &ax), to = str_decode_cp(y->data + j, &ay);
        if (dict_set(vm, d, value_from_small_int(from), value_from_small_int(to)) < 0) return GC_RESTORE(vm), VAL_ERROR;
        i += ax;
        j += ay;
    }
    if (nargs == 3) {
        CoilString *z = value_as_str(args[2]);
        for (size_t i = 0; i < z->len;) {
            size_t adv;
            uint32_t cp = str_decode_cp(z->data + i, &adv);
            if (dict_set(vm, d, value_from_small_int(cp), VAL_NONE) < 0) return GC_RESTORE(vm), VAL_ERROR;
            i += adv;
        }
    }
    GC_RESTORE(vm);
    return out;
}

/* table[cp]: 1 with *out set, 0 when the table has no entry (LookupError), -1 on error. */
static int lookup(CoilVM *vm, CoilValue table, uint32_t cp, CoilValue *out)
{
    CoilValue key = value_from_small_int(cp);
    if (value_is_type(table, vm->t_dict)) return dict_get(vm, value_as_dict(table), key, out);
    CoilValue v = vm_getitem(vm, table, key);
    if (value_is_error(v)) {
        if (!vm_exception_matches(vm, vm->e_LookupError)) return -1;
        vm_take_exception(vm);
        return 0;
    }
    *out = v;
    return 1;
}

static CoilValue m_translate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    if (args_nkw(kw)) return vm_raise(vm, vm->e_TypeError, "str.translate() takes no keyword arguments");
    if (args_count(vm, "str.translate", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilString *s = value_as_str(args[0]);
    CoilValue table = args[1];
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!buf_reserve(&b, s->len)) return vm_raise_nomem(vm);
    for (size_t i = 0; i < s->len;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + i, &adv);
        CoilValue v;
        int r = lookup(vm, table, cp, &v);
        if (r < 0) goto fail;
        bool ok = true;
        if (r == 0) {
            ok = buf_append(&b, s->data + i, adv);
        } else if (v == VAL_NONE) {
            /* deleted */
        } else if (value_is_str(vm, v)) {
            GC_ROOT(vm, v); /* a fresh str from __getitem__ must outlive the append */
            ok = buf_append(&b, value_as_str(v)->data, value_as_str(v)->len);
            GC_UNROOT(vm, 1);
        } else if (value_is_int(vm, v)) {
            int64_t n = 0;
            if (value_is_bool(v)) n = v == VAL_TRUE;
            else if (!value_is_small_int(v) || (n = value_as_small_int(v)) < 0 || n > 0x10FFFF) {
                vm_raise(vm, vm->e_ValueError, "character mapping must be in range(0x110000)");
                goto fail;
            }
            ok = buf_append_cp(&b, (uint32_t)n);
        } else {
            vm_raise(vm, vm->e_TypeError, "character mapping must return integer, None or str");
            goto fail;
        }
        if (!ok) {
            vm_raise_nomem(vm);
            goto fail;
        }
        i += adv;
    }
    return str_from_buf(vm, &b);
fail:
    buf_free(&b);
    return VAL_ERROR;
}

const CoilMethodDef str_translate_methods[] = {
    {"maketrans", m_maketrans, METH_STATIC | METH_KEYWORDS},
    {"translate", m_translate, METH_KEYWORDS},
    {NULL, NULL, 0}};
