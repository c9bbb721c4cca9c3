# global and nonlocal declarations.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_new_global():
    global created_later
    created_later = "hello"
make_new_global()
print(created_later)
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n
print(outer())
def make_counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
def three_levels():
    x = "L1"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print(three_levels())
g = "global"
def shadow():
    g = "local"
    return g
print(shadow(), g)
def read_global():
    return g.upper()
print(read_global())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    g = 1
unbound()
