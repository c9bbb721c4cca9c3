#!/usr/bin/python3.11
"""Generates tests/unit/parser_cases.h, the expected values for
tests/unit/test_parser.c, by asking CPython 3.11 (the oracle):

    /usr/bin/python3.11 tests/unit/gen_parser_cases.py > tests/unit/parser_cases.h

- AST_CASES: source -> ast.dump(ast.parse(src), indent=2); the POS flag marks
  cases also checked with include_attributes=True (node positions).
- ERROR_CASES: source -> the SyntaxError compile() raises: type, message,
  line and 0-based column (COL_ANY where Coil deliberately differs: errors at
  the end of the input, where CPython's column is the tokenizer's cursor and
  Coil records "no column").
"""
import ast
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: CPython 3.11 is the oracle")

# (source, check positions too)
AST = [
    # statements
    ("x = 1\n", True),
    ("a = b = c = 1\n", True),
    ("a, b = c, d\n", True),
    ("a, *b = c\n", True),
    ("[a, (b, c)] = d\n", True),
    ("x.y = z[0] = w[1:2] = 1\n", True),
    ("x += 1\nx -= 1\nx *= 1\nx @= 1\nx /= 1\nx %= 1\nx **= 1\nx //= 1\n", False),
    ("x <<= 1\nx >>= 1\nx &= 1\nx |= 1\nx ^= 1\n", False),
    ("x: int\n", True),
    ("x: int = 1\n(y): str = 'a'\nz.w: float\nq[0]: list = []\n", True),
    ("del a, b.c, d[0]\ndel (a, b), [c]\ndel a,\n", True),
    ("pass\n", True),
    ("for i in x:\n    break\n    continue\n", True),
    ("assert x\nassert x, 'msg'\n", True),
    ("raise\nraise E\nraise E from F\n", True),
    ("def f():\n    return\n    return 1\n    return 1, *a\n", True),
    ("global a, b\n", True),
    # match statement (soft keywords, every pattern kind, positions)
    ("match x:\n    case 1 | -2 | 'a' 'b' | None | True | a.b.c:\n        pass\n", True),
    ("match x, *y:\n    case [a, *b] | (a, b, *_) if a:\n        pass\n    case (c,) | (c, 1):\n        pass\n", True),
    ("match (x):\n case {1: a, 'k': b, **rest}:\n  pass\n case {}:\n  pass\n case {c.d: 1,}:\n  pass\n", True),
    ("match x:\n case C(1, y, k=v as w):\n  pass\n case d.E() | F(a=[1, *_],):\n  pass\n", True),
    ("match x:\n case 1, *rest,:\n  pass\n case (1 | 2) as z:\n  pass\n case _:\n  pass\n", True),
    ("match x:\n case [(a), (b as c)]:\n  pass\n case ((1) | (2)) as g, (h):\n  pass\n", True),
    ("match x:\n case {'a': (b), **c,}:\n  pass\n case -1.5 | 0x10 | b'x' | f.g(h=(1)):\n  pass\n", True),
    ("match = 1\nmatch(x)\nmatch[x] = 2\ncase = match\n_ = case\nmatch.x: int = 1\n", True),

    ("def f():\n    x = 1\n    def g():\n        nonlocal x\n", True),
    ("import a\nimport a.b.c as d, e\n", True),
    ("from a import b\nfrom .a import b as c, d\nfrom .. import x\nfrom ...a.b import (c,)\nfrom x import *\n", True),
    ("x; y; z;\n", True),
    ("if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass\n", True),
    ("while x:\n    pass\nelse:\n    pass\n", True),
    ("for a, b in c:\n    pass\nelse:\n    pass\nfor x in *a, b: pass\n", True),
    ("try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", True),
    ("try:\n    pass\nfinally:\n    pass\n", True),
    ("with a: pass\nwith a as b, c as (d, e): pass\n", True),
    ("with (a, b): pass\nwith (a as b, c): pass\nwith (a as b, c as d,): pass\nwith (a, b) as c: pass\n", True),
    ("def f(a, b=1, *args, c, d=2, **kw) -> int:\n    pass\n", True),
    ("def f(a, /, b, *, c): pass\ndef g(a=1, /, b=2): pass\ndef h(*, a=1, b): pass\n", True),
    ("def f(a: int, *b: str, c: 'x' = 1, **d: float): pass\n", True),
    ("@dec\n@dec.attr(1)\n@(lambda f: f)\ndef f(): pass\n", True),
    ("class A: pass\nclass B(): pass\nclass C(A, B, metaclass=M, **kw): pass\n@d\nclass D(*bases): pass\n", True),
    ("async def f():\n    await x\n    async for a in b: pass\n    async with a as b: pass\n    return [x async for x in y]\n", True),
    ("@d\nasync def f(): yield\n", True),
    ("def g():\n    yield\n    yield x\n    yield x, y\n    x = yield from y\n    z = yield\n", True),
    ("", False),
    ("# only a comment\n", False),
    ('"""docstring"""\n', True),
    # expressions
    ("a or b or c\na and b and c\n(a or b) or c\na or b and c\n", True),
    ("not a\nnot not a\n", True),
    ("a < b <= c > d >= e == f != g\na in b\na not in b\na is b\na is not b\n", True),
    ("a | b ^ c & d << e >> f + g - h * i / j // k % l @ m\n", True),
    ("-a\n+a\n~a\n-a ** -b\n-2 ** 2\na ** b ** c\n(a + b) * c\n", True),
    ("x if y else z\nx if y else z if w else v\n", True),
    ("lambda: 0\nlambda x: x\nlambda x, y=1, *z, w, **kw: 0\nlambda *, a: a\nlambda a, /, b: 0\n", True),
    ("(x := 1)\n[y := 2, z]\nf(x := 3)\na[b := 4]\nif (n := 10) > 5: pass\n", True),
    ("{}\n{1: 2, **d, 3: 4}\n{1, 2, *s}\n[]\n[1, *a]\n()\n(1,)\n(1, 2,)\n1, 2\n", True),
    ("[x for x in y]\n[x for x in y if a if b for z in w]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)\n", True),
    ("(x async for x in y)\nasync def f(): return [x async for x in y]\n", True),
    ("f()\nf(a)\nf(a, *b, c=1, **d)\nf(*a, *b, **c, **d)\nf(x for x in y)\nf(a)(b)(c)\n", True),
    ("a.b.c\na[1]\na[1:2]\na[1:2:3]\na[:]\na[::]\na[::2]\na[1:]\na[:2]\n", True),
    ("a[1, 2]\na[1:2, 3]\na[:, None]\na[...]\na[*b]\na[*b, c]\na[()]\n", True),
    ("await_ = 1\nprint(*args, sep='')\na.b[c].d(e)[f]\n(a)\n((a))\n(a)(b)\n-(a)\n", True),
    # constants and their reprs
    ("None\nTrue\nFalse\n...\n", True),
    ("0\n1\n1_000_000\n0x1F\n0o17\n0b101\n9223372036854775807\n9223372036854775808\n", True),
    ("123456789012345678901234567890\n0xFFFFFFFFFFFFFFFFFFFFFFFF\n0b" + "1" * 100 + "\n", False),
    ("1.5\n1e10\n1e16\n1e15\n1e-5\n1e-4\n0.1\n1e400\n2.5e-300\n3.14159265358979\n0.30000000000000004\n1_000.5\n.5\n5.\n", False),
    ("'str'\n\"str\"\n'it\\'s'\n\"say \\\"hi\\\"\"\n'both \\' and \"'\n", True),
    ("'\\n\\t\\r\\x00\\x7f\\\\'\n'\\u00e9\\u4e2d\\U0001F600'\n'\\x80\\xa0\\u200b\\ud800'\n'é中😀'\n", False),
    ("b'bytes'\nb'\\x00\\xff'\nb\"it's\"\nb'\\'\"'\nrb'raw\\n'\n", True),
    ("r'raw\\n'\nR'raw'\nu'unicode'\nU'upper'\n'''triple\nquoted'''\n", True),
    ("'a' 'b' 'c'\n'a' f'{b}' 'c'\nf'{a}' f'{b}'\nu'x' 'y'\n'' f''\n", True),
    # f-strings
    ("f''\nf'plain'\nf'{x}'\nf'{x!r}'\nf'{x!s:>10}'\nf'{x!a}'\n", True),
    ("f'{x:{width}.{prec}}'\nf'{x=}'\nf'{x = }'\nf'{x=:>5}'\nf'{x=!s}'\n", True),
    ("f'{{literal}}'\nf'a{{b'\nf'{x}}}'\nf'{a[\"b\"]}'\nf'{\"nested\" + f\"{inner}\"}'\n", True),
    ("f'{x:}'\nf'{3.14:{{}}}'\nf'{x:{y:z}}'\nf'{ x }'\nf'{x,y}'\ndef g(): f'{yield}'\n", False),
    ("f'''{\n a\n + b}'''\nx = f'''\n  {a}'''\n", True),
    ("rf'\\{x}'\nf'\\{x}'\nf'{x:\\n}'\n", False),
    ("f'{x:02d}' f'{y}'\n'a' f'{x:02d}' f'{y}'\nf'{y}' f'{x:02d{z}}' 'b'\nf'{y}' f'{x:{z}02d}' 'b'\n", True),
    ("x = (f'a{b:>{w}}c'\n     f'{d!r}' 'e')\n", True),
    ("(\n    1,\n    2)\nx = [\n  a for a in b\n]\n", True),
    # except* (PEP 654)
    ("try:\n    a\nexcept* E as e:\n    b\nexcept *(F, G):\n    pass\nelse:\n    c\nfinally:\n    d\n", True),
]

