# __iadd__/__imul__/__ior__ slot wrappers of built-in types, reached directly and via super() in subclasses
x = bytearray(b'ab')
print(x.__iadd__(b'c'), x, x.__imul__(2), x)
l = [1]
print(l.__iadd__([2]), l.__imul__(2), l)
class L(list):
    def __iadd__(self, other):
        print('iadd', other)
        return super().__iadd__(other)
m = L([1]); m += [2]; print(m, type(m).__name__)
class BA(bytearray):
    def __iadd__(self, other):
        return super().__iadd__(other.upper())
y = BA(b'a'); y += b'bc'; print(y)
for f in [lambda: x.__iadd__('s'), lambda: bytearray.__iadd__(x), lambda: l.__iadd__(5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s = {1}; print(s.__ior__({2}), s)
