# fnmatch: fnmatch / fnmatchcase / filter on names
from fnmatch import fnmatch, fnmatchcase, filter
names = ['main.py', 'test_main.py', 'README.md', 'setup.cfg', 'data_01.csv', 'data_1.csv',
         '.hidden', 'a[1].txt', 'Makefile', 'x.PY', 'dir/sub.py', 'new\nline.py']
for pat in ['*.py', 'test_*', '*.[ch]', 'data_[0-9][0-9].csv', '[!.]*', '*[[]1]*', '?akefile',
            '*', '*.PY', '[A-Z]*', '*/*.py', '*line*', '[!a-z]*', '*.*.*']:
    print(pat, filter(names, pat), [fnmatchcase(n, pat) for n in names[:4]])
print(fnmatch('abc', 'a?c'), fnmatch('abc', 'A?C'), fnmatchcase('abc', 'A?C'), fnmatch('', ''), fnmatch('', '*'))
print(fnmatch('a' * 50 + 'b', '*a*a*a*a*a*a*c'), fnmatch('x' * 30, '*x*x*x*x*x*x*x*'))
print(fnmatch('a-b', '[a-]-[!-]'), fnmatch('^', '[^]'), fnmatch('!', '[!]'), fnmatch('[!]', '[!]'))
