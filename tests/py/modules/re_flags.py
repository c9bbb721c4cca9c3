# re: flags, inline flags and the RegexFlag repr
import re

print(re.I, re.M, re.S, re.X, re.A, re.U)
print(re.I | re.M, repr(re.A | re.I), re.NOFLAG, int(re.I | re.S))
print(re.compile('a', re.I).flags, re.compile('(?i)a').flags, re.compile(b'a').flags)
print(repr(re.compile('a+', re.I | re.S)), repr(re.compile('(?i)a')), repr(re.compile(b'a', re.M)))
print(re.findall('hello', 'Hello HELLO', re.IGNORECASE))
print(re.findall('(?i)[a-z]+', 'AbC dEf'), re.findall('[^a-z]', 'aBcD', re.I))
print(re.match('(?i)é', 'É'), re.match('ǅ', 'ǆ', re.I))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M))
print(re.findall('x$', 'x\nx\nx'), re.findall('(?m)x$', 'x\nx\nx'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s)a.b', 'a\nb'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('a(?-i:b)', 'AB', re.I))
print(re.match('(?x) a b # c', 'ab'), re.match('(?x:a b) c', 'abc'), re.match('(?x:a b) c', 'ab c'))
print(re.search(r'\bé', 'aé é').span(), re.search(r'(?a)\bé', 'aé é').span())
print(re.compile('a', re.I | re.A).flags, re.compile('(?a)a').flags, re.compile('(?m)(?s)a').flags)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print(e)
