# timezone: utc, fixed offsets with and without names, tzname/str/repr,
# aware arithmetic and comparisons, astimezone between fixed zones,
# fromtimestamp/timestamp with timezone.utc, custom tzinfo subclasses.
from datetime import datetime, timedelta, timezone, tzinfo, date, UTC

utc = timezone.utc
east = timezone(timedelta(hours=5, minutes=30))
west = timezone(-timedelta(hours=8), "PST")
odd = timezone(timedelta(seconds=3661, microseconds=5))
for tz in (utc, east, west, odd, timezone(timedelta(0)), timezone(timedelta(0), "Z"), timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(UTC is utc, timezone(timedelta(0)) is utc, east == timezone(timedelta(minutes=330)), len({utc, timezone(timedelta(0), "x")}))
d = datetime(2024, 3, 10, 12, 0, tzinfo=east)
print(repr(d), d, d.utcoffset(), d.tzname(), d.astimezone(utc), d.astimezone(west))
print(d.astimezone(west).isoformat(), d.timestamp(), d.strftime("%Y %z %Z"))
print(d == datetime(2024, 3, 10, 6, 30, tzinfo=utc), d - datetime(2024, 3, 10, tzinfo=west))
print(d == datetime(2024, 3, 10, 12, 0), d.replace(tzinfo=None), datetime(2024, 1, 1, tzinfo=odd))
for t in (0, 1.5, 1700000000, -1.25, 86399.9999994, 1e9 + 0.0000005):
    x = datetime.fromtimestamp(t, tz=utc)
    print(t, repr(x), x.timestamp(), datetime.utcfromtimestamp(t))
print(datetime.fromtimestamp(0, east), datetime(1970, 1, 1, tzinfo=utc).timestamp())
print(datetime(2000, 1, 1, tzinfo=utc).utctimetuple()[:6], d.utctimetuple()[:6])

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)
f = Fixed(-90, "M90")
x = datetime(2020, 6, 1, 10, tzinfo=f)
print(repr(x.utcoffset()), x.tzname(), x, x.astimezone(utc), utc.fromutc(datetime(2020, 1, 1, tzinfo=utc)))
print(x.astimezone(f) is x, datetime(2020, 6, 1, 11, 30, tzinfo=utc).astimezone(f))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
class Huge(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=24)
for fn in (lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 3),
           lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset(),
           lambda: datetime(2020, 1, 1, tzinfo=Huge()).utcoffset(),
           lambda: tzinfo().utcoffset(None), lambda: utc.utcoffset(5), lambda: utc.tzname(5), lambda: utc.fromutc(5),
           lambda: utc.fromutc(datetime(2020, 1, 1)),
           lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=utc),
           lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=utc)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
