/* str_percent.c — printf-style formatting, `fmt % args`: vm/numfmt walks the
 * format and calls back here for each conversion; these hooks fetch the
 * arguments (a tuple, one value, or a mapping for %(key)s) and convert them
 * with CPython's TypeError texts. */
#include <math.h>

#include "vm/buf.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp_ops.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct PctState {
    CoilPctArgs a;        /* first: the star hook takes the state as its CoilPctArgs */
} PctState;

void pct_args_init(CoilPctArgs *a, CoilVM *vm, CoilValue args, bool is_mapping)
{
    *a = (CoilPctArgs){.vm = vm, .single = args, .mapping = VAL_EMPTY, .selected = VAL_EMPTY};
    if (value_is_tuple(vm, args)) {
        a->is_tuple = true;
        a->items = value_as_tuple(args)->items;
        a->nitems = value_as_tuple(args)->len;
    } else {
        a->items = &a->single;
        a->nitems = 1;
        if (is_mapping) a->mapping = args;
    }
}

CoilValue pct_next_arg(CoilPctArgs *a)
{
    CoilVM *vm = a->vm;
    if (a->selected != VAL_EMPTY) {
        CoilValue v = a->selected;
        a->selected = VAL_EMPTY;
        return v;
    }
    if (a->next >= a->nitems) return vm_raise(vm, vm->e_TypeError, "not enough arguments for format string");
    return a->items[a->next++];
}

bool pct_hook_star(void *ud, bool is_precision, int64_t *value)
{
    (void)is_precision;
    CoilPctArgs *a = ud;
    CoilVM *vm = a->vm;
    CoilValue v = pct_next_arg(a);
    if (value_is_error(v)) return false;
    if (!value_is_int(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "* wants int");
        return false;
    }
    return vm_index(vm, v, value) == 0;
}

CoilValue pct_check_done(CoilPctArgs *a, CoilFmtStatus r, const CoilFmtError *err, const char *what)
{
    if (r != NUMFMT_OK) return format_raise(a->vm, r, err);
    if (a->mapping == VAL_EMPTY && a->next < a->nitems)
        return vm_raise(a->vm, a->vm->e_TypeError, "not all arguments converted during %s formatting", what);
    return VAL_NONE;
}

static bool hook_select_key(void *ud, const char *key, size_t len)
{
    PctState *st = ud;
    CoilVM *vm = st->a.vm;
    CoilValue k = str_new(vm, key, len);
    if (value_is_error(k)) return false;
    GC_ROOT(vm, k);
    CoilValue v = vm_getitem(vm, st->a.mapping, k);
    GC_UNROOT(vm, 1);
    if (value_is_error(v)) return false;
    st->a.selected = v;
    /* CPython: a %(key) takes the one (mapping) argument's place, so a later
     * plain %s finds "not enough arguments"; an earlier one got the mapping. */
    if (!st->a.is_tuple) st->a.next = st->a.nitems;
    return true;
}

static CoilFmtStatus append_text(CoilBuf *out, const CoilPctSpec *spec, CoilValue s, CoilFmtError *err)
{
    return numfmt_pct_str(out, spec, value_as_str(s)->data, value_as_str(s)->len, err);
}

/* The numeric conversions (%d %i %u %o %x %X %e %E %f %F %g %G) of v, shared
 * with bytes % args (bytes_percent.c). */
CoilFmtStatus str_percent_number(CoilVM *vm, CoilBuf *out, const CoilPctSpec *spec, CoilValue v, CoilFmtError *err)
{
    uint32_t c = spec->conv;
    CoilFmtStatus r;
    GC_SAVE(vm);
    GC_ROOT(vm, v);
    switch (c) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double d;
        if (!value_is_double(v) && !value_is_int(vm, v) && !vm_typeof(vm, v)->float_ && !vm_typeof(vm, v)->index) {
            vm_raise(vm, vm->e_TypeError, "must be real number, not %s", value_type_name(vm, v));
            return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        }
        if (vm_to_double(vm, v, &d) < 0) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        r = numfmt_pct_float(out, spec, d, err);
        break;
    }
    default: { /* d i u o x X */
        bool decimal = c == 'd' || c == 'i' || c == 'u';
        CoilValue iv = v;
        if (!value_is_int(vm, v)) {
            CoilType *t = vm_typeof(vm, v);
            if (decimal && (value_is_double(v) || t->int_)) {
                iv = value_is_double(v) ? vm_call1(vm, value_from_object(vm->t_int), v) : t->int_(vm, v);
            } else if (t->index) {
                iv = vm_index_value(vm, v);
            } else {
                if (decimal)
                    vm_raise(vm, vm->e_TypeError, "%%%c format: a real number is required, not %s", (char)c, t->name);
                else
                    vm_raise(vm, vm->e_TypeError, "%%%c format: an integer is required, not %s", (char)c, t->name);
                return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            }
            if (value_is_error(iv)) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            GC_ROOT(vm, iv);
        }
        int64_t small;
        if (int_to_i64(vm, iv, &small)) {
            r = numfmt_pct_i64(out, spec, small, err);
        } else {
            int base = numfmt_pct_int_base(c);
            CoilBigTmp tmp;
            const CoilBigInt *b = int_as_big(vm, iv, &tmp);
            size_t cap = bigint_str_bound(b, base, 0);
            char *digits = vm_mem_alloc(vm, cap);
            if (!digits) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            size_t len;
            CoilBigStatus bs = bigint_to_str(&vm->bigctx, b, base, 0, digits, cap, &len);
            if (bs != COIL_BIG_OK) {
                vm_mem_free(vm, digits, cap);
                int_raise_status(vm, bs);
                return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            }
            bool neg = digits[0] == '-';
            r = numfmt_pct_int(out, spec, neg, digits + neg, len - neg, err);
            vm_mem_free(vm, digits, cap);
        }
        break;
    }
    }
    GC_RESTORE(vm);
    return r;
}

