# range() with bounds of any size: CPython's ranges take any int; len()
# past sys.maxsize is an OverflowError, everything else still works.
import sys
B = 2 ** 64
cases = [
    "range(B)", "range(B)[-1]", "range(B)[B - 1]", "range(-B, B, B // 2)", "list(range(-B, B, B // 2))",
    "len(range(2**62))", "len(range(B))", "bool(range(B))", "bool(range(B, B))", "range(B, 0, -3)[5]",
    "list(range(B, B + 3))", "list(reversed(range(B, B + 3)))", "list(reversed(range(B + 10, B, -4)))",
    "B + 1 in range(2 * B)", "B + 1 in range(0, 2 * B, 2)", "-B in range(-B, 0)",
    "range(0, 2**70, 2**68)[2]", "range(0, 2**70, 2**68)[-1]", "range(B)[2**63:][:3]", "range(B)[::B // 4]",
    "range(B)[::-1][:2]", "range(10)[::2**70]", "range(10)[2**70:]", "range(10)[-2**70:3]", "range(B)[1:-1:7]",
    "range(B).index(5)", "range(B, 2 * B).index(B + 7)", "range(B).count(3)", "range(B, B + 9).count(B + 3.0)", "B + 1.0 in range(B, B + 3)",
    "range(B) == range(0, B)", "range(B, B) == range(0)", "range(B, B + 1) == range(B, B + 5, 7)",
    "hash(range(B)) == hash(range(0, B, 1))", "range(10**20, 10**20 + 5, 2)", "sum(range(2**63 - 2, 2**63 + 2))",
    "range(2**60 - 2, 2**60 + 2)[3]", "list(range(2**61, 2**61 + 2))", "range(-2**63, 2**63)[2**63]",
    "range(B)[B]", "range(B).index(-1)", "range(B)[1.5]", "range(0, B, 0)", "range(1, 2, 3, 4)",
    "range(2**62)[2**61]", "[x for x in range(B - 2, B + 2)]", "range(5)[::-2], range(5)[1:4], range(5)[-100:100]",
    "range(2**100).start, range(2**100).stop, range(2**100).step", "range(3, 2**65, 2**64).stop",
    "len(range(sys.maxsize))", "len(range(-1, sys.maxsize))", "len(range(-sys.maxsize - 1, sys.maxsize))",
]
for e in cases:
    try:
        print(e, "->", eval(e))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)
it = iter(range(B, B + 3))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = iter(range(5))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
for i in range(2 ** 70, 2 ** 71, 2 ** 69):
    print(i)
