/* bigint_pow.c — exponentiation: int64 pow with overflow detection for the
 * small-int path, big ** non-negative exponent, and three-argument pow with
 * Python's modular-inverse rule for negative exponents. */
#include <string.h>

#include "vm/bigint_impl.h"

bool bigint_i64_pow(int64_t a, uint64_t e, int64_t *r)
{
    /* Right-to-left binary powering.  The last squaring is skipped: when a
     * needed square overflows, so does the result, since |result| would be at
     * least that square (and 2**63 is no square, so INT64_MIN is never lost). */
    int64_t acc = 1, sq = a;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(acc, sq, &acc)) {
            return false;
        }
        e >>= 1;
        if (e == 0) {
            break;
        }
        if (__builtin_mul_overflow(sq, sq, &sq)) {
            return false;
        }
    }
    *r = acc;
    return true;
}

/* Largest result, in bits, that pow() attempts; beyond it is MemoryError. */
#define POW_MAX_BITS ((uint64_t)BIGINT_MAX_DIGITS * 32)

/* Keeps *ws at least need digits long. */
static bool grow_scratch(CoilBigCtx *c, uint32_t **ws, size_t *wn, size_t need)
{
    if (need <= *wn) {
        return true;
    }
    if (*ws != NULL) {
        bigint_scratch_free(c, *ws, *wn);
    }
    *wn = 0;
    *ws = bigint_scratch(c, need);
    if (*ws == NULL) {
        return false;
    }
    *wn = need;
    return true;
}

/* Index of the top set bit of e != 0. */
static int top_bit(uint64_t e)
{
    return 63 - __builtin_clzll(e);
}

static bool is_power_of_two(const CoilBigInt *a)
{
    uint32_t top = a->d[a->len - 1];
    return (top & (top - 1)) == 0 && bigint_mpn_norm(a->d, a->len - 1) == 0;
}

CoilBigStatus bigint_pow(CoilBigCtx *c, const CoilBigInt *base, const CoilBigInt *exp, CoilBigInt **out)
{
    if (exp->neg) {
        return bigint_fail(c, COIL_BIG_VALUE, "negative exponent: the result is a float");
    }
    if (exp->len == 0) {
        return bigint_make_small(c, 1, out);
    }
    bool odd = exp->d[0] & 1;
    if (base->len == 0) {
        return bigint_make_small(c, 0, out);
    }
    if (base->len == 1 && base->d[0] == 1) {
        return bigint_make_small(c, base->neg && odd ? -1 : 1, out);
    }
    /* |base| >= 2 from here: the result has more than (bits(base) - 1) * exp
     * bits, and refusing early beats CPython's long grind to MemoryError. */
    uint64_t bl = bigint_bit_length(base);
    if (exp->len > 2 || bigint_mag64(exp) >= POW_MAX_BITS / (bl - 1)) {
        return bigint_nomem(c);
    }
    uint64_t e = bigint_mag64(exp);
    bool neg = base->neg && odd;

    /* A power of two is a shift: 2**n is common and needs no multiplication. */
    if (is_power_of_two(base)) {
        uint64_t shift = (bl - 1) * e;
        size_t n = (size_t)(shift / 32) + 1;
        CoilBigInt *r = bigint_alloc(c, n);
        if (r == NULL) {
            return bigint_nomem(c);
        }
        memset(r->d, 0, n * sizeof(uint32_t));
        r->d[n - 1] = (uint32_t)1 << (shift % 32);
        return bigint_done(c, r, n, neg, out);
    }

    /* bits(base) * e bounds the result; the slack covers each operand of a
     * product being rounded up to whole digits. */
    size_t cap = (size_t)(bl * e / 32) + 3;
    if (cap > BIGINT_MAX_DIGITS) {
        return bigint_nomem(c);
    }
    CoilBigInt *r = bigint_alloc(c, cap);
    uint32_t *other = bigint_scratch(c, cap);
    uint32_t *ws = NULL;
    size_t wn = 0;
    if (r == NULL || other == NULL) {
        goto nomem;
    }
    /* Left-to-right binary powering, ping-ponging between r->d and other. */
    uint32_t *x = r->d, *y = other;
    size_t xn = base->len, bn = base->len;
    memcpy(x, base->d, bn * sizeof(uint32_t));
    for (int bit = top_bit(e) - 1; bit >= 0; bit--) {
        if (!grow_scratch(c, &ws, &wn, bigint_mpn_mul_scratch(xn, xn))) {
            goto nomem;
        }
        bigint_mpn_mul(y, x, xn, x, xn, ws);
        xn = bigint_mpn_norm(y, 2 * xn);
        uint32_t *t = x;
        x = y;
        y = t;
        if ((e >> bit) & 1) {
            if (!grow_scratch(c, &ws, &wn, bigint_mpn_mul_scratch(xn, bn))) {
                goto nomem;
            }
            bigint_mpn_mul(y, x, xn, base->d, bn, ws);
            xn = bigint_mpn_norm(y, xn + bn);
            t = x;
            x = y;
            y = t;
        }
    }
    if (x != r->d) {
        memcpy(r->d, x, xn * sizeof(uint32_t));
    }
    bigint_scratch_free(c, other, cap);
    if (ws != NULL) {
        bigint_scratch_free(c, ws, wn);
    }
    return bigint_done(c, r, xn, neg, out);

nomem:
    bigint_free(c, r);
    if (other != NULL) {
        bigint_scratch_free(c, other, cap);
    }
    if (ws != NULL) {
        bigint_scratch_free(c, ws, wn);
    }
    return bigint_nomem(c);
}

