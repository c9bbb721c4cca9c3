/* mod_random.c — the _random module: the Mersenne Twister (MT19937) behind
 * random.Random, seeded exactly as CPython's _randommodule.c does, so
 * random.seed(n) gives CPython's sequences.  stdlib/random.py builds the
 * public API (randrange, choice, shuffle, ...) on top of it. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/tuple.h"
#include "vm/type.h"

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct CoilRandom {
    CoilObject obj;
    int index;
    uint32_t state[MT_N];
} CoilRandom;

#define RND(v) ((CoilRandom *)value_as_object(v))

static uint32_t genrand_uint32(CoilRandom *r)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y, *mt = r->state;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(CoilRandom *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(CoilRandom *r, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
    r->index = MT_N;
}

/* seed(None): entropy from the OS, else the clock (CPython falls back the same way). */
static void seed_from_os(CoilRandom *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        got = fread(key, sizeof key[0], MT_N, f);
        fclose(f);
    }
    if (got < MT_N) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        uint32_t k2[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)(uintptr_t)r,
                          (uint32_t)clock()};
        init_by_array(r, k2, 4);
        return;
    }
    init_by_array(r, key, MT_N);
}

/* Seeds from an int (its absolute value, as 32-bit words, least significant
 * first) or, for other objects, from hash(obj) taken as unsigned. */
static int random_seed(CoilVM *vm, CoilRandom *r, CoilValue arg)
{
    if (arg == VAL_NONE || arg == VAL_EMPTY) {
        seed_from_os(r);
        return 0;
    }
    CoilValue n = arg;
    if (!value_is_int(vm, arg)) {
        int64_t h;
        if (vm_hash(vm, arg, &h) < 0) return -1;
        n = int_from_u64(vm, (uint64_t)h); /* CPython: PyLong_FromSize_t((size_t)hash) */
        if (value_is_error(n)) return -1;
    }
    if (value_is_bool(n)) n = value_from_small_int(n == VAL_TRUE);
    GC_ROOT(vm, n);
    CoilBigTmp tmp;
    const CoilBigInt *b = int_as_big(vm, n, &tmp);
    if (b->len == 0) {
        uint32_t zero = 0;
        init_by_array(r, &zero, 1);
    } else {
        /* |n| little-endian: the bigint's digits are already 32-bit words. */
        init_by_array(r, b->d, b->len);
    }
    GC_UNROOT(vm, 1);
    return 0;
}

static CoilValue random_new(CoilVM *vm, CoilValue callee, const CoilValue *args, size_t nargs, CoilValue kw)
{
    CoilType *t = (CoilType *)value_as_object(callee);
    if (!(t->flags & TYPE_HEAPTYPE) && args_no_kw(vm, "Random", kw) < 0) return VAL_ERROR;
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "Random() requires 0 or 1 argument");
    CoilValue self = object_alloc_instance(vm, t);
    if (value_is_error(self)) return self;
    GC_ROOT(vm, self);
    int rc = random_seed(vm, RND(self), nargs ? args[0] : VAL_NONE);
    GC_UNROOT(vm, 1);
    return rc < 0 ? VAL_ERROR : self;
}

