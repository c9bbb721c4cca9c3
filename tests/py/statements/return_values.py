# return forms.
def none_implicit():
    x = 1
def none_explicit():
    return
def single():
    return 42
def multiple():
    return 1, "two", [3]
def early(n):
    for i in range(10):
        if i == n:
            return "found %d" % i
    return "not found"
def nested_return(flag):
    if flag:
        if flag > 1:
            return "big"
        return "small"
    else:
        return "zero"
print(none_implicit(), none_explicit(), single())
print(multiple())
a, b, c = multiple()
print(a, b, c)
print(early(3), early(20))
print([nested_return(i) for i in range(3)])
def starred():
    rest = [2, 3]
    return 1, *rest
print(starred())
def loop_ret():
    while True:
        return "out of while"
print(loop_ret())
