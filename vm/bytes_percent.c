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
    CoilVM *vm;
    const CoilValue *items;
    size_t nitems, next;
    CoilValue single;     /* the right operand when it is not a tuple */
    CoilValue mapping;    /* VAL_EMPTY unless the operand is a mapping */
    CoilValue selected;   /* the value a %(key) picked, or VAL_EMPTY */
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

static CoilValue next_arg(BPctState *st)
{
    CoilVM *vm = st->vm;
    if (st->selected != VAL_EMPTY) {
        CoilValue v = st->selected;
        st->selected = VAL_EMPTY;
        return v;
    }
    if (st->next >= st->nitems) return vm_raise(vm, vm->e_TypeError, "not enough arguments for format string");
    return st->items[st->next++];
}

static bool hook_select_key(void *ud, const char *key, size_t len)
{
    BPctState *st = ud;
    CoilVM *vm = st->vm;
    CoilValue k = bytes_new(vm, NULL, latin1_count(key, len));
    if (value_is_error(k)) return false;
    latin1_to_bytes(key, len, value_as_bytes(k)->data);
    GC_ROOT(vm, k);
    CoilValue v = vm_getitem(vm, st->mapping, k);
    GC_UNROOT(vm, 1);
    if (value_is_error(v)) return false;
    st->selected = v;
    return true;
}

static bool hook_star(void *ud, bool is_precision, int64_t *value)
{
    (void)is_precision;
    BPctState *st = ud;
    CoilVM *vm = st->vm;
    CoilValue v = next_arg(st);
    if (value_is_error(v)) return false;
    if (!value_is_int(vm, v)) {
        vm_raise(vm, vm->e_TypeError, "* wants int");
        return false;
    }
    return vm_index(vm, v, value) == 0;
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
    CoilVM *vm = st->vm;
    uint32_t c = spec->conv;
    if (c != 's' && c != 'b' && c != 'r' && c != 'a' && c != 'd' && c != 'i' && c != 'u' && c != 'o' && c != 'x' &&
        c != 'X' && c != 'e' && c != 'E' && c != 'f' && c != 'F' && c != 'g' && c != 'G' && c != 'c')
        return numfmt_pct_unsupported(spec, err);
    CoilValue v = next_arg(st);
    if (value_is_error(v)) return NUMFMT_HOOK_ERROR;
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
    BPctState st = {.vm = vm, .single = args, .mapping = VAL_EMPTY, .selected = VAL_EMPTY};
    if (value_is_tuple(vm, args)) {
        st.items = value_as_tuple(args)->items;
        st.nitems = value_as_tuple(args)->len;
    } else {
        st.items = &st.single;
        st.nitems = 1;
        CoilType *t = vm_typeof(vm, args);
        BytesView bv;
        if (t->getitem && !value_is_str(vm, args) && !bytes_view(vm, args, &bv) && t != vm->t_list &&
            t != vm->t_range)
            st.mapping = args;
    }
    BytesView f;
    bytes_view(vm, like, &f);
    CoilBuf fmt, out;
    buf_init(&fmt, &vm->counted);
    buf_init(&out, &vm->counted);
    if (!put_latin1(&fmt, f.p, f.n)) {
        buf_free(&fmt);
        return vm_raise_nomem(vm);
    }
    CoilPctHooks hooks = {&st, hook_select_key, hook_star, hook_convert};
    CoilFmtError err;
    GC_ROOT(vm, args);
    GC_ROOT(vm, like);
    CoilFmtStatus r = numfmt_percent(&out, buf_cstr(&fmt), fmt.len, st.mapping != VAL_EMPTY, &hooks, &err);
    GC_UNROOT(vm, 2);
    buf_free(&fmt);
    if (r != NUMFMT_OK) {
        buf_free(&out);
        if (r == NUMFMT_HOOK_ERROR) return VAL_ERROR;
        if (r == NUMFMT_NOMEM) return vm_raise_nomem(vm);
        CoilBuf m;
        buf_init(&m, &vm->counted);
        if (!numfmt_error_render(&err, &m)) {
            buf_free(&m);
            return vm_raise_nomem(vm);
        }
        CoilValue msg = str_from_buf(vm, &m);
        if (value_is_error(msg)) return msg;
        CoilType *t = r == NUMFMT_TYPE_ERROR ? vm->e_TypeError : r == NUMFMT_OVERFLOW_ERROR ? vm->e_OverflowError
                                                                                          : vm->e_ValueError;
        return vm_raise_str(vm, t, msg);
    }
    if (st.mapping == VAL_EMPTY && st.next < st.nitems) {
        buf_free(&out);
        return vm_raise(vm, vm->e_TypeError, "not all arguments converted during bytes formatting");
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
