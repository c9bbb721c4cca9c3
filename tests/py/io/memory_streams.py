# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(2)
s.write("XYZ")
print(repr(s.getvalue()))
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()))
with io.StringIO("ctx") as s2:
    print(s2.read())
print(s2.closed)
try:
    s2.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
print("via print", 1, 2, file=s)
print(repr(s.getvalue()))
b = io.BytesIO(b"xyz\n123")
print(b.read(2), b.readline(), b.read(), b.tell())
b.seek(-2, 2)
print(b.read())
b.write(b"++")
print(b.getvalue())
b.seek(0)
print(list(b))
try:
    b.write("s")
except TypeError as e:
    print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", "b", sep="-", end="!", file=w)
print(w.parts)
print(io.open is open, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
