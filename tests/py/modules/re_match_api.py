# re: Match and Pattern object API
import re

p = re.compile(r'(?P<word>[a-z]+)(\d)?')
m = p.search('12 abc9 x', 1)
print(m, bool(m), m.string, m.re, m.pos, m.endpos)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group('word', 2), m[0], m[1], m['word'])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(1), m.start(2), m.end('word'))
print(m.lastindex, m.lastgroup, m.regs, m.expand(r'[\g<word>|\2|\1]'))
m = p.match('x')
print(m.groups(), m.groups(0), m.span(2), m.start(2), m.groupdict('?'), m.expand(r'\2!'))
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
print(p.match('  ab', 2), p.match('  ab', 2, 3), p.fullmatch('ab1'), p.fullmatch('ab1', 0, 2))
print(p.search('abc', -5), p.search('abc', 10), p.search('abc', 1, 100))
print(p == re.compile(r'(?P<word>[a-z]+)(\d)?'), p == re.compile('x'), re.compile('x') is re.compile('x'))
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(repr(re.match('a', 'a')), re.match('', 'x'), re.search('b', 'a' * 60 + 'b'))
print(re.match(r'(\w+)', 'ünïcode').span(), re.search('é+', 'aééb'))
m = re.match(b'(a)(b)', b'abc')
print(m, m.groups(), m.span(2), m.expand(b'\\2\\1'))
print(re.escape('a.b c-d_e\n*?'), re.escape(b'a.b c'))
re.purge()
