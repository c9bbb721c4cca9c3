# Conditional expressions and their laziness.
def side(msg, val):
    print("eval", msg)
    return val

for n in [0, 1, 2]:
    print("zero" if n == 0 else "one" if n == 1 else "many")
x = side("a", 1) if side("cond", True) else side("b", 2)
print(x)
y = side("a", 1) if side("cond", False) else side("b", 2)
print(y)
print((lambda v: "neg" if v < 0 else "nonneg")(-3))
print([("F" if s < 50 else "P") for s in [20, 70, 50]])
z = 5
z = z * 2 if z > 3 else z
print(z)
