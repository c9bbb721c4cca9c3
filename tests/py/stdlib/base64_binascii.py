# base64 and binascii: encodings, round trips, and CPython's errors (3.11's
# strict base64 checks with validate=True, Base32 padding rules, hex errors).
import base64, binascii
samples = [b'', b'a', b'ab', b'abc', b'abcd', b'hello world', bytes(range(256)), b'\xff\xfe\xfd' * 7, 'é'.encode()]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s)[:20], base64.b16encode(s)[:20])
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s and base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b'x' * 200)) == b'x' * 200)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b64decode('YWJj'), base64.standard_b64decode(b'YQ=='))
cases = [b'ab$cd===', b'abc', b'abcde', b'YWJj', b'YW Jj\n', b'YWJjZA==extra', b'YQ=', b'YQ', b'=YQ==', b'YQ===', b'YQ==YQ==', b'Y=Q=', b'YWJjZA=', b'!!!!', b'YWJj\x00']
for c in cases:
    for v in (False, True):
        try: print(c, v, base64.b64decode(c, validate=v))
        except Exception as e: print(c, v, type(e).__name__, e)
for bad in [lambda: base64.b64decode('é'), lambda: base64.b64decode(5), lambda: base64.b64encode('abc'), lambda: base64.b32decode(b'ABC'),
            lambda: base64.b32decode(b'ABCDEFG1'), lambda: base64.b32decode(b'MFRGG==='), lambda: base64.b32decode(b'mfrgg===', casefold=True),
            lambda: base64.b32decode(b'MFRGGZDF', map01=b'L'), lambda: base64.b32decode(b'MF======'), lambda: base64.b32decode(b'M=======') ,
            lambda: base64.b16decode(b'abcd'), lambda: base64.b16decode(b'abcd', casefold=True), lambda: base64.b16decode(b'0G'), lambda: base64.b16decode(b'ABC'),
            lambda: base64.encodebytes('x'), lambda: binascii.hexlify(b'\x01\xab', '-'), lambda: binascii.unhexlify('0g'), lambda: binascii.unhexlify(b'abc'),
            lambda: binascii.unhexlify('ab cd'), lambda: binascii.crc32(b'hello world'), lambda: binascii.crc32(b'abc', 12345), lambda: binascii.b2a_base64(b'xy'),
            lambda: binascii.a2b_base64('YWJj'), lambda: binascii.b2a_hex(b'\x00\xff'), lambda: issubclass(binascii.Error, ValueError),
            lambda: binascii.a2b_base64(b'YW=Jj', strict_mode=True), lambda: binascii.hexlify(b'abcdef', ':', 2), lambda: binascii.b2a_base64('s')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
