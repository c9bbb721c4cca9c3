# re: a non-capturing group holding only a repeat (was compiled without its body)
import re
for p in ['(?s:.*)\\Z', '(?:.*)', '(?:a+)', '(?:a+)+x', '(?:(?:b*))c', '(?:.*)*', '(?:a{2})']:
    r = re.compile(p)
    print(p, r.match('aab'), r.fullmatch('aabx'), r.search('xbbc'))
try: re.compile('a**')
except re.error as e: print(e)
try: re.compile('(?:a*)**')
except re.error as e: print(e)
