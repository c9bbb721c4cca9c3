# time: repr/str, isoformat/fromisoformat, replace, comparisons (naive and
# aware), strftime, utcoffset/tzname with a fixed timezone, errors.
from datetime import time, timezone, timedelta

t = time(12, 30)
print(repr(t), str(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), repr(time(1, fold=1)))
print(time(1, 2, 3, 400).isoformat(), time(1, 2, 3, 400).isoformat("milliseconds"), t.isoformat("hours"))
print(t.replace(minute=0), t.replace(tzinfo=timezone.utc), repr(t.replace(tzinfo=timezone.utc)))
print(t < time(13), t == time(12, 30, 0), t >= time(12, 30), bool(time()), t == 1)
tz = timezone(timedelta(hours=2))
a = time(14, 0, tzinfo=tz)
print(a, a.utcoffset(), a.tzname(), a.dst(), a == time(12, 0, tzinfo=timezone.utc), a < time(12, 1, tzinfo=timezone.utc))
print(t.utcoffset(), t.tzname(), t == a)
print(t.strftime("%H|%M|%S|%f|%p|%z|%Z"), a.strftime("%H:%M %z %Z"), f"{t:%I.%M}")
for s in ("12:30", "12:30:45", "12:30:45.5", "T12:30", "1230", "123045", "12:30:45+01:00", "12:30Z", "12"):
    print(s, repr(time.fromisoformat(s)))
for f in (lambda: time(24), lambda: time(0, -1), lambda: time(0, 0, 60), lambda: time(0, 0, 0, -1),
          lambda: time(fold=3), lambda: time(tzinfo="UTC"), lambda: time.fromisoformat("12:3"),
          lambda: time.fromisoformat(5), lambda: t < a, lambda: t.isoformat("nanos")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(time.min, time.max, time.resolution, hash(time(1)) == hash(time(1)))
