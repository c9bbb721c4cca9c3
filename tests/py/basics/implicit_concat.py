# Adjacent string literals are concatenated at compile time.
s = "abc" 'def' """ghi"""
print(s)
t = ("multi "
     "line "
     'concat')
print(t)
print(b"by" b'tes' rb"\n")
x = 5
print("value: " f"{x}" " and " f'{x * 2}' r"\raw")
print("a" "b" == "ab")
print(len("" "" ""))
items = ["one" "two", "three"]
print(items, len(items))
print(f"{x}" "{not a field}")
print("%s-%s" % ("a" "b", "c"))
