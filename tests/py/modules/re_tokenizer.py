# re: a small tokenizer and a log parser built on re
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>[ \t]+)
  | (?P<NEWLINE>\n)
  | (?P<MISMATCH>.)
''', re.VERBOSE)

def tokenize(code):
    line = 1
    for m in TOKEN.finditer(code):
        kind = m.lastgroup
        value = m.group()
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'NEWLINE':
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        yield kind, value, line, m.start()

for tok in tokenize('x = 3 + 4.5*y\nz = (x - 1) / 2 $'):
    print(tok)

LOG = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+|-)')
lines = '''127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.2 - - [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
garbage line
192.168.1.10 - - [11/Oct/2000:09:01:02 -0700] "GET /index.html HTTP/1.1" 404 512'''.splitlines()
status = {}
for ln in lines:
    m = LOG.match(ln)
    if not m:
        print('unparsed:', ln)
        continue
    d = m.groupdict()
    status[d['status']] = status.get(d['status'], 0) + 1
    print(d['ip'], d['method'], d['path'], d['status'], 0 if d['size'] == '-' else int(d['size']))
print(sorted(status.items()))
words = re.findall(r"[a-z']+", "It's a truth universally acknowledged, isn't it?".lower())
print(words, len(words))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseToSnake').lower())
