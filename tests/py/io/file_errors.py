# open() and file-method errors, worded as CPython's.
import io, os
def t(fn):
    try:
        r = fn()
        print(repr(r) if not hasattr(r, 'close') else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
d = "_scratch_file_errors"
os.mkdir(d)
p = d + "/f.txt"
try:
    with open(p, "w") as f:
        f.write("hi\n")
    f = open(p); f.close()
    for fn in (lambda: f.read(), lambda: f.write('x'), lambda: f.readline(), lambda: iter(f),
               lambda: f.tell(), lambda: f.fileno(), lambda: f.readable(), lambda: f.flush(),
               lambda: f.close(), lambda: f.closed, lambda: f.__enter__(), lambda: next(f)):
        t(fn)
    f = open(p, 'rb'); f.close()
    for fn in (lambda: f.read(), lambda: f.readline(), lambda: f.tell(), lambda: f.flush(),
               lambda: f.seek(0), lambda: f.readable()):
        t(fn)
    f = open(p, 'wb'); f.close()
    t(lambda: f.write(b'x'))
    f = open(p)
    t(lambda: f.write('x')); t(lambda: f.seek(1, 1)); t(lambda: f.seek(0, 2)); t(lambda: f.seek(-1))
    t(lambda: f.seek(1, 5)); t(lambda: f.read('a'))
    f.close()
    f = open(p, 'w')
    t(lambda: f.read()); t(lambda: f.write(b'x')); t(lambda: f.write(5)); t(lambda: f.readline())
    f.close()
    f = open(p, 'wb')
    t(lambda: f.read()); t(lambda: f.write('x'))
    f.close()
    f = open(p, 'rb')
    t(lambda: f.write(b'x'))
    f.close()
    for args, kw in [(('rw',), {}), (('q',), {}), (('rbt',), {}), (('',), {}), (('rb',), {'encoding': 'utf-8'}),
                     (('rb',), {'newline': ''}), ((), {'newline': 'x'}), ((), {'encoding': 'bogus'}),
                     ((), {'encoding': 5}), (('x',), {}), (('rr',), {})]:
        t(lambda: open(p, *args, **kw))
    t(lambda: open(d + '/nope'))
    t(lambda: open(d))
    t(lambda: open(3.5))
    t(lambda: open(d + '/nope/x', 'w'))
    try:
        open(p).write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', isinstance(e, OSError), isinstance(e, ValueError), e)
    print(io.UnsupportedOperation.__mro__)
    with open(p, "wb") as f:
        f.write(b"\xff\xfe ok\n")
    t(lambda: open(p).read())
    t(lambda: open(p, encoding='ascii').read())
finally:
    os.remove(p)
    os.rmdir(d)
