/* mod_cmath.c — the cmath module: complex elementary functions with
 * CPython's formulations for finite arguments (so results agree to the
 * last bit: scaled square root, log1p near |z| = 1, the large-argument
 * branches), C99 Annex G (<complex.h>) for infinities and NaNs, and
 * CPython's ValueError/OverflowError texts. */
#include <complex.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#include "vm/args.h"
#include "vm/complex.h"
#include "vm/exc.h"
#include "vm/float.h"
#include "vm/gc.h"
#include "vm/module.h"
#include "vm/modules.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/type.h"

typedef struct { double re, im; } Cz;

#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE 6.703903964971298e+153 /* sqrt(CM_LARGE_DOUBLE) */
#define CM_LOG_LARGE_DOUBLE 708.3964185322641       /* log(CM_LARGE_DOUBLE) */
#define CM_SQRT_DBL_MIN 1.4916681462400413e-154     /* sqrt(DBL_MIN) */
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)
#define LN2 0.6931471805599453
#define LN10 2.302585092994046
#define PI 3.141592653589793
#define E_ 2.718281828459045

/* Each function sets *err: 0, EDOM (ValueError) or ERANGE (OverflowError). */
typedef Cz (*CmathFn)(Cz z, int *err);

static bool finite(Cz z) { return isfinite(z.re) && isfinite(z.im); }
static Cz from_c99(double complex c) { return (Cz){creal(c), cimag(c)}; }

/* re + im*i with both parts exact (infinities and NaNs too), without C11's
 * CMPLX, which not every compiler's <complex.h> has: a complex is laid out
 * as an array of its two parts. */
static double complex make_c99(double re, double im)
{
    double complex c;
    double *parts = (double *)&c;
    parts[0] = re;
    parts[1] = im;
    return c;
}

/* A special value (an infinite or NaN argument) from C99's function: a NaN
 * made from an argument without one is CPython's "math domain error". */
static Cz special(double complex (*fn)(double complex), Cz z, int *err)
{
    Cz r = from_c99(fn(make_c99(z.re, z.im)));
    *err = (isnan(r.re) || isnan(r.im)) && !isnan(z.re) && !isnan(z.im) ? EDOM : 0;
    return r;
}

static Cz c_sqrt(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(csqrt, z, err);
    if (z.re == 0. && z.im == 0.) return (Cz){0., z.im};
    double ax = fabs(z.re), ay = fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.re >= 0.) return (Cz){s, copysign(d, z.im)};
    return (Cz){d, copysign(s, z.im)};
}

static Cz c_exp(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(cexp, z, err);
    Cz r;
    if (z.re > CM_LOG_LARGE_DOUBLE) {
        double l = exp(z.re - 1.);
        r = (Cz){l * cos(z.im) * E_, l * sin(z.im) * E_};
    } else {
        double l = exp(z.re);
        r = (Cz){l * cos(z.im), l * sin(z.im)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_log(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(clog, z, err);
    double ax = fabs(z.re), ay = fabs(z.im);
    Cz r;
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.re = log(hypot(ax / 2., ay / 2.)) + LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {
            r.re = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
        } else {
            *err = EDOM;
            return (Cz){-INFINITY, atan2(z.im, z.re)};
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.re = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.re = log(h);
        }
    }
    r.im = atan2(z.im, z.re);
    return r;
}

static Cz c_log10(Cz z, int *err)
{
    Cz r = c_log(z, err);
    return (Cz){r.re / LN10, r.im / LN10};
}

static Cz c_cosh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(ccosh, z, err);
    Cz r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1., z.re);
        r = (Cz){cos(z.im) * cosh(x) * E_, sin(z.im) * sinh(x) * E_};
    } else {
        r = (Cz){cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_sinh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(csinh, z, err);
    Cz r;
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE) {
        double x = z.re - copysign(1., z.re);
        r = (Cz){cos(z.im) * sinh(x) * E_, sin(z.im) * cosh(x) * E_};
    } else {
        r = (Cz){cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re)};
    }
    if (isinf(r.re) || isinf(r.im)) *err = ERANGE;
    return r;
}

