/* test_bigint.c — Criterion tests of vm/bigint*: every expected value comes
 * from CPython 3.11 through gen_bigint_cases.py (bigint_cases.h); on top of
 * those, self-checks (Karatsuba against schoolbook, division identities,
 * string round trips) and a failing allocator hook at every allocation. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint_cases.h"
#include "vm/bigint.h"
#include "vm/bigint_impl.h"
#include "vm/bigint_mpn.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* ---- an allocator hook that counts, and fails on request -------------------- */

typedef struct TestHeap {
    long live_blocks;
    long requests;  /* allocations and resizes so far */
    long fail_at;   /* request number that fails, or -1 */
} TestHeap;

static void *test_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    TestHeap *h = ud;
    (void)old_size;
    if (new_size == 0) {
        if (ptr != NULL) {
            h->live_blocks--;
            free(ptr);
        }
        return NULL;
    }
    if (h->requests++ == h->fail_at) {
        return NULL;
    }
    void *p = realloc(ptr, new_size);
    if (p != NULL && ptr == NULL) {
        h->live_blocks++;
    }
    return p;
}

static TestHeap heap;
static CoilBigCtx ctx;

static void setup(void)
{
    heap = (TestHeap){0, 0, -1};
    CoilAllocator a = {test_alloc, &heap};
    bigint_ctx_init(&ctx, a, 16);  /* room for an object header, as the VM will use */
}

static void teardown(void)
{
    cr_expect_eq(heap.live_blocks, 0, "%ld blocks leaked", heap.live_blocks);
}

TestSuite(bigint, .init = setup, .fini = teardown);

/* ---- helpers ------------------------------------------------------------------ */

static CoilBigInt *num(const char *dec)
{
    CoilBigInt *r = NULL;
    CoilBigStatus st = bigint_from_str(&ctx, dec, strlen(dec), 10, &r);
    cr_assert_eq(st, COIL_BIG_OK, "parsing %.80s: status %d %s", dec, st, ctx.msg);
    return r;
}

static CoilBigInt *small(int64_t v)
{
    CoilBigInt *r = NULL;
    cr_assert_eq(bigint_from_i64(&ctx, v, &r), COIL_BIG_OK);
    return r;
}

/* str(a) in a buffer from the allocator (caller frees with free()). */
static char *str_base(const CoilBigInt *a, int base, unsigned flags)
{
    size_t cap = bigint_str_bound(a, base, flags), len = 0;
    char *buf = malloc(cap);
    cr_assert_not_null(buf);
    CoilBigStatus st = bigint_to_str(&ctx, a, base, flags, buf, cap, &len);
    cr_assert_eq(st, COIL_BIG_OK, "to_str base %d: %d %s", base, st, ctx.msg);
    cr_assert_eq(strlen(buf), len);
    return buf;
}

/* Checks a result: status OK and decimal text equal to want; frees it. */
static void check(CoilBigStatus st, CoilBigInt **res, const char *want, const char *what, size_t i)
{
    /* The result is passed by address: C leaves the order in which a call's
     * arguments are evaluated open, so *res is read only in here. */
    cr_assert_eq(st, COIL_BIG_OK, "%s #%zu: status %d (%s)", what, i, st, ctx.msg);
    CoilBigInt *got = *res;
    char *s = str_base(got, 10, 0);
    cr_expect_str_eq(s, want, "%s #%zu", what, i);
    free(s);
    bigint_free(&ctx, got);
}

static const char *type_name(CoilBigStatus st)
{
    switch (st) {
    case COIL_BIG_NOMEM: return "MemoryError";
    case COIL_BIG_ZERO_DIV: return "ZeroDivisionError";
    case COIL_BIG_OVERFLOW: return "OverflowError";
    case COIL_BIG_VALUE:
    case COIL_BIG_BAD_LITERAL: return "ValueError";
    default: return "no error";
    }
}

/* Checks a failure against CPython's "Type: message"; a bad literal's
 * message is our prefix followed by the caller's repr of the input. */
static void check_err(CoilBigStatus st, const char *want, const char *what, size_t i)
{
    char got[300];
    snprintf(got, sizeof got, "%s: %s", type_name(st), ctx.msg);
    if (st == COIL_BIG_BAD_LITERAL) {
        cr_expect(strncmp(want, got, strlen(got)) == 0, "%s #%zu: got '%s', want '%s'", what, i, got, want);
    } else {
        cr_expect_str_eq(got, want, "%s #%zu", what, i);
    }
}

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* ---- the CPython tables ---------------------------------------------------------- */

