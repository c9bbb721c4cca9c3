# Keyword arguments in any order.
def describe(name, age, city="?"):
    return f"{name}/{age}/{city}"

print(describe("a", 1))
print(describe(age=2, name="b"))
print(describe("c", city="X", age=3))
print(describe(*["d", 4], city="Y"))
print(sorted([3, 1, 2], reverse=True), "-".join(map(str, range(3))))
print(int("11", base=2), dict(a=1, b=2))
def kw_only_call(**kw):
    return sorted(kw.items())
print(kw_only_call(z=1, a=2, m=3))
print("x", "y", sep="-", end="!\n")
