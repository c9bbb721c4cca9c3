# Chained comparisons, membership, identity.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 5 > 4 > 4)
print(1 == 1 != 2, 1 == 1 == 2, 3 >= 3 <= 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
lst = [1, 2, 3]
print(2 in lst, 4 in lst, 4 not in lst, 2 not in lst)
print("ab" in "cabd", "x" not in "abc", 1 in {1: "a"}, "a" in {1: "a"})
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None)
print(1 in lst in [lst], 2 in lst is not None)
print(0 < x in range(10) not in [], x is x in [x])
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), "abc" < "abd" < "b")
print(x != 5 or x == 5 < 6)