Test(bigint, binary_operations)
{
    for (size_t i = 0; i < N_ELEMS(binop_cases); i++) {
        const BinopCase *t = &binop_cases[i];
        CoilBigInt *a = num(t->a), *b = num(t->b), *r = NULL, *q = NULL;
        check(bigint_add(&ctx, a, b, &r), &r, t->add, "add", i);
        check(bigint_sub(&ctx, a, b, &r), &r, t->sub, "sub", i);
        check(bigint_mul(&ctx, a, b, &r), &r, t->mul, "mul", i);
        check(bigint_and(&ctx, a, b, &r), &r, t->and_, "and", i);
        check(bigint_or(&ctx, a, b, &r), &r, t->or_, "or", i);
        check(bigint_xor(&ctx, a, b, &r), &r, t->xor_, "xor", i);
        cr_expect_eq(bigint_cmp(a, b), t->cmp, "cmp #%zu", i);
        if (t->fdiv != NULL) {
            check(bigint_floordiv(&ctx, a, b, &r), &r, t->fdiv, "floordiv", i);
            check(bigint_mod(&ctx, a, b, &r), &r, t->mod, "mod", i);
            CoilBigStatus st = bigint_divmod(&ctx, a, b, &q, &r);
            check(st, &q, t->fdiv, "divmod q", i);
            check(st, &r, t->mod, "divmod r", i);
        }
        double d = 0;
        CoilBigStatus st = bigint_truediv(&ctx, a, b, &d);
        if (t->tdiv_err == NULL) {
            cr_expect_eq(st, COIL_BIG_OK, "truediv #%zu: %s", i, ctx.msg);
            cr_expect_eq(to_bits(d), t->tdiv, "truediv #%zu: %.17g", i, d);
        } else {
            check_err(st, t->tdiv_err, "truediv", i);
        }
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
    }
}

Test(bigint, knuth_add_back)
{
    for (size_t i = 0; i < N_ELEMS(addback_cases); i++) {
        const DivCase *t = &addback_cases[i];
        CoilBigInt *a = num(t->a), *b = num(t->b), *q = NULL, *r = NULL;
        CoilBigStatus st = bigint_divmod(&ctx, a, b, &q, &r);
        check(st, &q, t->q, "q", i);
        check(st, &r, t->r, "r", i);
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
    }
}

Test(bigint, unary_operations)
{
    for (size_t i = 0; i < N_ELEMS(unary_cases); i++) {
        const UnaryCase *t = &unary_cases[i];
        CoilBigInt *a = num(t->a), *r = NULL;
        check(bigint_invert(&ctx, a, &r), &r, t->inv, "invert", i);
        cr_expect_eq(bigint_bit_length(a), t->bitlen, "bit_length #%zu", i);
        cr_expect_eq(bigint_bit_count(a), t->bitcount, "bit_count #%zu", i);
        cr_expect_eq(bigint_hash(a), t->hash, "hash #%zu", i);
        cr_expect_eq(bigint_fits_i64(a), t->fits, "fits #%zu", i);
        if (t->fits) {
            CoilBigTmp tmp;
            cr_expect_eq(bigint_cmp(bigint_tmp_i64(&tmp, bigint_to_i64(a)), a), 0, "to_i64 #%zu", i);
            cr_expect_eq(bigint_i64_hash(bigint_to_i64(a)), t->hash, "i64 hash #%zu", i);
        }
        double d = 0;
        CoilBigStatus st = bigint_to_double(&ctx, a, &d);
        if (t->float_err == NULL) {
            cr_expect_eq(st, COIL_BIG_OK, "float #%zu", i);
            cr_expect_eq(to_bits(d), t->fbits, "float #%zu: %.17g", i, d);
        } else {
            check_err(st, t->float_err, "float", i);
        }
        struct { int base; unsigned flags; const char *want; } fmts[] = {
            {16, BIGINT_FMT_PREFIX, t->hex}, {8, BIGINT_FMT_PREFIX, t->oct}, {2, BIGINT_FMT_PREFIX, t->bin},
            {16, BIGINT_FMT_PREFIX | BIGINT_FMT_UPPER, t->upper}, {36, 0, t->b36}, {7, 0, t->b7}};
        for (size_t f = 0; f < N_ELEMS(fmts); f++) {
            char *s = str_base(a, fmts[f].base, fmts[f].flags);
            cr_expect_str_eq(s, fmts[f].want, "base %d #%zu", fmts[f].base, i);
            /* and back: int(s, 0) for prefixed text, int(s, base) otherwise */
            CoilBigInt *back = NULL;
            int pbase = (fmts[f].flags & BIGINT_FMT_PREFIX) ? 0 : fmts[f].base;
            cr_expect_eq(bigint_from_str(&ctx, s, strlen(s), pbase, &back), COIL_BIG_OK, "reparse #%zu", i);
            cr_expect_eq(bigint_cmp(back, a), 0, "reparse base %d #%zu", fmts[f].base, i);
            bigint_free(&ctx, back);
            free(s);
        }
        bigint_free(&ctx, a);
    }
}

Test(bigint, shifts)
{
    for (size_t i = 0; i < N_ELEMS(shift_cases); i++) {
        const ShiftCase *t = &shift_cases[i];
        CoilBigInt *a = num(t->a), *r = NULL;
        CoilBigTmp tmp;
        check(bigint_lshift_i64(&ctx, a, t->n, &r), &r, t->shl, "lshift", i);
        check(bigint_rshift_i64(&ctx, a, t->n, &r), &r, t->shr, "rshift", i);
        check(bigint_lshift(&ctx, a, bigint_tmp_i64(&tmp, t->n), &r), &r, t->shl, "lshift big", i);
        check(bigint_rshift(&ctx, a, bigint_tmp_i64(&tmp, t->n), &r), &r, t->shr, "rshift big", i);
        bigint_free(&ctx, a);
    }
}

