# Augmented assignment with every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0b11100; print(x)
x |= 0b00011; print(x)
x ^= 0b11111; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"n": 1}
d["n"] += 41
print(d)
class C:
    v = 0
c = C()
c.v += 5
print(c.v, C.v)
arr = [[1, 2], [3, 4]]
arr[1][0] *= 10
print(arr)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a += "x"
a += "y"
print(a.items)
