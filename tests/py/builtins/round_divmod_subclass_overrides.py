# round(), divmod() and math.floor/trunc/ceil reach a subclass of int or
# float through its own __round__ / __divmod__ / __rdivmod__ (the reflected
# one first for a right operand of a subclass type), and int and float have
# those dunders themselves for super() and direct calls.
import math
class I(int):
    def __floor__(self): return "ifloor"
    def __trunc__(self): return "itrunc"
    def __ceil__(self): return "iceil"
print(math.floor(I(3)), math.trunc(I(3)), math.ceil(I(3)), math.floor(True), round(True), divmod(True, 2), divmod(7, 2.0), divmod(7.5, 2), round(7.5), round(-0.5), round(2**70), round(1.23456, 2))
tests = [lambda: (7).__divmod__(2), lambda: (7).__rdivmod__(2), lambda: (7).__round__(), lambda: (7.5).__round__(), lambda: (7).__floor__(), lambda: (7).__ceil__(), lambda: (7).__trunc__(),
 lambda: (7.5).__divmod__(2), lambda: (7).__round__(-1), lambda: (2.5).__round__(0), lambda: (2.5).__round__(None), lambda: True.__round__(), lambda: (7).__divmod__(2.0), lambda: (7.0).__divmod__("x"),
 lambda: divmod(1, "x"), lambda: divmod("x", 1), lambda: round("x"), lambda: round(1.5, "x"), lambda: round(float("nan")), lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: (7).__round__(1, 2),
 lambda: int.__round__(7, 1), lambda: float.__round__(2.675, 2), lambda: round(I(5), -1), lambda: divmod(I(7), 2), lambda: divmod(I(7), I(2)), lambda: (3).__rdivmod__(10)]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class Money(float):
    def __round__(self, n=None):
        return Money(super().__round__(n if n is not None else 2))
    def __divmod__(self, o):
        q, r = super().__divmod__(o)
        return Money(q), Money(r)
    def __repr__(self): return f"Money({float(self)})"
print(round(Money(2.345)), round(Money(2.5), 0), divmod(Money(7.5), 2), divmod(7, Money(2)))
class Lit(int):
    def __rdivmod__(self, o): return "lit-r"
print(divmod(5, Lit(2)), divmod(Lit(5), 2))
