# __call__, __getattr__, __setattr__ hooks.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.get_value(), d.get_x())
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Tracked:
    def __init__(self):
        object.__setattr__(self, "changes", [])
    def __setattr__(self, name, value):
        self.changes.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.a = 1
t.b = 2
t.a = 3
print(t.changes, t.a)
class Plain:
    pass
try:
    Plain().missing
except AttributeError as e:
    print(e)
