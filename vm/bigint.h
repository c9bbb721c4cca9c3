/* bigint.h — Python `int` semantics on arbitrary-precision integers: the
 * signed CoilBigInt layer that the object layer wraps when a small int
 * overflows, plus the int64 fast paths the VM's small-int instructions use. */
#ifndef COIL_BIGINT_H
#define COIL_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm/alloc.h"

/* Every fallible function returns one of these and writes the exception's
 * message (without the type name) to ctx->msg, so the VM can raise exactly
 * what CPython raises without this layer knowing about exception objects. */
typedef enum CoilBigStatus {
    COIL_BIG_OK = 0,
    COIL_BIG_NOMEM,       /* MemoryError: the allocator hook failed, or the
                           * result would exceed BIGINT_MAX_DIGITS */
    COIL_BIG_ZERO_DIV,    /* ZeroDivisionError */
    COIL_BIG_OVERFLOW,    /* OverflowError */
    COIL_BIG_VALUE,       /* ValueError */
    COIL_BIG_BAD_LITERAL  /* ValueError from int(str): msg holds
                           * "invalid literal for int() with base N: " and the
                           * caller appends repr(original string) as "%.200R" */
} CoilBigStatus;

/* Magnitudes larger than this many 32-bit digits (4 GiB) are refused with
 * COIL_BIG_NOMEM before anything is allocated, so bit counts always fit in
 * int64 and digit counts in uint32. */
#define BIGINT_MAX_DIGITS ((size_t)1 << 30)

/* CPython's sys.int_info.default_max_str_digits and the threshold below
 * which the limit is never checked (sys.int_info.str_digits_check_threshold). */
#define BIGINT_DEFAULT_MAX_STR_DIGITS 4300
#define BIGINT_STR_DIGITS_THRESHOLD 640

/* Per-VM state of the big-int layer (there is no global state). */
typedef struct CoilBigCtx {
    CoilAllocator alloc;  /* every allocation, scratch included, goes here */
    size_t header;        /* bytes reserved in front of each CoilBigInt for the
                           * object layer's header (a multiple of 8); the VM
                           * fills it in after a constructor returns */
    int max_str_digits;   /* sys.set_int_max_str_digits(): 0 means no limit */
    char msg[200];        /* message of the last failure */
} CoilBigCtx;

/* A big integer: sign and magnitude, the magnitude in little-endian base
 * 2**32 digits.  Always normalised: d[len-1] != 0, zero has len == 0 and
 * neg == false.  Values are immutable once a function has returned them.
 * The flexible array keeps digits in the same allocation as the object. */
typedef struct CoilBigInt {
    uint32_t len;   /* digits in use */
    uint32_t cap;   /* digits allocated (the hook needs the size to free) */
    bool neg;
    uint32_t d[];
} CoilBigInt;

/* Room for an int64 viewed as a CoilBigInt without allocating, so the VM can
 * pass a small-int operand to the binary operations below.  (A union may hold
 * a struct with a flexible array member; a struct may not.) */
typedef union CoilBigTmp {
    CoilBigInt big;
    uint32_t words[sizeof(CoilBigInt) / sizeof(uint32_t) + 2];
} CoilBigTmp;

/* Result of bigint_cmp_double() when the double is a NaN. */
#define BIGINT_UNORDERED 2

/* Flags of bigint_to_str(). */
#define BIGINT_FMT_PREFIX 1u  /* "0x" / "0o" / "0b" after any sign, as hex() etc.
                               * (bases 16, 8, 2; ignored for other bases) */
#define BIGINT_FMT_UPPER 2u   /* digits and prefix letter in upper case ('#X') */

/* ---- context and lifetime ------------------------------------------------ */

/* header: bytes the object layer wants in front of each CoilBigInt.
 * max_str_digits starts at CPython's default, 4300. */
void bigint_ctx_init(CoilBigCtx *c, CoilAllocator alloc, size_t header);

/* Frees a value made by this layer (never a CoilBigTmp view). */
void bigint_free(CoilBigCtx *c, CoilBigInt *a);

/* Bytes of the allocation holding a, header included (for GC accounting). */
size_t bigint_alloc_size(const CoilBigCtx *c, const CoilBigInt *a);

