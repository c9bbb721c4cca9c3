/* protobin.c — CoilProto trees to flat bytes and back (see protobin.h).
 * Numbers are stored in the host's own representation: the bytes are made
 * by a tool of the same build and read by the same binary, never moved
 * between machines.  A string is its length (NO_STR for NULL), its bytes
 * and a NUL, so the reader can point into the data instead of copying. */
#include "compiler/protobin.h"

#include <stdlib.h>
#include <string.h>

#define NO_STR 0xFFFFFFFFu

/* --- writing --------------------------------------------------------------- */

static int put(ProtoBin *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n) cap *= 2;
        unsigned char *d = realloc(b->data, cap);
        if (!d) return 0;
        b->data = d;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    return 1;
}

static int put_u32(ProtoBin *b, uint32_t v) { return put(b, &v, sizeof v); }

static int put_str(ProtoBin *b, const char *s, size_t n)
{
    if (!s) return put_u32(b, NO_STR);
    return put_u32(b, (uint32_t)n) && put(b, s, n) && put(b, "", 1);
}

static int put_cstr(ProtoBin *b, const char *s) { return put_str(b, s, s ? strlen(s) : 0); }

static int put_const(ProtoBin *b, const CoilConst *k)
{
    uint8_t kind = (uint8_t)k->kind;
    if (!put(b, &kind, 1)) return 0;
    switch (k->kind) {
    case CONST_INT: return put(b, &k->u.i, sizeof k->u.i);
    case CONST_FLOAT:
    case CONST_COMPLEX: return put(b, &k->u.f, sizeof k->u.f);
    case CONST_BIGINT:
    case CONST_STR:
    case CONST_BYTES: return put_str(b, k->u.str.s, k->u.str.len);
    case CONST_CODE: return protobin_write(b, k->u.code);
    case CONST_TUPLE:
    case CONST_FROZENSET:
        if (!put_u32(b, (uint32_t)k->u.tuple.len)) return 0;
        for (size_t i = 0; i < k->u.tuple.len; i++)
            if (!put_const(b, &k->u.tuple.items[i])) return 0;
        return 1;
    default: return 1; /* None, True, False, Ellipsis: the kind says it all */
    }
}

int protobin_write(ProtoBin *b, const CoilProto *p)
{
    uint16_t h[7] = {p->argcount, p->posonlyargcount, p->kwonlyargcount, p->nlocals,
                     p->nregs,    p->ncellvars,       p->nfreevars};
    int32_t nums[2] = {p->firstlineno, p->docconst};
    if (!put_cstr(b, p->name) || !put_cstr(b, p->qualname) || !put_cstr(b, p->filename) ||
        !put(b, nums, sizeof nums) || !put_u32(b, p->flags) || !put(b, h, sizeof h))
        return 0;
    for (size_t i = 0; i < p->nlocals; i++)
        if (!put_cstr(b, p->localnames[i])) return 0;
    for (size_t i = 0; i < p->ncellvars; i++)
        if (!put_cstr(b, p->cellnames[i])) return 0;
    for (size_t i = 0; i < p->nfreevars; i++)
        if (!put_cstr(b, p->freenames[i])) return 0;
    if (!put(b, p->cellregs, p->ncellvars) || !put(b, p->freeregs, p->nfreevars) || !put_u32(b, p->ncode) ||
        !put(b, p->code, p->ncode * sizeof *p->code) || !put(b, p->lines, p->ncode * sizeof *p->lines) ||
        !put_u32(b, p->nexc))
        return 0;
    for (size_t i = 0; i < p->nexc; i++) {
        const CoilExcEntry *e = &p->exc_table[i];
        uint32_t v[3] = {e->start, e->end, e->handler};
        if (!put(b, v, sizeof v) || !put(b, &e->reg, 1)) return 0;
    }
    if (!put_u32(b, p->nconsts)) return 0;
    for (size_t i = 0; i < p->nconsts; i++)
        if (!put_const(b, &p->consts[i])) return 0;
    return 1;
}

/* --- reading --------------------------------------------------------------- */

typedef struct Reader {
    const unsigned char *p, *end;
    CoilArena *arena;
    int bad;
} Reader;

static const void *take(Reader *r, size_t n)
{
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    const void *at = r->p;
    r->p += n;
    return at;
}

static void get(Reader *r, void *out, size_t n)
{
    const void *at = take(r, n);
    if (at) memcpy(out, at, n);
    else memset(out, 0, n);
}

static uint32_t get_u32(Reader *r)
{
    uint32_t v;
    get(r, &v, sizeof v);
    return v;
}

static const char *get_str(Reader *r, size_t *len)
{
    uint32_t n = get_u32(r);
    if (n == NO_STR) {
        if (len) *len = 0;
        return NULL;
    }
    const char *s = take(r, (size_t)n + 1);
    if (len) *len = n;
    return s;
}

