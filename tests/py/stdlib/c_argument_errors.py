# Stdlib functions that CPython writes in C report argument errors in the
# words of CPython's C argument parsers (itertools, functools, operator, deque).
import itertools, functools, operator, collections
calls = ["itertools.repeat()", "itertools.repeat(1,2,3)", "itertools.count(1,2,3)", "itertools.cycle()", "itertools.chain(1)", "itertools.islice([1])", "itertools.product(x=1)", "itertools.permutations()", "itertools.combinations([1])", "itertools.accumulate()", "itertools.groupby()", "itertools.starmap(len)", "itertools.takewhile(len)", "itertools.dropwhile()", "itertools.tee()", "itertools.compress([1])", "itertools.filterfalse(len)", "itertools.pairwise()",
"functools.reduce(len)", "functools.reduce()", "functools.partial()", "functools.cmp_to_key()", "functools.lru_cache(1,2)",
"operator.add(1)", "operator.itemgetter()", "operator.attrgetter()", "operator.methodcaller()", "operator.neg()", "operator.getitem([1])", "operator.not_()",
"collections.deque(1,2,3)", "collections.deque([], 1, 2)", "collections.Counter(1,2)", "collections.defaultdict(1)", "collections.namedtuple('A')",
"collections.deque().append()", "collections.deque().rotate(1,2)", "collections.deque().extend()", "collections.Counter().most_common(1,2)", "collections.OrderedDict().move_to_end()",
"itertools.count(start=0, stepx=1)", "list(itertools.islice([1,2], 'a'))", "list(itertools.islice([1,2], -1))", "list(itertools.combinations([1], -1))", "list(itertools.accumulate([1], x=1))", 
]
for c in calls:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

for n in sorted(dir(operator)):
    f = getattr(operator, n)
    if not callable(f) or n.startswith('_') or isinstance(f, type) or n == 'call': continue
    for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)]:
        try:
            f(*args)
        except TypeError as e:
            if 'argument' in str(e) and n not in ('countOf', 'indexOf', 'call'): print(n, len(args), e)
        except Exception:
            pass
    try: f(x=1)
    except TypeError as e: print(n, 'kw', e)
