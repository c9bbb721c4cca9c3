/* mod_math.c — the math module: libm wrappers with CPython 3.11's error
 * rules ("math domain error" / "math range error"), its own gamma/lgamma,
 * fsum, hypot/dist, and the integer functions (gcd, lcm, factorial, comb,
 * perm, isqrt) on arbitrary-precision ints. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/args.h"
#include "vm/exc.h"
#include "vm/gc.h"
#include "vm/int.h"
#include "vm/iter.h"
#include "vm/modules.h"
#include "vm/module.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* --- error rules (CPython's is_error / math_1 / math_2) ---------------------------- */

static CoilValue domain_error(CoilVM *vm) { return vm_raise(vm, vm->e_ValueError, "math domain error"); }
static CoilValue range_error(CoilVM *vm) { return vm_raise(vm, vm->e_OverflowError, "math range error"); }

/* errno != 0 after computing r: raises unless it is an underflow. */
static bool is_error(CoilVM *vm, double r, int err)
{
    if (err == EDOM) {
        domain_error(vm);
        return true;
    }
    if (err == ERANGE) {
        /* Underflow is not an error; CPython tells it apart by |r| < 1.5. */
        if (fabs(r) < 1.5) return false;
        range_error(vm);
        return true;
    }
    vm_raise(vm, vm->e_ValueError, "math domain error");
    return true;
}

static int one_double(CoilVM *vm, const char *name, const CoilValue *args, size_t nargs, double *x)
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return -1;
    return vm_to_double(vm, args[0], x);
}

/* math_1: a NaN from a non-NaN is a domain error; an infinity from a finite
 * argument is a range error when the function can overflow, else a domain error. */
static CoilValue math_1(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, double (*fn)(double),
                        bool can_overflow)
{
    double x;
    if (one_double(vm, name, args, nargs, &x) < 0) return VAL_ERROR;
    errno = 0;
    double r = fn(x);
    int err = errno;
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && err && is_error(vm, r, err)) return VAL_ERROR;
    return value_from_double(r);
}

/* math_1a: errno alone decides (gamma, lgamma, erf, erfc). */
static CoilValue math_1a(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name, double (*fn)(double))
{
    double x;
    if (one_double(vm, name, args, nargs, &x) < 0) return VAL_ERROR;
    errno = 0;
    double r = fn(x);
    int err = errno;
    if (err && is_error(vm, r, err)) return VAL_ERROR;
    return value_from_double(r);
}

static CoilValue math_2(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name,
                        double (*fn)(double, double))
{
    double x, y;
    if (args_count(vm, name, nargs, 2, 2) < 0 || vm_to_double(vm, args[0], &x) < 0 ||
        vm_to_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    errno = 0;
    double r = fn(x, y);
    int err = 0;
    if (isnan(r)) err = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) err = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (err && is_error(vm, r, err)) return VAL_ERROR;
    return value_from_double(r);
}

/* --- gamma and friends (CPython's own, for identical results) ---------------------- */

