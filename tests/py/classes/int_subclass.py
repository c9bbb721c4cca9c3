# Subclasses of int: arithmetic gives ints, hashing/equality like int, __new__ with extra state, bigger values.
class MyInt(int):
    def __new__(cls, v, tag="t"):
        o = super().__new__(cls, v); o.tag = tag; return o
m = MyInt(7, "x")
print(m, m.tag, m + 1, m * m, -m, abs(MyInt(-3)), m == 7, hash(m) == hash(7), {7: "a"}[m], m < 8, int(m), type(int(m)).__name__)
print(bin(m), hex(m), m.bit_length(), [0,1,2,3,4,5,6,7,8][m], range(m)[-1], m // 2, m % 3, m ** 2, 2 ** MyInt(3), divmod(m, 2), float(m))
print(isinstance(m, int), issubclass(MyInt, int), MyInt.__mro__, str(m), repr(m), f"{m:>4}", "%d" % m, m.__index__(), type(m.__index__()).__name__)
big = MyInt(2**100); print(big, big + 1, big == 2**100, big > 5)
class Flag(int):
    def __repr__(self): return f"Flag({int(self)})"
    def __or__(self, o): return Flag(int(self) | int(o))
print(Flag(1) | Flag(2), Flag(1) | 4, 4 | Flag(1), sorted([MyInt(3), 1, MyInt(2)]), sum([MyInt(1), MyInt(2)]), max(MyInt(5), 3))
print(MyInt(0) or "zero", bool(MyInt(0)), bool(MyInt(2)), MyInt("12"), MyInt("ff", 16) if False else MyInt(255))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
try: Pos(-1)
except ValueError as e: print(e)
print(Pos(3) + Pos(4), type(Pos(3) + Pos(4)).__name__, round(MyInt(5)), type(round(MyInt(5))).__name__)
import json; print(json.dumps({"a": MyInt(3)}), json.dumps([Flag(2)]))
