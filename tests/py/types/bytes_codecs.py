# bytes.decode / str.encode: utf-8, ascii, latin-1 and the error handlers
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xf0\x9f\x98\x80'.decode())
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xe2\x82'.decode('utf-8', 'backslashreplace'))
print(b'\xe0\x80x'.decode(errors='replace'), b'\xed\xa0\x80'.decode('utf8', 'replace'), b'a\x80\x80b'.decode('utf-8', 'ignore'))
print(b'\xff\xfe'.decode(encoding='latin1'), b'x'.decode('UTF-8'), b'x'.decode('u8'), b'x'.decode('us-ascii'), b'x'.decode('iso-8859-1'))
print('café'.encode(), 'café'.encode('latin-1'), 'café€'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'))
print('é€😀'.encode('ascii', 'xmlcharrefreplace'), 'é€😀'.encode('ascii', 'backslashreplace'), 'é€'.encode('latin1', 'replace'))
print('x'.encode('UTF8'), 'x'.encode(encoding='Latin-1'), 'abc'.encode('ascii'), str(b'caf\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1'))
print(bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes('é€', 'ascii', 'replace'), b'a'.decode('utf-8', 'bogus'))
cases = [b'\xff', b'\xe2\x82', b'\xe2\x28a', b'\xe2\x82\x28', b'\xf0\x9f\x98', b'\xf0\x9f\x98a', b'\xe0\x80',
         b'\xed\xa0\x80', b'a\x80b', b'\xc0\xaf', b'\xf5', b'\xf0\x80', b'\xf4\x90\x80\x80']
for c in cases:
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(e)
for s, enc in [('aéé', 'ascii'), ('aé', 'ascii'), ('a€x', 'latin-1'), ('a😀', 'latin-1'), ('\u20ac', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
for f in [lambda: b'\xff\xfe'.decode('ascii'), lambda: b'a'.decode('foo'), lambda: b'\xff'.decode('utf-8', 'foo'),
          lambda: 'a'.encode('foo'), lambda: 'é'.encode('ascii', 'bad'), lambda: b'a'.decode(1), lambda: 'a'.encode(None),
          lambda: bytes('a'), lambda: bytes(b'x', 'utf-8'), lambda: bytes(1, errors='strict')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError, type), issubclass(UnicodeDecodeError, ValueError))
try:
    b'\xff'.decode('utf-8', 'xmlcharrefreplace')
except TypeError as e:
    print(e)
print(b'abc\xc3\xa9xyz' * 3 == ('abcéxyz' * 3).encode(), (b'x' * 1000 + b'\xe9').decode('latin-1')[-3:])
