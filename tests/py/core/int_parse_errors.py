# Errors from int() parsing.
bad = ["abc", "12a", "", " ", "1.5", "1__0", "_1", "0x10", "--1"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("g", 16)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
