# re: sub and subn with templates and callables
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site bob@x'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'a', r'\g<0>\g<0>', 'banana'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'\s+', ' ', '  lots   of\tspace\n'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(\w)', r'\1\n', 'ab'))
print(re.sub(r'x', r'\\', 'axb'), re.sub('x', '\\t', 'x'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'(?i)B', 'x', 'abcBd'))
print(re.sub(b'(a)', b'<\\1>', b'baab'))
print(re.sub('a', lambda m: '', 'aaa'))
p = re.compile(r'(\d+)-(\d+)')
print(p.sub(r'\2-\1', '10-20 and 30-40'), p.subn(r'\2', '1-2'))
for t in [r'\q', r'\g<x>', r'\g<1', r'\g', r'\5', r'\g<-1>', r'\g<>', '\\']:
    try:
        print(re.sub('(?P<a>a)', t, 'xay'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