# (source) -> CPython's error; EOF-positioned errors get COL_ANY
ERRORS = [
    "if x\n  pass\n", "if x y:\n  pass\n", "def f()\n  pass\n", "def f() x:\n  pass\n",
    "class A\n  pass\n", "class A(B)\n  pass\n", "for x in y\n  pass\n", "while x\n  pass\n",
    "with a as b\n  pass\n", "try\n  pass\n", "try:\n  pass\nfinally\n  pass\n",
    "try:\n  pass\nexcept E\n  pass\n", "try:\n  pass\nexcept\n  pass\n",
    "if x:\n  pass\nelse\n  pass\n", "if x:\n  pass\nelif y\n  pass\n",
    "if x:\npass\n", "if x:\n", "def f():\nreturn 1\n", "class A:\nx=1\n", "for x in y:\nz\n",
    "while x:\nz\n", "with a:\nz\n", "try:\nz\n", "try:\n  z\nexcept:\nz\n", "try:\n  z\nfinally:\nz\n",
    "if x:\n  z\nelse:\nz\n", "if x:\n  z\nelif y:\nz\n", "for x in y:\n  z\nelse:\nz\n",
    "async def f():\nz\n", "@d\ndef f():\nz\n", "if x:\n  if y:\n  z\n",
    "try:\n  pass\nx = 1\n", "try:\n  pass\n", "  x = 1\n", "x = 1\n    y = 2\n",
    "f() = 1\n", "1 = x\n", "x + 1 = 2\n", "del f()\n", "f(a=1, b)\n", "f(**a, *b)\n",
    "def f(a=1, b): pass\n", "def f(a, a): pass\n", "f(a=1, a=2)\n", "f(a.b=1)\n", "f(1=2)\n",
    "[1 2]\n", "(a b)\n", "f(a b)\n", "{a b}\n", "a b\n", "print 'x'\n", "print x\n", "exec 'x'\n",
    "[x for x in y z]\n", "foo(a, b c)\n", "x = [1, 2\n 3]\n", "x = 1 +\n", "x = 1 + # c\n",
    "1 +* 2\n", "def f(:\n", "a := 1\n", "x = yield = 1\n", "(a, b) += 1\n", "a, b: int = 1\n",
    "[a]: int\n", "f(): int\n", "x = *a\n", "*a = 1\n", "f(x for x in y, 1)\n", "f(1, x for x in y)\n",
    "class A(x for x in y): pass\n", "from x import a,\n", "import a.b as\n", "if x = 1:\n  pass\n",
    "except E:\n  pass\n", "else:\n  pass\n", "x = 1 if y\n", "def f(*): pass\n",
    "def f(*, **k): pass\n", "def f(a, /, b, /): pass\n", "def f(**k, a): pass\n",
    "def f(*a, *b): pass\n", "def f(*a=1): pass\n", "lambda a=1, b: 0\n", "def f(**k=1): pass\n",
    "True = 1\n", "None = 1\n", "__debug__ = 1\n", "(a, f()) = 1\n", "for f() in x: pass\n",
    "with a as f(): pass\n", "del (a, 1)\n", "del a + b\n", "[x for 1 in y]\n", "(yield) = 1\n",
    "a + 1 += 1\n", "x = 1 = 2\n", "f'{x}' = 1\n", "... = 1\n", "a if b else c = 1\n",
    "lambda: 1 = 1\n", "not a = 1\n", "-a = 1\n", "a < b = 1\n", "a and b = 1\n", "[a, b()] = 1\n",
    "{a: 1} = 1\n", "{a} = 1\n", "await x = 1\n", "(x for x in y) = 1\n", "[x for x in y] = 1\n",
    "x() += 1\n", "del *a\n", "(*a) = 1\n", "*a, *b = 1\n", "x, f() = 1\n", "f(), x = 1\n",
    "(a) := 1\n", "(a.b := 1)\n", "f(x=1 for x in y)\n", "f(True=1)\n", "f(a, *b, c=1, **d, e)\n",
    "return\n", "yield x\n", "await x\n", "def f():\n  await x\n", "async for x in y: pass\n",
    "async with x: pass\n", "[x async for x in y]\n", "break\n", "continue\n", "def f():\n  break\n",
    "for x in y:\n  def f():\n    continue\n", "async def f():\n  yield 1\n  return 2\n",
    "[(yield) for x in y]\n", "def f():\n  x = 1\n  global x\n", "def f(x):\n  global x\n",
    "nonlocal x\n", "def f():\n  nonlocal x\n", "def f():\n  x = 1\n  def g():\n    x = 2\n    nonlocal x\n",
    "def f():\n  print(x)\n  global x\n", "class A:\n  return 1\n", "def f():\n  return 1\nreturn 2\n",
    "def f(x):\n  nonlocal x\n", "x = {1: 2, 3}\n", "x = (**a)\n",
    "try:\n  pass\nexcept A, B:\n  pass\n", "def f() -> : pass\n", "def f[T](): pass\n",
    "x = 'a' b'b'\n", "f(**a, b)\n", "x = [*a for a in b]\n", "x = {**a for a in b}\n",
    "[x := 1 for x in y]\n", "class A:\n  [y := 1 for x in z]\n", "def f():\n  from x import *\n",
    "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "while 1:\n  pass\nelse:\n  break\n",
    "f'{}'\n", "f'{ }'\n", "f'{x'\n", "f'{x!z}'\n", "f'}'\n", "f'{x}}'\n", "f'{a b}'\n",
    "f'{x!}'\n", "f'{#}'\n", "f'{)}'\n", "f'{x:{y:{z}}}'\n", "f'{1+}'\n", "f'{*a}'\n",
    "f'{1_}'\n", "f'{$}'\n", "f'{a:{b c}}'\n", "x = f'''\n{a b}'''\n", "f'{!r}'\n", "f'{=}'\n", "f'{:x}'\n",
    "f'{a!r=}'\n", "f'{1 if x}'\n", "f'{x' 'y}'\n", "b'\\xff' f'{x}'\n", "x = (f'{a b}'\n)\n",
    "f(a.b=)\n", "def f(a=, b): pass\n", "x = 3{.1\n", "x = f(a b\n", "@n = 1\ndef f(): pass\n",
    "def add(a b):\n  pass\n", "print(a, type(b)for.c)\n", "x = [lambda three(1)]\n", "f(x for x in y z)\n",
    "x = 1\nmatch x\n    case 1:\n        pass\n",
    "x = 1\nmatch x:\n    print(x)\n",
    "x = 1\nmatch x:\n    case 1:\n    pass\n",
    # match statement: pattern errors from the parser (the compiler's are in tests/py/errors)
    "match x:\n case f'x': pass\n", "match x:\n case C(a=1, 2): pass\n",
    "match x:\n case [*a, *b]: pass\n", "match x:\n case a as _: pass\n", "match x:\n case *a: pass\n",
    "match x:\n  case 1\n    pass\n", "match x:\n  case 1 + 2: pass\n", "match *x:\n  case 1: pass\n",
    "match x:\n  case {'a': a, **_}: pass\n", "match x:\n  case -(1): pass\n",
    "x = " + "1" * 4301 + "\n",
    # except*: mixing with except, no type, jumps out of the clause
    "try:\n  pass\nexcept* E:\n  pass\nexcept F:\n  pass\n",
    "try:\n  pass\nexcept F:\n  pass\nexcept* E:\n  pass\n",
    "try:\n  pass\nexcept*:\n  pass\n", "try:\n  pass\nexcept* E, F:\n  pass\n",
    "for x in y:\n  try:\n    pass\n  except* E:\n    break\n",
    "def f():\n  try:\n    pass\n  except* E:\n    return 1\n",
]

