/* load.c — CoilProto (compiler output, arena-allocated) to CoilCode (VM
 * heap): copies code, lines and the exception table, converts constants to
 * values (ints may be big, names are interned), recursing into nested
 * functions. */
#include <string.h>

#include "compiler/protobin.h"
#include "vm/bytes.h"
#include "vm/complex.h"
#include "vm/exc.h"
#include "vm/func.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/load.h"
#include "vm/set.h"
#include "vm/str.h"
#include "vm/tuple.h"

static CoilValue load_proto_in(CoilVM *vm, const CoilProto *p, const CoilCode *parent);

/* parent: the code object the constant belongs to (nested functions share
 * its filename). */
static CoilValue load_const(CoilVM *vm, const CoilConst *k, const CoilCode *parent)
{
    switch (k->kind) {
    case CONST_NONE: return VAL_NONE;
    case CONST_TRUE: return VAL_TRUE;
    case CONST_FALSE: return VAL_FALSE;
    case CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case CONST_INT: return int_from_i64(vm, k->u.i);
    case CONST_BIGINT: {
        CoilBigInt *b;
        CoilBigStatus st = bigint_from_str(&vm->bigctx, k->u.str.s, k->u.str.len, 10, &b);
        if (st != COIL_BIG_OK) {
            /* Literals are not subject to the str-digits limit. */
            int saved = vm->bigctx.max_str_digits;
            vm->bigctx.max_str_digits = 0;
            st = bigint_from_str(&vm->bigctx, k->u.str.s, k->u.str.len, 10, &b);
            vm->bigctx.max_str_digits = saved;
            if (st != COIL_BIG_OK) return int_raise_status(vm, st);
        }
        return int_from_big(vm, b);
    }
    case CONST_FLOAT: return value_from_double(k->u.f);
    case CONST_STR: {
        CoilString *s = str_intern(vm, k->u.str.s, k->u.str.len);
        return s ? value_from_object(s) : VAL_ERROR;
    }
    case CONST_BYTES: return bytes_new(vm, k->u.str.s, k->u.str.len);
    case CONST_CODE: return load_proto_in(vm, k->u.code, parent);
    case CONST_TUPLE: {
        CoilValue t = tuple_new(vm, k->u.tuple.len);
        if (value_is_error(t)) return t;
        GC_ROOT(vm, t);
        for (size_t i = 0; i < k->u.tuple.len; i++) {
            CoilValue v = load_const(vm, &k->u.tuple.items[i], parent);
            if (value_is_error(v)) return GC_UNROOT(vm, 1), v;
            value_as_tuple(t)->items[i] = v;
        }
        GC_UNROOT(vm, 1);
        return t;
    }
    case CONST_FROZENSET: {
        /* CPython's compiler builds a folded set's frozenset twice -- from
         * the items, then again from that one's iteration order when it
         * merges constants -- and the order the program sees is the
         * second's. */
        CoilConst tk = *k;
        tk.kind = CONST_TUPLE;
        CoilValue t = load_const(vm, &tk, parent);
        if (value_is_error(t)) return t;
        GC_ROOT(vm, t);
        CoilValue first = set_from_iterable(vm, vm->t_frozenset, t);
        GC_UNROOT(vm, 1);
        if (value_is_error(first)) return first;
        GC_ROOT(vm, first);
        CoilValue order = tuple_from_iterable(vm, first);
        GC_UNROOT(vm, 1);
        if (value_is_error(order)) return order;
        GC_ROOT(vm, order);
        CoilValue fs = set_from_iterable(vm, vm->t_frozenset, order);
        GC_UNROOT(vm, 1);
        return fs;
    }
    case CONST_COMPLEX: return complex_new_value(vm, 0.0, k->u.f);
    default:
        return vm_raise(vm, vm->e_NotImplementedError, "unknown constant kind");
    }
}

static void *copy_mem(CoilVM *vm, const void *src, size_t n)
{
    void *p = vm_mem_alloc(vm, n ? n : 1);
    if (p && n) memcpy(p, src, n);
    return p;
}

CoilValue load_proto(CoilVM *vm, const CoilProto *p) { return load_proto_in(vm, p, NULL); }

