/* mod_unicodedata.c — the unicodedata module over unicode/'s tables: name,
 * lookup, category, combining, decimal, normalize, is_normalized and
 * unidata_version, with CPython 3.11's argument errors.  (digit, numeric,
 * decomposition and the other properties are not provided.) */
#include <string.h>

#include "unicode/unicode.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/vm.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"

/* The one character of a str argument, or -1 with the TypeError raised. */
static int64_t one_char(CoilVM *vm, const char *fname, const char *argword, CoilValue v)
{
    if (value_is_str(vm, v) && value_as_str(v)->cplen == 1) {
        size_t adv;
        return str_decode_cp(value_as_str(v)->data, &adv);
    }
    vm_raise(vm, vm->e_TypeError, "%s() argument%s must be a unicode character, not %s", fname, argword,
             value_type_name(vm, v));
    return -1;
}

static CoilValue ud_name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "name", nargs, 1, 2) < 0) return VAL_ERROR;
    int64_t cp = one_char(vm, "name", " 1", args[0]);
    if (cp < 0) return VAL_ERROR;
    char buf[UNI_NAME_MAX];
    size_t n = uni_name((uint32_t)cp, buf, sizeof buf);
    if (n) return str_new(vm, buf, n);
    if (nargs == 2) return args[1];
    return vm_raise(vm, vm->e_ValueError, "no such name");
}

static CoilValue ud_lookup(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "lookup", nargs, 1, 1) < 0) return VAL_ERROR;
    const char *name;
    size_t len;
    BytesView bv;
    if (value_is_str(vm, args[0])) {
        name = value_as_str(args[0])->data;
        len = value_as_str(args[0])->len;
    } else if (bytes_view(vm, args[0], &bv)) {
        name = (const char *)bv.p;
        len = bv.n;
    } else {
        return vm_raise(vm, vm->e_TypeError, "a bytes-like object is required, not '%s'",
                        value_type_name(vm, args[0]));
    }
    int64_t cp = memchr(name, 0, len) ? -1 : uni_lookup(name, len);
    if (cp >= 0) {
        char u[4];
        size_t n = buf_utf8_encode((uint32_t)cp, u);
        return str_new(vm, u, n);
    }
    CoilValue shown = str_new(vm, name, len);
    if (value_is_error(shown)) return shown;
    CoilValue r = vm_repr(vm, shown);
    if (value_is_error(r)) return r;
    CoilValue msg = str_format(vm, "undefined character name %s", value_as_str(r)->data);
    if (value_is_error(msg)) return msg;
    return vm_raise_key_error(vm, msg);
}

static CoilValue ud_category(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "category", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = one_char(vm, "category", "", args[0]);
    if (cp < 0) return VAL_ERROR;
    return str_from_cstr(vm, uni_category((uint32_t)cp));
}

static CoilValue ud_decimal(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "decimal", nargs, 1, 2) < 0) return VAL_ERROR;
    int64_t cp = one_char(vm, "decimal", " 1", args[0]);
    if (cp < 0) return VAL_ERROR;
    int d = uni_decimal((uint32_t)cp);
    if (d >= 0) return value_from_small_int(d);
    if (nargs == 2) return args[1];
    return vm_raise(vm, vm->e_ValueError, "not a decimal");
}

static CoilValue ud_combining(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "combining", nargs, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = one_char(vm, "combining", "", args[0]);
    if (cp < 0) return VAL_ERROR;
    return value_from_small_int(uni_combining((uint32_t)cp));
}

/* normalize(form, s) and is_normalized(form, s): the normal form of s (s
 * itself when ASCII, which every form leaves alone), or VAL_ERROR. */
static CoilValue normal_form(CoilVM *vm, const char *fname, const CoilValue *args, size_t nargs)
{
    if (args_count(vm, fname, nargs, 2, 2) < 0) return VAL_ERROR;
    for (int k = 0; k < 2; k++)
        if (!value_is_str(vm, args[k]))
            return vm_raise(vm, vm->e_TypeError, "%s() argument %d must be str, not %s", fname, k + 1,
                            value_type_name(vm, args[k]));
    CoilString *form = value_as_str(args[0]), *s = value_as_str(args[1]);
    bool compat = str_eq_cstr(form, "NFKC") || str_eq_cstr(form, "NFKD");
    bool compose = str_eq_cstr(form, "NFC") || str_eq_cstr(form, "NFKC");
    if (!compat && !compose && !str_eq_cstr(form, "NFD"))
        return vm_raise(vm, vm->e_ValueError, "invalid normalization form");
    if (s->ascii) return args[1];
    size_t cap = s->cplen * 2 + UNI_DECOMP_MAX, n = 0;
    uint32_t *cps = vm_mem_alloc(vm, cap * sizeof *cps);
    if (!cps) return VAL_ERROR;
    for (size_t off = 0; off < s->len;) {
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + off, &adv);
        off += adv;
        if (cap - n < UNI_DECOMP_MAX) {
            uint32_t *g = vm_mem_realloc(vm, cps, cap * sizeof *cps, cap * 2 * sizeof *cps);
            if (!g) {
                vm_mem_free(vm, cps, cap * sizeof *cps);
                return VAL_ERROR;
            }
            cps = g;
            cap *= 2;
        }
        n += uni_decompose(cp, compat, cps + n);
    }
    n = uni_reorder_compose(cps, n, compose);
    CoilBuf b;
    buf_init(&b, &vm->counted);
    bool ok = buf_reserve(&b, n);
    for (size_t i = 0; ok && i < n; i++) ok = buf_append_cp(&b, cps[i]);
    vm_mem_free(vm, cps, cap * sizeof *cps);
    if (!ok) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    return str_from_buf(vm, &b);
}

static CoilValue ud_normalize(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return normal_form(vm, "normalize", args, nargs);
}

static CoilValue ud_is_normalized(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue r = normal_form(vm, "is_normalized", args, nargs);
    if (value_is_error(r)) return r;
    return value_from_bool(r == args[1] || str_eq(value_as_str(r), value_as_str(args[1])));
}

static const CoilMethodDef unicodedata_functions[] = {
    {"name", ud_name, 0},
    {"lookup", ud_lookup, 0},
    {"category", ud_category, 0},
    {"combining", ud_combining, 0},
    {"decimal", ud_decimal, 0},
    {"normalize", ud_normalize, 0},
    {"is_normalized", ud_is_normalized, 0},
    {NULL, NULL, 0},
};

CoilValue mod_unicodedata_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "unicodedata", unicodedata_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilValue v = str_from_cstr(vm, "14.0.0");
    int r = value_is_error(v) ? -1 : module_set(vm, m, "unidata_version", v);
    GC_UNROOT(vm, 1);
    return r < 0 ? VAL_ERROR : m;
}
