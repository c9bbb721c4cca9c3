# Different hashable key types in one dict.
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", frozenset({1}): "fs", True: "bool"}
print(d)
print(d[1], d["1"], d[(1,)], d[None], d[2.5], d[frozenset([1])])
print(len(d), list(d.keys())[-1])
d2 = {}
d2[-1] = "a"
d2[-2] = "b"
d2[2 ** 100] = "big"
print(d2, d2[2 ** 100])