static CoilValue load_proto_in(CoilVM *vm, const CoilProto *p, const CoilCode *parent)
{
    GC_SAVE(vm);
    CoilCode *c = gc_alloc_object(vm, vm->t_code, sizeof(CoilCode));
    if (!c) return VAL_ERROR;
    GC_ROOT_OBJ(vm, c);
    c->firstlineno = p->firstlineno;
    c->flags = p->flags;
    c->argcount = p->argcount;
    c->posonlyargcount = p->posonlyargcount;
    c->kwonlyargcount = p->kwonlyargcount;
    c->docconst = p->docconst;
    /* A nested function's file is its parent's: no need to hash it again. */
    size_t flen = strlen(p->filename);
    if (parent && parent->filename->len == flen && !memcmp(parent->filename->data, p->filename, flen))
        c->filename = parent->filename;
    else if (!(c->filename = str_intern(vm, p->filename, flen)))
        goto fail;
    if (!(c->name = str_intern_cstr(vm, p->name)) || !(c->qualname = str_intern_cstr(vm, p->qualname)))
        goto fail;
    /* Each array is attached only once complete, so the collector (and
     * code_finalize) only ever sees consistent sizes. */
    CoilInstr *code = copy_mem(vm, p->code, p->ncode * sizeof(CoilInstr));
    if (!code) goto fail;
    c->code = code;
    c->ncode = p->ncode;
    if ((p->flags & (PROTO_GENERATOR | PROTO_COROUTINE | PROTO_ASYNC_GENERATOR)) == PROTO_GENERATOR) {
        bool yf = false;
        for (size_t k = 0; k < p->ncode; k++) yf |= INSTR_OP(p->code[k]) == OP_YIELDFROM;
        if (!yf) c->flags |= CODE_INLINE_GEN;
    }
    int32_t *lines = copy_mem(vm, p->lines, p->ncode * sizeof(int32_t));
    if (!lines) goto fail;
    c->lines = lines;
    if (p->positions && p->npositions && !vm->load_without_positions) {
        uint8_t *pos = copy_mem(vm, p->positions, p->npositions);
        if (!pos) goto fail;
        c->positions = pos;
        c->npositions = p->npositions;
    }
    CoilInstrCache *gcache = vm_mem_alloc(vm, p->ncode * sizeof(CoilInstrCache));
    if (!gcache) goto fail;
    memset(gcache, 0, p->ncode * sizeof(CoilInstrCache));
    c->gcache = gcache;
    c->cache_base = (uintptr_t)gcache - (uintptr_t)c->code * CODE_CACHE_SCALE;
    CoilExcEntry *exc = copy_mem(vm, p->exc_table, p->nexc * sizeof(CoilExcEntry));
    if (!exc) goto fail;
    c->exc_table = exc;
    c->nexc = p->nexc;
    CoilString **names = vm_mem_alloc(vm, p->nlocals * sizeof(CoilString *));
    if (!names) goto fail;
    for (size_t i = 0; i < p->nlocals; i++) names[i] = NULL;
    c->localnames = names;
    c->nlocals = p->nlocals;
    for (size_t i = 0; i < p->nlocals; i++)
        if (!(names[i] = str_intern_cstr(vm, p->localnames[i]))) goto fail;
    size_t ncells = (size_t)p->ncellvars + p->nfreevars;
    CoilString **cells = vm_mem_alloc(vm, ncells * sizeof(CoilString *));
    if (!cells) goto fail;
    for (size_t i = 0; i < ncells; i++) cells[i] = NULL;
    c->cellnames = cells;
    c->ncellvars = p->ncellvars;
    c->nfreevars = p->nfreevars;
    for (size_t i = 0; i < p->ncellvars; i++)
        if (!(cells[i] = str_intern_cstr(vm, p->cellnames[i]))) goto fail;
    for (size_t i = 0; i < p->nfreevars; i++)
        if (!(cells[p->ncellvars + i] = str_intern_cstr(vm, p->freenames[i]))) goto fail;
    uint8_t *cr = copy_mem(vm, p->cellregs, p->ncellvars);
    if (!cr) goto fail;
    c->cellregs = cr;
    uint8_t *fr = copy_mem(vm, p->freeregs, p->nfreevars);
    if (!fr) goto fail;
    c->freeregs = fr;
    CoilValue *consts = vm_mem_alloc(vm, p->nconsts * sizeof(CoilValue));
    if (!consts) goto fail;
    for (size_t i = 0; i < p->nconsts; i++) consts[i] = VAL_NONE;
    c->consts = consts;
    c->nconsts = p->nconsts;
    for (size_t i = 0; i < p->nconsts; i++) {
        CoilValue v = load_const(vm, &p->consts[i], c);
        if (value_is_error(v)) goto fail;
        consts[i] = v;
    }
    c->nregs = p->nregs;
    GC_RESTORE(vm);
    return value_from_object(c);
fail:
    GC_RESTORE(vm);
    return VAL_ERROR;
}

CoilValue load_protobin(CoilVM *vm, const unsigned char *data, size_t len)
{
    CoilArena *arena = arena_new();
    if (!arena) return vm_raise_nomem(vm);
    CoilProto *p = protobin_read(arena, data, len);
    CoilValue code = p ? load_proto(vm, p) : vm_raise(vm, vm->e_SystemError, "malformed frozen bytecode");
    arena_free(arena);
    return code;
}
