# repr keeps printable non-ASCII characters, ascii() escapes them.
for s in ["é", "中文", "😀", "naïve café", "\u00a0", "\u2028", "\U0001f600x"]:
    print(repr(s), ascii(s))
print(["é", ("中",), {"k": "😀"}])
print(len(repr("é")), len(ascii("é")), str("中") == "中")
print(repr("tab\tand é"), ascii("tab\tand é"))
