# Uncaught exception traceback through several calls.
def level3(items):
    return items[10]

def level2(items):
    return level3(items) + 1

def level1():
    data = [1, 2, 3]
    return level2(data)

print("before")
level1()
