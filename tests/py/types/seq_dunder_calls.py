# Calling a sequence's + and * dunders directly: they raise the operator's errors (no
# NotImplemented), and concatenation has no __radd__ -- CPython's sequence slots.
for expr in ["'abc'.__add__('d')", "'abc'.__add__(1)", "[1].__add__((2,))", "(1,).__add__([2])", "'a'.__mul__('b')",
             "(5).__add__(1.5)", "[1,2].__mul__('x')", "'%s'.__mod__(3)", "'abc'.__contains__('b')", "[].__iadd__((1,))",
             "'ab'.__rmul__(2)", "'ab'.__rmul__('x')", "b'a'.__add__(1)", "bytearray(b'a').__add__(1)", "hasattr('', '__radd__')",
             "hasattr([], '__radd__')", "hasattr((), '__rmul__')", "(3).__mul__('ab')", "'ab'.__mul__(3)", "[0].__mul__(2.0)",
             "hasattr(b'', '__radd__')", "1 .__radd__('x')", "[].__iadd__(5)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class S(str): pass
try: S('a').__add__(3)
except TypeError as e: print(e)
print(S('a') * 2, 2 * [1], (1,) * 2)
