# re: capturing, non-capturing, named groups and alternation
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'Isaac Newton')
print(m.groups(), m.group(0), m.group(1, 2), m.group(3), m.lastindex)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.span('last'))
m = re.match(r'((a)b)(c)?', 'abd')
print(m.groups(), m.groups('-'), m.lastindex, m.regs)
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.lastindex, m.start(1), m.end(1), m.span(2))
for pat, s in [(r'(a|b)*c', 'ababc'), (r'(a*)+', 'b'), (r'(a|)+', 'aa'),
               (r'(?:(a)|b)*', 'ab'), (r'(a)*', 'aaa'), (r'(ab)*?c', 'ababc'),
               (r'(a?){3}', ''), (r'((a)|b)+', 'ab'), (r'(x)?y', 'y')]:
    m = re.match(pat, s)
    print(pat, m.groups(), m.span(), m.lastindex)
p = re.compile(r'(?P<key>\w+)=(?P<val>[^;]*);?')
print(p.groups, p.groupindex, dict(p.groupindex))
for m in p.finditer('a=1;b=two;c='):
    print(m.group('key'), repr(m.group('val')), m.span())
print(re.compile(r'(a)(b)').groupindex)
