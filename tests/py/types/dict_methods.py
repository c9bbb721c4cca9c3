# get/setdefault/update/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0), d.get("a", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("d"), d)
d.update({"a": 10, "e": 5})
d.update([("f", 6)])
d.update(g=7)
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"])
c.clear()
print(c, len(c))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
f = dict.fromkeys([1, 2], [])
f[1].append("shared")
print(f)
print("a" in d, "zz" in d, 10 in d.values(), ("a", 10) in d.items())
