# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for v in (-3, 0, 5, 50, 500):
    print(v, classify(v))
x = 7
if x % 2 == 0:
    print("even")
else:
    print("odd")
if x > 5:
    if x > 6:
        print("> 6")
    else:
        print("== 6")
if []:
    print("empty list true?")
elif {}:
    print("empty dict true?")
elif "s":
    print("string true")
if 0:
    pass
print("done")