Test(bigint, powers)
{
    for (size_t i = 0; i < N_ELEMS(pow_cases); i++) {
        const PowCase *t = &pow_cases[i];
        CoilBigInt *a = num(t->a), *r = NULL;
        CoilBigTmp tmp;
        check(bigint_pow(&ctx, a, bigint_tmp_i64(&tmp, t->e), &r), &r, t->r, "pow", i);
        bigint_free(&ctx, a);
    }
}

Test(bigint, modular_powers)
{
    for (size_t i = 0; i < N_ELEMS(powmod_cases); i++) {
        const PowmodCase *t = &powmod_cases[i];
        CoilBigInt *a = num(t->a), *e = num(t->e), *m = num(t->m), *r = NULL;
        CoilBigStatus st = bigint_powmod(&ctx, a, e, m, &r);
        if (t->err == NULL) {
            check(st, &r, t->r, "powmod", i);
        } else {
            check_err(st, t->err, "powmod", i);
        }
        bigint_free(&ctx, a);
        bigint_free(&ctx, e);
        bigint_free(&ctx, m);
    }
}

Test(bigint, true_division)
{
    for (size_t i = 0; i < N_ELEMS(truediv_cases); i++) {
        const TruedivCase *t = &truediv_cases[i];
        CoilBigInt *a = num(t->a), *b = num(t->b);
        double d = 0;
        CoilBigStatus st = bigint_truediv(&ctx, a, b, &d);
        if (t->err == NULL) {
            cr_expect_eq(st, COIL_BIG_OK, "truediv #%zu: %s", i, ctx.msg);
            cr_expect_eq(to_bits(d), t->bits, "truediv #%zu: got %a want %a", i, d, from_bits(t->bits));
        } else {
            check_err(st, t->err, "truediv", i);
        }
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
    }
}

Test(bigint, doubles)
{
    for (size_t i = 0; i < N_ELEMS(from_double_cases); i++) {
        const FromDoubleCase *t = &from_double_cases[i];
        CoilBigInt *r = NULL;
        CoilBigStatus st = bigint_from_double(&ctx, from_bits(t->bits), &r);
        if (t->err == NULL) {
            check(st, &r, t->r, "int(float)", i);
        } else {
            check_err(st, t->err, "int(float)", i);
        }
    }
    for (size_t i = 0; i < N_ELEMS(cmp_double_cases); i++) {
        const CmpDoubleCase *t = &cmp_double_cases[i];
        CoilBigInt *a = num(t->a);
        cr_expect_eq(bigint_cmp_double(a, from_bits(t->bits)), t->cmp, "cmp_double #%zu (%s vs %.17g)", i,
                     t->a, from_bits(t->bits));
        bigint_free(&ctx, a);
    }
}

Test(bigint, parse)
{
    for (size_t i = 0; i < N_ELEMS(parse_cases); i++) {
        const ParseCase *t = &parse_cases[i];
        CoilBigInt *r = NULL;
        CoilBigStatus st = bigint_from_str(&ctx, t->s, t->len, t->base, &r);
        if (t->err == NULL) {
            check(st, &r, t->r, "parse", i);
        } else {
            check_err(st, t->err, "parse", i);
        }
    }
}

Test(bigint, digit_limits)
{
    for (size_t i = 0; i < N_ELEMS(limit_parse_cases); i++) {
        const LimitParseCase *t = &limit_parse_cases[i];
        size_t pl = strlen(t->prefix), sl = strlen(t->suffix), n = pl + (size_t)t->count + sl;
        char *s = malloc(n);
        memcpy(s, t->prefix, pl);
        memset(s + pl, t->ch, (size_t)t->count);
        memcpy(s + pl + t->count, t->suffix, sl);
        CoilBigInt *r = NULL;
        CoilBigStatus st = bigint_from_str(&ctx, s, n, t->base, &r);
        if (t->msg == NULL) {
            cr_expect_eq(st, COIL_BIG_OK, "limit parse #%zu: %s", i, ctx.msg);
            bigint_free(&ctx, r);
        } else {
            check_err(st, t->msg, "limit parse", i);
        }
        free(s);
    }
    for (size_t i = 0; i < N_ELEMS(limit_str_cases); i++) {
        const LimitStrCase *t = &limit_str_cases[i];
        CoilBigTmp tb, te, td;
        CoilBigInt *p = NULL, *v = NULL;
        cr_assert_eq(bigint_pow(&ctx, bigint_tmp_i64(&tb, 10), bigint_tmp_i64(&te, t->k), &p), COIL_BIG_OK);
        cr_assert_eq(bigint_add(&ctx, p, bigint_tmp_i64(&td, t->delta), &v), COIL_BIG_OK);
        v->neg = t->sign < 0;
        size_t cap = bigint_str_bound(v, 10, 0), len;
        char *buf = malloc(cap);
        CoilBigStatus st = bigint_to_str(&ctx, v, 10, 0, buf, cap, &len);
        if (t->msg == NULL) {
            cr_expect_eq(st, COIL_BIG_OK, "limit str #%zu: %s", i, ctx.msg);
            /* hex() is never limited */
        } else {
            check_err(st, t->msg, "limit str", i);
        }
        free(buf);
        char *h = str_base(v, 16, BIGINT_FMT_PREFIX);
        free(h);
        bigint_free(&ctx, p);
        bigint_free(&ctx, v);
    }
}

