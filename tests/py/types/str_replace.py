# str.replace with count.
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 1))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("one", "1", -1))
print(s.replace("three", "3"))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "x"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("b", ""), "".replace("", "x"))
print("中文中".replace("中", "Z"))