static CoilValue r_seed(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "seed", nargs - 1, 0, 1) < 0) return VAL_ERROR;
    if (random_seed(vm, RND(args[0]), nargs > 1 ? args[1] : VAL_NONE) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static CoilValue r_random(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "random", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilRandom *r = RND(args[0]);
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return value_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static CoilValue r_getrandbits(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "getrandbits", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    int64_t k;
    if (vm_index(vm, args[1], &k) < 0) return VAL_ERROR;
    if (k < 0) return vm_raise(vm, vm->e_ValueError, "number of bits must be non-negative");
    CoilRandom *r = RND(args[0]);
    if (k == 0) return value_from_small_int(0);
    if (k <= 32) return int_from_u64(vm, genrand_uint32(r) >> (32 - k));
    /* Words least significant first; the last word keeps its top bits. */
    size_t words = (size_t)((k - 1) / 32 + 1);
    CoilBigInt *b;
    CoilBigStatus st = bigint_from_u64(&vm->bigctx, 0, &b);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    uint32_t *w = vm_mem_alloc(vm, words * sizeof(uint32_t));
    if (!w) {
        bigint_free(&vm->bigctx, b);
        return VAL_ERROR;
    }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_uint32(r);
        if (k < 32) x >>= (32 - k);
        w[i] = x;
    }
    /* Assemble with shifts and ors through the bigint layer. */
    for (size_t i = words; i-- > 0 && st == COIL_BIG_OK;) {
        CoilBigInt *shifted, *sum;
        CoilBigTmp tmp;
        st = bigint_lshift_i64(&vm->bigctx, b, 32, &shifted);
        if (st != COIL_BIG_OK) break;
        bigint_free(&vm->bigctx, b);
        st = bigint_or(&vm->bigctx, shifted, bigint_tmp_i64(&tmp, (int64_t)w[i]), &sum);
        bigint_free(&vm->bigctx, shifted);
        b = st == COIL_BIG_OK ? sum : NULL;
    }
    vm_mem_free(vm, w, words * sizeof(uint32_t));
    if (st != COIL_BIG_OK) {
        if (b) bigint_free(&vm->bigctx, b);
        return int_raise_status(vm, st);
    }
    return int_from_big(vm, b);
}

static CoilValue r_getstate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "getstate", nargs - 1, 0, 0) < 0) return VAL_ERROR;
    CoilRandom *r = RND(args[0]);
    CoilValue t = tuple_new(vm, MT_N + 1);
    if (value_is_error(t)) return t;
    CoilTuple *tt = value_as_tuple(t);
    for (int i = 0; i < MT_N; i++) tt->items[i] = value_from_small_int(r->state[i]);
    tt->items[MT_N] = value_from_small_int(r->index);
    return t;
}

static CoilValue r_setstate(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "setstate", nargs - 1, 1, 1) < 0) return VAL_ERROR;
    CoilValue st = args[1];
    if (!value_is_tuple(vm, st)) return vm_raise(vm, vm->e_TypeError, "state vector must be a tuple");
    CoilTuple *t = value_as_tuple(st);
    if (t->len != MT_N + 1) return vm_raise(vm, vm->e_ValueError, "state vector is the wrong size");
    uint32_t tmp[MT_N];
    for (int i = 0; i < MT_N; i++) {
        int64_t v;
        if (!value_is_int(vm, t->items[i]) || !int_to_i64(vm, t->items[i], &v) || v < 0 || v > UINT32_MAX)
            return vm_raise(vm, vm->e_OverflowError, "Python int too large to convert to C unsigned long");
        tmp[i] = (uint32_t)v;
    }
    int64_t index;
    if (vm_index(vm, t->items[MT_N], &index) < 0) return VAL_ERROR;
    if (index < 0 || index > MT_N) return vm_raise(vm, vm->e_ValueError, "invalid state");
    CoilRandom *r = RND(args[0]);
    memcpy(r->state, tmp, sizeof tmp);
    r->index = (int)index;
    return VAL_NONE;
}

static const CoilMethodDef random_methods[] = {
    {"seed", r_seed, 0},           {"random", r_random, 0},     {"getrandbits", r_getrandbits, 0},
    {"getstate", r_getstate, 0},   {"setstate", r_setstate, 0}, {NULL, NULL, 0}};

CoilValue mod_random_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "_random", NULL);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    CoilType *t = type_new_builtin(vm, "Random", vm->t_object, sizeof(CoilRandom), TYPE_BASETYPE);
    if (!t) return GC_UNROOT(vm, 1), VAL_ERROR;
    t->module_name = "_random";
    t->new_ = random_new;
    CoilValue tv = value_from_object(t);
    bool ok = module_set(vm, m, "Random", tv) == 0 && type_add_methods(vm, t, random_methods);
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
