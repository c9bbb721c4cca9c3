# str.join with various iterables.
print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]), "-".join("abc"), " ".join(("p", "q")))
print(", ".join(str(i) for i in range(5)))
print("|".join([]), "|".join(["only"]))
print("\n".join(["line1", "line2"]))
print(".".join(map(str, [192, 168, 0, 1])))
d = {"k1": 1, "k2": 2}
print("+".join(d))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
