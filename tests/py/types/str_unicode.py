# Code points beyond ASCII: len, index, slice, iteration.
s = "héllo 中文 😀!"
print(len(s), s[1], s[6], s[7], s[9], s[-1], s[-2])
print(s[1:5], s[6:8], s[::-1])
print([c for c in s])
print(ord("é"), ord("中"), ord("😀"), chr(233), chr(20013), chr(128512))
print("é" * 3, "中" + "文", "😀" in s, s.find("中"), s.index("😀"))
print(s.upper(), "ÉCOLE".lower(), "straße".upper())
print(len("😀😀"), "😀😀"[1], "a😀b".split("😀"))
print("naïve".encode("utf-8"), len("naïve".encode("utf-8")))
print(b"caf\xc3\xa9".decode("utf-8"))
