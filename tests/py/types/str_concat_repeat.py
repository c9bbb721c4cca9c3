# Concatenation, repetition and membership.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print("" + "", "x" * 1, ("ab" + "c") * 2)
print("oo" in a, "ob" in a + b, "" in a, "x" not in a)
s = ""
for i in range(5):
    s += str(i)
print(s)
print("-".join(["a"] * 4))
try:
    "a" + 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
