# datetime: repr/str, isoformat with timespec, fromisoformat, arithmetic,
# comparisons, replace, combine, date()/time(), timetuple, construction errors.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2023, 12, 31, 23, 59, 58, 999999)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" ", "milliseconds"))
for ts in ("hours", "minutes", "seconds", "microseconds", "auto"):
    print(ts, datetime(2020, 5, 6, 7, 8).isoformat(timespec=ts))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)))
print(dt + timedelta(microseconds=1), dt + timedelta(seconds=2), dt - timedelta(days=365, hours=24))
print(dt - datetime(2023, 1, 1), datetime(2023, 1, 1) - dt, (dt - datetime(2000, 1, 1)).total_seconds())
print(dt.date(), repr(dt.time()), dt.weekday(), dt.ctime(), dt.timetuple()[:9])
print(dt.replace(year=2024, microsecond=0), dt > datetime(2023, 1, 1), dt == dt.replace(), dt < dt)
print(datetime.combine(date(2020, 2, 3), time(4, 5, 6)), datetime.combine(date(2020, 2, 3), time(1), timezone.utc))
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %I %p %j"), f"{dt:%H:%M}", format(dt, ""))
for s in ("2021-03-04", "2021-03-04T05:06", "2021-03-04 05:06:07", "2021-03-04T05:06:07.123",
          "2021-03-04T05:06:07.1234567", "20210304T050607", "2021-03-04T05:06:07+02:00",
          "2021-03-04T05:06:07Z", "2021-03-04T05:06:07-0530"):
    print(s, "->", repr(datetime.fromisoformat(s)))
for f in (lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60),
          lambda: datetime(2020, 1, 1, 0, 0, 60), lambda: datetime(2020, 1, 1, 0, 0, 0, 10**6),
          lambda: datetime(2020, 1, 1, fold=2), lambda: datetime(2020, 1, 1, tzinfo=1),
          lambda: datetime.fromisoformat("2021-03-04T25:00"), lambda: datetime.fromisoformat("nope"),
          lambda: datetime.max + timedelta(microseconds=1), lambda: dt.isoformat(timespec="days"),
          lambda: dt < date(2020, 1, 1), lambda: datetime.fromisoformat("2021-03-04T"),
          lambda: dt.isoformat("ab")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(dt == date(2023, 12, 31), dt != date(2023, 12, 31), isinstance(dt, date))
print(datetime.min, datetime.max, datetime.resolution)
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 12), datetime(2019, 12, 31)]))
print(dt.toordinal(), datetime.fromordinal(738000), dt.isocalendar())
