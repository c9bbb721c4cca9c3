# Sized built-ins (str, list, dict, deque...) have no __bool__ (truth is
# len() != 0), range and the numbers do; range iterators have no len().
for v in ["a", b"", bytearray(), [], (), {}, set(), frozenset(), 0, 0.0, None, True, 1j, range(0)]:
    print(type(v).__name__, '__bool__' in dir(v), hasattr(v, '__bool__'), bool(v))
try:
    "a".__bool__()
except AttributeError as e:
    print(e)
class S(str): pass
class L(list):
    def __bool__(self): return True
print(bool(S("")), bool(S("x")), bool(L()), bool(L([1])), hasattr(S(), '__bool__'), L().__bool__())
import collections
print(hasattr(collections.deque(), '__bool__'), bool(collections.deque()))
print(len(iter(range(3))) if hasattr(iter(range(3)), '__len__') else 'nolen')
for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, range, int, type(None)):
    print(t.__name__, "__bool__" in t.__dict__, "__bool__" in dir(t))
try:
    len(iter(range(3)))
except TypeError as e:
    print(e)
import operator
print(operator.length_hint(iter(range(5))), operator.length_hint(iter(range(2**70, 2**70 + 3))))
