# Generators driven by `for` loops (which the interpreter resumes inside its
# own dispatch loop): values, return values, exceptions raised inside and
# through the loop, PEP 479, break then next(), handled exceptions across
# yields, finally blocks, a generator re-entered while running, and the
# traceback of an uncaught error raised inside one.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def double(it):
    for x in it:
        yield 2 * x


print([x for x in double(count(4))])
total = 0
for x in double(double(count(10))):
    total += x
print(total)


def fails(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i


try:
    for x in double(fails(5)):
        print("got", x)
except ValueError as e:
    print("ValueError:", e)


def leaks_stop():
    yield 1
    raise StopIteration("inner")


try:
    for x in leaks_stop():
        print("leak", x)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

g = count(6)
for x in g:
    if x == 2:
        break
print("after break", next(g), list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)


def handled():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield "in except: " + repr(e)
        yield "still: " + repr(e)
    try:
        yield "after"
    finally:
        print("finally ran")


for s in handled():
    print(s)


def reenter():
    yield 1
    yield next(me)


me = reenter()
try:
    for x in me:
        print("reenter", x)
except ValueError as e:
    print("ValueError:", e)


def tb_gen():
    yield 1
    1 / 0


def use():
    for x in tb_gen():
        pass


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closer()
for x in c:
    break
c.close()
print("state ok")
use_count = 0
for outer in count(3):
    for inner in count(outer):
        use_count += 1
print(use_count)
use()
