# collections.Counter: counting, most_common order, elements, update and
# subtract, arithmetic and set operations, repr.
from collections import Counter
c = Counter("mississippi")
print(c, c.most_common(2), c.most_common(0), c["z"], c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("ss")
c.update({"m": 5})
c.subtract({"i": 4})
print(c)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], len(wc))
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, -Counter(a=-2, b=3), +Counter(a=-2, b=3))
print(Counter(), Counter(x=1) == Counter(x=1, y=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
x = Counter(a=5)
x += Counter(a=-7, b=1)
print(x)
x -= Counter(b=1)
print(x, dict(Counter("aab")))
del x["a"]
del x["never-there"]
print(x)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
