# capture names are ordinary bindings: locals, cells, globals, class attributes
def local_binding(v):
    match v:
        case [a, b]:
            pass
        case _:
            a = b = None
    return a, b
print(local_binding([1, 2]), local_binding(3))

def closure(v):
    match v:
        case {"f": f}:
            pass
        case f:
            pass
    return lambda: f
print(closure({"f": 1})(), closure(2)())

g = None
def set_global(v):
    global g
    match v:
        case (g, _):
            pass
set_global((5, 6))
print(g)

class K:
    match 7:
        case seven:
            pass
    other = seven * 2
print(K.seven, K.other)

def unbound(v):
    match v:
        case [x]:
            pass
    return x
print(unbound([9]))
try:
    unbound(1)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# generators and comprehensions around match
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str(s):
                yield s.upper()
            case _:
                yield "?"
print(list(gen([("a", 1), "b", 3])))
print([(lambda v: v)(y) for y in range(3) if (lambda y: True)(y)])

# async: await in the subject and in the guard
import asyncio
async def value(x):
    await asyncio.sleep(0)
    return x
async def main():
    match await value([1, 2, 3]):
        case [first, *rest] if await value(True):
            print("async", first, rest)
asyncio.run(main())

# a failed guard leaves the names bound (as CPython does)
def guard(v):
    match v:
        case [a, *rest] if len(rest) > 5:
            return "long"
        case _:
            return ("fallback", a, rest)
print(guard([1, 2]))
