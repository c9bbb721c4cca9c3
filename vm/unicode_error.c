/* unicode_error.c — UnicodeDecodeError and UnicodeEncodeError as CPython
 * has them: args (encoding, object, start, end, reason), the attributes
 * reading them, and str() composing "'utf-8' codec can't decode byte 0xff in
 * position 0: invalid start byte" from them.  The codecs raise through
 * unicode_error_raise. */
#include <stdio.h>

#include "vm/bytes.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

/* The five args when they have CPython's types, else NULL. */
static CoilTuple *uargs(CoilVM *vm, CoilValue self)
{
    CoilValue a = value_as_exc(self)->args;
    if (!value_is_tuple(vm, a)) return NULL;
    CoilTuple *t = value_as_tuple(a);
    if (t->len != 5 || !value_is_str(vm, t->items[0]) || !value_is_int(vm, t->items[2]) ||
        !value_is_int(vm, t->items[3]) || !value_is_str(vm, t->items[4]))
        return NULL;
    return t;
}

static CoilValue unicode_error_str(CoilVM *vm, CoilValue self)
{
    CoilTuple *t = uargs(vm, self);
    bool decode = type_is_subtype(vm_typeof(vm, self), vm->e_UnicodeDecodeError);
    BytesView bv;
    if (!t || (decode ? !bytes_view(vm, t->items[1], &bv) : !value_is_str(vm, t->items[1]))) {
        /* Not the five-argument form: BaseException's str. */
        CoilTuple *a = value_as_tuple(value_as_exc(self)->args);
        if (a->len == 0) return value_from_object(vm->names.empty);
        if (a->len == 1) return vm_str(vm, a->items[0]);
        return vm_str(vm, value_as_exc(self)->args);
    }
    int64_t start, end;
    if (!int_to_i64(vm, t->items[2], &start) || !int_to_i64(vm, t->items[3], &end)) start = end = 0;
    const char *enc = value_as_str(t->items[0])->data, *reason = value_as_str(t->items[4])->data;
    int64_t len = decode ? (int64_t)bv.n : (int64_t)value_as_str(t->items[1])->cplen;
    if (start < 0) start = 0;
    if (start >= len) start = len ? len - 1 : 0;
    if (end < 1) end = 1;
    if (end > len) end = len;
    if (start < len && end == start + 1) {
        if (decode)
            return str_format(vm, "'%s' codec can't decode byte 0x%02x in position %lld: %s", enc, bv.p[start],
                              (long long)start, reason);
        CoilString *s = value_as_str(t->items[1]);
        size_t adv;
        uint32_t cp = str_decode_cp(s->data + str_cp_offset(s, (size_t)start), &adv);
        char esc[16];
        if (cp < 0x100) snprintf(esc, sizeof esc, "\\x%02x", cp);
        else if (cp < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", cp);
        else snprintf(esc, sizeof esc, "\\U%08x", cp);
        return str_format(vm, "'%s' codec can't encode character '%s' in position %lld: %s", enc, esc,
                          (long long)start, reason);
    }
    return str_format(vm, "'%s' codec can't %s %s in position %lld-%lld: %s", enc, decode ? "decode" : "encode",
                      decode ? "bytes" : "characters", (long long)start, (long long)(end - 1), reason);
}

CoilValue unicode_error_raise(CoilVM *vm, bool decode, const char *encoding, CoilValue object, size_t start,
                              size_t end, const char *reason)
{
    GC_SAVE(vm);
    GC_ROOT(vm, object);
    CoilValue items[5] = {VAL_NONE, object, int_from_u64(vm, start), int_from_u64(vm, end), VAL_NONE};
    items[0] = str_from_cstr(vm, encoding);
    if (value_is_error(items[0])) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, items[0]);
    items[4] = str_from_cstr(vm, reason);
    if (value_is_error(items[4])) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, items[4]);
    CoilValue args = tuple_from_array(vm, items, 5);
    GC_RESTORE(vm);
    if (value_is_error(args)) return args;
    return vm_raise_args(vm, decode ? vm->e_UnicodeDecodeError : vm->e_UnicodeEncodeError, args);
}

static CoilValue arg_at(CoilVM *vm, CoilValue self, size_t i)
{
    CoilValue a = value_as_exc(self)->args;
    if (value_is_tuple(vm, a) && value_as_tuple(a)->len > i) return value_as_tuple(a)->items[i];
    return VAL_NONE;
}
static CoilValue g_encoding(CoilVM *vm, CoilValue self) { return arg_at(vm, self, 0); }
static CoilValue g_object(CoilVM *vm, CoilValue self) { return arg_at(vm, self, 1); }
static CoilValue g_start(CoilVM *vm, CoilValue self) { return arg_at(vm, self, 2); }
static CoilValue g_end(CoilVM *vm, CoilValue self) { return arg_at(vm, self, 3); }
static CoilValue g_reason(CoilVM *vm, CoilValue self) { return arg_at(vm, self, 4); }

static const CoilGetSetDef unicode_error_getsets[] = {
    {"encoding", g_encoding, NULL}, {"object", g_object, NULL}, {"start", g_start, NULL},
    {"end", g_end, NULL},           {"reason", g_reason, NULL}, {NULL, NULL, NULL}};

void unicode_error_init_types(CoilVM *vm)
{
    CoilType *types[2] = {vm->e_UnicodeDecodeError, vm->e_UnicodeEncodeError};
    for (int i = 0; i < 2; i++) {
        types[i]->str = unicode_error_str;
        type_add_getsets(vm, types[i], unicode_error_getsets);
    }
}