static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    int n = (int)round(2.0 * y);
    switch (n) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break; /* not -sin(pi*(y-1.0)): that gives -0.0 at y == 1 */
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                     45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                                     1925.0,    66.0,       1.0};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(INFINITY, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, y, z, sqrtpow;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return INFINITY;
    }
    y = absx + lanczos_g_minus_half;
    /* The rounding error of y, recovered exactly (volatile keeps a compiler
     * from folding a + b - a - b to 0). */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -pi / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double c_lgamma(double x)
{
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return INFINITY;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_log(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -INFINITY : NAN;
}

static double m_log10(double x)
{
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -INFINITY : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double c_log1p(double x)
{
    /* Some libms get log1p(-0.0) wrong: CPython keeps the zero's sign. */
    if (x == 0.0) return x;
    return log1p(x);
}

static double m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy), c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double m_atan2(double y, double x)
{
    /* C99 Annex F semantics, which glibc follows. */
    return atan2(y, x);
}

/* --- one-argument float functions ------------------------------------------------------ */

#define MATH_FUNC1(pyname, cfn, overflow)                                                      \
    static CoilValue m_##pyname(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw) \
    {                                                                                          \
        (void)kw;                                                                              \
        return math_1(vm, args, nargs, "math." #pyname, cfn, overflow);                        \
    }

#define MATH_FUNC1A(pyname, cfn)                                                               \
    static CoilValue m_##pyname(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw) \
    {                                                                                          \
        (void)kw;                                                                              \
        return math_1a(vm, args, nargs, "math." #pyname, cfn);                                 \
    }

MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1A(erf, erf)
MATH_FUNC1A(erfc, erfc)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, fabs, false)
MATH_FUNC1A(gamma, m_tgamma)
MATH_FUNC1A(lgamma, c_lgamma)
MATH_FUNC1(log1p, c_log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

static CoilValue m_atan2_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return math_2(vm, args, nargs, "atan2", m_atan2);
}

static CoilValue m_copysign(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return math_2(vm, args, nargs, "copysign", copysign);
}

static CoilValue m_remainder_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return math_2(vm, args, nargs, "remainder", m_remainder);
}

static CoilValue m_degrees(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.degrees", args, nargs, &x) < 0) return VAL_ERROR;
    return value_from_double(x * (180.0 / pi));
}

static CoilValue m_radians(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.radians", args, nargs, &x) < 0) return VAL_ERROR;
    return value_from_double(x * (pi / 180.0));
}

static CoilValue m_isnan(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.isnan", args, nargs, &x) < 0) return VAL_ERROR;
    return value_from_bool(isnan(x));
}

static CoilValue m_isinf(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.isinf", args, nargs, &x) < 0) return VAL_ERROR;
    return value_from_bool(isinf(x));
}

static CoilValue m_isfinite(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.isfinite", args, nargs, &x) < 0) return VAL_ERROR;
    return value_from_bool(isfinite(x));
}

/* --- floor, ceil, trunc: ints, also for floats beyond int64 ---------------------------- */

static CoilValue int_from_double_checked(CoilVM *vm, double d)
{
    if (d >= -9.2e18 && d <= 9.2e18) return int_from_i64(vm, (int64_t)d);
    CoilBigInt *b;
    CoilBigStatus st = bigint_from_double(&vm->bigctx, d, &b);
    if (st != COIL_BIG_OK) return int_raise_status(vm, st);
    return int_from_big(vm, b);
}

static CoilValue round_to_int(CoilVM *vm, const CoilValue *args, size_t nargs, const char *name,
                              CoilString *dunder, double (*fn)(double))
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue x = args[0];
    if (value_is_double(x)) return int_from_double_checked(vm, fn(value_as_double(x)));
    if (value_is_small_int(x) || value_is_bigint(vm, x)) return x;
    if (value_is_bool(x)) return value_from_small_int(x == VAL_TRUE);
    bool found = false;
    CoilValue r = type_call_special(vm, x, dunder, NULL, 0, &found);
    if (found || value_is_error(r)) return r;
    double d;
    if (vm_to_double(vm, x, &d) < 0) return VAL_ERROR;
    return int_from_double_checked(vm, fn(d));
}

static CoilValue m_floor(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return round_to_int(vm, args, nargs, "math.floor", vm->names.__floor__, floor);
}

static CoilValue m_ceil(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return round_to_int(vm, args, nargs, "math.ceil", vm->names.__ceil__, ceil);
}

static CoilValue m_trunc(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "math.trunc", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue x = args[0];
    if (value_is_double(x)) return int_from_double_checked(vm, trunc(value_as_double(x)));
    if (value_is_small_int(x) || value_is_bigint(vm, x)) return x;
    if (value_is_bool(x)) return value_from_small_int(x == VAL_TRUE);
    bool found = false;
    CoilValue r = type_call_special(vm, x, vm->names.__trunc__, NULL, 0, &found);
    if (found || value_is_error(r)) return r;
    return vm_raise(vm, vm->e_TypeError, "type %s doesn't define __trunc__ method", value_type_name(vm, x));
}

/* --- two-argument float functions with their own special cases ----------------------- */

static CoilValue m_pow(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x, y, r;
    if (args_count(vm, "pow", nargs, 2, 2) < 0 || vm_to_double(vm, args[0], &x) < 0 ||
        vm_to_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) r = y == 0.0 ? 1.0 : x;
        else if (isnan(y)) r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (isnan(r)) err = EDOM;
        else if (isinf(r)) err = x == 0.0 ? EDOM : ERANGE;
    }
    if (err && is_error(vm, r, err)) return VAL_ERROR;
    return value_from_double(r);
}

