# **kwargs collection and merging.
def show(**kw):
    return sorted(kw.items())
print(show())
print(show(a=1, b=2))
print(show(**{"x": 9}, y=8))
def build(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append("%s=%r" % (k, v))
    return " ".join(parts)
print(build("div", id="main", cls="wide"))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", **opts)
def f(a, b):
    return a - b
print(f(**{"b": 1, "a": 10}))
try:
    f(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(e)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