static CoilFmtStatus hook_convert(void *ud, CoilBuf *out, const CoilPctSpec *spec, CoilFmtError *err)
{
    PctState *st = ud;
    CoilVM *vm = st->a.vm;
    uint32_t c = spec->conv;
    /* The argument is taken before the conversion is checked ("%5%" % () is
     * 'not enough arguments', as CPython). */
    CoilValue v = pct_next_arg(&st->a);
    if (value_is_error(v)) return NUMFMT_HOOK_ERROR;
    if (c != 's' && c != 'r' && c != 'a' && c != 'd' && c != 'i' && c != 'u' && c != 'o' && c != 'x' &&
        c != 'X' && c != 'e' && c != 'E' && c != 'f' && c != 'F' && c != 'g' && c != 'G' && c != 'c')
        return numfmt_pct_unsupported(spec, err);
    GC_SAVE(vm);
    GC_ROOT(vm, v);
    CoilFmtStatus r;
    switch (c) {
    case 's':
    case 'r':
    case 'a': {
        CoilValue s = c == 's' ? vm_str(vm, v) : iop_format(vm, v, VAL_EMPTY, c == 'r' ? 2 : 3);
        if (value_is_error(s)) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        GC_ROOT(vm, s);
        r = append_text(out, spec, s, err);
        break;
    }
    case 'c': {
        uint32_t cp;
        if (value_is_str(vm, v)) {
            if (value_as_str(v)->cplen != 1) {
                vm_raise(vm, vm->e_TypeError, "%%c requires int or char");
                return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            }
            size_t adv;
            cp = str_decode_cp(value_as_str(v)->data, &adv);
        } else if (value_is_int(vm, v)) {
            int64_t n;
            if (!int_to_i64(vm, v, &n) || n < 0 || n > 0x10FFFF) {
                vm_raise(vm, vm->e_OverflowError, "%%c arg not in range(0x110000)");
                return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            }
            cp = (uint32_t)n;
        } else {
            vm_raise(vm, vm->e_TypeError, "%%c requires int or char");
            return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        }
        CoilValue s = str_from_cp(vm, cp);
        if (value_is_error(s)) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        r = append_text(out, spec, s, err);
        break;
    }
    default:
        r = str_percent_number(vm, out, spec, v, err);
        break;
    }
    GC_RESTORE(vm);
    return r;
}

CoilValue str_percent_format(CoilVM *vm, CoilString *fmt, CoilValue args)
{
    CoilType *t = vm_typeof(vm, args);
    PctState st;
    pct_args_init(&st.a, vm, args,
                  t->getitem && !value_is_str(vm, args) && !value_is_tuple(vm, args) && t != vm->t_list &&
                      t != vm->t_range && t != vm->t_bytes);
    CoilPctHooks hooks = {&st, hook_select_key, pct_hook_star, hook_convert};
    CoilBuf out;
    buf_init(&out, &vm->counted);
    CoilFmtError err;
    GC_ROOT(vm, args);
    CoilFmtStatus r = numfmt_percent(&out, fmt->data, fmt->len, st.a.mapping != VAL_EMPTY, &hooks, &err);
    GC_UNROOT(vm, 1);
    if (value_is_error(pct_check_done(&st.a, r, &err, "string"))) {
        buf_free(&out);
        return VAL_ERROR;
    }
    return str_from_buf(vm, &out);
}