static Cz c_tanh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(ctanh, z, err);
    if (fabs(z.re) > CM_LOG_LARGE_DOUBLE)
        return (Cz){copysign(1., z.re), 4. * sin(z.im) * cos(z.im) * exp(-2. * fabs(z.re))};
    double tx = tanh(z.re), ty = tan(z.im), cx = 1. / cosh(z.re), txty = tx * ty, denom = 1. + txty * txty;
    return (Cz){tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

static Cz c_asinh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(casinh, z, err);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        double re = z.im >= 0. ? copysign(log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2., z.re)
                               : -copysign(log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2., -z.re);
        return (Cz){re, atan2(z.im, fabs(z.re))};
    }
    Cz s1 = c_sqrt((Cz){1. + z.im, -z.re}, err), s2 = c_sqrt((Cz){1. - z.im, z.re}, err);
    return (Cz){asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

static Cz c_acos(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(cacos, z, err);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE) {
        double l = log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2.;
        return (Cz){atan2(fabs(z.im), z.re), z.re < 0. ? -copysign(l, z.im) : copysign(l, -z.im)};
    }
    Cz s1 = c_sqrt((Cz){1. - z.re, -z.im}, err), s2 = c_sqrt((Cz){1. + z.re, z.im}, err);
    return (Cz){2. * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re)};
}

static Cz c_acosh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(cacosh, z, err);
    if (fabs(z.re) > CM_LARGE_DOUBLE || fabs(z.im) > CM_LARGE_DOUBLE)
        return (Cz){log(hypot(z.re / 2., z.im / 2.)) + LN2 * 2., atan2(z.im, z.re)};
    Cz s1 = c_sqrt((Cz){z.re - 1., z.im}, err), s2 = c_sqrt((Cz){z.re + 1., z.im}, err);
    return (Cz){asinh(s1.re * s2.re + s1.im * s2.im), 2. * atan2(s1.im, s2.re)};
}

static Cz c_atanh(Cz z, int *err)
{
    *err = 0;
    if (!finite(z)) return special(catanh, z, err);
    if (z.re < 0.) {
        Cz r = c_atanh((Cz){-z.re, -z.im}, err);
        return (Cz){-r.re, -r.im};
    }
    double ay = fabs(z.im);
    if (z.re > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        double h = hypot(z.re / 2., z.im / 2.);
        return (Cz){z.re / 4. / h / h, -copysign(PI / 2., -z.im)};
    }
    if (z.re == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {
            *err = EDOM;
            return (Cz){INFINITY, z.im};
        }
        return (Cz){-log(sqrt(ay) / sqrt(hypot(ay, 2.))), copysign(atan2(2., -ay) / 2, z.im)};
    }
    return (Cz){log1p(4. * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.,
                -atan2(-2. * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.};
}

/* The circular functions through the hyperbolic ones: f(z) = -i g(iz). */
static Cz c_asin(Cz z, int *err)
{
    Cz s = c_asinh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}
static Cz c_atan(Cz z, int *err)
{
    Cz s = c_atanh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}
static Cz c_sin(Cz z, int *err)
{
    Cz s = c_sinh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}
static Cz c_cos(Cz z, int *err) { return c_cosh((Cz){-z.im, z.re}, err); }
static Cz c_tan(Cz z, int *err)
{
    Cz s = c_tanh((Cz){-z.im, z.re}, err);
    return (Cz){s.im, -s.re};
}

/* --- arguments and errors ------------------------------------------------------------ */

/* A complex argument: complex, __complex__, or a real number. */
static int arg_complex(CoilVM *vm, CoilValue v, Cz *out)
{
    if (value_is_double(v)) {
        *out = (Cz){value_as_double(v), 0.};
        return 0;
    }
    if (!value_is_complex(vm, v)) {
        CoilType *t = vm_typeof(vm, v);
        CoilString *name = str_intern_cstr(vm, "__complex__");
        bool has_complex = name && type_lookup(vm, t, name) != VAL_EMPTY;
        if (!has_complex && !t->float_ && !t->index && !value_is_small_int(v) && !value_is_bool(v)) {
            vm_raise(vm, vm->e_TypeError, "must be real number, not %s", t->name);
            return -1;
        }
    }
    CoilValue c = vm_call(vm, value_from_object(vm->t_complex), &v, 1, VAL_EMPTY);
    if (value_is_error(c)) return -1;
    CoilComplex *cc = (CoilComplex *)value_as_object(c);
    *out = (Cz){cc->re, cc->im};
    return 0;
}

static CoilValue result(CoilVM *vm, Cz r, int err)
{
    if (err == EDOM) return vm_raise(vm, vm->e_ValueError, "math domain error");
    if (err == ERANGE) return vm_raise(vm, vm->e_OverflowError, "math range error");
    return complex_new_value(vm, r.re, r.im);
}

static CoilValue apply1(CoilVM *vm, const char *name, CmathFn fn, const CoilValue *args, size_t nargs)
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return VAL_ERROR;
    Cz z;
    if (arg_complex(vm, args[0], &z) < 0) return VAL_ERROR;
    int err;
    Cz r = fn(z, &err);
    return result(vm, r, err);
}

#define CMATH_FN(name)                                                                       \
    static CoilValue f_##name(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw) \
    {                                                                                        \
        (void)kw;                                                                            \
        return apply1(vm, #name, c_##name, args, nargs);                                     \
    }
CMATH_FN(sqrt)
CMATH_FN(exp)
CMATH_FN(log10)
CMATH_FN(sin)
CMATH_FN(cos)
CMATH_FN(tan)
CMATH_FN(asin)
CMATH_FN(acos)
CMATH_FN(atan)
CMATH_FN(sinh)
CMATH_FN(cosh)
CMATH_FN(tanh)
CMATH_FN(asinh)
CMATH_FN(acosh)
CMATH_FN(atanh)

/* log(z[, base]) */
static CoilValue f_log(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "log", nargs, 1, 2) < 0) return VAL_ERROR;
    Cz z, b;
    if (arg_complex(vm, args[0], &z) < 0) return VAL_ERROR;
    int err;
    Cz r = c_log(z, &err);
    if (nargs == 2 && !err) {
        if (arg_complex(vm, args[1], &b) < 0) return VAL_ERROR;
        Cz lb = c_log(b, &err);
        if (!err) {
            /* r / lb, Smith's division as complex's own */
            CoilValue num = complex_new_value(vm, r.re, r.im);
            if (value_is_error(num)) return num;
            GC_ROOT(vm, num);
            CoilValue den = complex_new_value(vm, lb.re, lb.im);
            if (value_is_error(den)) return GC_UNROOT(vm, 1), den;
            GC_ROOT(vm, den);
            CoilValue q = vm_binary(vm, BIN_TRUEDIV, num, den);
            GC_UNROOT(vm, 2);
            if (value_is_error(q)) {
                if (vm_exception_matches(vm, vm->e_ZeroDivisionError)) {
                    vm_take_exception(vm);
                    return vm_raise(vm, vm->e_ValueError, "math domain error");
                }
                return q;
            }
            return q;
        }
    }
    return result(vm, r, err);
}

