# Assignment expressions in while, if and comprehensions.
data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (v := data[i]) != 9:
    i += 1
print(i, v)
if (n := len(data)) > 5:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
totals = [total := 0] + [total := total + x for x in range(5)]
print(totals, total)
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)
print((z := 10), z + 1)
def f():
    [w := k for k in range(3)]
    return w
print(f())
