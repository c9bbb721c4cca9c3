# Nested loops over lists.
def main():
    n = 2500
    xs = [(i * 37) % 101 for i in range(n)]
    ys = [(i * 53) % 97 for i in range(n)]
    total = 0
    for x in xs:
        for y in ys:
            total += x * y if x > y else x - y
    return total

print(main())