static CoilValue m_fmod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x, y;
    if (args_count(vm, "fmod", nargs, 2, 2) < 0 || vm_to_double(vm, args[0], &x) < 0 ||
        vm_to_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    if (isinf(y) && isfinite(x)) return value_from_double(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return value_from_double(r);
}

static CoilValue m_ldexp(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (args_count(vm, "ldexp", nargs, 2, 2) < 0 || vm_to_double(vm, args[0], &x) < 0) return VAL_ERROR;
    if (!value_is_int(vm, args[1]))
        return vm_raise(vm, vm->e_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!int_to_i64(vm, args[1], &e)) e = int_sign(vm, args[1]) > 0 ? INT64_MAX : INT64_MIN;
    double r;
    if (x == 0.0 || !isfinite(x)) r = x;
    else if (e > 100000) return range_error(vm);
    else if (e < -100000) r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error(vm);
    }
    return value_from_double(r);
}

static CoilValue m_frexp(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.frexp", args, nargs, &x) < 0) return VAL_ERROR;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0.0) ? x : frexp(x, &e);
    return tuple_pack2(vm, value_from_double(m), value_from_small_int(e));
}

static CoilValue m_modf(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.modf", args, nargs, &x) < 0) return VAL_ERROR;
    if (isinf(x)) return tuple_pack2(vm, value_from_double(copysign(0.0, x)), value_from_double(x));
    double ip, fp = modf(x, &ip);
    return tuple_pack2(vm, value_from_double(fp), value_from_double(ip));
}

static CoilValue m_nextafter(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x, y;
    if (args_count(vm, "nextafter", nargs, 2, 2) < 0 || vm_to_double(vm, args[0], &x) < 0 ||
        vm_to_double(vm, args[1], &y) < 0)
        return VAL_ERROR;
    return value_from_double(nextafter(x, y));
}

static CoilValue m_ulp(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double x;
    if (one_double(vm, "math.ulp", args, nargs, &x) < 0) return VAL_ERROR;
    if (isnan(x)) return value_from_double(x);
    x = fabs(x);
    if (isinf(x)) return value_from_double(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return value_from_double(x - nextafter(x, -INFINITY));
    return value_from_double(x2 - x);
}

/* --- logarithms: ints too large for a float still have a logarithm --------------------- */

/* x = m * 2**e with m in [0.5, 1), for an int too large to convert. */
static double big_frexp(CoilVM *vm, CoilValue v, int64_t *e)
{
    CoilBigTmp tmp;
    const CoilBigInt *b = int_as_big(vm, v, &tmp);
    uint64_t nbits = bigint_bit_length(b);
    /* The top 64 bits, with a sticky bit for everything below, round to 53 bits
     * exactly as the full value would. */
    uint64_t top = 0;
    int64_t shift = (int64_t)nbits - 64;
    for (int64_t bit = (int64_t)nbits - 1; bit >= 0 && bit >= shift; bit--) {
        uint32_t w = b->d[bit / 32];
        top = (top << 1) | ((w >> (bit % 32)) & 1u);
    }
    bool sticky = false;
    for (int64_t bit = shift - 1; bit >= 0 && !sticky; bit--)
        if (b->d[bit / 32] & (1u << (bit % 32))) sticky = true;
    if (sticky) top |= 1;
    *e = (int64_t)nbits;
    return ldexp((double)top, -64);
}

static CoilValue loghelper(CoilVM *vm, CoilValue arg, double (*fn)(double), double *out)
{
    if (value_is_int(vm, arg) && !value_is_bool(arg)) {
        if (int_sign(vm, arg) <= 0) return domain_error(vm);
        double d;
        if (int_to_double(vm, arg, &d)) {
            *out = fn(d);
            return VAL_NONE;
        }
        vm_take_exception(vm); /* the OverflowError of the conversion */
        int64_t e;
        double m = big_frexp(vm, arg, &e);
        *out = fn(m) + (double)e * fn(2.0);
        return VAL_NONE;
    }
    double x;
    if (vm_to_double(vm, arg, &x) < 0) return VAL_ERROR;
    errno = 0;
    double r = fn(x);
    int err = errno;
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return domain_error(vm);
    if (err && isfinite(r) && is_error(vm, r, err)) return VAL_ERROR;
    *out = r;
    return VAL_NONE;
}

static CoilValue m_log_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (nargs < 1 || nargs > 2) return vm_raise(vm, vm->e_TypeError, "math.log requires 1 to 2 arguments");
    double num = 0.0, den = 0.0; /* set by loghelper on success; gcc -O3 cannot tell */
    if (value_is_error(loghelper(vm, args[0], m_log, &num))) return VAL_ERROR;
    if (nargs == 1) return value_from_double(num);
    if (value_is_error(loghelper(vm, args[1], m_log, &den))) return VAL_ERROR;
    if (den == 0.0) return vm_raise(vm, vm->e_ZeroDivisionError, "float division by zero");
    return value_from_double(num / den);
}

