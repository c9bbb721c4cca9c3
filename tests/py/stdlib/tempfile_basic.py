# tempfile: mkstemp, mkdtemp, gettempdir, NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile and TemporaryDirectory; names are checked by shape,
# never printed.
import os
import stat
import tempfile

d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), d == tempfile.gettempdir(), tempfile.tempdir == d)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.gettempdirb() == d.encode())
print(tempfile.TMP_MAX, tempfile.template)

with tempfile.TemporaryDirectory() as base:
    fd, path = tempfile.mkstemp(dir=base)
    name = os.path.basename(path)
    print(type(fd).__name__, os.path.dirname(path) == base, name.startswith('tmp'), len(name))
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    os.write(fd, b'data')
    os.close(fd)
    with open(path, 'rb') as f:
        print(f.read())

    fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base, text=True)
    name = os.path.basename(path)
    print(name.startswith('pre_'), name.endswith('.txt'), len(name))
    os.close(fd)

    rel = os.path.relpath(base)
    fd, path = tempfile.mkstemp(dir=rel)
    print(os.path.isabs(path))
    os.close(fd)

    sub = tempfile.mkdtemp(prefix='d_', suffix='_x', dir=base)
    print(os.path.isdir(sub), os.path.basename(sub).startswith('d_'), sub.endswith('_x'))
    print(oct(stat.S_IMODE(os.stat(sub).st_mode)))
    print(os.path.isabs(tempfile.mkdtemp(dir=rel)))

    m = tempfile.mktemp(dir=base)
    print(os.path.exists(m), os.path.dirname(m) == base)

    with tempfile.NamedTemporaryFile(dir=base) as f:
        print(f.name == f.file.name, os.path.exists(f.name), f.delete, f.mode)
        f.write(b'hello\nworld\n')
        f.seek(0)
        print(f.read(), f.closed)
        f.seek(0)
        print(list(f))
        kept = f.name
    print(os.path.exists(kept), f.closed)

    f = tempfile.NamedTemporaryFile('w+', suffix='.log', dir=base, delete=False)
    f.write('text\n')
    f.close()
    f.close()
    print(f.name.endswith('.log'), os.path.exists(f.name))
    with open(f.name) as g:
        print(repr(g.read()))
    os.unlink(f.name)

    f = tempfile.NamedTemporaryFile(mode='w', encoding='utf-8', dir=base)
    print(f.writable(), f.readable(), f.encoding)
    f.close()
    print(os.path.exists(f.name))

    with tempfile.TemporaryFile(dir=base) as f:
        print(type(f.name).__name__, f.name == f.fileno(), f.mode)
        f.write(b'abc')
        f.seek(0)
        print(f.read())
    with tempfile.TemporaryFile('w+', dir=base) as f:
        f.write('xyz')
        f.seek(0)
        print(f.read(), f.mode)
    print(sorted(os.listdir(base)) == sorted(os.listdir(base)), len([n for n in os.listdir(base) if os.path.isdir(os.path.join(base, n))]))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    s.write(b'12345')
    print(s._rolled, s.tell(), s.mode, s.name)
    s.write(b'678901')
    print(s._rolled, s.tell(), s.mode, type(s.name).__name__)
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(mode='w+', dir=base) as s:
        s.write('line1\nline2\n')
        s.seek(0)
        print(s.readlines(), s._rolled, s.encoding, s.mode)
        s.rollover()
        print(s._rolled)
        s.seek(0)
        print(s.read())

    t = tempfile.TemporaryDirectory(prefix='keep', dir=base)
    r = repr(t)
    print(r.startswith("<TemporaryDirectory '"), r.endswith("'>"), t.name in r)
    os.makedirs(os.path.join(t.name, 'a', 'b'))
    with open(os.path.join(t.name, 'a', 'b', 'f.txt'), 'w') as g:
        g.write('x')
    os.chmod(os.path.join(t.name, 'a', 'b'), 0o500)
    t.cleanup()
    print(os.path.exists(t.name))
    t.cleanup()
    with tempfile.TemporaryDirectory(dir=base) as t2:
        os.rmdir(t2)
    print(os.path.exists(t2))
    print(tempfile.TemporaryDirectory[int])
print(os.path.exists(base))

for bad in [lambda: tempfile.mkstemp(prefix=b'x', suffix='y'),
            lambda: tempfile.mkdtemp(dir='/no/such/dir/at/all')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
