# re: split with and without groups and maxsplit
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(,)(x)?', 'a,b,xc'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'Words, words'))
print(re.split(r'', 'abc'))
print(re.split(r'\s*;\s*', 'a ; b;c  ;d'))
print(re.split(b',', b'a,b,,c'))
print(re.compile(r'\d').split('a1b2c3', maxsplit=2))
print(re.split('z', 'abc'), re.split('a', ''), re.split('x*', ''))
