# bytes: repr quoting and escapes, indexing, slicing, +, *, comparisons, hashing, constructors
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\\\x7f\x00\t\n\r'), repr(b'\x80\xff~ '))
b = b'Hello, World'
print(b[0], b[-1], b[1:5], b[::-1], b[::3], b[20:], b[-3:-1], type(b[0]).__name__)
print(b + b'!', b + bytearray(b'?'), b'ab' * 3, 3 * b'x', b'ab' * 0, b'ab' * -1, len(b'abc'))
print(b'ab' < b'b', b'ab' <= b'ab', b'b' > b'abc', b'' < b'\x00', b'ab' == bytearray(b'ab'), b'a' == 'a', b'a' != 'a')
print(hash(b'ab') == hash(b'ab'), hash(b'') == hash(b''), {b'a': 1}[b'a'], len({b'x', b'x', b'y'}), sorted([b'b', b'a', b'']))
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b'x'), bytes(bytearray(b'yz')), bytes(), bytes((1, 2)))
print(b'x' in b'xyz', 120 in b'xyz', b'' in b'a', b'yz' in b'xyz', bytearray(b'y') in b'xyz', list(b'ab'), bool(b''), bool(b'\x00'))
class Weird:
    def __bytes__(self):
        return b'weird'
print(bytes(Weird()), b'%s' % Weird())
for f in [lambda: b + 'x', lambda: b * 'x', lambda: b * 1.5, lambda: b[50], lambda: b['a'], lambda: bytes([256]),
          lambda: bytes([-1]), lambda: bytes(['a']), lambda: bytes(-1), lambda: bytes(1.5), lambda: 'a' in b,
          lambda: 300 in b, lambda: b < 'a', lambda: b < bytearray(b'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
