# Stdlib classes standing for CPython's C types carry the module in their
# type name, as error messages show it ('datetime.date', 'collections.deque',
# 're.Match', 'itertools.count', 'functools.partial' ...), and raise without
# a frame of their own in tracebacks.
import collections
import datetime
import functools
import itertools
import operator
import re
import traceback

tests = [
    lambda: re.compile("a") + 1,
    lambda: len(re.match("a", "a")),
    lambda: hash(collections.deque()),
    lambda: datetime.date(2024, 1, 1) + 1,
    lambda: datetime.date(2024, 1, 1).foo,
    lambda: len(itertools.count()),
    lambda: functools.partial(len) + 1,
    lambda: operator.itemgetter(1) < 2,
    lambda: "a" + collections.OrderedDict(),
    lambda: datetime.timedelta(1) * "x",
    lambda: iter(operator.attrgetter("a")),
    lambda: datetime.datetime(2024, 1, 1) - 5,
    lambda: datetime.datetime(2024, 1, 1) - datetime.date(2024, 1, 1),
    lambda: re.compile("a").foo,
    lambda: datetime.timedelta(1) < 1,
    lambda: sorted([datetime.date(2024, 1, 1), 1]),
    lambda: int(datetime.date(2024, 1, 1)),
    lambda: datetime.date(2024, 1, 1).strftime(5),
    lambda: datetime.time(1).strftime(None),
    lambda: [1][collections.deque()],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


class Dq(collections.deque):
    pass


try:
    hash(Dq())
except TypeError as e:
    print(e)

for f in [lambda: datetime.date(2023, 2, 30), lambda: datetime.date(2024, 1, 1).replace(month=13),
          lambda: datetime.date.fromisoformat("2024/01/01"), lambda: re.match(r"(\d)", "1").group(3)]:
    try:
        f()
    except Exception:
        traceback.print_exc()
datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc) < datetime.datetime(2024, 1, 1)
