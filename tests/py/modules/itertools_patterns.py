# itertools in typical idioms: lazy pipelines, infinite iterators cut by
# islice/takewhile, grouping sorted records, flattening, windows.
from itertools import (count, cycle, repeat, chain, islice, groupby, takewhile,
                       accumulate, product, permutations, combinations, zip_longest,
                       starmap, tee, pairwise, dropwhile, filterfalse, compress)
import operator

evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)), list(takewhile(lambda x: x < 20, (n * n for n in count(1)))))
print(list(zip("abc", cycle([0, 1]))), list(map(pow, range(5), repeat(2))))
records = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("veg", "leek"), ("nut", "pecan")]
for kind, items in groupby(sorted(records), key=operator.itemgetter(0)):
    print(kind, [name for _, name in items])
print(list(chain.from_iterable([[1, 2], [], [3]])), list(chain()))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate(range(1, 6), operator.mul)))
print(["".join(p) for p in product("ab", repeat=2)], len(list(permutations(range(5), 3))), len(list(combinations(range(10), 4))))
print(list(zip_longest([1, 2, 3], "ab")), list(starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
it1, it2 = tee(iter(range(4)))
next(it2)
print(list(map(operator.sub, it2, it1)), [b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(dropwhile(str.isspace, "   text")), list(filterfalse(str.isdigit, "a1b2")), list(compress(range(6), cycle([1, 0]))))
c = count(10, 5)
print(next(c), next(c), c, count(0.5, 0.25), repeat("x", 2))
g = groupby("aaab")
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
print(sum(1 for _ in islice(count(), 1000)), list(islice(count(), 0)), list(islice([1, 2, 3], None)))
