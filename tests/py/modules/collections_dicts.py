# collections.defaultdict and OrderedDict: default factories, reprs,
# move_to_end, popitem(last), order-sensitive equality.
from collections import defaultdict, OrderedDict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"].append(2)
dd["a"].append(3)
print(dd, dict(dd), dd["zz"], len(dd), isinstance(dd, dict), dd.default_factory)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()), counts.get("q"), "q" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
print(defaultdict(None, {1: 2}), defaultdict(int, a=1).copy())
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict.fromkeys("xyz", 0), OrderedDict([("k", 1)]) | {"j": 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
