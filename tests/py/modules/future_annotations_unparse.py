from __future__ import annotations
# Annotations under `from __future__ import annotations` are strings of their
# source, written with minimal parentheses as CPython writes them.
class C:
    a: lambda *a: 0
    b: lambda **k: 0
    c: lambda a=1, *b, c, d=2, **e: 0
    d: lambda a, /: 0
    e: f'{a, b}{x if y else z}{(lambda: 1)}{a or b}{not a}{a < b}{-a}{a:>3}{a!r:{b}{c}}'
    f: f''
    g: f'{{}}'
    h: a[b:]
    i: a[::]
    j: a[:b, c]
    k: a[b][c:d]
    l: (a, b)[0]
    m: [a, (b, c)]
    n: f(a)(b)
    o: await_ if a else b
    p: (a.b, -1)
    q: 'a' if b else 'c'
    r: "a\"b'c"
    s: f"{x}\"'"
    t: x.__class__
    u: 0 .real
    v: 1_0 .imag
print(C.__annotations__)
