# Closures with nonlocal counters.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = make_acc()
acc("a")
print(acc("b"))
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner
    f = middle()
    f()
    f()
    return x
print(outer())