Test(bigint, errors)
{
    for (size_t i = 0; i < N_ELEMS(error_cases); i++) {
        const ErrorCase *t = &error_cases[i];
        CoilBigInt *a = num(t->a), *b = num(t->b), *r = NULL, *q = NULL;
        CoilBigStatus st;
        double d = 0;
        bool is_float = false;
        if (strcmp(t->op, "floordiv") == 0) {
            st = bigint_floordiv(&ctx, a, b, &r);
        } else if (strcmp(t->op, "mod") == 0) {
            st = bigint_mod(&ctx, a, b, &r);
        } else if (strcmp(t->op, "divmod") == 0) {
            st = bigint_divmod(&ctx, a, b, &q, &r);
        } else if (strcmp(t->op, "truediv") == 0) {
            st = bigint_truediv(&ctx, a, b, &d);
            is_float = true;
        } else if (strcmp(t->op, "lshift") == 0) {
            st = bigint_lshift(&ctx, a, b, &r);
        } else if (strcmp(t->op, "rshift") == 0) {
            st = bigint_rshift(&ctx, a, b, &r);
        } else {
            st = bigint_to_double(&ctx, a, &d);
            is_float = true;
        }
        if (t->err != NULL) {
            check_err(st, t->err, t->op, i);
        } else if (is_float) {
            cr_expect_eq(st, COIL_BIG_OK);
            cr_expect_eq(to_bits(d), to_bits(strtod(t->r, NULL)), "%s #%zu", t->op, i);
        } else {
            check(st, &r, t->r, t->op, i);
        }
        bigint_free(&ctx, q);
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
    }
    /* Beyond what CPython can be asked in reasonable time: results that could
     * never be stored fail with MemoryError up front. */
    CoilBigTmp t1, t2;
    CoilBigInt *r = NULL;
    cr_expect_eq(bigint_pow(&ctx, bigint_tmp_i64(&t1, 3), bigint_tmp_i64(&t2, INT64_MAX), &r), COIL_BIG_NOMEM);
    cr_expect_eq(bigint_pow(&ctx, bigint_tmp_i64(&t1, 2), bigint_tmp_i64(&t2, (int64_t)1 << 40), &r), COIL_BIG_NOMEM);
    cr_expect_eq(bigint_pow(&ctx, bigint_tmp_i64(&t1, 2), bigint_tmp_i64(&t2, -1), &r), COIL_BIG_VALUE);
    cr_expect_eq(bigint_lshift_i64(&ctx, bigint_tmp_i64(&t1, 1), INT64_MAX, &r), COIL_BIG_NOMEM);
    check(bigint_pow(&ctx, bigint_tmp_i64(&t1, -1), bigint_tmp_i64(&t2, INT64_MAX), &r), &r, "-1", "(-1)**big", 0);
}

Test(bigint, int64_helpers)
{
    for (size_t i = 0; i < N_ELEMS(i64_cases); i++) {
        const I64Case *t = &i64_cases[i];
        int64_t r = 0;
        cr_expect_eq(bigint_i64_add(t->a, t->b, &r), t->add_ok, "add #%zu", i);
        if (t->add_ok) cr_expect_eq(r, t->add, "add #%zu", i);
        cr_expect_eq(bigint_i64_sub(t->a, t->b, &r), t->sub_ok, "sub #%zu", i);
        if (t->sub_ok) cr_expect_eq(r, t->sub, "sub #%zu", i);
        cr_expect_eq(bigint_i64_mul(t->a, t->b, &r), t->mul_ok, "mul #%zu", i);
        if (t->mul_ok) cr_expect_eq(r, t->mul, "mul #%zu", i);
        if (t->b != 0) {
            cr_expect_eq(bigint_i64_floordiv(t->a, t->b, &r), t->div_ok, "floordiv #%zu", i);
            if (t->div_ok) cr_expect_eq(r, t->div, "floordiv #%zu", i);
            cr_expect_eq(bigint_i64_mod(t->a, t->b), t->mod, "mod #%zu", i);
        }
        cr_expect_eq(bigint_i64_hash(t->a), t->hash_a, "hash #%zu", i);
    }
    for (size_t i = 0; i < N_ELEMS(i64_pow_cases); i++) {
        const I64PowCase *t = &i64_pow_cases[i];
        int64_t r = 0;
        cr_expect_eq(bigint_i64_pow(t->a, t->e, &r), t->ok, "pow #%zu", i);
        if (t->ok) cr_expect_eq(r, t->r, "pow #%zu", i);
    }
}

