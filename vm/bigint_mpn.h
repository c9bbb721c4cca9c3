/* bigint_mpn.h — the natural-number layer under CoilBigInt, in GMP's "mpn"
 * style: functions on little-endian arrays of uint32_t digits with 64-bit
 * intermediates.  No allocation here: callers pass result and scratch space. */
#ifndef COIL_BIGINT_MPN_H
#define COIL_BIGINT_MPN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Operand sizes (in digits) from which Karatsuba beats the schoolbook
 * method, measured on x86-64 (AMD EPYC); -D overrides them for tuning. */
#ifndef BIGINT_KARA_THRESHOLD
#define BIGINT_KARA_THRESHOLD 48
#endif
#ifndef BIGINT_KARA_SQR_THRESHOLD
#define BIGINT_KARA_SQR_THRESHOLD 96
#endif

static inline unsigned bigint_clz32(uint32_t x)
{
    return x ? (unsigned)__builtin_clz(x) : 32u;  /* clz(0) is undefined */
}

static inline unsigned bigint_bitlen32(uint32_t x)
{
    return 32u - bigint_clz32(x);
}

/* Length of a[0..n) without its high zero digits. */
size_t bigint_mpn_norm(const uint32_t *a, size_t n);

/* -1, 0, 1 comparing a[0..n) with b[0..n). */
int bigint_mpn_cmp(const uint32_t *a, const uint32_t *b, size_t n);

/* Sums and differences return the carry / borrow out of the top digit.
 * r may equal a (or b for the _n forms); otherwise it must not overlap. */
uint32_t bigint_mpn_add_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b);
uint32_t bigint_mpn_add_n(uint32_t *r, const uint32_t *a, const uint32_t *b, size_t n);
uint32_t bigint_mpn_add(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn); /* an >= bn */
uint32_t bigint_mpn_sub_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b);
uint32_t bigint_mpn_sub_n(uint32_t *r, const uint32_t *a, const uint32_t *b, size_t n);
uint32_t bigint_mpn_sub(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn); /* an >= bn */

/* r[0..n) = a * b, returns the high digit.  r may equal a. */
uint32_t bigint_mpn_mul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b);
/* r[0..n) += a * b, returns the high digit. */
uint32_t bigint_mpn_addmul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b);
/* r[0..n) -= a * b, returns the digit to subtract from r[n]. */
uint32_t bigint_mpn_submul_1(uint32_t *r, const uint32_t *a, size_t n, uint32_t b);

/* Shifts by 0 < s < 32 bits.  lshift returns the bits pushed out of the top
 * (r may be >= a); rshift returns the bits dropped from the bottom, in the
 * low bits of the result (r may be <= a). */
uint32_t bigint_mpn_lshift(uint32_t *r, const uint32_t *a, size_t n, unsigned s);
uint32_t bigint_mpn_rshift(uint32_t *r, const uint32_t *a, size_t n, unsigned s);

/* r[0..an+bn) = a * b for an >= bn >= 1; r must not overlap a or b.  a == b
 * with an == bn squares.  ws: bigint_mpn_mul_scratch(an, bn) digits. */
size_t bigint_mpn_mul_scratch(size_t an, size_t bn);
void bigint_mpn_mul(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn,
                    uint32_t *ws);
/* The schoolbook method alone (exposed so tests can cross-check Karatsuba). */
void bigint_mpn_mul_basecase(uint32_t *r, const uint32_t *a, size_t an, const uint32_t *b, size_t bn);
void bigint_mpn_sqr_basecase(uint32_t *r, const uint32_t *a, size_t n);

/* q[0..n) = a / d, returns a % d; d != 0, q may equal a. */
uint32_t bigint_mpn_divrem_1(uint32_t *q, const uint32_t *a, size_t n, uint32_t d);
/* a % d without a quotient. */
uint32_t bigint_mpn_mod_1(const uint32_t *a, size_t n, uint32_t d);

/* Knuth's algorithm D: q[0..an-bn+1) = a / b and r[0..bn) = a % b, for
 * an >= bn >= 2 and b[bn-1] != 0; q or r may be NULL, neither may overlap
 * a or b.  ws: bigint_mpn_divrem_scratch(an, bn) digits. */
size_t bigint_mpn_divrem_scratch(size_t an, size_t bn);
void bigint_mpn_divrem(uint32_t *q, uint32_t *r, const uint32_t *a, size_t an,
                       const uint32_t *b, size_t bn, uint32_t *ws);

#endif
