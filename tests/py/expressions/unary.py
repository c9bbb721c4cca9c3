# Unary operators.
x = 7
print(-x, +x, ~x, not x)
print(- -x, -+-x, ~~x, not not x)
print(-0.0, +0.0, -(-0.0))
print(-True, +False, ~True)
print(-(2 ** 70), ~(2 ** 70))
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(self.v * 100)
    def __invert__(self):
        return N(self.v ^ 1)
    def __repr__(self):
        return "N(%d)" % self.v
n = N(4)
print(-n, +n, ~n, -+~n)
