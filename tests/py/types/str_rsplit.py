# str.rsplit with maxsplit.
print("a,b,c,d".rsplit(",", 1))
print("a,b,c,d".rsplit(",", 2))
print("a,b,c,d".rsplit(","))
print("  a  b   c  ".rsplit(None, 1))
print("  a  b   c  ".rsplit(maxsplit=1))
print("path/to/file.txt".rsplit("/", 1)[-1])
print("file.tar.gz".rsplit(".", 1), "file.tar.gz".split(".", 1))
print("".rsplit(","), "x".rsplit("x"))
