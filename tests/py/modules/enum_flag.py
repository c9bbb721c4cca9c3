# enum: Flag and IntFlag composition, pseudo-members, iteration and inversion.
from enum import Flag, IntFlag, auto


class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(repr(P), list(P), P.R | P.W, repr(P.R | P.W), P.RW, repr(P.R | P.W | P.X), P(0), repr(P(0)))
print(P.R in (P.R | P.W), P.X in P.RW, bool(P(0)), bool(P.R), len(P.RW), list(P.RW), list(P(7)))
print(P.R & P.W, P.RW & P.R, P.R ^ P.RW, ~P.R, ~(P.R | P.W | P.X), P(-1), P(3) is P.RW)
print(P.R.value, P.W.value, P.X.value, P(0).name, (P.R | P.X).name, type(P.R | P.W), P.__members__.keys())


class IF(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IF), IF.R | IF.W, repr(IF.R | IF.W), IF.R | 8, repr(IF.R | 8), IF.R + 1, repr(IF(16)))
print(~IF.R, repr(~IF.R), IF.R & 4, IF(7), list(IF(6)), IF.W == 2, IF.R > IF.W, f'{IF.R:b}', IF(0), repr(IF(0)))

for bad in (lambda: P.R | 1, lambda: 1 in P.R, lambda: P('x')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
