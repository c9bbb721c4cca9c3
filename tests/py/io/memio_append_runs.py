# StringIO/BytesIO: runs of appends mixed with seeks, reads, overwrites,
# padding and truncation (appends are buffered as parts internally).
import io
s = io.StringIO("abc")
s.write("XY"); print(repr(s.getvalue()), s.tell())
s.seek(0, 2); s.write("1"); s.write("2"); print(repr(s.getvalue()), s.tell())
s.seek(1); print(repr(s.read(2))); s.write("Q"); print(repr(s.getvalue()))
s.seek(10); s.write("Z"); print(repr(s.getvalue()))
s.truncate(4); s.write("k"); print(repr(s.getvalue()), s.tell())
b = io.BytesIO(); b.write(b"ab"); b.write(b"cd"); b.seek(1); print(b.read(), b.getvalue())
b.seek(0, 2); b.write(b"e"); print(b.getvalue(), len(b.getvalue()))
s2 = io.StringIO(); s2.write("a\nb\n"); s2.write("c"); s2.seek(0); print(s2.readlines())
