# Explicit line joining with backslash.
total = 1 + \
        2 + \
        3
print(total)
if total > 5 and \
   total < 10:
    print("in range")
x = [1, 2,
     3, 4]  # implicit joining inside brackets
print(x)
y = (
    10
    *
    2
)
print(y)
name = "a" \
    "b"
print(name)
def long_function_name(a,
                       b):
    return a \
        - b
print(long_function_name(10, 3))
assert total == 6, \
    "should not fail"
print("done")
