# timedelta: normalisation (ints and floats, half-even rounding), repr/str,
# arithmetic, comparisons, total_seconds, limits and errors.
from datetime import timedelta

cases = [timedelta(), timedelta(1), timedelta(seconds=-1), timedelta(hours=25, minutes=61),
         timedelta(microseconds=-1), timedelta(weeks=1, days=-8), timedelta(milliseconds=1.5),
         timedelta(days=0.5, seconds=0.25), timedelta(microseconds=0.5), timedelta(microseconds=1.5),
         timedelta(microseconds=-0.5), timedelta(days=-1.1), timedelta(seconds=1e-7),
         timedelta(minutes=0.1), timedelta(hours=-36.6), timedelta(days=2, microseconds=3)]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(days=1, hours=2)
b = timedelta(minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, b * -1.5)
print(a / b, a // b, a % b, divmod(a, b), a / 4, a // 7, a / 0.3, b / -2)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-7) // 2)
print(a > b, a == timedelta(hours=26), a != b, sorted([a, b, -b])[0], a == 5, bool(timedelta()))
print(len({timedelta(hours=24), timedelta(days=1), timedelta(seconds=86400)}))
print(timedelta.min, timedelta.max, repr(timedelta.resolution))
print(repr(timedelta.max), str(timedelta(days=-2, seconds=1)))
for f in (lambda: timedelta("1"), lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1),
          lambda: a / 0, lambda: a // timedelta(0), lambda: timedelta(seconds=float("nan"))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class TD(timedelta):
    pass
print(repr(TD(hours=1)), type(TD(1) + TD(2)).__name__)
print(timedelta(seconds=3661).total_seconds(), timedelta(days=1) * 1e-6)
