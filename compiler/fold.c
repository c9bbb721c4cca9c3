/* fold.c — compile-time evaluation of constant expressions, as CPython's
 * ast_opt.c does, restricted to results that are bit-for-bit what CPython
 * computes at run time and to operations that cannot raise (1/0 and -1 << 1
 * are left for the VM).  Also turns Constant nodes into pool constants. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "compiler/codegen.h"

#define FOLD_MAX_STR 4096 /* CPython's MAX_STR_SIZE for folded str/bytes */
#define EXACT_INT_IN_DOUBLE ((int64_t)1 << 53)

/* --- big integer literals to decimal ------------------------------------------ */

/* Digits of `base` (no prefix or underscores) to a decimal string, computed
 * in base-10^9 limbs. */
static char *digits_to_decimal(CoilArena *a, const char *s, size_t n, int base, bool negative)
{
    size_t cap = n + 2, len = 1;
    uint32_t *limbs = arena_alloc(a, sizeof *limbs * cap);
    if (!limbs) return NULL;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (d < 0 || d >= base) continue;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < len; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)base + carry;
            limbs[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry && len < cap) {
            limbs[len++] = (uint32_t)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    char *out = arena_alloc(a, len * 9 + 2);
    if (!out) return NULL;
    char *p = out;
    if (negative) *p++ = '-';
    p += sprintf(p, "%u", (unsigned)limbs[len - 1]);
    for (size_t k = len - 1; k-- > 0;) p += sprintf(p, "%09u", (unsigned)limbs[k]);
    return out;
}

