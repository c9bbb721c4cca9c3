# UserList: a list wrapper meant for subclassing
from collections import UserList
import collections.abc as cabc

u = UserList([3, 1, 2])
print(u, len(u), u[0], u[1:], type(u[1:]).__name__, 2 in u)
u.append(5); u.insert(0, 9); u.extend(UserList([7])); u.extend((8,))
print(u, u.pop(), u.pop(0), u)
u.sort(); print(u)
u.sort(key=lambda x: -x); print(u)
u.reverse(); print(u, u.index(3), u.count(1))
u[0] = 10; del u[1]; print(u)
print(u + [1], [1] + u, u + UserList([0]), u + (4,), (4,) + u if False else None)
print(type(u + [1]).__name__, type([1] + u).__name__)
print(u * 2, 2 * u)
v = UserList(u); v += [0]; v *= 2; print(v, u)
print(u == [10, 3, 5], u < [11], u >= UserList([10]), u != u.data)
print(isinstance(u, cabc.MutableSequence), UserList(), UserList('abc'), UserList(range(3)))
c = u.copy(); c.append(1); print(c, u, type(c).__name__)
u.remove(3); print(u); u.clear(); print(u)
try:
    u.remove(99)
except ValueError as e:
    print('ValueError', e)
try:
    hash(u)
except TypeError as e:
    print('TypeError', e)
class Stack(UserList):
    def push(self, x): self.append(x)
s = Stack([1]); s.push(2)
print(s, type(s[:]).__name__, list(reversed(s)), sum(s))
