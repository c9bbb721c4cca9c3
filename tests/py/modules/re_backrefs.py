# re: numeric and named back references
import re

print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat on'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.search(r'(\w)\1', 'abccd').group())
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)\1', 'aA'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(a|b)*\1', 'abb'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'))
print(re.match(r'<(\w+)>.*</\1>', '<b>bold</b>').group(1))
print(re.match(r'(\d)\01', '1\x01'), re.match(r'\101', 'A'))
