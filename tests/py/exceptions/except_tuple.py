# except with a tuple of types and `as`.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    return "fine"

for k in range(5):
    try:
        print(risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print("arith/index:", type(e).__name__, e)
    except (KeyError, ValueError) as e:
        print("key/value:", type(e).__name__, e)
errors = (TypeError, ValueError)
try:
    int([])
except errors as e:
    print("dynamic tuple:", type(e).__name__)
