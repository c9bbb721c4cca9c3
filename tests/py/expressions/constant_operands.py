# Operators with a constant right operand (x + 1, n - 1, i += 1, x * 7,
# x // 3, x % 5, comparisons with constants) behave exactly as with a
# variable: dunder methods, floats, bools, big ints and error messages.

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
    def __add__(self, o):
        return V(("add", self.v, o))
    def __sub__(self, o):
        return V(("sub", self.v, o))
    def __mul__(self, o):
        return V(("mul", self.v, o))
    def __floordiv__(self, o):
        return V(("floordiv", self.v, o))
    def __mod__(self, o):
        return V(("mod", self.v, o))
    def __lt__(self, o):
        print("lt", self.v, o)
        return "yes" if self.v < o else ""
    def __eq__(self, o):
        print("eq", self.v, o)
        return self.v == o

class R:
    def __rsub__(self, o):
        return "rsub %r" % (o,)
    def __radd__(self, o):
        return "radd %r" % (o,)

class I:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(("iadd", o))
        return self
    def __isub__(self, o):
        self.log.append(("isub", o))
        return self

v = V(3)
print(v + 1, v - 1, v - -2, v * 7, v // 3, v % 5, v + 1.5, v * 0.5, v - 100000)

i = I()
i += 1
i -= 2
i += 300
print(i.log)

# ints, floats, bools, overflow into big ints
n = 2 ** 46
print(n + 1, n - 1, n * 7, n // 3, n % 5)
m = 2 ** 47 - 1
print(m + 1, -m - 1 - 1, m * 1000003, (m + 1) // 3, (-m) % 1000003)
x = 2.5
print(x + 1, x - 1, x * 7, x // 3, x % 5, x - 100000, x * 0.5)
print(True + 1, True - 1, False * 7, True // 1, True % 2)
t = True
t += 1
print(t)
f = -7
print(f // 3, f % 3, f // -3, f % -3, f % 1000003, f // 1000003)
g = 7.0
g -= 1
g += 1
print(g)

# comparisons used as conditions with constants of every kind
for a in (0, 1, 2999999, 3000000, 3000001, 2.5, float("nan"), "x", "y"):
    r = []
    if a == "x": r.append("=x")
    if a != "x": r.append("!=x")
    try:
        if a < 3000000: r.append("<3M")
        if a >= 3000000: r.append(">=3M")
        if a > 2.5: r.append(">2.5")
        if a <= 2.5: r.append("<=2.5")
    except TypeError as e:
        r.append(str(e))
    print(repr(a), r)
w = V(5)
if w < 3000000:
    print("V lt true")
if not w < 1.5:
    print("V lt false")
if w == "five":
    print("eq?")

# reflected operands and errors with the same texts
print(R() - 1 if False else 1 - R(), 1 + R())
def ops(a):
    return [lambda: a - 1, lambda: a + 1, lambda: a * 7, lambda: a // 3, lambda: a % 5,
            lambda: a < 3000000, lambda: a < 2.5, lambda: a - 100000]
for a in ("a", None, [], 1, 1.5):
    for fn in ops(a):
        try:
            print(fn())
        except TypeError as e:
            print("TypeError:", e)
for fn in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1.5 // 0, lambda: 1.5 % 0):
    try:
        print(fn())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print("%d items" % 3, "x" * 3, [1] * 3)

def countdown(n):
    while n > 0:
        n -= 1
    return n - 1

print(countdown(10))

def bad(n):
    return n - 1

print(bad(None))