static CoilValue m_log2_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double r = 0.0; /* set by loghelper on success */
    if (args_count(vm, "math.log2", nargs, 1, 1) < 0 || value_is_error(loghelper(vm, args[0], m_log2, &r)))
        return VAL_ERROR;
    return value_from_double(r);
}

static CoilValue m_log10_fn(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double r = 0.0; /* set by loghelper on success */
    if (args_count(vm, "math.log10", nargs, 1, 1) < 0 || value_is_error(loghelper(vm, args[0], m_log10, &r)))
        return VAL_ERROR;
    return value_from_double(r);
}

/* --- fsum, hypot, dist, prod, isclose -------------------------------------------------- */

/* Shewchuk's exact summation with CPython's partials and final rounding. */
static CoilValue m_fsum(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "math.fsum", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue it = vm_iter(vm, args[0]);
    if (value_is_error(it)) return it;
    GC_ROOT(vm, it);
    double ps[32], *p = ps, special_sum = 0.0, inf_sum = 0.0, x, y, t, hi, yr, lo = 0.0;
    size_t n = 0, m = 32;
    CoilValue result = VAL_ERROR;
    for (;;) {
        CoilValue item = vm_next(vm, it);
        if (value_is_error(item)) goto done;
        if (item == VAL_EMPTY) break;
        if (vm_to_double(vm, item, &x) < 0) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave)) {
                    vm_raise(vm, vm->e_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = vm_mem_alloc(vm, 2 * m * sizeof(double));
                    if (!np) goto done;
                    memcpy(np, p, n * sizeof(double));
                    if (p != ps) vm_mem_free(vm, p, m * sizeof(double));
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) vm_raise(vm, vm->e_ValueError, "-inf + inf in fsum");
        else result = value_from_double(special_sum);
        goto done;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            x = hi;
            y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across several partials. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            y = lo * 2.0;
            x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = value_from_double(hi);
done:
    if (p != ps) vm_mem_free(vm, p, m * sizeof(double));
    GC_UNROOT(vm, 1);
    return result;
}

