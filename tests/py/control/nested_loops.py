# Nested loops building a multiplication table and matrix product.
for i in range(1, 5):
    row = []
    for j in range(1, 5):
        row.append(str(i * j).rjust(3))
    print("".join(row))
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
c = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        for k in range(2):
            c[i][j] += a[i][k] * b[k][j]
print(c)
count = 0
for x in range(10):
    for y in range(x):
        for z in range(y):
            count += 1
print(count)
