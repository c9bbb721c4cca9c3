print("runs")
exec("from __future__ import annotations\ndef f(a: undefined_name) -> None: pass\nprint(f.__annotations__)")
try:
    exec("x = 1\nfrom __future__ import annotations")
except SyntaxError as e:
    print(e.msg, e.lineno)
try:
    compile("from __future__ import nope", "m.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.filename)
