# Slicing a range gives a range.
r = range(0, 20, 2)
print(r[2:5], r[::2], r[::-1], r[-3:], r[:100], r[5:2])
print(list(r[2:5]), list(r[::-1]))
print(range(10)[::-2], list(range(10)[::-2]))
print(range(10, 0, -1)[2:5], list(range(10, 0, -1)[2:5]))
big = range(10 ** 12)
print(len(big), big[-1], big[10 ** 11], 10 ** 11 in big)
print(range(5).start, range(5).stop, range(5).step, range(1, 9, 3).step)