/* A copy of n bytes in the arena (the arrays must be aligned). */
static void *get_copy(Reader *r, size_t n)
{
    if (!n) return NULL;
    const void *at = take(r, n);
    void *d = at ? arena_alloc(r->arena, n) : NULL;
    if (!d) {
        r->bad = 1;
        return NULL;
    }
    memcpy(d, at, n);
    return d;
}

static const char **get_names(Reader *r, size_t n)
{
    if (!n) return NULL;
    const char **v = arena_alloc(r->arena, n * sizeof *v);
    if (!v) {
        r->bad = 1;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) v[i] = get_str(r, NULL);
    return v;
}

static CoilProto *read_proto(Reader *r);

static void read_const(Reader *r, CoilConst *k)
{
    uint8_t kind = 0;
    get(r, &kind, 1);
    k->kind = (CoilConstKind)kind;
    switch (k->kind) {
    case CONST_NONE:
    case CONST_TRUE:
    case CONST_FALSE:
    case CONST_ELLIPSIS: break;
    case CONST_INT: get(r, &k->u.i, sizeof k->u.i); break;
    case CONST_FLOAT:
    case CONST_COMPLEX: get(r, &k->u.f, sizeof k->u.f); break;
    case CONST_BIGINT:
    case CONST_STR:
    case CONST_BYTES: k->u.str.s = get_str(r, &k->u.str.len); break;
    case CONST_CODE: k->u.code = read_proto(r); break;
    case CONST_TUPLE:
    case CONST_FROZENSET: {
        uint32_t n = get_u32(r);
        if (n > (size_t)(r->end - r->p)) { /* each item takes a byte at least */
            r->bad = 1;
            break;
        }
        k->u.tuple.len = n;
        k->u.tuple.items = n ? arena_alloc(r->arena, n * sizeof(CoilConst)) : NULL;
        if (n && !k->u.tuple.items) r->bad = 1;
        for (uint32_t i = 0; i < n && !r->bad; i++) read_const(r, &k->u.tuple.items[i]);
        break;
    }
    default: r->bad = 1;
    }
}

static CoilProto *read_proto(Reader *r)
{
    CoilProto *p = arena_alloc(r->arena, sizeof *p);
    if (!p) {
        r->bad = 1;
        return NULL;
    }
    p->name = get_str(r, NULL);
    p->qualname = get_str(r, NULL);
    p->filename = get_str(r, NULL);
    int32_t nums[2];
    get(r, nums, sizeof nums);
    p->firstlineno = nums[0];
    p->docconst = nums[1];
    p->flags = get_u32(r);
    uint16_t h[7];
    get(r, h, sizeof h);
    p->argcount = h[0];
    p->posonlyargcount = h[1];
    p->kwonlyargcount = h[2];
    p->nlocals = h[3];
    p->nregs = h[4];
    p->ncellvars = h[5];
    p->nfreevars = h[6];
    p->localnames = get_names(r, p->nlocals);
    p->cellnames = get_names(r, p->ncellvars);
    p->freenames = get_names(r, p->nfreevars);
    p->cellregs = get_copy(r, p->ncellvars);
    p->freeregs = get_copy(r, p->nfreevars);
    p->ncode = get_u32(r);
    if (p->ncode > (size_t)(r->end - r->p) / sizeof(CoilInstr)) {
        r->bad = 1;
        return NULL;
    }
    p->code = get_copy(r, p->ncode * sizeof(CoilInstr));
    p->lines = get_copy(r, p->ncode * sizeof(int32_t));
    p->nexc = get_u32(r);
    if (p->nexc > (size_t)(r->end - r->p) / 13) {
        r->bad = 1;
        return NULL;
    }
    CoilExcEntry *exc = p->nexc ? arena_alloc(r->arena, p->nexc * sizeof *exc) : NULL;
    if (p->nexc && !exc) r->bad = 1;
    for (uint32_t i = 0; i < p->nexc && !r->bad; i++) {
        uint32_t v[3];
        get(r, v, sizeof v);
        exc[i].start = v[0];
        exc[i].end = v[1];
        exc[i].handler = v[2];
        get(r, &exc[i].reg, 1);
    }
    p->exc_table = exc;
    p->nconsts = get_u32(r);
    if (p->nconsts > (size_t)(r->end - r->p)) {
        r->bad = 1;
        return NULL;
    }
    CoilConst *ks = p->nconsts ? arena_alloc(r->arena, p->nconsts * sizeof *ks) : NULL;
    if (p->nconsts && !ks) r->bad = 1;
    for (uint32_t i = 0; i < p->nconsts && !r->bad; i++) read_const(r, &ks[i]);
    p->consts = ks;
    return r->bad ? NULL : p;
}

CoilProto *protobin_read(CoilArena *arena, const unsigned char *data, size_t len)
{
    Reader r = {data, data + len, arena, 0};
    CoilProto *p = read_proto(&r);
    return r.bad ? NULL : p;
}
