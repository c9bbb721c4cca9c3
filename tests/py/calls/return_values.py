# Return values: implicit None, multiple values, early return.
def nothing():
    return
def implicit():
    x = 1
def many():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), implicit(), many(), early(50), early(0))
a, b, c = many()
print(a, b, c)
def nested_return():
    try:
        return "try"
    finally:
        print("finally runs")
print(nested_return())
