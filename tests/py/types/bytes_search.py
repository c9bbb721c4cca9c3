# bytes: find/rfind/index/rindex/count/startswith/endswith with ints, tuples and ranges
b = b'Hello, World'
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.find(b'o', 5), b.find(b'o', 5, 8), b.find(b'zz'))
print(b.find(b'', 3), b.find(b'', 99), b.rfind(b''), b.find(b'l', -3), b.find(b'H', None, None))
print(b.index(b'W'), b.rindex(b'l'), b.rindex(108, 0, 5), b.index(bytearray(b'or')))
print(b.count(b'l'), b.count(b''), b.count(108, 0, 5), b'aaaa'.count(b'aa'), b.count(b'o', -5))
print(b.startswith(b'He'), b.startswith((b'x', b'Hell')), b.startswith(b'W', 7), b.startswith(b''))
print(b.endswith(b'ld'), b.endswith(b'o', 0, 5), b.endswith((b'a', b'b')), b.endswith(b'H', 0, 1))
print(b'' .find(b''), b'abc'.startswith(b'abcd'), b'abc'.endswith(b'c', 5))
for f in [lambda: b.index(b'zz'), lambda: b.rindex(120), lambda: b.find('o'), lambda: b.count(None),
          lambda: b.find(300), lambda: b.find(-1), lambda: b.startswith('H'), lambda: b.startswith(('H',)),
          lambda: b.endswith(1), lambda: b.find(), lambda: b.count(b'a', 1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
