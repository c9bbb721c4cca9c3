# startswith/endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".zip"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.startswith(()))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith("tar", 0, 12))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