/* ---- modular powers ------------------------------------------------------------ */

/* *out = the inverse of a modulo m (m > 1), by the extended Euclidean
 * algorithm on (a mod m, m) tracking a's coefficient. */
static CoilBigStatus invmod(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *m, CoilBigInt **out)
{
    CoilBigInt *r0 = NULL, *r1 = NULL, *s0 = NULL, *s1 = NULL;
    CoilBigInt *q = NULL, *r2 = NULL, *t = NULL, *s2 = NULL;
    CoilBigStatus st;
    if ((st = bigint_mod(c, a, m, &r0)) != COIL_BIG_OK || (st = bigint_copy(c, m, &r1)) != COIL_BIG_OK ||
        (st = bigint_make_small(c, 1, &s0)) != COIL_BIG_OK || (st = bigint_make_small(c, 0, &s1)) != COIL_BIG_OK) {
        goto done;
    }
    while (r1->len != 0) {
        if ((st = bigint_divmod(c, r0, r1, &q, &r2)) != COIL_BIG_OK || (st = bigint_mul(c, q, s1, &t)) != COIL_BIG_OK ||
            (st = bigint_sub(c, s0, t, &s2)) != COIL_BIG_OK) {
            goto done;
        }
        bigint_free(c, q);
        bigint_free(c, t);
        bigint_free(c, r0);
        bigint_free(c, s0);
        q = t = NULL;
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
        r2 = s2 = NULL;
    }
    if (r0->len != 1 || r0->d[0] != 1) {
        st = bigint_fail(c, COIL_BIG_VALUE, "base is not invertible for the given modulus");
        goto done;
    }
    st = bigint_mod(c, s0, m, out);
done:
    bigint_free(c, r0);
    bigint_free(c, r1);
    bigint_free(c, s0);
    bigint_free(c, s1);
    bigint_free(c, q);
    bigint_free(c, r2);
    bigint_free(c, t);
    bigint_free(c, s2);
    return st;
}

/* x^e mod m for a one-digit modulus: everything fits in 64-bit arithmetic. */
static uint32_t powmod_1(uint32_t x, const CoilBigInt *e, uint32_t m)
{
    uint64_t acc = 1 % m;
    for (size_t i = e->len; i-- > 0;) {
        for (int bit = 31; bit >= 0; bit--) {
            acc = acc * acc % m;
            if ((e->d[i] >> bit) & 1) {
                acc = acc * x % m;
            }
        }
    }
    return (uint32_t)acc;
}

/* x^e mod m into r (m->len >= 2 digits, 0 <= x < m): left-to-right binary
 * powering, each product reduced by Knuth division. */
