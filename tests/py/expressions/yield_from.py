# yield from delegation, return value propagation, throw.
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from range(3, 5)
    yield from "ab"
print(list(outer()))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]], 6])))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def wrapper():
    result = yield from acc()
    yield "final %d" % result
w = wrapper()
next(w)
print(w.send(5), w.send(10), w.send(None))
def catcher():
    try:
        yield "ready"
    except ValueError as e:
        yield "caught %s" % e
def deleg():
    yield from catcher()
d = deleg()
print(next(d), d.throw(ValueError("boom")))
