# Closures capture variables, not values.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(n):
    return lambda x: x * n
doubles, triples = make(2), make(3)
print(doubles(5), triples(5))
def outer():
    v = "before"
    def get():
        return v
    v = "after"
    return get
print(outer()())
def adders():
    return [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in adders()])
