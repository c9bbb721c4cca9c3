# bytes: strip family, replace, removeprefix/removesuffix, translate/maketrans, expandtabs
print(b'  x \t\n'.strip(), b'xxhixx'.strip(b'x'), b'  x '.lstrip(), b'  x '.rstrip(), b'abcba'.lstrip(b'ab'))
print(b'\x0b\x0cq\r'.strip(), b'abc'.strip(None), b'aaa'.strip(b'a'), b'abc'.rstrip(bytearray(b'c')))
b = b'Hello, World'
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2))
print(b.replace(b'zz', b'y'), b'aaa'.replace(b'a', b'bb', 0), b'aaa'.replace(b'aa', b'x'), b''.replace(b'', b'x'))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'bc'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))
t = bytes.maketrans(b'ab', b'xy')
print(len(t), b'abc'.translate(t), b'abcabc'.translate(None, b'b'), b'abc'.translate(t, delete=b'c'))
print(b'a\tb\tc'.expandtabs(4), b'ab\tc\nx\ty'.expandtabs(), b'a\tb'.expandtabs(tabsize=0))
for f in [lambda: b.strip('a'), lambda: b.replace('a', b'b'), lambda: b.replace(b'a', 1),
          lambda: b.removeprefix('a'), lambda: b.translate(b'x'), lambda: bytes.maketrans(b'a', b'bc'),
          lambda: b.expandtabs('a'), lambda: b.strip(b'a', b'b'), lambda: b.replace(b'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
