# Instance attribute reads and writes: 30,000,000 gets and sets on objects
# with three attributes, plus a class attribute read through the instance.
class Point:
    scale = 3

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def main():
    pts = [Point(i, i + 1, i + 2) for i in range(16)]
    total = 0
    for i in range(3000000):
        p = pts[i & 15]
        p.x = p.y + 1
        p.y = p.z - 1
        p.z = (p.x + i) & 1023
        total = (total + p.x + p.y + p.z * p.scale) & 0xFFFFFFF
    return total


print(main())