/* Start of the allocation holding a: where the object layer's header lives. */
static inline void *bigint_header(const CoilBigCtx *c, CoilBigInt *a)
{
    return (char *)a - c->header;
}

/* ---- construction -------------------------------------------------------- */

CoilBigStatus bigint_from_i64(CoilBigCtx *c, int64_t v, CoilBigInt **out);
CoilBigStatus bigint_from_u64(CoilBigCtx *c, uint64_t v, CoilBigInt **out);
CoilBigStatus bigint_copy(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out);

/* int(float): truncates toward zero.  OVERFLOW "cannot convert float infinity
 * to integer", VALUE "cannot convert float NaN to integer". */
CoilBigStatus bigint_from_double(CoilBigCtx *c, double v, CoilBigInt **out);

/* int(s, base) with CPython 3.11's rules: base 0 or 2..36, surrounding ASCII
 * whitespace, one sign, 0x/0o/0b prefixes (base 0, or the matching base),
 * single underscores between digits, c->max_str_digits for non-binary bases.
 * s need not be NUL-terminated; a NUL byte is an invalid character.  The
 * caller first maps non-ASCII Unicode digits and spaces to ASCII as CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII does; other non-ASCII bytes are
 * invalid.  Fails with BAD_LITERAL (see above) or VALUE (bad base, or the
 * digit limit: "Exceeds the limit (4300 digits) ... value has N digits; ..."). */
CoilBigStatus bigint_from_str(CoilBigCtx *c, const char *s, size_t n, int base,
                              CoilBigInt **out);

/* A non-allocating view of v, valid as long as *t lives. */
const CoilBigInt *bigint_tmp_i64(CoilBigTmp *t, int64_t v);

/* ---- queries (never fail) ------------------------------------------------ */

static inline bool bigint_is_zero(const CoilBigInt *a) { return a->len == 0; }
static inline int bigint_sign(const CoilBigInt *a) { return a->len == 0 ? 0 : a->neg ? -1 : 1; }

/* The VM demotes a result to a small int when it fits its payload: first
 * bigint_fits_i64(), then bigint_to_i64() (only meaningful when it fits). */
bool bigint_fits_i64(const CoilBigInt *a);
int64_t bigint_to_i64(const CoilBigInt *a);

int bigint_cmp(const CoilBigInt *a, const CoilBigInt *b);  /* -1, 0, 1 */

/* Exact comparison with a double, as CPython's int/float comparisons:
 * -1, 0, 1, or BIGINT_UNORDERED when d is a NaN. */
int bigint_cmp_double(const CoilBigInt *a, double d);

uint64_t bigint_bit_length(const CoilBigInt *a);
uint64_t bigint_bit_count(const CoilBigInt *a);  /* int.bit_count(): ones in |a| */

/* hash(a), identical to CPython's (modulus 2**61 - 1, hash(-1) == -2). */
int64_t bigint_hash(const CoilBigInt *a);

/* ---- arithmetic: results are new values in *out --------------------------- */

