# cmath: the elementary functions on finite arguments (CPython's formulas,
# bit for bit), log with a base, polar/rect/phase, the tests, constants and
# the domain/range errors.
import cmath
for f in ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']:
    print(f, getattr(cmath,f)(1+2j), getattr(cmath,f)(-0.5+0.25j), getattr(cmath,f)(3), getattr(cmath, f)(-2.5-1e-3j))
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 1), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1j), cmath.isinf(complex('inf')), cmath.isnan(complex('nan')))
for bad in ['cmath.sqrt("x")', 'cmath.log(0)', 'cmath.exp(1000)', 'cmath.atanh(1)', 'cmath.cosh(1000)', 'cmath.log(1, 0)', 'cmath.sqrt(-4)', 'cmath.sqrt(complex("inf"))', 'cmath.exp(complex("nan"))', 'cmath.rect(float("inf"), 1)', 'cmath.sqrt(-0.0)', 'cmath.sqrt(complex(-0.0, -0.0))', 'cmath.log(-1)', 'cmath.polar(-1)', 'cmath.rect(0, 1)', 'cmath.rect(-1, 0)', 'cmath.isclose(1, 1.1, rel_tol=-1)', 'cmath.isclose(1, 1.05, abs_tol=0.1)', 'cmath.exp(1e-300j)', 'cmath.log(1e-320)', 'cmath.sqrt(1e-320+1e-320j)', 'cmath.atanh(1e200)', 'cmath.asinh(1e300)', 'cmath.acos(-1e300j)', 'cmath.tanh(800)', 'cmath.sinh(710+1j)', 'cmath.sqrt(True)', 'cmath.log10(100)', 'cmath.atan(1j)']:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
import random
random.seed(3)
acc = []
for f in ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']:
    for _ in range(25):
        s = random.choice([1e-300, 1e-3, 1, 3, 50, 1e200])
        z = complex(random.uniform(-1, 1) * s, random.uniform(-1, 1) * s)
        try:
            acc.append(repr(getattr(cmath, f)(z)))
        except (ValueError, OverflowError) as e:
            acc.append(type(e).__name__)
print(len(acc))
print("\n".join(acc))
