# strip/lstrip/rstrip with and without chars.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("abcba".strip("ab"), "abcba".strip("xyz"), repr("aaa".strip("a")))
print(repr("".strip()), repr("   ".strip()))
print("<<a>>".strip("<>"), "123abc321".strip("0123456789"))
print("\u3000full\u3000".strip() == "full")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
