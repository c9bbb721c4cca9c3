# Everyday uses: copies, json default=str, dataclass fields, f-string formats,
# sums and sorting, a datetime subclass through arithmetic and now().
import copy, json, dataclasses
from datetime import datetime, date, timedelta, timezone, time
d = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc)
print(copy.deepcopy({"d": d, "t": timedelta(3)}), copy.copy(date(2020, 1, 1)))
print(json.dumps({"d": d, "dd": date(2020, 1, 1)}, default=str))
@dataclasses.dataclass
class Ev:
    when: datetime
    dur: timedelta = timedelta(minutes=5)
e = Ev(datetime(2020, 1, 1))
print(e, dataclasses.asdict(e))
print(f"{timedelta(hours=1)}", f"{d:%H:%M:%S.%f %z}", f"{date(2020, 1, 1):%A}", "{:%Y}".format(d))
print(sorted([timedelta(1), timedelta(-1), timedelta(0)]), sum([timedelta(1), timedelta(2)], timedelta()))
print(d.isoformat(timespec="seconds"), datetime.fromisoformat(d.isoformat()) == d)
print(str(time(23, 59, 59, 999999)), repr(date.fromordinal(date(2020, 1, 1).toordinal())))
print(isinstance(d, date), issubclass(datetime, date), datetime.__mro__)
print(type(d).__name__, type(d).__module__, datetime.__qualname__, timedelta.__module__)
print(d.date() == date(2024, 5, 6), d.timetz(), d.time())
print(max(d, datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5)))))
print(timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(divmod(timedelta(days=-1), timedelta(hours=7)))
print(round(timedelta(seconds=1.5).total_seconds()), abs(timedelta(-1, 5)))
x = {date(2020, 1, 1): "a"}; print(x[date(2020, 1, 1)])
print(repr(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5), "X"))))
class MyDT(datetime):
    def hello(self): return "hi " + self.isoformat()
m = MyDT(2020, 1, 2)
print(type(m + timedelta(1)).__name__, (m + timedelta(1)).hello(), type(MyDT.now()).__name__, repr(m))