static CoilValue f_phase(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "phase", nargs, 1, 1) < 0) return VAL_ERROR;
    Cz z;
    if (arg_complex(vm, args[0], &z) < 0) return VAL_ERROR;
    return value_from_double(atan2(z.im, z.re));
}

static CoilValue f_polar(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "polar", nargs, 1, 1) < 0) return VAL_ERROR;
    Cz z;
    if (arg_complex(vm, args[0], &z) < 0) return VAL_ERROR;
    double r;
    if (isinf(z.re) || isinf(z.im)) r = INFINITY;
    else if (isnan(z.re) || isnan(z.im)) r = NAN;
    else {
        r = hypot(z.re, z.im);
        if (isinf(r)) return vm_raise(vm, vm->e_OverflowError, "math range error");
    }
    return tuple_pack2(vm, value_from_double(r), value_from_double(atan2(z.im, z.re)));
}

static int arg_real(CoilVM *vm, CoilValue v, double *out)
{
    CoilValue f = vm_call(vm, value_from_object(vm->t_float), &v, 1, VAL_EMPTY);
    if (value_is_error(f)) {
        if (vm_exception_matches(vm, vm->e_TypeError)) {
            vm_take_exception(vm);
            vm_raise(vm, vm->e_TypeError, "must be real number, not %s", value_type_name(vm, v));
        }
        return -1;
    }
    *out = float_value(f);
    return 0;
}

static CoilValue f_rect(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    if (args_count(vm, "rect", nargs, 2, 2) < 0) return VAL_ERROR;
    double r, phi;
    if (arg_real(vm, args[0], &r) < 0 || arg_real(vm, args[1], &phi) < 0) return VAL_ERROR;
    if (isfinite(r) && isfinite(phi)) {
        if (r == 0.) return complex_new_value(vm, r, r * phi); /* signed zeros */
        return complex_new_value(vm, r * cos(phi), r * sin(phi));
    }
    if (isinf(r) && isfinite(phi) && phi != 0.) {
        double re = r > 0 ? copysign(INFINITY, cos(phi)) : -copysign(INFINITY, cos(phi));
        double im = r > 0 ? copysign(INFINITY, sin(phi)) : -copysign(INFINITY, sin(phi));
        return complex_new_value(vm, re, im);
    }
    if (isinf(r) && isinf(phi)) return vm_raise(vm, vm->e_ValueError, "math domain error");
    Cz c = from_c99(r * cexp(make_c99(0., phi)));
    if (isnan(phi) && r == 0.) c = (Cz){0., 0.};
    if (isinf(r) && phi == 0.) c = (Cz){r, phi * (r > 0 ? 1. : -1.)};
    return complex_new_value(vm, c.re, c.im);
}