/* CPython 3.11's accurate Euclidean norm (scaled, compensated sum of squares
 * with a square-root correction step). */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0; /* ldexp(1.0, 27) + 1.0 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i];
        x *= scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static CoilValue norm_of(CoilVM *vm, double *v, size_t n, size_t cap, double max, bool nan, double *stack)
{
    double r = vector_norm(n, v, max, nan);
    if (v != stack) vm_mem_free(vm, v, cap * sizeof(double));
    return value_from_double(r);
}

static CoilValue m_hypot(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    double stack[16], *v = stack, max = 0.0;
    bool found_nan = false;
    if (nargs > 16 && !(v = vm_mem_alloc(vm, nargs * sizeof(double)))) return VAL_ERROR;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (vm_to_double(vm, args[i], &x) < 0) {
            if (v != stack) vm_mem_free(vm, v, nargs * sizeof(double));
            return VAL_ERROR;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return norm_of(vm, v, nargs, nargs, max, found_nan, stack);
}

static CoilValue m_dist(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "dist", nargs, 2, 2) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    CoilValue p = args[0], q = args[1];
    if (!value_is_tuple(vm, p) && value_is_error(p = tuple_from_iterable(vm, p))) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, p);
    if (!value_is_tuple(vm, q) && value_is_error(q = tuple_from_iterable(vm, q))) return GC_RESTORE(vm), VAL_ERROR;
    GC_ROOT(vm, q);
    size_t n = value_as_tuple(p)->len;
    if (n != value_as_tuple(q)->len) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_ValueError, "both points must have the same number of dimensions");
    }
    double stack[16], *v = stack, max = 0.0;
    bool found_nan = false;
    if (n > 16 && !(v = vm_mem_alloc(vm, n * sizeof(double)))) return GC_RESTORE(vm), VAL_ERROR;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (vm_to_double(vm, value_as_tuple(p)->items[i], &px) < 0 ||
            vm_to_double(vm, value_as_tuple(q)->items[i], &qx) < 0) {
            if (v != stack) vm_mem_free(vm, v, n * sizeof(double));
            return GC_RESTORE(vm), VAL_ERROR;
        }
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    GC_RESTORE(vm);
    return norm_of(vm, v, n, n, max, found_nan, stack);
}

static CoilValue m_prod(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"", "start"};
    if (nargs > 1) return vm_raise(vm, vm->e_TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
    CoilValue a[2];
    if (args_parse(vm, "prod", args, nargs, kw, names, 2, 1, 1, a) < 0) return VAL_ERROR;
    CoilValue acc = a[1] == VAL_EMPTY ? value_from_small_int(1) : a[1];
    CoilValue it = vm_iter(vm, a[0]);
    if (value_is_error(it)) return it;
    GC_SAVE(vm);
    GC_ROOT(vm, it);
    size_t slot = vm->nroots;
    GC_ROOT(vm, acc);
    for (;;) {
        CoilValue item = vm_next(vm, it);
        if (value_is_error(item)) return GC_RESTORE(vm), item;
        if (item == VAL_EMPTY) break;
        GC_ROOT(vm, item);
        acc = vm_binary(vm, BIN_MUL, acc, item);
        GC_UNROOT(vm, 1);
        if (value_is_error(acc)) return GC_RESTORE(vm), acc;
        vm->roots[slot] = acc;
    }
    GC_RESTORE(vm);
    return acc;
}

static CoilValue m_isclose(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    CoilValue v[4];
    if (args_parse(vm, "isclose", args, nargs, kw, names, 4, 2, 2, v) < 0) return VAL_ERROR;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (vm_to_double(vm, v[0], &a) < 0 || vm_to_double(vm, v[1], &b) < 0) return VAL_ERROR;
    if (v[2] != VAL_EMPTY && vm_to_double(vm, v[2], &rel_tol) < 0) return VAL_ERROR;
    if (v[3] != VAL_EMPTY && vm_to_double(vm, v[3], &abs_tol) < 0) return VAL_ERROR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return vm_raise(vm, vm->e_ValueError, "tolerances must be non-negative");
    if (a == b) return VAL_TRUE;
    if (isinf(a) || isinf(b)) return VAL_FALSE;
    double diff = fabs(b - a);
    return value_from_bool((diff <= fabs(rel_tol * b)) || (diff <= fabs(rel_tol * a)) || (diff <= abs_tol));
}

/* --- integer functions ------------------------------------------------------------------ */

/* Generic int arithmetic on values (small ints stay small). */
static CoilValue ibin(CoilVM *vm, CoilBinaryOp op, CoilValue a, CoilValue b)
{
    GC_ROOT(vm, a);
    GC_ROOT(vm, b);
    CoilValue r = vm_binary(vm, op, a, b);
    GC_UNROOT(vm, 2);
    return r;
}

static CoilValue int_abs(CoilVM *vm, CoilValue a)
{
    return int_sign(vm, a) < 0 ? ibin(vm, BIN_SUB, value_from_small_int(0), a) : a;
}

static CoilValue gcd2(CoilVM *vm, CoilValue a, CoilValue b)
{
    int64_t x, y;
    if (int_to_i64(vm, a, &x) && int_to_i64(vm, b, &y) && x != INT64_MIN && y != INT64_MIN) {
        x = x < 0 ? -x : x;
        y = y < 0 ? -y : y;
        while (y) {
            int64_t t = x % y;
            x = y;
            y = t;
        }
        return int_from_i64(vm, x);
    }
    GC_SAVE(vm);
    a = int_abs(vm, a);
    if (value_is_error(a)) return GC_RESTORE(vm), a;
    GC_ROOT(vm, a);
    b = int_abs(vm, b);
    if (value_is_error(b)) return GC_RESTORE(vm), b;
    GC_ROOT(vm, b);
    size_t ra = vm->nroots - 2;
    while (int_sign(vm, b) != 0) {
        CoilValue t = ibin(vm, BIN_MOD, a, b);
        if (value_is_error(t)) return GC_RESTORE(vm), t;
        a = b;
        b = t;
        vm->roots[ra] = a;
        vm->roots[ra + 1] = b;
    }
    GC_RESTORE(vm);
    return a;
}

