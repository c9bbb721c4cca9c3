# Dicts preserve insertion order.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
print(dict(b=1, a=2), dict([("y", 1), ("x", 2)]), dict({"q": 1}, r=2))
print({3: "c", 1: "a", 2: "b"})
print(list(reversed(d)), list(reversed(d.items())))