static CoilBigStatus powmod_n(CoilBigCtx *c, const CoilBigInt *x, const CoilBigInt *e, const CoilBigInt *m,
                              CoilBigInt *r)
{
    size_t mn = m->len, pn_max = 2 * mn;
    uint32_t *p = bigint_scratch(c, pn_max), *ws = NULL;
    size_t wn = 0;
    if (p == NULL || !grow_scratch(c, &ws, &wn, bigint_mpn_divrem_scratch(pn_max, mn))) {
        if (p != NULL) {
            bigint_scratch_free(c, p, pn_max);
        }
        return bigint_nomem(c);
    }
    uint32_t *acc = r->d;
    size_t an = 1;
    acc[0] = 1;
    CoilBigStatus st = COIL_BIG_OK;
    for (size_t i = e->len; i-- > 0 && an != 0;) {
        for (int bit = 31; bit >= 0 && an != 0; bit--) {
            for (int step = 0; step < 2; step++) {
                if (step == 1 && !((e->d[i] >> bit) & 1)) {
                    break;
                }
                /* acc = acc * (step ? x : acc) mod m */
                const uint32_t *f = step ? x->d : acc;
                size_t fn = step ? x->len : an;
                const uint32_t *g = acc;
                size_t gn = an;
                if (fn > gn) {
                    const uint32_t *tp = f;
                    f = g;
                    g = tp;
                    size_t tn = fn;
                    fn = gn;
                    gn = tn;
                }
                if (!grow_scratch(c, &ws, &wn, bigint_mpn_mul_scratch(gn, fn))) {
                    st = bigint_nomem(c);
                    goto done;
                }
                bigint_mpn_mul(p, g, gn, f, fn, ws);
                size_t pn = bigint_mpn_norm(p, gn + fn);
                if (pn < mn || (pn == mn && bigint_mpn_cmp(p, m->d, mn) < 0)) {
                    memcpy(acc, p, pn * sizeof(uint32_t));
                    an = pn;
                } else {
                    bigint_mpn_divrem(NULL, acc, p, pn, m->d, mn, ws);
                    an = bigint_mpn_norm(acc, mn);
                }
                if (an == 0) {
                    break;
                }
            }
        }
    }
    r->len = (uint32_t)an;
done:
    bigint_scratch_free(c, p, pn_max);
    bigint_scratch_free(c, ws, wn);
    return st;
}

CoilBigStatus bigint_powmod(CoilBigCtx *c, const CoilBigInt *base, const CoilBigInt *exp,
                            const CoilBigInt *mod, CoilBigInt **out)
{
    if (mod->len == 0) {
        return bigint_fail(c, COIL_BIG_VALUE, "pow() 3rd argument cannot be 0");
    }
    if (mod->len == 1 && mod->d[0] == 1) {
        return bigint_make_small(c, 0, out);  /* even when base is not invertible */
    }
    CoilBigInt *m = NULL, *x = NULL, *r = NULL;
    CoilBigStatus st = bigint_abs(c, mod, &m);
    if (st != COIL_BIG_OK) {
        return st;
    }
    st = exp->neg ? invmod(c, base, m, &x) : bigint_mod(c, base, m, &x);
    if (st != COIL_BIG_OK) {
        goto done;
    }
    if ((r = bigint_alloc(c, m->len)) == NULL) {
        st = bigint_nomem(c);
        goto done;
    }
    if (x->len == 0 && exp->len != 0) {
        r->len = 0;
    } else if (m->len == 1) {
        r->d[0] = powmod_1(x->len ? x->d[0] : 0, exp, m->d[0]);
        r->len = 1;
    } else if ((st = powmod_n(c, x, exp, m, r)) != COIL_BIG_OK) {
        goto done;
    }
    size_t rn = bigint_mpn_norm(r->d, r->len);
    /* A negative modulus gives a result in (mod, 0], as % does. */
    bool neg = mod->neg && rn != 0;
    if (neg) {
        bigint_mpn_sub(r->d, m->d, m->len, r->d, rn);
        rn = m->len;
    }
    st = bigint_done(c, r, rn, neg, out);
    r = NULL;
done:
    bigint_free(c, m);
    bigint_free(c, x);
    bigint_free(c, r);
    return st;
}
