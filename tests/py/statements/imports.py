# import forms with stdlib modules.
import math
import os.path
import os.path as osp
import collections, itertools as it
from math import (sqrt as square_root, pi,
                  floor)
from collections import OrderedDict, namedtuple as nt
from functools import reduce
import collections.abc
print(math.sqrt(16), square_root(25), floor(pi * 100))
print(os.path.join("a", "b", "c.txt"), osp.basename("/x/y/z.py"), osp.splitext("f.tar.gz"))
print(osp is os.path, os.path.dirname("/one/two/three"))
c = collections.Counter("mississippi")
print(sorted(c.items()), c.most_common(1))
print(list(it.islice(it.count(5), 3)), list(it.chain([1], [2, 3])))
Point = nt("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict())
od = OrderedDict([("b", 1), ("a", 2)])
print(list(od), reduce(lambda a, b: a * b, range(1, 6)))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Sequence))
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dict(dd), math.gcd(12, 18), math.factorial(10), math.inf > 10 ** 100)
import math as m2
print(m2 is math, math.__name__, os.path.join.__name__)
