# Nested comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({i: [j for j in range(i)] for i in range(4)})
print(sum(x * y for x in range(3) for y in range(3)))
print([c + d for c in "ab" for d in "xy"])
