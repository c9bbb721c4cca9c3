# Equal numbers hash equally and collide as dict keys.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 100) == hash(float(2 ** 100)))
print(hash(-1) == hash(-1.0), hash(-1), hash(-2))
print(hash(0), hash(42), hash(12345))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, 1, 1.0}
print(len(s))
print(hash((1, 2)) == hash((1.0, 2.0)), hash("abc") == hash("ab" + "c"))
