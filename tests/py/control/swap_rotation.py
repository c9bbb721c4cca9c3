# Multiple assignment evaluates the right side first.
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 0, 4
while i < j:
    lst[i], lst[j] = lst[j], lst[i]
    i, j = i + 1, j - 1
print(lst)
x, y, z = "abc"
x, y, z = y, z, x
print(x, y, z)
