# finally interacting with return / break / continue.
def f():
    try:
        return "try"
    finally:
        print("finally before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
h()
def k():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"
print(k())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
