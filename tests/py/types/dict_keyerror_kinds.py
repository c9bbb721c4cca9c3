# KeyError text for various key types.
d = {}
for key in ["x", 1, (1, 2), None, 2.5, "it's", ""]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except TypeError as e:
    print(type(e).__name__, e)
