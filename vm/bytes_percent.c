/* bytes_percent.c — `bytes % args` (PEP 461).  The format walker in vm/numfmt
 * works on UTF-8 text, so the format and every byte string put in are read
 * as latin-1 (one code point per byte) and the result is turned back into
 * bytes: widths and precisions then count bytes, as they must. */
#include "vm/buf.h"
#include "vm/bytes.h"
#include "vm/dict.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/interp_ops.h"
#include "vm/numfmt.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct BPctState {
    CoilPctArgs a;        /* first: the star hook takes the state as its CoilPctArgs */
} BPctState;

/* Latin-1 text (as UTF-8) back to its bytes. */
static size_t latin1_to_bytes(const char *s, size_t n, unsigned char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        size_t adv;
        out[k++] = (unsigned char)str_decode_cp(s + i, &adv);
        i += adv;
    }
    return k;
}

static size_t latin1_count(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Appends bytes as latin-1 text. */
static bool put_latin1(CoilBuf *b, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!buf_append_cp(b, p[i])) return false;
    return true;
}

static bool hook_select_key(void *ud, const char *key, size_t len)
{
    BPctState *st = ud;
    CoilVM *vm = st->a.vm;
    CoilValue k = bytes_new(vm, NULL, latin1_count(key, len));
    if (value_is_error(k)) return false;
    latin1_to_bytes(key, len, value_as_bytes(k)->data);
    GC_ROOT(vm, k);
    CoilValue v = vm_getitem(vm, st->a.mapping, k);
    GC_UNROOT(vm, 1);
    if (value_is_error(v)) return false;
    st->a.selected = v;
    return true;
}

/* The bytes %s/%b puts in: a bytes-like, or what __bytes__ returns. */
static CoilValue bytes_of(CoilVM *vm, CoilValue v)
{
    BytesView bv;
    if (bytes_view(vm, v, &bv)) return v;
    CoilString *dunder = str_intern_cstr(vm, "__bytes__");
    if (!dunder) return VAL_ERROR;
    CoilValue m = type_lookup(vm, vm_typeof(vm, v), dunder);
    if (m == VAL_EMPTY || m == VAL_NONE || value_is_str(vm, v))
        return vm_raise(vm, vm->e_TypeError,
                        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                        value_type_name(vm, v));
    CoilValue r = vm_call1(vm, m, v);
    if (value_is_error(r) || value_is_bytes(vm, r)) return r;
    return vm_raise(vm, vm->e_TypeError, "__bytes__ returned non-bytes (type %s)", value_type_name(vm, r));
}

static CoilFmtStatus put_text(CoilVM *vm, CoilBuf *out, const CoilPctSpec *spec, const unsigned char *p, size_t n,
                              CoilFmtError *err)
{
    CoilBuf t;
    buf_init(&t, &vm->counted);
    if (!put_latin1(&t, p, n)) {
        buf_free(&t);
        return NUMFMT_NOMEM;
    }
    CoilFmtStatus r = numfmt_pct_str(out, spec, buf_cstr(&t), t.len, err);
    buf_free(&t);
    return r;
}

static CoilFmtStatus hook_convert(void *ud, CoilBuf *out, const CoilPctSpec *spec, CoilFmtError *err)
{
    BPctState *st = ud;
    CoilVM *vm = st->a.vm;
    uint32_t c = spec->conv;
    /* The argument is taken before the conversion is checked ("%5%" % () is
     * 'not enough arguments', as CPython). */
    CoilValue v = pct_next_arg(&st->a);
    if (value_is_error(v)) return NUMFMT_HOOK_ERROR;
    if (c != 's' && c != 'b' && c != 'r' && c != 'a' && c != 'd' && c != 'i' && c != 'u' && c != 'o' && c != 'x' &&
        c != 'X' && c != 'e' && c != 'E' && c != 'f' && c != 'F' && c != 'g' && c != 'G' && c != 'c')
        return numfmt_pct_unsupported(spec, err);
    GC_SAVE(vm);
    GC_ROOT(vm, v);
    CoilFmtStatus r;
    switch (c) {
    case 's':
    case 'b': {
        CoilValue b = bytes_of(vm, v);
        if (value_is_error(b)) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        GC_ROOT(vm, b);
        BytesView bv;
        bytes_view(vm, b, &bv);
        r = put_text(vm, out, spec, bv.p, bv.n, err);
        break;
    }
    case 'r':
    case 'a': {
        CoilValue s = iop_format(vm, v, VAL_EMPTY, 3); /* ascii(): the text is ASCII */
        if (value_is_error(s)) return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        GC_ROOT(vm, s);
        r = numfmt_pct_str(out, spec, value_as_str(s)->data, value_as_str(s)->len, err);
        break;
    }
    case 'c': {
        unsigned char byte;
        BytesView bv;
        if (bytes_view(vm, v, &bv) && bv.n == 1) {
            byte = bv.p[0];
        } else if (value_is_int(vm, v)) {
            int64_t n;
            if (!int_to_i64(vm, v, &n) || n < 0 || n > 255) {
                vm_raise(vm, vm->e_OverflowError, "%%c arg not in range(256)");
                return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
            }
            byte = (unsigned char)n;
        } else {
            vm_raise(vm, vm->e_TypeError, "%%c requires an integer in range(256) or a single byte");
            return GC_RESTORE(vm), NUMFMT_HOOK_ERROR;
        }
        r = put_text(vm, out, spec, &byte, 1, err);
        break;
    }
    default: r = str_percent_number(vm, out, spec, v, err); break;
    }
    GC_RESTORE(vm);
    return r;
}

CoilValue bytes_percent_format(CoilVM *vm, CoilValue like, CoilValue args)
{
    CoilType *t = vm_typeof(vm, args);
    BytesView bv;
    BPctState st;
    pct_args_init(&st.a, vm, args,
                  !value_is_tuple(vm, args) && t->getitem && !value_is_str(vm, args) && !bytes_view(vm, args, &bv) &&
                      t != vm->t_list && t != vm->t_range);
    BytesView f;
    bytes_view(vm, like, &f);
    CoilBuf fmt, out;
    buf_init(&fmt, &vm->counted);
    buf_init(&out, &vm->counted);
    if (!put_latin1(&fmt, f.p, f.n)) {
        buf_free(&fmt);
        return vm_raise_nomem(vm);
    }
    CoilPctHooks hooks = {&st, hook_select_key, pct_hook_star, hook_convert};
    CoilFmtError err;
    GC_ROOT(vm, args);
    GC_ROOT(vm, like);
    CoilFmtStatus r = numfmt_percent(&out, buf_cstr(&fmt), fmt.len, st.a.mapping != VAL_EMPTY, &hooks, &err);
    GC_UNROOT(vm, 2);
    buf_free(&fmt);
    if (value_is_error(pct_check_done(&st.a, r, &err, "bytes"))) {
        buf_free(&out);
        return VAL_ERROR;
    }
    /* Every code point of the result is below 256: latin-1 back to bytes. */
    CoilValue res = bytes_like_new(vm, like, NULL, latin1_count(buf_cstr(&out), out.len));
    if (!value_is_error(res)) {
        BytesView rv;
        bytes_view(vm, res, &rv);
        latin1_to_bytes(buf_cstr(&out), out.len, (unsigned char *)rv.p);
    }
    buf_free(&out);
    return res;
}
