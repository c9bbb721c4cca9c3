# Strings are immutable.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = s
s += "d"
print(s, t)
print(s.upper(), s)
print(list(s), tuple(s), sorted("cba"), "".join(reversed(s)))
