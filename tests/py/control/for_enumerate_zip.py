# for with enumerate and zip.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, age)
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
total = 0
for a, b, c in zip(range(3), range(10, 13), range(100, 103)):
    total += a + b + c
print(total)
