# if/elif/else chains and nested ifs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"

for n in [-3, 0, 3, 4, 10, 99]:
    print(n, classify(n))
x = []
if x:
    print("truthy")
elif x is not None:
    print("empty but not None")
if 0: print("no")
else: print("single-line else")
