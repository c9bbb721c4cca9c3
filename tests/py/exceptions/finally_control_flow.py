# finally runs on return, break and continue.
def with_return():
    try:
        return "from try"
    finally:
        print("finally on return")
print(with_return())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_return():
    for i in range(5):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)
print(loop_return())
while True:
    try:
        break
    finally:
        print("finally on while break")
