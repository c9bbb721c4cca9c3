/* bigint_impl.h — what the vm/bigint*.c files share and nothing else
 * includes: allocating results and scratch through the context's hook,
 * normalising results, and recording failures. */
#ifndef COIL_BIGINT_IMPL_H
#define COIL_BIGINT_IMPL_H

#include "vm/bigint.h"
#include "vm/bigint_mpn.h"

/* Room for cap digits, len 0, positive; NULL when the hook fails or cap is
 * beyond BIGINT_MAX_DIGITS (the caller reports COIL_BIG_NOMEM). */
CoilBigInt *bigint_alloc(CoilBigCtx *c, size_t cap);

/* Makes r the result: normalises the first len digits, sets the sign (never
 * negative zero), gives back a large over-allocation, stores it in *out. */
CoilBigStatus bigint_done(CoilBigCtx *c, CoilBigInt *r, size_t len, bool neg, CoilBigInt **out);

/* Result helpers for values that need no computation. */
CoilBigStatus bigint_make_small(CoilBigCtx *c, int64_t v, CoilBigInt **out);
CoilBigStatus bigint_make_mag(CoilBigCtx *c, const uint32_t *d, size_t n, bool neg, CoilBigInt **out);

/* Scratch digits (at least one is always allocated, since a zero-byte
 * request would mean "free" to the hook). */
uint32_t *bigint_scratch(CoilBigCtx *c, size_t n);
void bigint_scratch_free(CoilBigCtx *c, uint32_t *p, size_t n);

/* Record a failure: formats ctx->msg and returns st. */
CoilBigStatus bigint_fail(CoilBigCtx *c, CoilBigStatus st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
CoilBigStatus bigint_nomem(CoilBigCtx *c);

/* Magnitude of a value of at most two digits. */
static inline uint64_t bigint_mag64(const CoilBigInt *a)
{
    uint64_t m = a->len > 0 ? a->d[0] : 0;
    if (a->len > 1) {
        m |= (uint64_t)a->d[1] << 32;
    }
    return m;
}

/* -1, 0, 1 comparing |a| with |b|. */
static inline int bigint_cmp_mag(const CoilBigInt *a, const CoilBigInt *b)
{
    if (a->len != b->len) {
        return a->len < b->len ? -1 : 1;
    }
    return bigint_mpn_cmp(a->d, b->d, a->len);
}

#endif
