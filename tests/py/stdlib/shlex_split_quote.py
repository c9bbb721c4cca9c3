# shlex: split() in POSIX and classic modes, comments, quote()/join(), the
# shlex class with punctuation_chars and whitespace_split, and errors.
import shlex

for s in ['a b c', '  leading  and   trailing  ', 'a "b c" d', "a 'b c' d", 'a"b"c',
          "it's' 'fine'", r'a\ b c', r'"a \"q\" \\ \$ \x"', r"'no \escape'", '""', "'' x ''",
          'a#b # comment', 'x=1 y="two words" z', 'tab\there\nnewline', 'échec ünï', '',
          'a;b|c&&d', r'back\\slash', 'end\\"x']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for s in ['a "b c" d', "a 'b' c", 'x=1 # c', 'a\\ b']:
    print(repr(s), shlex.split(s, posix=False), shlex.split(s, comments=True, posix=False))
for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x=1', 'a@b%c+d=e:f,g.h/i-j', 'tab\t', 'ü', '*.py', '~']:
    print(repr(s), shlex.quote(s))
args = ['ls', '-l', 'my file', "it's", '', '$x']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)

lex = shlex.shlex('a && b || (c; d) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('x=1;y="a b"', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('foo(bar, baz) + 2.5 # trailing')
print(list(lex))
lex = shlex.shlex('foo(bar, "baz q") + 2', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('one\ntwo three\nfour', posix=True)
out = []
while True:
    t = lex.get_token()
    if t is None:
        break
    out.append((t, lex.lineno))
print(out)
lex = shlex.shlex('a b')
first = lex.get_token()
lex.push_token('pushed')
print(first, lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(lex.error_leader('f', 3), shlex.shlex('x', punctuation_chars='+').punctuation_chars)

for bad in ['"open', "'open", 'esc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [3, b'x']:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError', e)
