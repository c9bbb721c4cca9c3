z = 1 + 2j
print(z, repr(z), 1j, -1j, 0j, -0j, complex(), complex(1), complex(-0.0, 0), complex(1.5, -0.0))
print(z * z, z / (3 - 4j), z ** 2, z ** 0.5, z ** -1, (1j) ** 1j, abs(3 + 4j), -z, +z, z.conjugate())
print(z.real, z.imag, type(z.real), z == 1 + 2j, z != 1, complex(3) == 3, 3.0 == complex(3, 0), hash(complex(3, 0)) == hash(3))
print(hash(1 + 2j), hash(-1j), hash(complex(0.5, 0.25)), bool(0j), bool(1j))
print(complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("1e3j"), complex("inf+nanj"), complex("1_0+2_0j"))
print(complex(1j, 1j), complex(1 + 1j, 2), complex(True, False), complex("5"), complex(2, 3.5))
for bad in ["1+", "abc", "1+2", "(1+2j", "1 + 2j", "", "j1", "1jj", "+-1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for args in [([],), ("1", 2), (1, "2"), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print(e)
for expr in ["1j // 1", "1j % 2", "1j < 2j", "int(1j)", "float(1j)", "0j ** -1", "1 / 0j", "divmod(1j, 2)", "round(1j)", "(1e308+1e308j) * (1e308+1e308j)", "abs(complex(1e308, 1e308))", "10j ** 1000"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(f"{z}", f"{z:.2f}", f"{z:>20}", f"{z:e}", f"{1j:g}", f"{z:+.1f}", f"{-z:*^20.3}", format(1.5j, ""), format(2+0j, ".3"))
for spec in ["010", "=10", "%", "d", "x"]:
    try:
        format(z, spec)
    except ValueError as e:
        print(e)
print(sum([1j, 2, 3.5]), [1j] * 2, {1j: 'a'}[1j], 2 * 1j, 1j * 2.5, 1 - 1j, 2 ** 1j, 1.5 + 1j)
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, isinstance(c, complex))
class K:
    def __complex__(self): return 5 + 6j
print(complex(K()), complex(1e300 * 1e300, 1), complex(float('nan'), -float('inf')))
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), (1+2j).__getnewargs__(), 1j.__complex__())
print(complex.__name__, type(1j), 3 + 0j == 3, 1j ** 2, (2+3j) ** 3, (1+1j) ** 0.5)
def kind(v):
    match v:
        case 1+2j:
            return "one-two"
        case -1j:
            return "minus-j"
        case complex(real=0.0, imag=im):
            return f"imag {im}"
        case _:
            return "other"
print([kind(v) for v in (1 + 2j, -1j, 3j, 5)])
print(sorted([3+0j, 1j, 2], key=abs), max(1j, 2j, key=lambda c: c.imag), str(1e-20j), repr(complex(1e16, 1e-5)))
