# Default parameter values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 10
def uses_n(x=n):
    return x
n = 20
print(uses_n())
print(greet.__defaults__, uses_n.__defaults__)
def kwdef(*, a=1, b):
    return a, b
print(kwdef(b=2), kwdef.__kwdefaults__)
try:
    greet()
except TypeError as e:
    print(e)
