# User subclasses of str and bytes: __new__, __str__/__repr__ overrides, methods return the base type
class Path(str):
    def __new__(cls, s):
        o = super().__new__(cls, s.upper())
        o.extra = 1
        return o
    def __repr__(self):
        return f"Path({str.__repr__(self)})"
p = Path("ab")
print(p, repr(p), p + "c", type(p + "c"), p.extra, p.__dict__, p.lower(), type(p.lower()), isinstance(p, str), p == "AB")
print(hash(p) == hash("AB"), {p: 1}["AB"], p[0], type(p[0]), len(p), str(p), type(str(p)), f"{p}", "%s" % p)
class Tag(str):
    def __str__(self):
        return "<" + str.__str__(self) + ">"
    def __len__(self):
        return 99
t = Tag("x")
print(t, str(t), repr(t), len(t), t.upper(), t + "y", "%s" % t, f"{t}", "-".join([t, t]), t == "x")
class B(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def shout(self):
        return self.upper()
b = B(b"xy")
b.tag = 'T'
print(b, repr(b), type(b + b"z"), b.decode(), b == b"xy", b.shout(), type(b.shout()), b.tag, isinstance(b, bytes), hash(b) == hash(b"xy"))
print(b[0], b[:1], type(b[:1]), len(b), bytes(b), type(bytes(b)), b'%s!' % b)
class B2(bytes):
    pass
print(B2(3), B2([65]), B2('é', 'utf-8'), repr(B2(b'q')), B2.fromhex('41'), type(B2.fromhex('41')))
class BB(bytes):
    def __str__(self):
        return 'BB!'
print(BB(b'q'), str(BB(b'q')), repr(BB(b'q')), BB(b'ab').hex(), BB(b'a') + BB(b'b'), type(BB(b'a') + BB(b'b')).__name__, BB(b'x') * 2)
class BA(bytearray):
    pass
y = BA(b'sub')
y.tag = 1
print(repr(y), y + b'x', type(y.upper()).__name__, isinstance(y, bytearray), y.tag, y.__dict__)
y.append(33)
print(y, len(y))
