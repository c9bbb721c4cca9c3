# find/rfind/index/rindex.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"))
print(s.find("xyz"), s.rfind("xyz"), s.find(""), s.rfind(""))
print(s.find("o", 5), s.find("o", 5, 7), s.find("l", -5), s.rfind("l", 0, 5))
print(s.index("world"), s.rindex("l"), s.index("h", 1))
for call in [lambda: s.index("xyz"), lambda: s.rindex("q"), lambda: s.index("hello", 14)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
