# break and continue in nested loops affect the innermost loop.
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
i = 0
while True:
    i += 1
    if i > 100:
        break
    if i % 7:
        continue
    print("multiple of 7:", i)
    if i >= 21:
        break