# Errors whose position is the tokenizer's cursor at the end of the input.
EOF_COL = {"if x:\n", "try:\n  pass\n", "x = " + "1" * 4301 + "\n"}


def cstr(s):
    """A C string literal (octal escapes cannot swallow a following digit)."""
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"'


def chunked(s):
    """Long literals split over lines (C compilers limit string literal length)."""
    lines = s.split("\n")
    parts = [cstr(line + "\n") for line in lines[:-1]]
    if lines[-1]:
        parts.append(cstr(lines[-1]))
    return "\n      ".join(parts) if parts else '""'


print("/* parser_cases.h — GENERATED by tests/unit/gen_parser_cases.py from CPython %s;"
      % sys.version.split()[0])
print(" * do not edit.  Expected values for tests/unit/test_parser.c. */")
print("#ifndef COIL_PARSER_CASES_H\n#define COIL_PARSER_CASES_H\n")
print("#define COL_ANY (-1000) /* Coil gives no column where CPython gives its cursor */\n")
print("typedef struct { const char *src, *dump, *dump_pos; } AstCase;")
print("static const AstCase ast_cases[] = {")
for src, pos in AST:
    tree = ast.parse(src)
    compile(src, "case", "exec")  # must be a valid program for Coil too
    dump = ast.dump(tree, indent=2) + "\n"
    dump_pos = ast.dump(tree, indent=2, include_attributes=True) + "\n" if pos else None
    print("  {%s,\n    %s,\n    %s}," % (cstr(src), chunked(dump), chunked(dump_pos) if pos else "NULL"))
print("};\n")
print("typedef struct { const char *src, *type, *msg; int line, col; } ErrorCase;")
print("static const ErrorCase error_cases[] = {")
for src in ERRORS:
    try:
        compile(src, "case", "exec")
        sys.exit("not an error: %r" % src)
    except SyntaxError as e:
        col = "COL_ANY" if src in EOF_COL else str((e.offset or 0) - 1)
        print("  {%s, %s, %s, %d, %s}," % (cstr(src), cstr(type(e).__name__), cstr(e.msg), e.lineno, col))
print("};\n")
print("#endif")
