# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1))
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def joiner(sep, *parts, end=""):
    return sep.join(parts) + end
print(joiner("-", "a", "b", "c"), joiner("+", end="."), joiner(",", "x", end=";"))
args = (4, 5, 6)
print(total(*args), total(*args, 7, *[8]))
