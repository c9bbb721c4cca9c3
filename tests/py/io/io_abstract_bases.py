# io.IOBase/RawIOBase/BufferedIOBase/TextIOBase as bases for user streams
# and for isinstance checks; sys.stdout.buffer shares the text stream order.
import io, sys
class T(io.TextIOBase):
    pass
t = T()
for name in ("fileno", "write", "read", "seek", "truncate", "detach"):
    try:
        getattr(t, name)(*(["x"] if name == "write" else [0] if name in ("seek",) else []))
    except Exception as e:
        print(name, type(e).__name__, e)
print(t.readable(), t.writable(), t.seekable(), t.closed, t.encoding, t.errors, t.newlines, t.isatty())
t.close(); print(t.closed)
try:
    t.flush()
except Exception as e:
    print(type(e).__name__, e)
try:
    with t: pass
except ValueError as e:
    print("ValueError", e)

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def writable(self):
        return True
u = Upper()
print("hello", "world", file=u)
u.writelines(["a\n", "b\n"])
print(u.parts)

class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)
r = Lines(b"one\ntwo\nthree")
print(r.read(2), r.readline(), list(r))
print(Lines(b"abcdefgh").read())
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.RawIOBase))
print(issubclass(io.StringIO, io.IOBase), isinstance(3, io.IOBase))
with open(__file__) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f, io.TextIOWrapper))
with open(__file__, "rb") as f:
    print(isinstance(f, io.BufferedIOBase), isinstance(f, io.BufferedReader))
print("text then", flush=False)
sys.stdout.buffer.write(b"bytes in order\n")
print(sys.stdout.buffer.write(bytearray(b"bytearray\n")))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError", e)
sys.stdout.reconfigure(line_buffering=True, encoding="utf-8")
print(sys.stdout.line_buffering)
try:
    sys.stdout.reconfigure(encoding=5)
except TypeError as e:
    print("TypeError", e)