static CoilValue m_gcd(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    GC_SAVE(vm);
    CoilValue acc = value_from_small_int(0);
    GC_ROOT(vm, acc);
    size_t slot = vm->nroots - 1;
    for (size_t i = 0; i < nargs; i++) {
        CoilValue x = vm_index_value(vm, args[i]);
        if (value_is_error(x)) return GC_RESTORE(vm), x;
        GC_ROOT(vm, x); /* __index__ may have made a new int */
        acc = gcd2(vm, acc, x);
        GC_UNROOT(vm, 1);
        if (value_is_error(acc)) return GC_RESTORE(vm), acc;
        vm->roots[slot] = acc;
    }
    GC_RESTORE(vm);
    return acc;
}

static CoilValue m_lcm(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    GC_SAVE(vm);
    CoilValue acc = value_from_small_int(1);
    GC_ROOT(vm, acc);
    size_t slot = vm->nroots - 1;
    for (size_t i = 0; i < nargs; i++) {
        CoilValue x = vm_index_value(vm, args[i]);
        if (value_is_error(x)) return GC_RESTORE(vm), x;
        GC_ROOT(vm, x);
        if (int_sign(vm, acc) == 0 || int_sign(vm, x) == 0) {
            acc = value_from_small_int(0);
        } else {
            CoilValue g = gcd2(vm, acc, x);
            if (value_is_error(g)) return GC_RESTORE(vm), g;
            CoilValue q = ibin(vm, BIN_FLOORDIV, acc, g);
            if (value_is_error(q)) return GC_RESTORE(vm), q;
            acc = ibin(vm, BIN_MUL, q, x);
            if (value_is_error(acc)) return GC_RESTORE(vm), acc;
            acc = int_abs(vm, acc);
            if (value_is_error(acc)) return GC_RESTORE(vm), acc;
        }
        GC_UNROOT(vm, 1);
        vm->roots[slot] = acc;
    }
    GC_RESTORE(vm);
    return acc;
}

/* Product of the integers in [lo, hi) by binary splitting (balanced sizes
 * keep big-int multiplication fast). */
