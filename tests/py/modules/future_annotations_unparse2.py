from __future__ import annotations
# More unparse shapes: precedence, subscripts, f-strings, constants.
class C:
    a1: a[1,]
    a2: a[(1,)]
    a3: a[b, c:d]
    a4: a[*b]
    a5: (1).real
    a6: 1.5.real
    a7: (a, *b)
    a8: x[a:b:c]
    b1: not (a < b)
    b2: (not a) + b
    b3: -a ** b
    b4: (a + b) * c
    b5: a - (b - c)
    b6: (a ** b) ** c
    b7: a ** b ** c
    b8: (lambda: 1)()
    b9: (a if b else c) if d else e
    c1: a if (b if c else d) else e
    c2: f'{a}' f'{{b}}'
    c3: f'{ {1: 2} }'
    c4: f"{a!s}{b:{c}.{d}}" 'x\n'
    c5: 'a' 'b'
    c6: "\u00e9\x00"
    c7: (-1) ** 2
    c8: -1 ** 2
    c9: {k: v for k, v in x}
    d1: {a for b in c for d in e if f if g}
    d2: a.b[c](d)
    d3: f(a=(b, c))
    d4: f(*(a, b))
    d5: 1e-5 + 1e16 + 0.1 + 2.0 + 10**20 + 0xFFFFFFFFFFFFFFFFFFFF
    d6: a or (b and c)
    d7: (a or b) and c
    d8: a in b not in c
    d9: ~a | b ^ c & d << e >> f @ g // h % i / j
    e1: lambda: (yield)
    e2: lambda *, a: a
    e3: lambda a, /, b: 0
    e4: (a, b) if c else ()
    e5: [*a, *b]
    e6: f"{'x'}" + f'{"y"}'
    e7: f'{a=}'
    e8: 1e400 + 1.5e300
    e9: None and True or False
    f1: u'x'
    f2: [i async for i in j if i]
    f3: {1: 2, **d}
    f4: lambda: (a := 1)
    f5: lambda: (yield from x)
    f6: -0.0
    f7: b'\x00"'
    f8: (a for b in c)
    f9: f(a for b in c)
for k, v in C.__annotations__.items():
    print(k, '=>', v)
