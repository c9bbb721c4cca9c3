# keys/values/items views and their repr.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["c"] = 3
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("c", 3) in i)
print(list(k), list(v), list(i))
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}))
print({}.keys(), {}.values(), {}.items())
for key, val in d.items():
    print(key, val)
print(sorted(d.values(), reverse=True))