static CoilValue range_product(CoilVM *vm, uint64_t lo, uint64_t hi)
{
    if (hi - lo <= 16) {
        uint64_t acc = 1;
        GC_SAVE(vm);
        CoilValue big = value_from_small_int(1);
        GC_ROOT(vm, big);
        size_t slot = vm->nroots - 1;
        for (uint64_t k = lo; k < hi; k++) {
            if (acc <= UINT64_MAX / k) {
                acc *= k;
                continue;
            }
            CoilValue a = int_from_u64(vm, acc);
            if (value_is_error(a)) return GC_RESTORE(vm), a;
            big = ibin(vm, BIN_MUL, big, a);
            if (value_is_error(big)) return GC_RESTORE(vm), big;
            vm->roots[slot] = big;
            acc = k;
        }
        CoilValue a = int_from_u64(vm, acc);
        if (value_is_error(a)) return GC_RESTORE(vm), a;
        CoilValue r = ibin(vm, BIN_MUL, big, a);
        GC_RESTORE(vm);
        return r;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    CoilValue a = range_product(vm, lo, mid);
    if (value_is_error(a)) return a;
    GC_ROOT(vm, a);
    CoilValue b = range_product(vm, mid, hi);
    if (value_is_error(b)) return GC_UNROOT(vm, 1), b;
    CoilValue r = ibin(vm, BIN_MUL, a, b);
    GC_UNROOT(vm, 1);
    return r;
}

static CoilValue m_factorial(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "math.factorial", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue n = vm_index_value(vm, args[0]);
    if (value_is_error(n)) return n;
    if (int_sign(vm, n) < 0) return vm_raise(vm, vm->e_ValueError, "factorial() not defined for negative values");
    int64_t k;
    if (!int_to_i64(vm, n, &k) || k > 100000000)
        return vm_raise(vm, vm->e_OverflowError, "factorial() argument should not exceed %ld", (long)INT64_MAX);
    return range_product(vm, 1, (uint64_t)k + 1);
}

/* Common argument checks of comb and perm: n, k as non-negative ints. */
static int comb_args(CoilVM *vm, CoilValue an, CoilValue ak, CoilValue *n, CoilValue *k)
{
    *n = vm_index_value(vm, an);
    if (value_is_error(*n)) return -1;
    GC_ROOT(vm, *n);
    *k = vm_index_value(vm, ak);
    GC_UNROOT(vm, 1);
    if (value_is_error(*k)) return -1;
    if (int_sign(vm, *n) < 0) {
        vm_raise(vm, vm->e_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (int_sign(vm, *k) < 0) {
        vm_raise(vm, vm->e_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

/* n*(n-1)*...*(n-k+1), divided step by step by 1..k when `divide`. */
static CoilValue falling(CoilVM *vm, CoilValue n, uint64_t k, bool divide)
{
    GC_SAVE(vm);
    GC_ROOT(vm, n);
    CoilValue acc = value_from_small_int(1);
    GC_ROOT(vm, acc);
    size_t slot = vm->nroots - 1;
    for (uint64_t i = 0; i < k; i++) {
        CoilValue f = ibin(vm, BIN_SUB, n, int_from_u64(vm, i));
        if (value_is_error(f)) return GC_RESTORE(vm), f;
        acc = ibin(vm, BIN_MUL, acc, f);
        if (value_is_error(acc)) return GC_RESTORE(vm), acc;
        if (divide) {
            vm->roots[slot] = acc;
            acc = ibin(vm, BIN_FLOORDIV, acc, int_from_u64(vm, i + 1));
            if (value_is_error(acc)) return GC_RESTORE(vm), acc;
        }
        vm->roots[slot] = acc;
    }
    GC_RESTORE(vm);
    return acc;
}

static CoilValue m_comb(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    CoilValue n, k;
    if (args_count(vm, "comb", nargs, 2, 2) < 0 || comb_args(vm, args[0], args[1], &n, &k) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    GC_ROOT(vm, n);
    GC_ROOT(vm, k);
    CoilValue nk = ibin(vm, BIN_SUB, n, k);
    if (value_is_error(nk)) return GC_RESTORE(vm), nk;
    if (int_sign(vm, nk) < 0) return GC_RESTORE(vm), value_from_small_int(0);
    if (int_cmp(vm, nk, k) < 0) k = nk; /* comb(n, k) == comb(n, n-k) */
    int64_t kk;
    if (!int_to_i64(vm, k, &kk)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_OverflowError, "min(n - k, k) must not exceed %ld", (long)INT64_MAX);
    }
    CoilValue r = falling(vm, n, (uint64_t)kk, true);
    GC_RESTORE(vm);
    return r;
}

static CoilValue m_perm(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "perm", nargs, 1, 2) < 0) return VAL_ERROR;
    if (nargs == 1 || args[1] == VAL_NONE) return m_factorial(vm, args, 1, VAL_EMPTY);
    CoilValue n, k;
    if (comb_args(vm, args[0], args[1], &n, &k) < 0) return VAL_ERROR;
    GC_SAVE(vm);
    GC_ROOT(vm, n);
    GC_ROOT(vm, k);
    if (int_cmp(vm, k, n) > 0) return GC_RESTORE(vm), value_from_small_int(0);
    int64_t kk;
    if (!int_to_i64(vm, k, &kk)) {
        GC_RESTORE(vm);
        return vm_raise(vm, vm->e_OverflowError, "k must not exceed %ld", (long)INT64_MAX);
    }
    CoilValue r = falling(vm, n, (uint64_t)kk, false);
    GC_RESTORE(vm);
    return r;
}

static CoilValue m_isqrt(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "math.isqrt", nargs, 1, 1) < 0) return VAL_ERROR;
    CoilValue n = vm_index_value(vm, args[0]);
    if (value_is_error(n)) return n;
    int s = int_sign(vm, n);
    if (s < 0) return vm_raise(vm, vm->e_ValueError, "isqrt() argument must be nonnegative");
    if (s == 0) return value_from_small_int(0);
    int64_t small;
    if (int_to_i64(vm, n, &small)) {
        uint64_t u = (uint64_t)small, r = (uint64_t)sqrt((double)u);
        while (r > 0 && (r > UINT32_MAX || r * r > u)) r--;
        while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= u) r++;
        return int_from_u64(vm, r);
    }
    /* Newton's iteration from above: x starts at 2**ceil(bits/2) >= isqrt(n). */
    GC_SAVE(vm);
    GC_ROOT(vm, n);
    CoilBigTmp tmp;
    uint64_t bits = bigint_bit_length(int_as_big(vm, n, &tmp));
    CoilValue x = ibin(vm, BIN_LSHIFT, value_from_small_int(1), int_from_u64(vm, (bits + 1) / 2));
    if (value_is_error(x)) return GC_RESTORE(vm), x;
    GC_ROOT(vm, x);
    size_t slot = vm->nroots - 1;
    for (;;) {
        CoilValue q = ibin(vm, BIN_FLOORDIV, n, x);
        if (value_is_error(q)) return GC_RESTORE(vm), q;
        CoilValue y = ibin(vm, BIN_ADD, x, q);
        if (value_is_error(y)) return GC_RESTORE(vm), y;
        y = ibin(vm, BIN_RSHIFT, y, value_from_small_int(1));
        if (value_is_error(y)) return GC_RESTORE(vm), y;
        if (int_cmp(vm, y, x) >= 0) break;
        x = y;
        vm->roots[slot] = x;
    }
    GC_RESTORE(vm);
    return x;
}

static const CoilMethodDef math_functions[] = {
    {"acos", m_acos, 0},         {"acosh", m_acosh, 0},         {"asin", m_asin, 0},
    {"asinh", m_asinh, 0},       {"atan", m_atan, 0},           {"atan2", m_atan2_fn, 0},
    {"atanh", m_atanh, 0},       {"cbrt", m_cbrt, 0},           {"ceil", m_ceil, 0},
    {"comb", m_comb, 0},         {"copysign", m_copysign, 0},   {"cos", m_cos, 0},
    {"cosh", m_cosh, 0},         {"degrees", m_degrees, 0},     {"dist", m_dist, 0},
    {"erf", m_erf, 0},           {"erfc", m_erfc, 0},           {"exp", m_exp, 0},
    {"exp2", m_exp2, 0},         {"expm1", m_expm1, 0},         {"fabs", m_fabs, 0},
    {"factorial", m_factorial, 0}, {"floor", m_floor, 0},       {"fmod", m_fmod, 0},
    {"frexp", m_frexp, 0},       {"fsum", m_fsum, 0},           {"gamma", m_gamma, 0},
    {"gcd", m_gcd, 0},           {"hypot", m_hypot, 0},         {"isclose", m_isclose, METH_KEYWORDS},
    {"isfinite", m_isfinite, 0}, {"isinf", m_isinf, 0},         {"isnan", m_isnan, 0},
    {"isqrt", m_isqrt, 0},       {"lcm", m_lcm, 0},             {"ldexp", m_ldexp, 0},
    {"lgamma", m_lgamma, 0},     {"log", m_log_fn, 0},          {"log10", m_log10_fn, 0},
    {"log1p", m_log1p, 0},       {"log2", m_log2_fn, 0},        {"modf", m_modf, 0},
    {"nextafter", m_nextafter, 0}, {"perm", m_perm, 0},         {"pow", m_pow, 0},
    {"prod", m_prod, METH_KEYWORDS}, {"radians", m_radians, 0}, {"remainder", m_remainder_fn, 0},
    {"sin", m_sin, 0},           {"sinh", m_sinh, 0},           {"sqrt", m_sqrt, 0},
    {"tan", m_tan, 0},           {"tanh", m_tanh, 0},           {"trunc", m_trunc, 0},
    {"ulp", m_ulp, 0},           {NULL, NULL, 0}};

CoilValue mod_math_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "math", math_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    bool ok = module_set(vm, m, "pi", value_from_double(pi)) == 0 &&
              module_set(vm, m, "e", value_from_double(2.718281828459045235360287471352662498)) == 0 &&
              module_set(vm, m, "tau", value_from_double(6.283185307179586476925286766559005768)) == 0 &&
              module_set(vm, m, "inf", value_from_double(INFINITY)) == 0 &&
              module_set(vm, m, "nan", value_from_double(NAN)) == 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
