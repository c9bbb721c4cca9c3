# pprint lays nested data out exactly as CPython 3.11: fits -> repr (dict keys
# sorted), otherwise broken per container type, with width/indent/depth/compact.
import pprint, collections, dataclasses, types
data = {'name': 'Widget', 'tags': ['a', 'b', 'c'] * 5, 'dims': {'w': 10, 'h': 20, 'd': [1.5, 2.5, {'x': (1, 2, 3)}]},
        'nested': [[i, i * i, str(i) * 3] for i in range(8)], 'z': None, 'b': b'\x00\x01' * 30, 'set': set(range(30)),
        'text': 'The quick brown fox jumps over the lazy dog. ' * 4, 'multi': 'line one\nline two is here\n' * 3}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, compact=True)
pprint.pprint(data, indent=4, depth=2)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(40))))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(tuple(range(30)))
pprint.pprint((['x' * 30],))
pprint.pprint({'k': frozenset('abcdefghijklmnopqrstuvwxyz')})
od = collections.OrderedDict((str(i), i) for i in range(15)); pprint.pprint(od)
dd = collections.defaultdict(list, {i: [i] * 5 for i in range(6)}); pprint.pprint(dd)
c = collections.Counter('the quick brown fox jumps over the lazy dog'); pprint.pprint(c)
dq = collections.deque(range(30), maxlen=50); pprint.pprint(dq)
pprint.pprint(collections.deque(['abc' * 5] * 6))
cm = collections.ChainMap({'a': 'x' * 40}, {'b': 'y' * 40}); pprint.pprint(cm)
@dataclasses.dataclass
class Pt:
    x: int
    y: list
    z: str = 'hello'
pprint.pprint(Pt(1, list(range(25)), 'w' * 30))
pprint.pprint([Pt(i, [i]) for i in range(4)])
ns = types.SimpleNamespace(a=1, b='x' * 50, c=list(range(20))); pprint.pprint(ns)
r = [1, 2]; r.append(r)
print(pprint.saferepr(r)[:10], pprint.isrecursive(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
pprint.pprint({3: 'c', 1: 'a', 'b': 2, (1, 2): None})
pprint.pprint({'x': 10**30}, underscore_numbers=True)
pprint.pprint('a' * 200)
pprint.pprint(['a' * 200])
pprint.pprint(bytearray(b'xyz' * 40))
pprint.pprint(types.MappingProxyType({'k' + str(i): i for i in range(12)}))
pprint.pprint(collections.UserList(range(40)))
pp = pprint.PrettyPrinter(indent=2, width=30); pp.pprint({'alpha': [1, 2, 3], 'beta': {'gamma': 'delta' * 3}})
print(pp.pformat([]), pp.isrecursive([]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
