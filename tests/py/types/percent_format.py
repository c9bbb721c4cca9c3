# printf-style % formatting.
print("%d %s %r %5.2f %-4d| %x %%" % (42, "str", "rep", 3.14159, 7, 255))
print("%s" % "single", "%s" % (1,), "%s" % [1, 2])
print("%5s|%-5s|%05d|%+d|% d" % ("ab", "cd", 42, 5, 5))
print("%o %X %#x %#o %e %E %g" % (8, 255, 255, 8, 12345.678, 0.00012, 1e-7))
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%*d" % (6, 42))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 5})
print("%i %u" % (3.9, 4))
try:
    "%d" % "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
