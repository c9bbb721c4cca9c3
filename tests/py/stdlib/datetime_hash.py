# hash() of timedelta/date/time/datetime/timezone values equals CPython's (so
# sets and dicts of them iterate in the same order); aware values hash by UTC.
from datetime import date, time, datetime, timedelta, timezone
tz = timezone(timedelta(hours=3))
items = [date(2020, 1, 1), date(1, 1, 1), date(9999, 12, 31), time(), time(12, 30, 1, 5), time(1, tzinfo=tz),
         time(1, fold=1), datetime(2020, 5, 6, 7, 8, 9, 10), datetime(2020, 5, 6, tzinfo=tz),
         datetime(2020, 5, 6, tzinfo=timezone.utc), datetime(2020, 5, 6, fold=1), timedelta(1, 2, 3),
         timezone.utc, tz, timedelta(0)]
for x in items:
    print(repr(x), hash(x))
print({date(2020, 1, d) for d in range(1, 10)})
print(hash(datetime(2020, 5, 6, 3, tzinfo=tz)) == hash(datetime(2020, 5, 6, tzinfo=timezone.utc)))
