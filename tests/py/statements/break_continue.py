# break and continue in for and while, including nested loops.
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print("pair", i, j)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for val in row:
        if val == 4:
            found = val
            break
    if found:
        break
print("found", found, "row", row)
for ch in "abc":
    try:
        if ch == "b":
            continue
        print("try", ch)
    finally:
        print("finally", ch)
for k in range(3):
    try:
        break
    finally:
        print("finally runs on break", k)
