# min/max with key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(max([], default=None), min([], default="empty"), max([5], default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([(1, "b"), (1, "a")]))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max(-1, -2, key=abs), min(-1, 1, key=abs))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
