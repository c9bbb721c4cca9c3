# nonlocal through several levels and shadowing.
def outer():
    a = 1
    b = 1
    def mid():
        nonlocal a
        a = 2
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 10
            return a, b
        r = inner()
        return r, b
    r = mid()
    return r, a, b
print(outer())
def gen_ids():
    nxt = 0
    def new():
        nonlocal nxt
        nxt += 1
        return f"id{nxt}"
    def peek():
        return nxt
    return new, peek
new, peek = gen_ids()
print(new(), new(), peek())
