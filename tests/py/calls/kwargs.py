# **kwargs collects extra keyword arguments into a dict.
def show(**kw):
    return kw

print(show(), show(a=1), show(b=2, a=1))
def mixed(x, *args, y=0, **kw):
    return x, args, y, kw
print(mixed(1))
print(mixed(1, 2, 3, y=4, z=5, w=6))
print(mixed(x=9, q=1))
opts = {"y": 7, "extra": True}
print(mixed(0, **opts))
print(mixed(0, **opts, more=1))
def pass_through(*args, **kwargs):
    return mixed(*args, **kwargs)
print(pass_through(1, 2, y=3, k="v"))
print(type(show()).__name__)
