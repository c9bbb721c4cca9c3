# try / except / else / finally in combinations.
def attempt(f):
    try:
        result = f()
    except ZeroDivisionError as e:
        print("  zero division:", e)
    except (KeyError, IndexError) as e:
        print("  lookup error:", type(e).__name__, e)
    except Exception as e:
        print("  other:", type(e).__name__, e)
    else:
        print("  no exception, result", result)
    finally:
        print("  finally")
attempt(lambda: 1 / 0)
attempt(lambda: {}["missing"])
attempt(lambda: [][1])
attempt(lambda: int("nope"))
attempt(lambda: "fine")
try:
    pass
finally:
    print("try/finally without except")
try:
    raise ValueError("x")
except:
    print("bare except")
def name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        print("'as' name is deleted after handler")
name_cleared()
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs first")
except KeyError as e:
    print("outer caught", e)
class MyError(ValueError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print("base class handler caught", type(e).__name__, isinstance(e, MyError))
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
