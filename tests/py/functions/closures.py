# Closures capture variables, not values.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
print(c(), c(), c())
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late_binding())
def capture_after():
    def get():
        return value
    value = "assigned later"
    return get()
print(capture_after())
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner()
    return middle()
print(outer())
print(double.__closure__ is not None, len(double.__closure__))
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(100))
