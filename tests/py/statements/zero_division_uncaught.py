# Uncaught ZeroDivisionError at top level after some output.
def ratio(a, b):
    return a / b

print(ratio(10, 4))
values = [4, 2, 0]
for v in values:
    print("100 //", v, "=", 100 // v)
print("unreachable")