/* ---- the bulk table: splitmix64 operands, checksummed results ------------------ */

static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t fingerprint(const CoilBigInt *v)
{
    uint64_t lo = 0;
    for (size_t i = 0; i < v->len && i < 2; i++) {
        lo |= (uint64_t)v->d[i] << (32 * i);
    }
    if (v->neg) {
        lo = 0 - lo;  /* two's complement low bits */
    }
    return mix64((uint64_t)bigint_hash(v) ^ mix64(lo) ^ (bigint_bit_length(v) * 0x9E3779B97F4A7C15ull));
}

static uint64_t err_fingerprint(CoilBigStatus st)
{
    switch (st) {
    case COIL_BIG_ZERO_DIV: return 0xD1D0;
    case COIL_BIG_OVERFLOW: return 0x0F10;
    case COIL_BIG_NOMEM: return 0x3E30;
    default: return 0xBAD0;
    }
}

/* The fingerprint of a result (passed by address, as to check()), which is freed. */
static uint64_t fp_of(CoilBigStatus st, CoilBigInt **res)
{
    if (st != COIL_BIG_OK) {
        return err_fingerprint(st);
    }
    CoilBigInt *r = *res;
    uint64_t f = fingerprint(r);
    bigint_free(&ctx, r);
    return f;
}

static uint64_t fp_double(CoilBigStatus st, const double *d)
{
    return st == COIL_BIG_OK ? mix64(to_bits(*d)) : err_fingerprint(st);
}

static uint64_t stream_next(uint64_t *s)
{
    *s += 0x9E3779B97F4A7C15ull;
    return mix64(*s);
}

static CoilBigInt *stream_operand(uint64_t *s)
{
    uint64_t x = stream_next(s);
    size_t n = ((x >> 8) & 3) ? 1 + x % 32 : 1 + x % 3;
    unsigned style = (unsigned)((x >> 16) % 4);
    uint32_t w[32];
    for (size_t i = 0; i < n; i++) {
        uint32_t d = (uint32_t)stream_next(s);
        if (style == 1) {
            d = (d & 1) ? 0xFFFFFFFFu : 0;
        } else if (style == 2) {
            d &= 0x800000FFu;
        }
        w[i] = d;
    }
    CoilBigInt *r = NULL;
    cr_assert_eq(bigint_make_mag(&ctx, w, n, (x >> 20) & 1, &r), COIL_BIG_OK);
    return r;
}

static uint64_t checksum(const uint64_t *fps, size_t n)
{
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++) {
        h = mix64(h ^ fps[i] ^ ((uint64_t)i << 56));
    }
    return h;
}

