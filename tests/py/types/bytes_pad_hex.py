# bytes: center/ljust/rjust/zfill and hex/fromhex
print(b'ab'.center(7, b'*'), b'ab'.center(6), b'abc'.center(6), b'ab'.center(1), b'ab'.ljust(5, b'-'), b'ab'.rjust(5))
print(b'-42'.zfill(6), b'+7'.zfill(4), b'42'.zfill(1), b''.zfill(3), b'ab'.ljust(4, bytearray(b'.')))
print(b'\x00\xffab'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(b' ', -4), b'abcde'.hex(':', 2), b''.hex())
print(bytes.fromhex('de ad BE EF'), bytes.fromhex(''), bytes.fromhex(' 01\n02 '), bytearray.fromhex('00ff'))
for f in [lambda: b'a'.center(5, 'x'), lambda: b'a'.center(5, b'xy'), lambda: b'a'.zfill('a'),
          lambda: b'a'.center(), lambda: b'a'.zfill(), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('a'),
          lambda: bytes.fromhex('0 1'), lambda: bytes.fromhex(b'ab'), lambda: b'a'.hex(''), lambda: b'a'.hex('ab'),
          lambda: b'a'.hex(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