static CoilValue test(CoilVM *vm, const char *name, const CoilValue *args, size_t nargs, int which)
{
    if (args_count(vm, name, nargs, 1, 1) < 0) return VAL_ERROR;
    Cz z;
    if (arg_complex(vm, args[0], &z) < 0) return VAL_ERROR;
    switch (which) {
    case 0: return value_from_bool(isfinite(z.re) && isfinite(z.im));
    case 1: return value_from_bool(isinf(z.re) || isinf(z.im));
    default: return value_from_bool(isnan(z.re) || isnan(z.im));
    }
}

static CoilValue f_isfinite(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return test(vm, "isfinite", args, nargs, 0);
}
static CoilValue f_isinf(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return test(vm, "isinf", args, nargs, 1);
}
static CoilValue f_isnan(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    (void)kw;
    return test(vm, "isnan", args, nargs, 2);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
static CoilValue f_isclose(CoilVM *vm, const CoilValue *args, size_t nargs, CoilValue kw)
{
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    CoilValue a[4] = {VAL_EMPTY, VAL_EMPTY, VAL_EMPTY, VAL_EMPTY};
    if (args_parse(vm, "isclose", args, nargs, kw, names, 4, 2, 2, a) < 0) return VAL_ERROR;
    Cz x, y;
    double rel = 1e-09, abs_tol = 0.0;
    if (arg_complex(vm, a[0], &x) < 0 || arg_complex(vm, a[1], &y) < 0) return VAL_ERROR;
    if (a[2] != VAL_EMPTY && arg_real(vm, a[2], &rel) < 0) return VAL_ERROR;
    if (a[3] != VAL_EMPTY && arg_real(vm, a[3], &abs_tol) < 0) return VAL_ERROR;
    if (rel < 0.0 || abs_tol < 0.0) return vm_raise(vm, vm->e_ValueError, "tolerances must be non-negative");
    if (x.re == y.re && x.im == y.im) return VAL_TRUE;
    if (isinf(x.re) || isinf(x.im) || isinf(y.re) || isinf(y.im)) return VAL_FALSE;
    double diff = hypot(x.re - y.re, x.im - y.im);
    return value_from_bool((diff <= rel * hypot(y.re, y.im)) || (diff <= rel * hypot(x.re, x.im)) || diff <= abs_tol);
}

static const CoilMethodDef cmath_functions[] = {
    {"sqrt", f_sqrt, 0},   {"exp", f_exp, 0},       {"log", f_log, 0},         {"log10", f_log10, 0},
    {"sin", f_sin, 0},     {"cos", f_cos, 0},       {"tan", f_tan, 0},         {"asin", f_asin, 0},
    {"acos", f_acos, 0},   {"atan", f_atan, 0},     {"sinh", f_sinh, 0},       {"cosh", f_cosh, 0},
    {"tanh", f_tanh, 0},   {"asinh", f_asinh, 0},   {"acosh", f_acosh, 0},     {"atanh", f_atanh, 0},
    {"phase", f_phase, 0}, {"polar", f_polar, 0},   {"rect", f_rect, 0},       {"isfinite", f_isfinite, 0},
    {"isinf", f_isinf, 0}, {"isnan", f_isnan, 0},   {"isclose", f_isclose, METH_KEYWORDS},
    {NULL, NULL, 0}};

CoilValue mod_cmath_create(CoilVM *vm)
{
    CoilValue m = module_new_native(vm, "cmath", cmath_functions);
    if (value_is_error(m)) return m;
    GC_ROOT(vm, m);
    bool ok = module_set(vm, m, "pi", value_from_double(PI)) == 0 &&
              module_set(vm, m, "e", value_from_double(E_)) == 0 &&
              module_set(vm, m, "tau", value_from_double(2 * PI)) == 0 &&
              module_set(vm, m, "inf", value_from_double(INFINITY)) == 0 &&
              module_set(vm, m, "nan", value_from_double(NAN)) == 0 &&
              module_set(vm, m, "infj", complex_new_value(vm, 0., INFINITY)) == 0 &&
              module_set(vm, m, "nanj", complex_new_value(vm, 0., NAN)) == 0;
    GC_UNROOT(vm, 1);
    return ok ? m : VAL_ERROR;
}
