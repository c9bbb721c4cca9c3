# chr, ord, hash of strs.
print(chr(65), chr(97), chr(48), chr(0x263A), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("z"), ord("\n"), ord("€"), ord("😀"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(hash("abc") == hash("abc"), hash("") == hash(""), hash(1) == hash(1))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
