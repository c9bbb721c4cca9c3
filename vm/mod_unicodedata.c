/* mod_unicodedata.c — the unicodedata module over unicode/'s tables: name,
 * lookup, category, decimal and unidata_version, with CPython 3.11's
 * argument errors.  (digit, numeric, normalize and the other properties are
 * not provided.) */
#include <string.h>

#include "unicode/unicode.h"
#include "vm/args.h"
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
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

static const CoilMethodDef unicodedata_functions[] = {
    {"name", ud_name, 0},       {"lookup", ud_lookup, 0}, {"category", ud_category, 0},
    {"decimal", ud_decimal, 0}, {NULL, NULL, 0},
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
