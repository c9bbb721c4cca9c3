# bytes/bytearray/memoryview with int(), float(), str(), format, sum, builtins and dunders
print(int(bytearray(b'5')), float(bytearray(b'1.5')), str(b'a', 'ascii'), str(bytearray(b'a'), 'utf-8'), int(b' 12 '), float(b'2'))
b = b'xy'
print(f'{b!r}', f'{b}', format(b), str(b), repr(bytearray(b'z')), str(bytearray(b'z')), '%s' % b, '%r' % bytearray(b'q'))
for f in [lambda: f'{b:>10}', lambda: sum([bytearray(b'a')], bytearray()), lambda: int(b'x'), lambda: b'a' < 1, lambda: bytearray(b'a') < 'a', lambda: str(b'\xff', 'ascii'), lambda: str(1, 'utf-8'), lambda: str('a', 'utf-8'), lambda: b'%s' % ()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(sorted([bytearray(b'b'), b'a']), max(b'abc'), min(bytearray(b'cab')), b'ab'[::-1], bytearray(b'ab') * 0, list(reversed(b'ab')), b'a' * True, dict.fromkeys(b'ab'), set(b'aab'), tuple(bytearray(b'ab')), any(b'\x00'), all(b'\x01'))
print(b'abc'.__len__(), b'abc'.__getitem__(1), bytes.__add__(b'a', b'b'), b'a'.__eq__(b'a'), b'a'.__contains__(97), bytearray(b'a').__len__(), type(b'').__name__, bytes.__name__, bytearray.__name__, bytes.__mro__, bytearray.__mro__, memoryview.__name__)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes), hash(b'abc') == hash(b'abc'), len({b'a': 1, bytearray(b'a').decode(): 2}))
x = bytearray(b'abc'); y = x; x += b'd'; print(x is y, y); x = x + b'e'; print(x is y)
import struct
print(struct.unpack('<h', memoryview(b'\x01\x00')), b''.join([memoryview(b'm'), b'n']))