/* A decimal string to int64 when it fits. */
static bool decimal_fits(const char *s, int64_t *out)
{
    bool neg = *s == '-';
    const char *p = neg ? s + 1 : s;
    uint64_t v = 0;
    for (; *p; p++) {
        if (v > (UINT64_MAX - 9) / 10) return false;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    if (!neg && v > (uint64_t)INT64_MAX) return false;
    if (neg && v > (uint64_t)INT64_MAX + 1) return false;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return true;
}

static void set_str(CoilConst *k, CoilConstKind kind, const char *s, size_t len)
{
    k->kind = kind;
    k->u.str.s = s;
    k->u.str.len = len;
}

bool comp_const_of(Compiler *c, const AstNode *e, CoilConst *out)
{
    memset(out, 0, sizeof *out);
    switch (e->v.Constant.kind) {
    case AST_CONST_NONE: out->kind = CONST_NONE; return true;
    case AST_CONST_TRUE: out->kind = CONST_TRUE; return true;
    case AST_CONST_FALSE: out->kind = CONST_FALSE; return true;
    case AST_CONST_ELLIPSIS: out->kind = CONST_ELLIPSIS; return true;
    case AST_CONST_INT:
        out->kind = CONST_INT;
        out->u.i = e->v.Constant.u.i;
        return true;
    case AST_CONST_BIGINT: {
        char *d = digits_to_decimal(c->scratch, e->v.Constant.u.s, e->v.Constant.len,
                                    e->v.Constant.base ? e->v.Constant.base : 10, false);
        if (!d) return false;
        int64_t v;
        if (decimal_fits(d, &v)) {
            out->kind = CONST_INT;
            out->u.i = v;
        } else {
            set_str(out, CONST_BIGINT, d, strlen(d));
        }
        return true;
    }
    case AST_CONST_FLOAT:
        out->kind = CONST_FLOAT;
        out->u.f = e->v.Constant.u.f;
        return true;
    case AST_CONST_IMAG:
        out->kind = CONST_COMPLEX;
        out->u.f = e->v.Constant.u.f;
        return true;
    case AST_CONST_STR: set_str(out, CONST_STR, e->v.Constant.u.s, e->v.Constant.len); return true;
    case AST_CONST_BYTES: set_str(out, CONST_BYTES, e->v.Constant.u.s, e->v.Constant.len); return true;
    default: return false;
    }
}

bool comp_const_truth(const CoilConst *k)
{
    switch (k->kind) {
    case CONST_NONE:
    case CONST_FALSE: return false;
    case CONST_INT: return k->u.i != 0;
    case CONST_FLOAT:
    case CONST_COMPLEX: return k->u.f != 0.0;
    case CONST_STR:
    case CONST_BYTES: return k->u.str.len != 0;
    case CONST_TUPLE:
    case CONST_FROZENSET: return k->u.tuple.len != 0;
    default: return true;
    }
}

/* --- unary operators ------------------------------------------------------------- */

static bool fold_unary(Compiler *c, int op, const CoilConst *v, CoilConst *out)
{
    memset(out, 0, sizeof *out);
    if (op == AST_OP_Not) {
        out->kind = comp_const_truth(v) ? CONST_FALSE : CONST_TRUE;
        return true;
    }
    int64_t i;
    switch (v->kind) {
    case CONST_TRUE:
    case CONST_FALSE:
    case CONST_INT:
        i = v->kind == CONST_INT ? v->u.i : v->kind == CONST_TRUE;
        out->kind = CONST_INT;
        if (op == AST_OP_UAdd) {
            out->u.i = i;
        } else if (op == AST_OP_Invert) {
            out->u.i = ~i;
        } else if (i == INT64_MIN) {
            set_str(out, CONST_BIGINT, "9223372036854775808", 19);
        } else {
            out->u.i = -i;
        }
        return true;
    case CONST_BIGINT: {
        if (op == AST_OP_UAdd) {
            *out = *v;
            return true;
        }
        if (op != AST_OP_USub) return false; /* ~big: leave it to the VM */
        const char *s = v->u.str.s;
        if (*s == '-') {
            set_str(out, CONST_BIGINT, s + 1, v->u.str.len - 1);
            return true;
        }
        char *neg = arena_alloc(c->scratch, v->u.str.len + 2);
        if (!neg) return false;
        neg[0] = '-';
        memcpy(neg + 1, s, v->u.str.len + 1);
        int64_t fits;
        if (decimal_fits(neg, &fits)) {
            out->kind = CONST_INT;
            out->u.i = fits;
        } else {
            set_str(out, CONST_BIGINT, neg, v->u.str.len + 1);
        }
        return true;
    }
    case CONST_FLOAT:
        if (op == AST_OP_Invert) return false; /* TypeError at run time */
        out->kind = CONST_FLOAT;
        out->u.f = op == AST_OP_USub ? -v->u.f : v->u.f;
        return true;
    case CONST_COMPLEX:
        /* -1j is complex(-0.0, -1.0): the real part is not representable here */
        if (op != AST_OP_UAdd) return false;
        *out = *v;
        return true;
    default: return false;
    }
}

/* --- binary operators -------------------------------------------------------------- */

static bool int_binop(int op, int64_t a, int64_t b, int64_t *r)
{
    switch (op) {
    case AST_OP_Add: return !__builtin_add_overflow(a, b, r);
    case AST_OP_Sub: return !__builtin_sub_overflow(a, b, r);
    case AST_OP_Mult: return !__builtin_mul_overflow(a, b, r);
    case AST_OP_FloorDiv:
    case AST_OP_Mod: {
        if (b == 0 || (a == INT64_MIN && b == -1)) return false;
        int64_t q = a / b, m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) { /* Python rounds toward minus infinity */
            q -= 1;
            m += b;
        }
        *r = op == AST_OP_FloorDiv ? q : m;
        return true;
    }
    case AST_OP_Pow: {
        if (b < 0) return false; /* a float result: left to the VM */
        if (a == 0 || a == 1) {
            *r = b == 0 ? 1 : a;
            return true;
        }
        if (a == -1) {
            *r = b % 2 ? -1 : 1;
            return true;
        }
        int64_t acc = 1; /* |a| >= 2 overflows within 63 rounds */
        for (int64_t k = 0; k < b; k++)
            if (__builtin_mul_overflow(acc, a, &acc)) return false;
        *r = acc;
        return true;
    }
    case AST_OP_LShift:
        if (b < 0 || b >= 63) return a == 0 && b >= 0 ? (*r = 0, true) : false;
        if (a > (INT64_MAX >> b) || a < (INT64_MIN >> b)) return false;
        *r = (int64_t)((uint64_t)a << b);
        return true;
    case AST_OP_RShift:
        if (b < 0) return false;
        *r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b; /* arithmetic shift floors, as Python does */
        return true;
    case AST_OP_BitAnd: *r = a & b; return true;
    case AST_OP_BitOr: *r = a | b; return true;
    case AST_OP_BitXor: *r = a ^ b; return true;
    default: return false;
    }
}

