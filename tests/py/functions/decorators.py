# Function decorators: simple, with arguments, stacked, functools.wraps.
import functools
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("world"))
def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    """Ping docstring."""
    return "ping"
print(ping(), ping.__name__, ping.__doc__)
order = []
def mark(label):
    def deco(f):
        order.append(label)
        def w():
            return label + "(" + f() + ")"
        return w
    return deco
@mark("outer")
@mark("inner")
def base():
    return "base"
print(base(), order)
calls = {}
def counted(f):
    def w(*a):
        calls[f.__name__] = calls.get(f.__name__, 0) + 1
        return f(*a)
    return w
@counted
def sq(x):
    return x * x
print([sq(i) for i in range(4)], calls)
registry = []
@registry.append
def registered():
    pass
print(len(registry), registry[0].__name__)
@(lambda f: lambda: f() * 2)
def twice():
    return 21
print(twice())
