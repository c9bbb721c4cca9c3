# collections.deque: both ends, maxlen, rotate, indexing, reprs, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend("ab")
d.extendleft([8, 9])
print(d, d.count(2), d.index("a"), 3 in d, "z" in d)
d.remove("a")
d.insert(1, "ins")
d[0] = "first"
del d[-1]
print(d, list(reversed(d)))
d.reverse()
print(d, d.copy(), d == d.copy(), d == [1], deque([1, 2]) < deque([1, 3]))
r = deque(maxlen=3)
for i in range(6):
    r.append(i)
print(r, r.maxlen)
r.appendleft(-1)
print(r)
r.extend([10, 11])
print(r, deque("abc", 2), deque(maxlen=0))
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total, q, deque([1]) + deque([2]), deque([1, 2]) * 2)
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).index(9),
          lambda: deque([1]).remove(9), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print(e)
