# append, extend, insert.
a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend("xy")
a.extend(range(2))
a.extend(())
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(2, "mid")
b.insert(100, "end")
b.insert(-1, "beforelast")
b.insert(-100, "start")
print(b)
c = []
c += [1]
c += (2, 3)
c += "ab"
print(c)
print(a.append(9) is None)
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
