# re: lookahead and lookbehind assertions, atomic groups, conditionals
import re

print(re.findall(r'x(?=y)', 'xy xz xy'), re.findall(r'x(?!y)', 'xy xz xy'))
print(re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'(?<!a)b', 'ab cb ab'))
print(re.search(r'(?<=\d{3})x', '12x 123x').span())
print(re.search(r'(?<=ab|cd)x', 'cdx').span(), re.search(r'(?<=(a)b)c', 'abc').groups())
print(re.findall(r'\b\w+(?=,)', 'one, two three, four'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(a+))a*b', 'aab').groups(), re.match(r'(?!(a))b', 'b').groups())
print(re.match(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'), re.match(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'))
print(re.match(r'(?>a+)b', 'aab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++b', 'aab'), re.match(r'a*+a', 'aa'))
print(re.match(r'(x)?(?(1)a|b)', 'xa'), re.match(r'(x)?(?(1)a|b)', 'b'), re.match(r'(?P<q>")?\w+(?(q)")', '"ab"'))
print(re.search(r'(?<=a)', 'xxab').span(), re.search(r'(?<!^)x', 'xx').span())
print(re.compile('(?<=x)a').search('xxaxa', 2), re.compile('^a').search('aa', 1))
