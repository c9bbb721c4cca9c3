# memoryview (minimal): 1-D byte views over bytes/bytearray, slicing, assignment, release, with
m = memoryview(b'abc')
for f in [lambda: m.__setitem__(0, 1), lambda: m[5], lambda: m['a'], lambda: hash(memoryview(bytearray(b'x'))), lambda: memoryview('a'), lambda: m.__delitem__(0), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 300), lambda: memoryview(bytearray(b'ab')).__setitem__(0, 'a'), lambda: memoryview(bytearray(b'ab')).__setitem__(slice(0, 2), b'xyz'), lambda: m < m, lambda: m == b'abc', lambda: m == 'abc', lambda: m.tolist(), lambda: m.nbytes, lambda: m.shape, lambda: m.strides, lambda: m.obj, lambda: m.format, lambda: m.itemsize, lambda: m.ndim, lambda: m.readonly, lambda: m.contiguous, lambda: hash(m) == hash(b'abc'), lambda: m[1:].tobytes(), lambda: m[-1], lambda: list(m), lambda: bytes(m[1:2]), lambda: m.hex(':'), lambda: b'x' + m, lambda: b'-'.join([m, m]), lambda: bytearray(m), lambda: m[1:] == b'bc', lambda: memoryview(m).tobytes(), lambda: len(m[3:]), lambda: m[::-1].tobytes() if False else 0]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m.release()
for f in [lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m == m, lambda: m.release(), lambda: bytes(m), lambda: m.nbytes]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b'q') as v:
    print(v.tobytes())
try:
    v.readonly
except ValueError as e:
    print(e)
b = bytearray(b'hello')
v = memoryview(b)
v[0] = 72
v[1:3] = b'EY'
print(b, v[4], v.readonly, v[1:4].tobytes(), v.toreadonly().readonly)
w = v[1:4]
w[0] = 101
print(b, w.tolist(), w.obj is b)
