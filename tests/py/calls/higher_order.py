# Functions as first-class values.
def apply(f, *args):
    return f(*args)
def twice(f):
    return lambda x: f(f(x))
def inc(x):
    return x + 1
print(apply(inc, 1), apply(max, 3, 9, 2), twice(inc)(5), twice(twice(inc))(0))
pipeline = [inc, lambda x: x * 2, str, len]
v = 49
for fn in pipeline:
    v = fn(v)
print(v)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, inc, abs)(-7))
table = {"inc": inc, "neg": lambda x: -x}
print({k: f(10) for k, f in table.items()})
print(inc.__name__, apply.__name__, callable(inc))
