# json.dumps: CPython's exact text for every option (indent, separators,
# sort_keys, ensure_ascii, allow_nan, skipkeys, default, cls).
import json
data = {"name": "Coil", "n": [1, 2.5, -3e20, 1e-7, True, False, None], "nested": {"b": 1, "a": [{}, []]},
        "uni": "h\u00e9llo \u2603 \U0001f600 \n\t\"q\"\\", 3: "int key", 1.5: "float key", None: 0, False: 1}
print(json.dumps(data))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]]], indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps([1, 2], separators=("; ", "=")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent="\t"))
print(json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]), json.dumps(10 ** 30), json.dumps(0.1 + 0.2))
print(json.dumps("\x00\x1f\x7f\u2028"), json.dumps("\x7f\u00ff", ensure_ascii=False), json.dumps(""), json.dumps([]), json.dumps({}))
print(json.dumps((1, (2,))), json.dumps({"k": (1,)}), json.dumps(True), json.dumps(None), json.dumps(-0.0), json.dumps(1e16))
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps({1: 1, True: 2}))
print(json.dumps({"s": {3, 1, 2}}, default=sorted), json.dumps(range(3), default=list))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {"set": sorted(o)}
        return super().default(o)


print(json.dumps({"x": {2, 1}}, cls=Encoder), Encoder(indent=1).encode([1]), json.JSONEncoder().encode("s"))
for bad, kw in ((set(), {}), ({(1, 2): 3}, {}), (object, {}), (float("nan"), {"allow_nan": False})):
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = [1]
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Out()
json.dump({"a": [1, 2]}, out, indent=1)
print("".join(out.parts))
