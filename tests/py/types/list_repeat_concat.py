# * and + on lists, aliasing in repetition.
a = [1, 2] * 3
print(a, [0] * 0, [] * 5, [1] * -2)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
b = [1]
c = b
b += [2]
print(b, c, b is c)
b = b + [3]
print(b, c, b is c)
x = [1, 2]
x *= 2
print(x)
try:
    [1] + "a"
except TypeError as e:
    print(type(e).__name__, e)
