# __repr__, __str__, __format__ and default reprs of builtins.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Fmt:
    def __format__(self, spec):
        return "Fmt[%s]" % spec
b, r = Both(), OnlyRepr()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(r, str(r), [r])
print(f"{b} {b!r} {r}")
print(format(Fmt(), "xyz"), f"{Fmt():>10}", "{:abc}".format(Fmt()))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(repr([1, "a", None, 2.5, True]), str([1, "a"]))
print(repr(()), repr((1,)), repr({}), repr(set()), repr(frozenset()))
print(repr(b"\x00ab"), repr(bytearray(b"z")), repr(range(3)), repr(range(1, 5, 2)))
print(str(1e100), str(-0.5), repr(float("inf")), str(10 ** 20))
print(type(b), type(int), type(type))
