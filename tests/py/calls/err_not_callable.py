# Calling non-callable objects.
for obj in [1, "s", [1], None, (1,), {"a": 1}, 2.5]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
x = 5
try:
    x(1, 2)
except TypeError as e:
    print(e)
