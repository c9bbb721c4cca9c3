# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), show(5))
def none_default(a, b=None):
    if b is None:
        b = a * 2
    return a, b
print(none_default(1), none_default(1, 0))
print(greet.__defaults__)
