# sys.setrecursionlimit: values past 100,000 are kept as given (script
# frames do not use the C stack), out-of-C-int values raise OverflowError.
import sys

sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(150000))
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
for bad in (2**31, -2**31 - 1, 2**70, 0, -5, 1.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(60)
try:
    depth(100)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit())