static bool as_exact_double(const CoilConst *k, double *d)
{
    if (k->kind == CONST_FLOAT) {
        *d = k->u.f;
        return true;
    }
    if (k->kind == CONST_INT && k->u.i <= EXACT_INT_IN_DOUBLE && k->u.i >= -EXACT_INT_IN_DOUBLE) {
        *d = (double)k->u.i;
        return true;
    }
    return false;
}

static bool fold_repeat(Compiler *c, const CoilConst *s, int64_t n, CoilConst *out)
{
    if (n < 0) n = 0;
    if (s->u.str.len && (uint64_t)n > FOLD_MAX_STR / s->u.str.len) return false;
    size_t len = s->u.str.len * (size_t)n;
    char *buf = arena_alloc(c->scratch, len + 1);
    if (!buf) return false;
    for (int64_t k = 0; k < n; k++) memcpy(buf + (size_t)k * s->u.str.len, s->u.str.s, s->u.str.len);
    buf[len] = '\0';
    set_str(out, s->kind, buf, len);
    return true;
}

static bool fold_binary(Compiler *c, int op, const CoilConst *a, const CoilConst *b, CoilConst *out)
{
    memset(out, 0, sizeof *out);
    if (a->kind == CONST_INT && b->kind == CONST_INT) {
        if (op == AST_OP_Div) {
            double x, y;
            if (b->u.i == 0 || !as_exact_double(a, &x) || !as_exact_double(b, &y)) return false;
            out->kind = CONST_FLOAT;
            out->u.f = x / y;
            return true;
        }
        out->kind = CONST_INT;
        return int_binop(op, a->u.i, b->u.i, &out->u.i);
    }
    if ((a->kind == CONST_FLOAT || b->kind == CONST_FLOAT) &&
        (op == AST_OP_Add || op == AST_OP_Sub || op == AST_OP_Mult || op == AST_OP_Div)) {
        double x, y;
        if (!as_exact_double(a, &x) || !as_exact_double(b, &y)) return false;
        if (op == AST_OP_Div && y == 0.0) return false; /* ZeroDivisionError */
        out->kind = CONST_FLOAT;
        out->u.f = op == AST_OP_Add ? x + y : op == AST_OP_Sub ? x - y : op == AST_OP_Mult ? x * y : x / y;
        return true;
    }
    bool seq_a = a->kind == CONST_STR || a->kind == CONST_BYTES;
    bool seq_b = b->kind == CONST_STR || b->kind == CONST_BYTES;
    if (op == AST_OP_Add && seq_a && a->kind == b->kind) {
        size_t len = a->u.str.len + b->u.str.len;
        if (len > FOLD_MAX_STR) return false;
        char *buf = arena_alloc(c->scratch, len + 1);
        if (!buf) return false;
        memcpy(buf, a->u.str.s, a->u.str.len);
        memcpy(buf + a->u.str.len, b->u.str.s, b->u.str.len);
        buf[len] = '\0';
        set_str(out, a->kind, buf, len);
        return true;
    }
    if (op == AST_OP_Mult && seq_a && b->kind == CONST_INT) return fold_repeat(c, a, b->u.i, out);
    if (op == AST_OP_Mult && seq_b && a->kind == CONST_INT) return fold_repeat(c, b, a->u.i, out);
    return false;
}

/* --- the folder ---------------------------------------------------------------------- */

bool comp_fold(Compiler *c, const AstNode *e, CoilConst *out)
{
    switch (e->kind) {
    case AST_Constant: return comp_const_of(c, e, out);
    case AST_UnaryOp: {
        CoilConst v;
        return comp_fold(c, e->v.UnaryOp.operand, &v) && fold_unary(c, e->v.UnaryOp.op, &v, out);
    }
    case AST_BinOp: {
        CoilConst a, b;
        return comp_fold(c, e->v.BinOp.left, &a) && comp_fold(c, e->v.BinOp.right, &b) &&
               fold_binary(c, e->v.BinOp.op, &a, &b, out);
    }
    case AST_Tuple: {
        if (e->v.List.ctx != AST_LOAD) return false;
        int n = e->v.List.elts.len;
        CoilConst *items = arena_alloc(c->scratch, sizeof *items * (size_t)(n ? n : 1));
        if (!items) return false;
        for (int i = 0; i < n; i++)
            if (!comp_fold(c, e->v.List.elts.items[i], &items[i])) return false;
        memset(out, 0, sizeof *out);
        out->kind = CONST_TUPLE;
        out->u.tuple.items = items;
        out->u.tuple.len = (size_t)n;
        return true;
    }
    default: return false;
    }
}
