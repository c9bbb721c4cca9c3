# Nested try statements and propagation.
def stage(n):
    try:
        try:
            if n == 0:
                raise ValueError("v")
            if n == 1:
                raise TypeError("t")
            if n == 2:
                raise KeyError("k")
            return "ok"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("inner finally", n)
    except TypeError as e:
        return "outer handled " + str(e)
    finally:
        print("outer finally", n)

for n in range(4):
    try:
        print(stage(n))
    except KeyError as e:
        print("escaped", e)
