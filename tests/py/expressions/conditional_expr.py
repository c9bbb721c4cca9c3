# Conditional expressions.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
for n in (-5, 0, 7):
    print(n, sign(n))
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([i if i % 2 else -i for i in range(6)])
print((1, 2) if [] else (3, 4))
calls = []
def side(v):
    calls.append(v)
    return v
r = side("a") if side(True) else side("b")
print(r, calls)
print("yes" if "non-empty" else "no", "yes" if "" else "no")
f = (lambda v: "big") if x > 100 else (lambda v: "small")
print(f(0))
