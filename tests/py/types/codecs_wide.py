# utf-16, utf-32 (byte-order marks, -le/-be), utf-8-sig and cp1252: decoding and encoding
# with every error handler, CPython's error texts and positions, and round trips.
tests=[(b'a','utf-16'),(b'\xff\xfea','utf-16'),(b'a\x00b','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xdca\x00','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8\x00','utf-16-le'),
(b'abc','utf-32'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'\xef\xbb\xbfh\xff','utf-8-sig'),(b'\x81\x80','cp1252'),(b'\xfe\xff\x00a','utf-16'),(b'\xff','utf-16-be'),(b'ab\xff','utf-32-be'),
(b'\xff\xfe\x00', 'utf-16'), (b'\xfe\xff\x00a\x00','utf-16'), (b'\x00\x00\xfe\xffabcd','utf-32'), (b'\xff\xfe\x00\x00\x61\x00\x00\x00','utf-16'),(b'\xff\xfe\x00\x00\x61\x00\x00\x00','utf-32'),
(b'\xef\xbb\xbf','utf-8-sig'),(b'\xef\xbb','utf-8-sig'),(bytes(range(128,160)),'cp1252'),(bytes(range(160,256)),'windows-1252'),(b'=\xd8\x00\xde','UTF16LE'),(b'\xd8=\xde\x00','utf_16_be')]
for b,e in tests:
    for err in ['strict','replace','backslashreplace','ignore']:
        try: print(e,err,ascii(b.decode(e,err)))
        except Exception as x: print(e,err,type(x).__name__,x)
for s in ['h\u00e9\U0001f600','\ud800x','a\u20acb\u0081','\ud800\ud801x','\x81\x8dx', 'plain', '', '\u0178\u2122\xff']:
  for e in ['utf-16','utf-16-le','utf-16-be','utf-32','utf-32-be','utf-32-le','utf-8-sig','cp1252','utf-8','U32']:
    for err in ['strict','replace','backslashreplace','xmlcharrefreplace','ignore']:
        try: print(e,err,s.encode(e,err))
        except Exception as x: print(e,err,type(x).__name__,x, x.start, x.end)
for s in ['h\u00e9\U0001f600', 'a\u20acb', '\x00\uffff\U0010ffff']:
    for e in ['utf-16','utf-16-be','utf-32','utf-32-be','utf-8-sig','utf-16-le']:
        assert s.encode(e).decode(e) == s, (s, e)
print(bytearray(b'\xff\xfeh\x00').decode('utf-16'), str(b'\xff\xfeh\x00', 'utf-16'))
