# User subclasses of int: __new__ with extra attributes, repr/str overrides, arithmetic gives plain ints
class Flag(int):
    def __new__(cls, v, name='?'):
        o = super().__new__(cls, v)
        o.name = name
        return o
    def __repr__(self):
        return f"Flag({int(self)}, {self.name!r})"
f = Flag(5, 'five')
print(f, repr(f), str(f), f"{f}", f + 1, type(f + 1), f * 2, -f, type(-f), +f, type(+f), abs(Flag(-3)), ~f)
print(isinstance(f, int), f == 5, 5 == f, f < 6, hash(f) == hash(5), {5: 'x'}[f], {f: 'y'}[5], f.name, f.__dict__, int(f), type(int(f)))
print([10, 20, 30, 40, 50, 60][f], range(10)[f], 'ab' * Flag(2), f.bit_length(), f.to_bytes(2, 'big'), float(f), f / 2, f // 2)
print(f % 3, f ** 2, f << 1, f & 4, divmod(f, 2), bool(Flag(0)), bool(f), f.real, type(f.real), round(f), type(round(f)))
print(hex(f), f'{f:05d}', '%d' % f, sorted([Flag(3), 1, Flag(2)]))
class Big(int):
    pass
b = Big(2**80)
print(b, b + 1, type(b + 1), b == 2**80, Big('ff', 16), Big(), Big(3.9), Big(-2**70) // 3, str(b), vars(b))
class Color(int):
    RED = 1
    def describe(self):
        return 'color %d' % self
print(Color(1).describe(), Color.RED, isinstance(Color(2), Color), type(Color(2)).__name__, Color(7) in {7}, max(Color(1), Color(9)))
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    __radd__ = __add__
    def __str__(self):
        return f"${int(self)}"
m = Money(5)
print(m + 1, type(m + 1).__name__, 1 + m, type(1 + m).__name__, sum([Money(1), Money(2)]), str(m), repr(m), f"{m}", m - 1, type(m - 1).__name__)
class Even(int):
    def __eq__(self, o):
        return int(self) % 2 == int(o) % 2
    __hash__ = int.__hash__
print(Even(2) == 4, Even(2) == 3, 4 == Even(2), Even(2) != 6, hash(Even(2)) == hash(2))
class I(int):
    pass
print(type(I(7)) is I, I.__mro__, I(3).__class__.__name__, vars(I(3)), I(0) or 'empty', [I(1)] * 2, I.from_bytes(b'\x01'), type(I.from_bytes(b'\x01')).__name__)
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
class Odd(int):
    def __int__(self): return 42
class Bad(int):
    def __int__(self): return 'x'
print(int(Odd(3)), Odd(3) + 0, int(Odd(3)) == 42, type(int(Odd(3))).__name__)
try:
    int(Bad(1))
except TypeError as e:
    print(e)
class Plain(int): pass
print(int(Plain(7)), type(int(Plain(7))).__name__)
