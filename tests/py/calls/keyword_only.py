# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
def g(*args, sep=" "):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="-"))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, 2, b=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
