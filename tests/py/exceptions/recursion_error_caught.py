# Deep recursion raises RecursionError.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
