# fnmatch: bytes names and patterns, and type errors
import fnmatch
print(fnmatch.fnmatch(b'abc', b'a*'), fnmatch.fnmatchcase(b'x.py', b'*.py'), fnmatch.filter([b'a.c', b'b.h'], b'*.c'))
print(fnmatch.fnmatchcase(b'\xe9t\xe9', b'\xe9*'), fnmatch.fnmatch(b'[x]', b'[[]x]'))
for call in (lambda: fnmatch.fnmatch(1, 'a'), lambda: fnmatch.fnmatchcase(1, 'a'),
             lambda: fnmatch.fnmatch('a', b'a'), lambda: fnmatch.fnmatch(b'a', 'a'),
             lambda: fnmatch.filter(['a'], 3), lambda: fnmatch.translate(None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(fnmatch.__all__)
