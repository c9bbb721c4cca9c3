/* test_value.c — the NaN-boxed value representation: every kind round-trips,
 * and no double (NaNs included) is ever mistaken for a boxed value. */
#include <criterion/criterion.h>
#include <math.h>

#include "vm/value.h"

Test(value, doubles_round_trip)
{
    const double samples[] = {0.0, -0.0, 1.0, -1.5, 1e308, -1e-308, 5e-324, INFINITY, -INFINITY,
                              3.141592653589793, 1e16, -2.5e-300};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        CoilValue v = value_from_double(samples[i]);
        cr_assert(value_is_double(v));
        cr_assert(!value_is_small_int(v) && !value_is_object(v));
        double back = value_as_double(v);
        cr_assert(memcmp(&back, &samples[i], sizeof back) == 0, "sample %zu changed", i);
    }
}

/* NaNs keep their payload unless it collides with a boxed tag; then bit 50
 * is cleared, which leaves a NaN of the same sign (value.h). */
Test(value, every_nan_stays_a_nan_double)
{
    const uint64_t nans[] = {0x7FF8000000000000ULL, 0xFFF8000000000000ULL, 0x7FFC000000000001ULL,
                             0xFFFC123456789ABCULL, 0x7FFD000000000000ULL, 0x7FF0000000000001ULL,
                             0xFFFFFFFFFFFFFFFFULL};
    for (size_t i = 0; i < sizeof nans / sizeof *nans; i++) {
        double d;
        memcpy(&d, &nans[i], sizeof d);
        CoilValue v = value_from_double(d);
        if ((nans[i] & VAL_BOXED_BITS) == VAL_BOXED_BITS)
            cr_assert_eq(v, nans[i] & ~0x0004000000000000ULL);
        else
            cr_assert_eq(v, nans[i]);
        cr_assert(value_is_double(v));
        cr_assert(isnan(value_as_double(v)));
    }
}

Test(value, small_ints_round_trip_at_the_edges)
{
    const int64_t samples[] = {0, 1, -1, 42, -42, VAL_SMALL_INT_MAX, VAL_SMALL_INT_MIN,
                               (int64_t)1 << 40, -((int64_t)1 << 40)};
    for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
        cr_assert(value_fits_small_int(samples[i]));
        CoilValue v = value_from_small_int(samples[i]);
        cr_assert(value_is_small_int(v));
        cr_assert(!value_is_double(v) && !value_is_object(v));
        cr_assert_eq(value_as_small_int(v), samples[i]);
    }
    cr_assert(!value_fits_small_int(VAL_SMALL_INT_MAX + 1));
    cr_assert(!value_fits_small_int(VAL_SMALL_INT_MIN - 1));
}

Test(value, specials_are_distinct)
{
    const CoilValue specials[] = {VAL_NONE, VAL_FALSE, VAL_TRUE, VAL_NOTIMPLEMENTED, VAL_ELLIPSIS,
                                  VAL_EMPTY};
    for (size_t i = 0; i < 6; i++) {
        cr_assert(!value_is_double(specials[i]) && !value_is_small_int(specials[i]) &&
                  !value_is_object(specials[i]));
        for (size_t j = 0; j < i; j++)
            cr_assert_neq(specials[i], specials[j]);
    }
    cr_assert(value_is_bool(value_from_bool(true)) && value_from_bool(false) == VAL_FALSE);
    cr_assert(value_is_none(VAL_NONE) && value_is_empty(VAL_EMPTY));
}

Test(value, objects_round_trip)
{
    static long storage[4];
    CoilValue v = value_from_object(&storage[1]);
    cr_assert(value_is_object(v));
    cr_assert(!value_is_double(v) && !value_is_small_int(v));
    cr_assert_eq((void *)value_as_object(v), (void *)&storage[1]);
}
