# Comparisons involving big integers and floats.
big = 2 ** 100
print(big == 2 ** 100, big != big + 1, big < big + 1, -big < big)
print(big == float(big), big + 1 == float(big), big + 1 > float(big))
print(big > 1e29, big < 1e31, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(max(big, 3, -big), min(big, 3, -big))
print(sorted([big, -big, 0, big - 1, 5]))
print(hash(big) == hash(2 ** 100))
print(big in [2 ** 100], big in {2 ** 100: 1})
