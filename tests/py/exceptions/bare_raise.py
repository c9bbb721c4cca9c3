# Bare raise re-raises the active exception.
def inner():
    try:
        int("bad")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    inner()
except ValueError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_later():
    try:
        raise KeyError("first")
    except KeyError as e:
        saved = e
    raise saved
try:
    reraise_later()
except KeyError as e:
    print("saved:", e)
