# An uncaught missing-argument TypeError.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(4))
