# Comparison operators on numbers, strings and sequences.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([] == [], [] == (), {} == {}, None == 0)
print(1 == True, 0 == False, 2 == True)
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(-0.0 == 0.0, 1e308 * 10 > 10 ** 400)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
