# center/ljust/rjust/zfill.
for w in [0, 3, 8, 9]:
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6, "0"))
print("ab".center(5, "."), "ab".center(6, "."), "abc".center(6, "."))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
