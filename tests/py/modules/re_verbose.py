# re: VERBOSE patterns with comments and whitespace
import re

number = re.compile(r'''
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?:\.(?P<frac>\d*))? # fraction
    (?:[eE](?P<exp>[-+]?\d+))?  # exponent
''', re.VERBOSE)
for s in ['42', '-3.14', '+6.02e23', '1e-9', 'x']:
    m = number.fullmatch(s)
    print(s, m and m.groupdict())
email = re.compile(r"""
    ^[\w.+-]+          # user
    @
    [\w-]+             # domain
    (\.[\w-]+)+ $      # tld parts
""", re.X)
print([bool(email.match(s)) for s in ['a@b.com', 'bad@', 'x.y+z@mail.co.uk']])
print(re.findall(r'(?x) [ ] a  \ b  \# c', ' a b# c'))
print(re.match(r'(?x) a{2} # two\n b', 'aab'))
print(re.match(r'(?x)[# ]+', '# #'))
