# bytes: split/rsplit/splitlines/partition/rpartition/join
b = b'Hello, World'
print(b.split(), b.split(b', '), b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b'.split(b',', 0))
print(b'  a  b  '.split(), b'  a  b  c '.split(None, 1), b''.split(), b''.split(b','), b'\t\x0bx\x0c'.split())
print(b'a,b,,c'.rsplit(b','), b'a,b,,c'.rsplit(b',', 1), b'  a  b  c '.rsplit(None, 1), b'  a  b  c '.rsplit(maxsplit=0))
print(b'a--b--c'.split(sep=b'--', maxsplit=1), b'a--b--c'.rsplit(b'--', maxsplit=1))
print(b'x\ny\r\nz\rw'.splitlines(), b'x\ny\r\n'.splitlines(True), b'x\n\ny'.splitlines(keepends=True), b''.splitlines())
print(b.partition(b', '), b.rpartition(b'o'), b.partition(b'zz'), b.rpartition(b'zz'))
print(b', '.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'-'.join(x for x in [b'1', b'2']), b'.'.join([b'x']))
for f in [lambda: b.split('a'), lambda: b.split(b''), lambda: b.rsplit(b''), lambda: b.partition('a'),
          lambda: b.partition(b''), lambda: b.join(['a']), lambda: b.join([b'x', 1]), lambda: b.join(5),
          lambda: b.split(maxsplit='a'), lambda: b.splitlines('x'), lambda: b.partition()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
