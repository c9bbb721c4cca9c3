# itertools: every tool (count, cycle, repeat, chain, islice, zip_longest,
# product, permutations, combinations, accumulate, groupby, takewhile,
# dropwhile, starmap, compress, filterfalse, pairwise, tee), reprs and errors.
import itertools as it
from itertools import *
print(list(islice(count(5), 3)), repr(count(5)), repr(count(1, 2)), repr(count(2.5)))
c = count(); next(c); print(c)
print(list(islice(cycle('abc'), 7)))
print(list(repeat('x', 3)), repeat('y', 2), repeat(1))
print(list(chain([1, 2], (3,), 'ab')), list(chain.from_iterable(['ab', 'cd'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
for bad in [(-1,), (1, -1), (0, 5, 0)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print(e)
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in list(groupby('aabbb'))])
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print(list(pairwise('ABCDE')), list(pairwise('A')))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter('abcd'), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(isinstance(chain(), chain), type(count()).__name__, tee('a', 0))
print(sum(1 for _ in product(range(10), repeat=3)))
try:
    combinations('abc', -1)
except ValueError as e:
    print(e)
print(list(product()), list(permutations('ab', 3)), list(combinations('', 0)))
