# enumerate with start, zip with unequal lengths.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-1)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), 100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10), "abcd")))
print(list(zip([1, 2, 3], "ab", strict=False)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
