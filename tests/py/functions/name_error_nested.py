# A NameError raised deep inside nested function calls, uncaught.
def level3(items):
    total = 0
    for item in items:
        total += item
    return total / number_of_elements

def level2(items):
    return level3(items) * 2

def level1():
    data = [1, 2, 3]
    print("summing", data)
    return level2(data)

print("result:", level1())
