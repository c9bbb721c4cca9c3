# Call-site unpacking with * and **.
def f(a, b, c, d=0):
    return a + b * 10 + c * 100 + d * 1000

args = [1, 2, 3]
print(f(*args))
print(f(*args, 4))
print(f(*[1], *(2, 3)))
print(f(1, *[2], **{"c": 3, "d": 4}))
kw = {"a": 1, "b": 2, "c": 3}
print(f(**kw))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(*"123" and [1, 2, 3]))
print(f(*range(3)), f(*(x for x in [5, 6, 7])))
print(*[1, 2, 3], sep=", ")
print(max(*[3, 9, 2]))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
