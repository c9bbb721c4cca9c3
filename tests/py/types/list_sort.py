# sort with key and reverse, sorted() copies.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([-3, 1, -2, 4], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(a.sort() is None)
b = [3, 1, 2]
c = sorted(b)
print(b, c)
print(sorted("hello"), sorted({3: 0, 1: 0, 2: 0}), sorted((2.5, 1, 2)))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
