# An uncaught too-many-arguments TypeError inside nested calls.
def point(x, y):
    return (x, y)

def build():
    return point(1, 2, 3)

print(point(0, 0))
build()
