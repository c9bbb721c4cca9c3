# Starred assignment targets.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
first, *_, last = "abcdef"
print(first, last, _)
head, *tail = (9,)
print(head, tail)
[x, *y] = {"k": 1, "j": 2}
print(x, y)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2})
