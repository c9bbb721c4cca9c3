# Suspended generators run their finally blocks / __exit__ when the script ends, in global-name order.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def counting(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", name)

def managed():
    with Res("r1"):
        yield "in with"

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit caught")
        raise

def plain():
    yield 1
    yield 2

a = counting("a")
next(a)
_hidden = counting("_hidden")
next(_hidden)
b = managed()
print(next(b))
c = catcher()
next(c)
p = plain()
next(p)
done = counting("done")
print(list(done))
fresh = counting("never started")
pipeline = (x * 2 for x in counting("inner"))
print(next(pipeline))
print("end of script")
