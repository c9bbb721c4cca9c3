# UnicodeDecodeError/UnicodeEncodeError: five args, attributes, str() composed from them
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(e), repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
try:
    b'ab\xffcd'.decode()
except UnicodeDecodeError as x:
    print(x.args, x.start, x.end, x.reason, x.encoding, x.object)
try:
    'aé'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.args, x.start, x.end, x.reason, x.encoding, x.object, repr(x))
e2 = UnicodeEncodeError('ascii', 'xé€', 1, 3, 'nope'); print(e2)
print(UnicodeDecodeError('ascii', b'ab', 0, 2, 'r'))
