# Uncaught AttributeError on an int after a caught one.
n = 42
try:
    n.append(1)
except AttributeError as e:
    print("caught:", e)
print(n.qqq)