CoilBigStatus bigint_add(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_sub(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_mul(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);

/* Floor division and modulo (the remainder takes the divisor's sign).
 * ZERO_DIV: "integer division or modulo by zero" (// and divmod) or
 * "integer modulo by zero" (%).  bigint_divmod fills both, either may be NULL. */
CoilBigStatus bigint_floordiv(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_mod(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_divmod(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b,
                            CoilBigInt **q, CoilBigInt **r);

/* a / b correctly rounded, as CPython.  ZERO_DIV "division by zero",
 * OVERFLOW "integer division result too large for a float". */
CoilBigStatus bigint_truediv(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, double *out);

/* base ** exp for exp >= 0 (a negative exp is the VM's float path; here it
 * fails with VALUE).  Results too large to represent give NOMEM. */
CoilBigStatus bigint_pow(CoilBigCtx *c, const CoilBigInt *base, const CoilBigInt *exp, CoilBigInt **out);

/* pow(base, exp, mod): VALUE "pow() 3rd argument cannot be 0"; a negative exp
 * uses the modular inverse, VALUE "base is not invertible for the given
 * modulus".  The result has the sign of mod, like %. */
CoilBigStatus bigint_powmod(CoilBigCtx *c, const CoilBigInt *base, const CoilBigInt *exp,
                            const CoilBigInt *mod, CoilBigInt **out);

CoilBigStatus bigint_neg(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out);
CoilBigStatus bigint_abs(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out);
CoilBigStatus bigint_invert(CoilBigCtx *c, const CoilBigInt *a, CoilBigInt **out);  /* ~a */

/* Shifts: VALUE "negative shift count"; a right shift floors (-1 >> n == -1);
 * a left shift too large to represent gives NOMEM as CPython's MemoryError.
 * The _i64 forms take the count as a C integer; the others as an int. */
CoilBigStatus bigint_lshift(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *n, CoilBigInt **out);
CoilBigStatus bigint_rshift(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *n, CoilBigInt **out);
CoilBigStatus bigint_lshift_i64(CoilBigCtx *c, const CoilBigInt *a, int64_t n, CoilBigInt **out);
CoilBigStatus bigint_rshift_i64(CoilBigCtx *c, const CoilBigInt *a, int64_t n, CoilBigInt **out);

/* &, |, ^ on the infinite two's complement representation. */
CoilBigStatus bigint_and(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_or(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);
CoilBigStatus bigint_xor(CoilBigCtx *c, const CoilBigInt *a, const CoilBigInt *b, CoilBigInt **out);

/* float(a), round-half-even.  OVERFLOW "int too large to convert to float". */
CoilBigStatus bigint_to_double(CoilBigCtx *c, const CoilBigInt *a, double *out);

/* ---- strings ------------------------------------------------------------- */

/* Bytes bigint_to_str() may need for a in base (sign, prefix and NUL included). */
size_t bigint_str_bound(const CoilBigInt *a, int base, unsigned flags);

/* Writes a in base 2..36 (digits 0-9a-z, A-Z with BIGINT_FMT_UPPER) to buf,
 * NUL-terminated, *len = bytes without the NUL.  cap must be at least
 * bigint_str_bound().  Base 10 honours c->max_str_digits as str() does:
 * VALUE "Exceeds the limit (4300 digits) for integer string conversion; use
 * sys.set_int_max_str_digits() to increase the limit".  str() is base 10,
 * hex()/oct()/bin() are 16/8/2 with BIGINT_FMT_PREFIX. */
CoilBigStatus bigint_to_str(CoilBigCtx *c, const CoilBigInt *a, int base, unsigned flags,
                            char *buf, size_t cap, size_t *len);

/* ---- int64 fast paths for the VM's small ints ---------------------------- */
/* Each returns false when the exact result does not fit in int64: the VM
 * then redoes the operation on big ints.  (__builtin_*_overflow compiles to
 * the add/jo pattern on GCC and Clang.) */

static inline bool bigint_i64_add(int64_t a, int64_t b, int64_t *r)
{
    return !__builtin_add_overflow(a, b, r);
}

static inline bool bigint_i64_sub(int64_t a, int64_t b, int64_t *r)
{
    return !__builtin_sub_overflow(a, b, r);
}

static inline bool bigint_i64_mul(int64_t a, int64_t b, int64_t *r)
{
    return !__builtin_mul_overflow(a, b, r);
}

/* Python's a // b for b != 0 (the caller raises ZeroDivisionError); only
 * INT64_MIN // -1 does not fit. */
static inline bool bigint_i64_floordiv(int64_t a, int64_t b, int64_t *q)
{
    if (b == -1) {
        return !__builtin_sub_overflow((int64_t)0, a, q);
    }
    int64_t t = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        t -= 1;
    }
    *q = t;
    return true;
}

/* Python's a % b for b != 0: the result has the sign of b.  Always fits;
 * b == -1 is special-cased because INT64_MIN % -1 is undefined in C. */
static inline int64_t bigint_i64_mod(int64_t a, int64_t b)
{
    if (b == -1) {
        return 0;
    }
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    return r;
}

/* a ** e for e >= 0. */
bool bigint_i64_pow(int64_t a, uint64_t e, int64_t *r);

/* hash() of a small int, identical to bigint_hash() of the same value. */
static inline int64_t bigint_i64_hash(int64_t v)
{
    const uint64_t mod = ((uint64_t)1 << 61) - 1;
    uint64_t m = (v < 0 ? 0 - (uint64_t)v : (uint64_t)v) % mod;
    int64_t h = v < 0 ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

#endif
