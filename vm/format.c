/* format.c — __format__ for int, bool, float and str: the format-spec
 * mini-language through vm/numfmt, installed as each type's format slot and
 * as a __format__ method. */
#include <stdio.h>

#include "vm/args.h"
#include "vm/buf.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/type.h"

CoilValue format_raise(CoilVM *vm, CoilFmtStatus st, const CoilFmtError *err)
{
    if (st == NUMFMT_NOMEM) return vm_raise_nomem(vm);
    if (st == NUMFMT_HOOK_ERROR) return VAL_ERROR;
    CoilBuf b;
    buf_init(&b, &vm->counted);
    if (!numfmt_error_render(err, &b)) {
        buf_free(&b);
        return vm_raise_nomem(vm);
    }
    CoilValue msg = str_from_buf(vm, &b);
    if (value_is_error(msg)) return msg;
    CoilType *t = st == NUMFMT_OVERFLOW_ERROR ? vm->e_OverflowError
                : st == NUMFMT_TYPE_ERROR     ? vm->e_TypeError
                                              : vm->e_ValueError;
    return vm_raise_str(vm, t, msg);
}

/* A small int under a spec of the form [0][width][d] (f"{i:03d}", f"{n:5}"),
 * the common case, laid out without the general formatter: right-aligned
 * in spaces, or zero-padded after the sign.  VAL_EMPTY when the spec has any
 * other form (the general path then also reports errors). */
static CoilValue int_format_simple(CoilVM *vm, int64_t v, const CoilString *sp)
{
    const char *s = sp->data;
    size_t n = sp->len, i = 0, width = 0;
    bool zero = false;
    if (s[n - 1] == 'd') n--;
    if (i < n && s[i] == '0') {
        zero = true;
        i++;
    }
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9' || width > 64) return VAL_EMPTY;
        width = width * 10 + (size_t)(s[i] - '0');
    }
    if (width > 64) return VAL_EMPTY;
    char buf[96], *end = buf + sizeof buf;
    char *p = int_u64_to_decimal(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, end);
    size_t len = (size_t)(end - p) + (v < 0);
    if (len < width) {
        if (zero) {
            while ((size_t)(end - p) + (v < 0) < width) *--p = '0';
        } else {
            if (v < 0) *--p = '-';
            while ((size_t)(end - p) < width) *--p = ' ';
            return str_new(vm, p, (size_t)(end - p));
        }
    }
    if (v < 0) *--p = '-';
    return str_new(vm, p, (size_t)(end - p));
}

static CoilValue int_format(CoilVM *vm, CoilValue self, CoilValue spec)
{
    CoilString *sp = value_as_str(spec);
    if (sp->len == 0) return vm_str(vm, self);
    if (value_is_small_int(self)) {
        CoilValue r = int_format_simple(vm, value_as_small_int(self), sp);
        if (r != VAL_EMPTY) return r;
    }
    CoilFormatSpec fs;
    CoilFmtError err;
    const char *tn = value_type_name(vm, self);
    CoilFmtStatus st = numfmt_spec_parse(sp->data, sp->len, 'd', '>', tn, &fs, &err);
    if (st != NUMFMT_OK) return format_raise(vm, st, &err);
    CoilBuf out;
    buf_init(&out, &vm->counted);
    int64_t small;
    if (int_to_i64(vm, self, &small)) {
        st = numfmt_format_i64(&out, &fs, small, tn, &err);
    } else {
        int base = numfmt_int_base(&fs);
        CoilBigTmp tmp;
        const CoilBigInt *b = int_as_big(vm, self, &tmp);
        size_t cap = bigint_str_bound(b, base, 0);
        char *digits = vm_mem_alloc(vm, cap);
        if (!digits) return VAL_ERROR;
        size_t len;
        CoilBigStatus bs = bigint_to_str(&vm->bigctx, b, base, 0, digits, cap, &len);
        if (bs != COIL_BIG_OK) {
            vm_mem_free(vm, digits, cap);
            return int_raise_status(vm, bs);
        }
        bool neg = digits[0] == '-';
        st = numfmt_format_int(&out, &fs, neg, digits + neg, len - neg, tn, &err);
        vm_mem_free(vm, digits, cap);
    }
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return format_raise(vm, st, &err);
    }
    return str_from_buf(vm, &out);
}

static CoilValue float_format(CoilVM *vm, CoilValue self, CoilValue spec)
{
    CoilString *sp = value_as_str(spec);
    if (sp->len == 0) return vm_str(vm, self);
    CoilFormatSpec fs;
    CoilFmtError err;
    CoilFmtStatus st = numfmt_spec_parse(sp->data, sp->len, 0, '>', "float", &fs, &err);
    if (st != NUMFMT_OK) return format_raise(vm, st, &err);
    CoilBuf out;
    buf_init(&out, &vm->counted);
    st = numfmt_format_float(&out, &fs, float_value(self), "float", &err);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return format_raise(vm, st, &err);
    }
    return str_from_buf(vm, &out);
}

static CoilValue str_format_slot(CoilVM *vm, CoilValue self, CoilValue spec)
{
    CoilString *sp = value_as_str(spec);
    if (sp->len == 0) return vm_str(vm, self);
    CoilFormatSpec fs;
    CoilFmtError err;
    CoilFmtStatus st = numfmt_spec_parse(sp->data, sp->len, 's', '<', "str", &fs, &err);
    if (st != NUMFMT_OK) return format_raise(vm, st, &err);
    CoilBuf out;
    buf_init(&out, &vm->counted);
    CoilString *s = value_as_str(self);
    st = numfmt_format_str(&out, &fs, s->data, s->len, "str", &err);
    if (st != NUMFMT_OK) {
        buf_free(&out);
        return format_raise(vm, st, &err);
    }
    return str_from_buf(vm, &out);
}

static CoilValue m_format(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "__format__", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    if (!value_is_str(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "__format__() argument must be str, not %s", value_arg_type_name(vm, args[1]));
    /* The built-in type's own formatter: a subclass whose __format__ is
     * int.__format__ itself would otherwise dispatch back here forever. */
    CoilType *t = vm_typeof(vm, args[0]);
    while ((t->flags & TYPE_HEAPTYPE) && t->base) t = t->base;
    if (t->format) return t->format(vm, args[0], args[1]);
    return vm_str(vm, args[0]);
}

static const CoilMethodDef format_methods[] = {{"__format__", m_format, 0}, {NULL, NULL, 0}};

void format_init_types(CoilVM *vm)
{
    vm->t_int->format = int_format;
    vm->t_bool->format = int_format;
    vm->t_float->format = float_format;
    vm->t_str->format = str_format_slot;
    type_add_methods(vm, vm->t_int, format_methods);
    type_add_methods(vm, vm->t_float, format_methods);
    type_add_methods(vm, vm->t_str, format_methods);
}