Test(bigint, bulk_random_pairs)
{
    uint64_t seed = BULK_SEED;
    for (size_t i = 0; i < N_ELEMS(bulk_checksums); i++) {
        CoilBigInt *a = stream_operand(&seed), *b = stream_operand(&seed), *m = stream_operand(&seed);
        if (m->len == 0) {
            bigint_free(&ctx, m);
            m = small(97);
        }
        uint64_t f[18];
        size_t k = 0;
        CoilBigInt *r = NULL;
        CoilBigTmp tmp;
        double d = 0;
        f[k++] = fingerprint(a);
        f[k++] = fingerprint(b);
        f[k++] = fingerprint(m);
        f[k++] = fp_of(bigint_add(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_sub(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_mul(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_floordiv(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_mod(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_and(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_or(&ctx, a, b, &r), &r);
        f[k++] = fp_of(bigint_xor(&ctx, a, b, &r), &r);
        f[k++] = fingerprint(bigint_tmp_i64(&tmp, bigint_cmp(a, b)));
        f[k++] = fp_double(bigint_truediv(&ctx, a, b, &d), &d);
        int64_t s = b->len ? bigint_mpn_mod_1(b->d, b->len, 300) : 0;
        f[k++] = fp_of(bigint_lshift_i64(&ctx, a, s, &r), &r);
        f[k++] = fp_of(bigint_rshift_i64(&ctx, a, s, &r), &r);
        f[k++] = fp_of(bigint_invert(&ctx, a, &r), &r);
        f[k++] = fp_of(bigint_powmod(&ctx, a, bigint_tmp_i64(&tmp, b->len ? b->d[0] : 0), m, &r), &r);
        f[k++] = fp_double(bigint_to_double(&ctx, a, &d), &d);
        cr_expect_eq(checksum(f, k), bulk_checksums[i], "bulk case %zu", i);
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
        bigint_free(&ctx, m);
    }
}

/* ---- big operands: Karatsuba, divide-and-conquer strings, long division ----- */

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 0xCBF29CE484222325ull;
    for (; *s; s++) {
        h = (h ^ (unsigned char)*s) * 0x100000001B3ull;
    }
    return h;
}

/* s * p**e + q */
static CoilBigInt *formula(int s, int64_t p, int e, const char *q)
{
    CoilBigTmp tp, te;
    CoilBigInt *pw = NULL, *qq = num(q), *r = NULL;
    cr_assert_eq(bigint_pow(&ctx, bigint_tmp_i64(&tp, p), bigint_tmp_i64(&te, e), &pw), COIL_BIG_OK);
    pw->neg = s < 0;
    cr_assert_eq(bigint_add(&ctx, pw, qq, &r), COIL_BIG_OK);
    bigint_free(&ctx, pw);
    bigint_free(&ctx, qq);
    return r;
}

Test(bigint, big_operands)
{
    ctx.max_str_digits = 0;
    for (size_t i = 0; i < N_ELEMS(big_cases); i++) {
        const BigCase *t = &big_cases[i];
        CoilBigInt *a = formula(t->sa, t->pa, t->ea, t->qa), *b = formula(t->sb, t->pb, t->eb, t->qb);
        CoilBigInt *r = NULL;
        cr_expect_eq(bigint_hash(a), t->hash_a, "hash #%zu", i);
        char *dec = str_base(a, 10, 0), *hex = str_base(a, 16, BIGINT_FMT_PREFIX);
        cr_expect_eq(strlen(dec), t->str_len, "str len #%zu", i);
        cr_expect_eq(fnv1a(dec), t->str_fnv, "str #%zu", i);
        cr_expect_eq(fnv1a(hex), t->hex_fnv, "hex #%zu", i);
        /* parsing our own output must give a back (divide-and-conquer parse) */
        cr_assert_eq(bigint_from_str(&ctx, dec, strlen(dec), 10, &r), COIL_BIG_OK);
        cr_expect_eq(bigint_cmp(r, a), 0, "reparse #%zu", i);
        bigint_free(&ctx, r);
        cr_assert_eq(bigint_from_str(&ctx, hex, strlen(hex), 0, &r), COIL_BIG_OK);
        cr_expect_eq(bigint_cmp(r, a), 0, "reparse hex #%zu", i);
        bigint_free(&ctx, r);
        free(dec);
        free(hex);

        uint64_t f[8];
        double d = 0;
        f[0] = fp_of(bigint_mul(&ctx, a, b, &r), &r);
        f[1] = fp_of(bigint_floordiv(&ctx, a, b, &r), &r);
        f[2] = fp_of(bigint_mod(&ctx, a, b, &r), &r);
        f[3] = fp_of(bigint_mul(&ctx, a, a, &r), &r);
        f[4] = fp_of(bigint_add(&ctx, a, b, &r), &r);
        f[5] = fp_of(bigint_sub(&ctx, a, b, &r), &r);
        f[6] = fp_of(bigint_and(&ctx, a, b, &r), &r);
        f[7] = fp_double(bigint_truediv(&ctx, a, b, &d), &d);
        cr_expect_eq(checksum(f, 8), t->sum, "big case %zu", i);
        bigint_free(&ctx, a);
        bigint_free(&ctx, b);
    }
}

/* ---- self-checks of the natural-number layer ----------------------------------- */

static void fill(uint32_t *d, size_t n, uint64_t *s)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t x = stream_next(s);
        /* some all-ones and all-zero digits to stress carries */
        d[i] = (x >> 40) % 7 == 0 ? 0xFFFFFFFFu : (x >> 40) % 7 == 1 ? 0 : (uint32_t)x;
    }
    if (n > 0 && d[n - 1] == 0) {
        d[n - 1] = 1;
    }
}

/* The plainest schoolbook product, independent of the library's loops. */
static void ref_mul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
    memset(r, 0, (an + bn) * sizeof(uint32_t));
    for (size_t i = 0; i < an; i++) {
        uint64_t cy = 0;
        for (size_t j = 0; j < bn; j++) {
            cy += (uint64_t)a[i] * b[j] + r[i + j];
            r[i + j] = (uint32_t)cy;
            cy >>= 32;
        }
        r[i + bn] = (uint32_t)cy;
    }
}

Test(bigint, karatsuba_matches_schoolbook)
{
    uint64_t s = 12345;
    static const size_t sizes[] = {1, 2, 3, 4, 5, 7, 47, 48, 49, 95, 96, 97, 191, 192, 193, 333, 517, 1000, 1501};
    for (size_t i = 0; i < N_ELEMS(sizes); i++) {
        for (size_t j = 0; j <= i; j++) {
            size_t an = sizes[i], bn = sizes[j];
            uint32_t *a = malloc(an * 4), *b = malloc(bn * 4), *r1 = malloc((an + bn) * 4),
                     *r2 = malloc((an + bn) * 4);
            size_t wn = bigint_mpn_mul_scratch(an, bn);
            uint32_t *ws = malloc((wn ? wn : 1) * 4);
            fill(a, an, &s);
            fill(b, bn, &s);
            ref_mul(r2, a, an, b, bn);
            bigint_mpn_mul(r1, a, an, b, bn, ws);
            cr_expect(memcmp(r1, r2, (an + bn) * 4) == 0, "mul %zu x %zu", an, bn);
            bigint_mpn_mul_basecase(r1, a, an, b, bn);
            cr_expect(memcmp(r1, r2, (an + bn) * 4) == 0, "basecase %zu x %zu", an, bn);
            if (an == bn) {
                ref_mul(r2, a, an, a, an);
                bigint_mpn_mul(r1, a, an, a, an, ws);
                cr_expect(memcmp(r1, r2, 2 * an * 4) == 0, "sqr %zu", an);
                bigint_mpn_sqr_basecase(r1, a, an);
                cr_expect(memcmp(r1, r2, 2 * an * 4) == 0, "sqr basecase %zu", an);
            }
            free(a);
            free(b);
            free(r1);
            free(r2);
            free(ws);
        }
    }
}

Test(bigint, division_identity)
{
    /* q * b + r == a and r < b for random sizes, via the signed layer. */
    uint64_t s = 777;
    for (int iter = 0; iter < 400; iter++) {
        size_t an = 1 + stream_next(&s) % 300, bn = 1 + stream_next(&s) % 120;
        uint32_t a[300], b[120];
        fill(a, an, &s);
        fill(b, bn, &s);
        CoilBigInt *A = NULL, *B = NULL, *q = NULL, *r = NULL, *qb = NULL, *back = NULL;
        cr_assert_eq(bigint_make_mag(&ctx, a, an, iter & 1, &A), COIL_BIG_OK);
        cr_assert_eq(bigint_make_mag(&ctx, b, bn, iter & 2, &B), COIL_BIG_OK);
        cr_assert_eq(bigint_divmod(&ctx, A, B, &q, &r), COIL_BIG_OK);
        cr_assert_eq(bigint_mul(&ctx, q, B, &qb), COIL_BIG_OK);
        cr_assert_eq(bigint_add(&ctx, qb, r, &back), COIL_BIG_OK);
        cr_expect_eq(bigint_cmp(back, A), 0, "divmod identity %d", iter);
        cr_expect(bigint_cmp_mag(r, B) < 0, "remainder too large %d", iter);
        cr_expect(r->len == 0 || r->neg == B->neg, "remainder sign %d", iter);
        CoilBigInt *all[] = {A, B, q, r, qb, back};
        for (size_t k = 0; k < N_ELEMS(all); k++) {
            bigint_free(&ctx, all[k]);
        }
    }
}

Test(bigint, string_round_trips)
{
    ctx.max_str_digits = 0;
    uint64_t s = 4242;
    for (int iter = 0; iter < 110; iter++) {
        size_t n = 1 + stream_next(&s) % (iter < 100 ? 200 : 3000);
        uint32_t *d = malloc(n * 4);
        fill(d, n, &s);
        CoilBigInt *a = NULL;
        cr_assert_eq(bigint_make_mag(&ctx, d, n, iter & 1, &a), COIL_BIG_OK);
        for (int base = 2; base <= 36; base += (iter < 100 ? 1 : 7)) {
            char *txt = str_base(a, base, 0);
            CoilBigInt *back = NULL;
            cr_assert_eq(bigint_from_str(&ctx, txt, strlen(txt), base, &back), COIL_BIG_OK, "base %d", base);
            cr_expect_eq(bigint_cmp(back, a), 0, "round trip base %d, %zu digits", base, n);
            bigint_free(&ctx, back);
            free(txt);
        }
        bigint_free(&ctx, a);
        free(d);
    }
}

/* ---- every allocation failing in turn --------------------------------------------- */

typedef CoilBigStatus (*OomOp)(CoilBigInt *a, CoilBigInt *b, CoilBigInt **out);

static CoilBigStatus op_mul(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { return bigint_mul(&ctx, a, b, o); }
static CoilBigStatus op_sqr(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { (void)b; return bigint_mul(&ctx, a, a, o); }
static CoilBigStatus op_div(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    CoilBigInt *q = NULL;
    CoilBigStatus st = bigint_divmod(&ctx, a, b, &q, o);
    bigint_free(&ctx, q);
    return st;
}
static CoilBigStatus op_add(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { return bigint_add(&ctx, a, b, o); }
static CoilBigStatus op_xor(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { return bigint_xor(&ctx, a, b, o); }
static CoilBigStatus op_shl(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { (void)b; return bigint_lshift_i64(&ctx, a, 1000, o); }
static CoilBigStatus op_shr(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o) { (void)b; return bigint_rshift_i64(&ctx, a, 77, o); }
static CoilBigStatus op_pow(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    CoilBigTmp t1, t2;
    (void)a;
    (void)b;
    return bigint_pow(&ctx, bigint_tmp_i64(&t1, 12345), bigint_tmp_i64(&t2, 3000), o);
}
static CoilBigStatus op_powmod_inv(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    /* b ** -3 modulo the prime 2**89 - 1: a small modulus keeps the number
     * of Euclid steps, hence of allocations to fail, modest. */
    CoilBigTmp t1, t2;
    CoilBigInt *p = NULL, *m = NULL;
    (void)a;
    CoilBigStatus st = bigint_lshift_i64(&ctx, bigint_tmp_i64(&t1, 1), 89, &p);
    if (st == COIL_BIG_OK) {
        st = bigint_sub(&ctx, p, bigint_tmp_i64(&t2, 1), &m);
        bigint_free(&ctx, p);
    }
    if (st == COIL_BIG_OK) {
        st = bigint_powmod(&ctx, b, bigint_tmp_i64(&t1, -3), m, o);
        bigint_free(&ctx, m);
    }
    return st;
}
static CoilBigStatus op_truediv(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    /* a / (a >> 64), a quotient near 2**64 from 700-digit operands */
    CoilBigInt *t = NULL;
    double d;
    (void)b;
    CoilBigStatus st = bigint_rshift_i64(&ctx, a, 64, &t);
    if (st == COIL_BIG_OK) {
        st = bigint_truediv(&ctx, a, t, &d);
        bigint_free(&ctx, t);
    }
    return st == COIL_BIG_OK ? bigint_from_double(&ctx, d, o) : st;
}
static CoilBigStatus op_str_round_trip(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    (void)b;
    size_t cap = bigint_str_bound(a, 10, 0), len;
    char *buf = malloc(cap);
    CoilBigStatus st = bigint_to_str(&ctx, a, 10, 0, buf, cap, &len);
    if (st == COIL_BIG_OK) {
        st = bigint_from_str(&ctx, buf, len, 10, o);
    }
    free(buf);
    return st;
}
static CoilBigStatus op_parse_underscores(CoilBigInt *a, CoilBigInt *b, CoilBigInt **o)
{
    (void)a;
    (void)b;
    char s[4000];
    for (size_t i = 0; i < sizeof s; i++) {
        s[i] = i % 4 == 3 ? '_' : (char)('0' + i % 7);
    }
    s[sizeof s - 1] = '6';
    return bigint_from_str(&ctx, s, sizeof s, 7, o);
}

Test(bigint, allocation_failures)
{
    ctx.max_str_digits = 0;
    uint64_t s = 99;
    uint32_t da[700], db[300];
    fill(da, 700, &s);
    fill(db, 300, &s);
    CoilBigInt *a = NULL, *b = NULL;
    cr_assert_eq(bigint_make_mag(&ctx, da, 700, true, &a), COIL_BIG_OK);
    cr_assert_eq(bigint_make_mag(&ctx, db, 300, false, &b), COIL_BIG_OK);
    struct { const char *name; OomOp op; } ops[] = {
        {"mul", op_mul}, {"sqr", op_sqr}, {"divmod", op_div}, {"add", op_add}, {"xor", op_xor},
        {"lshift", op_shl}, {"rshift", op_shr}, {"pow", op_pow}, {"powmod inverse", op_powmod_inv},
        {"truediv", op_truediv}, {"str round trip", op_str_round_trip}, {"parse", op_parse_underscores}};
    for (size_t k = 0; k < N_ELEMS(ops); k++) {
        CoilBigInt *want = NULL;
        cr_assert_eq(ops[k].op(a, b, &want), COIL_BIG_OK, "%s", ops[k].name);
        long base_blocks = heap.live_blocks;
        for (long fail = 0;; fail++) {
            heap.requests = 0;
            heap.fail_at = fail;
            CoilBigInt *got = NULL;
            CoilBigStatus st = ops[k].op(a, b, &got);
            heap.fail_at = -1;
            if (st == COIL_BIG_OK) {
                cr_expect_eq(bigint_cmp(got, want), 0, "%s with request %ld failing", ops[k].name, fail);
                bigint_free(&ctx, got);
                if (heap.requests <= fail) {
                    break;  /* every request has been failed once */
                }
                continue;  /* only a shrink failed: harmless */
            }
            cr_expect_eq(st, COIL_BIG_NOMEM, "%s, request %ld: status %d", ops[k].name, fail, st);
            cr_expect_eq(heap.live_blocks, base_blocks, "%s leaks when request %ld fails", ops[k].name, fail);
        }
        bigint_free(&ctx, want);
    }
    bigint_free(&ctx, a);
    bigint_free(&ctx, b);
}

Test(bigint, header_space_and_views)
{
    /* The object layer's header sits before the CoilBigInt, in the same block. */
    CoilBigInt *a = num("123456789012345678901234567890");
    cr_expect_eq((char *)a - (char *)bigint_header(&ctx, a), 16);
    cr_expect_geq(bigint_alloc_size(&ctx, a), 16 + sizeof(CoilBigInt) + a->len * 4);
    CoilBigTmp t1, t2;
    const CoilBigInt *v = bigint_tmp_i64(&t1, INT64_MIN);
    cr_expect(bigint_fits_i64(v));
    cr_expect_eq(bigint_to_i64(v), INT64_MIN);
    CoilBigInt *r = NULL;
    check(bigint_sub(&ctx, v, bigint_tmp_i64(&t2, 1), &r), &r, "-9223372036854775809", "view", 0);
    check(bigint_neg(&ctx, v, &r), &r, "9223372036854775808", "view", 1);
    bigint_free(&ctx, a);
}
