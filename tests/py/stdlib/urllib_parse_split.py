# urllib.parse: urlsplit/urlparse/urlunsplit/urlunparse/urldefrag and the
# result types' properties.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag,
                          SplitResult, ParseResult, DefragResult, SplitResultBytes)
import urllib.parse

urls = [
    'http://www.example.com/path/to/page.html?q=1&r=2#frag',
    'HTTPS://User:Pass@Example.COM:8443/a;p1=x/b;p2=y?x=1#top',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    'news:comp.lang.python',
    '//host.com/path',
    '/just/a/path?and=query',
    'relative/path#f',
    'http://[::1]:8080/ipv6',
    'http://[fe80::1%25eth0]/zone',
    'http://[FE80::AbCd%Eth0]:99/',
    'http://[v1.fe]/future',
    'http://host:/empty-port',
    'http://u@host',
    'http://:pw@host',
    'http://u:@host',
    'http://a@b@host:1/',
    'path:80',
    '1http://x',
    'a+b-c.d://x/y',
    '  \x01http://strip.me/  ',
    'ht\ttp://ex\nam\rple.com/p',
    'http://host?#',
    'http://host#frag?notquery',
    'tel:+1-816-555-1212;phone-context=x',
    'sip:alice@atlanta.com;transport=tcp',
    'http://x/;params',
    'http://x/a;b/c;d',
    '',
    ':',
    'http:',
    'http:/',
    'http://',
    'http:relative',
    'git+ssh://git@github.com/a/b.git',
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), '|', p.geturl(), '|', urlunsplit(s) == s.geturl())
    print('  ', s.username, s.password, s.hostname, s.port)

print(urlsplit('x/y', scheme='http'))
print(urlsplit('ftp://x/y', scheme='http'))
print(urlsplit('http://a/b#c', allow_fragments=False))
print(urlparse('http://a/b;c#d', allow_fragments=False))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')))
print(urlunsplit(('http', '', 'p', '', '')))
print(urlunsplit(('', '', '//p', '', '')))
print(urlunsplit(('mailto', '', 'a@b', '', '')))
print(urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')))
print(urlunparse(['', '', 'p', 'pa', '', '']))
print(urldefrag('http://a/b?c#d'), urldefrag('http://a/b'))
d = urldefrag('http://a/b#d')
print(d.url, d.fragment, d.geturl(), d[0])
print(DefragResult('x', '').geturl())

r = urlsplit('http://user:pw@Host.Example:81/p?q=1#f')
print(r.scheme, r.netloc, r.path, r.query, r.fragment, r[0], len(r))
print(r._replace(netloc='other').geturl())
print(r._fields, ParseResult._fields, DefragResult._fields)
print(isinstance(r, tuple), type(r).__name__, r == tuple(r))
print(r.encode())
b = urlsplit(b'http://user@[::1]:80/p?q#f')
print(b, b.hostname, b.port, b.username, b.password)
print(b.decode(), b.geturl())
print(urlparse(b'http://a/b;c'))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')))
print(urldefrag(b'http://x/#y'))
print(SplitResult('a', 'b', 'c', 'd', 'e'))
print(SplitResultBytes(b'a', b'b', b'c', b'd', b'e').geturl())
print(urllib.parse.unwrap('<URL:http://x/y>'), urllib.parse.unwrap(' http://z '))

for bad in ['http://[::1/', 'http://::1]/', 'http://[zz]/', 'http://[1.2.3.4]/',
            'http://[v1]/', 'http://[::1::2]/', 'http://[1:2:3:4:5:6:7:8:9]/',
            'http://[::ffff:1.2.3.4]/', 'http://[1::2:3:4:5:6:7:8]/', 'http://[:1::2]/',
            'http://[1:2:3:4:5:6:7::]/', 'http://[::1%]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)
for u in ['http://h:xx/', 'http://h:99999/', 'http://h:-1/', 'http://h:0/', 'http://h:065535/', 'http://h:١/']:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print('ValueError', e)
for args in [('http://a', b'x'), (b'http://a', 'x')]:
    try:
        urlsplit(*args)
    except TypeError as e:
        print('TypeError', e)
print(urlsplit(b'http://a', ''))
