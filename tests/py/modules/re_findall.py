# re: findall (0, 1 and many groups) and finditer
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(\w)(\w)?', 'abc'))
print(re.findall(r'\b|x', 'ab x'))
print(re.findall(r'a*', 'baaac'))
print(re.findall('[A-Z]', 'aBcD', re.I))
print(re.findall(b'\\w+', b'hello bytes world'))
for m in re.finditer(r'(?P<n>\d+)', 'x1yy22zzz333'):
    print(m, m.start(), m.end(), m.group('n'))
it = re.finditer('a', 'aXa')
print(next(it).span(), next(it).span())
p = re.compile(r'o')
print(p.findall('foo boo', 2), p.findall('foo boo', 0, 5), [m.span() for m in p.finditer('foo boo', 3)])
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'', 'ab'))
