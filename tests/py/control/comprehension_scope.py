# Comprehension variables do not leak; they see enclosing names.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
gen = {y for y in range(3)}
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
factor = 10
print([n * factor for n in range(3)])
def make():
    base = 5
    return [base + i for i in range(3)]
print(make())
print({k: k for k in "ab"})
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
