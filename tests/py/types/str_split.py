# str.split with separators, maxsplit and None.
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".split(",", maxsplit=2))
print("  a  b   c  ".split())
print("  a  b   c  ".split(None, 1))
print("  a  b   c  ".split(" "))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "aXbXc".split("X", 0), "aXbXc".split("X", -1))
print("one<>two<>three".split("<>"))
print("a\tb\nc\r\nd".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
