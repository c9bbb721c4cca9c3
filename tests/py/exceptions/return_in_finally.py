# return in finally overrides return values and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
def exc_in_finally():
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
try:
    exc_in_finally()
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
