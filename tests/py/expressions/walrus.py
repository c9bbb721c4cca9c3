# Assignment expressions (walrus).
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 9])
while (v := next(values)) != 0:
    print("got", v)
print((a := 10) + a)
print(a)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
print(f"{(z := 3) * 2} {z}")
