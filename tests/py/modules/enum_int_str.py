# enum: IntEnum, StrEnum, str-mixin enums and auto().
from enum import Enum, IntEnum, StrEnum, auto


class N(IntEnum):
    A = 1
    B = 2


print(N.A, repr(N.A), str(N.A), f'{N.A}', format(N.A, '03d'), N(2), N.A == 1, N.A < N.B, N.B > 1)
print(N.A + 1, 1 + N.A, N.B * 3, N.B - N.A, N.B // 2, N.B % 2, -N.A, N.B ** 2, N.A | 2, int(N.B), float(N.A))
print([10, 20, 30][N.B], list(range(N.B)), hex(N.B), sorted([N.B, 0, N.A]), N.A.real, hash(N.A) == hash(1))
print({1: 'one'}[N.A], N.A in N, list(N), N.__members__.keys(), N(1) is N.A, max(N), min(N.A, N.B))
print(N.A.value, N.A.name, N['B'], abs(N.A), round(N.B))


class S(str, Enum):
    a = 'aa'
    b = 'bb'


print(S.a, repr(S.a), S.a == 'aa', S.a.upper(), f'{S.a}', S('bb'), len(S.a), S.a + '!', sorted(S))


class SE(StrEnum):
    A = auto()
    B = 'bee'


print(SE.A, repr(SE.A), SE.B == 'bee', f'{SE.B}', f'{SE.B:>5}|', str(SE.A), SE('bee'), SE.A.upper())
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print('TypeError:', e)


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


print(list(A), A.W.value, repr(auto()) if False else '')


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    Q = auto()
    R = auto()


print(Gen.Q.value, Gen.R.value)
print(isinstance(N.A, int), isinstance(N.A, N), type(N.A + 0), N.A.bit_length(), int.__add__(N.B, 1))
print(sorted({N.B: 'b', N.A: 'a'}.items()), N.A in {1, 5}, 2 in {N.B: 0})


class Fl(float, Enum):
    HALF = 0.5
    ONE = 1.0


print(Fl.HALF, repr(Fl.HALF), Fl.HALF * 2, Fl(0.5), isinstance(Fl.ONE, float), f'{Fl.ONE}', Fl.ONE == 1)
