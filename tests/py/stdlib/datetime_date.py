# date: construction checks, repr/str, ordinals, weekday/isocalendar,
# arithmetic with timedelta, comparisons, replace, iso formats, ctime/strftime.
from datetime import date, timedelta, datetime

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.ctime(), d.strftime("%Y/%m/%d %a %A %b %B %j %U %w %% %f"), format(d, "%d.%m.%y"), f"{d}")
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=-1) + d, d - date(2000, 1, 1))
print(d + timedelta(hours=47), d.replace(day=1), d.replace(year=2023, day=28))
print(date(2020, 1, 1) < d, d == date(2024, 2, 29), d != d, max(date(1, 1, 1), d), d == "x")
print(date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution)
for s in ("2021-03-04", "20210304", "2021-W10-4", "2021W104", "2021-W01", "2020-W53-7"):
    print(s, date.fromisoformat(s))
print(date.fromisocalendar(2021, 1, 1), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
for y in (1900, 2000, 2023, 2024):
    print(y, date(y, 3, 1) - date(y, 2, 1))
for f in (lambda: date(2020, 13, 1), lambda: date(0, 1, 1), lambda: date(2023, 2, 29),
          lambda: date(2020.0, 1, 1), lambda: date("2020", 1, 1), lambda: date(), lambda: date(2020),
          lambda: date(2020, 1), lambda: date.fromisoformat("2020-1-1"),
          lambda: date.fromisoformat(20200101), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date.fromordinal(0),
          lambda: date.fromisocalendar(2020, 54, 1), lambda: date.fromisocalendar(2020, 1, 8),
          lambda: d < datetime(2024, 1, 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}), date(2020, 1, 1) == datetime(2020, 1, 1))
print(d.timetuple())
