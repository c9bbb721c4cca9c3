/* value.h — Coil's value representation: one 64-bit word, NaN-boxed.
 * Every access goes through the inline helpers below, so the encoding can
 * change here alone.
 *
 *   double      any IEEE double but those whose top 14 bits are all set (NaNs
 *               only); such NaNs are folded into 0x7FF8/0xFFF8 | payload, so NaN
 *               payloads survive and can tell distinct NaN objects apart
 *   small int   0x7FFC | 48-bit two's-complement payload   [-2^47, 2^47)
 *   special     0x7FFD | code      None, False, True, NotImplemented, Ellipsis,
 *                                  and EMPTY (an unset slot: unbound local, no
 *                                  value yet; never visible to scripts)
 *   object      0xFFFC | 48-bit pointer to a heap object (CoilObject header)
 *
 * Doubles are stored unchanged, so float arithmetic needs no unboxing beyond a
 * type test; a real double can never collide with the tags because the few
 * NaNs that would are folded on the way in (value_from_double).
 *
 * Identity of floats is bit identity.  CPython's `x is y or x == y` in
 * container comparisons makes NaN objects observable, so float('nan') gives
 * each NaN it makes a payload of its own (float_from_str): `[float('nan')] ==
 * [float('nan')]` is False while `[x] == [x]` is True, as in CPython.  NaNs
 * from arithmetic carry the hardware's payload and so compare identical to
 * each other -- the one place where Coil can differ. */
#ifndef COIL_VALUE_H
#define COIL_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t CoilValue;

struct CoilObject;

#define VAL_TAG_MASK      0xFFFF000000000000ULL
#define VAL_PAYLOAD_MASK  0x0000FFFFFFFFFFFFULL
#define VAL_TAG_INT       0x7FFC000000000000ULL
#define VAL_TAG_SPECIAL   0x7FFD000000000000ULL
#define VAL_TAG_OBJECT    0xFFFC000000000000ULL
#define VAL_CANONICAL_NAN 0x7FF8000000000000ULL
/* Every boxed (non-double) value has these 14 bits set; no double that
 * value_from_double produces does. */
#define VAL_BOXED_BITS    0x7FFC000000000000ULL

#define VAL_SMALL_INT_MIN (-((int64_t)1 << 47))
#define VAL_SMALL_INT_MAX (((int64_t)1 << 47) - 1)

enum {
    VAL_CODE_NONE, VAL_CODE_FALSE, VAL_CODE_TRUE,
    VAL_CODE_NOTIMPLEMENTED, VAL_CODE_ELLIPSIS, VAL_CODE_EMPTY
};

#define VAL_NONE           (VAL_TAG_SPECIAL | VAL_CODE_NONE)
#define VAL_FALSE          (VAL_TAG_SPECIAL | VAL_CODE_FALSE)
#define VAL_TRUE           (VAL_TAG_SPECIAL | VAL_CODE_TRUE)
#define VAL_NOTIMPLEMENTED (VAL_TAG_SPECIAL | VAL_CODE_NOTIMPLEMENTED)
#define VAL_ELLIPSIS       (VAL_TAG_SPECIAL | VAL_CODE_ELLIPSIS)
#define VAL_EMPTY          (VAL_TAG_SPECIAL | VAL_CODE_EMPTY)

/* --- doubles ------------------------------------------------------------- */

static inline bool value_is_double(CoilValue v)
{
    return (v & VAL_BOXED_BITS) != VAL_BOXED_BITS;
}

static inline double value_as_double(CoilValue v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

static inline CoilValue value_from_double(double d)
{
    CoilValue v;
    memcpy(&v, &d, sizeof v);
    /* Only NaNs can have the 14 boxed bits set; clearing bit 50 keeps them
     * quiet NaNs with the same sign and low payload.  Testing d != d first
     * keeps the usual case to one float compare. */
    if (d != d && (v & VAL_BOXED_BITS) == VAL_BOXED_BITS) v &= ~0x0004000000000000ULL;
    return v;
}

/* --- small ints ---------------------------------------------------------- */

/* The tag tests compare the top 16 bits as a small immediate: the same test
 * as masking with VAL_TAG_MASK, without two 64-bit constants to load. */
static inline bool value_is_small_int(CoilValue v)
{
    return (v >> 48) == (VAL_TAG_INT >> 48);
}

static inline bool value_fits_small_int(int64_t i)
{
    return i >= VAL_SMALL_INT_MIN && i <= VAL_SMALL_INT_MAX;
}

/* i must satisfy value_fits_small_int. */
static inline CoilValue value_from_small_int(int64_t i)
{
    return VAL_TAG_INT | ((uint64_t)i & VAL_PAYLOAD_MASK);
}

static inline int64_t value_as_small_int(CoilValue v)
{
    /* Sign-extend the 48-bit payload: shift it to the top, then arithmetic
     * shift back (implementation-defined in C11, arithmetic on every compiler
     * Coil supports; checked by a unit test). */
    return (int64_t)(v << 16) >> 16;
}

/* --- specials ------------------------------------------------------------ */

static inline bool value_is_none(CoilValue v) { return v == VAL_NONE; }
static inline bool value_is_bool(CoilValue v) { return v == VAL_TRUE || v == VAL_FALSE; }
static inline bool value_is_empty(CoilValue v) { return v == VAL_EMPTY; }
static inline CoilValue value_from_bool(bool b) { return b ? VAL_TRUE : VAL_FALSE; }

/* --- objects ------------------------------------------------------------- */

static inline bool value_is_object(CoilValue v)
{
    return (v >> 48) == (VAL_TAG_OBJECT >> 48);
}

static inline struct CoilObject *value_as_object(CoilValue v)
{
    return (struct CoilObject *)(uintptr_t)(v & VAL_PAYLOAD_MASK);
}

static inline CoilValue value_from_object(const void *obj)
{
    return VAL_TAG_OBJECT | ((uint64_t)(uintptr_t)obj & VAL_PAYLOAD_MASK);
}

#endif
