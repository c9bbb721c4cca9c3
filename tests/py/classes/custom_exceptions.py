# User-defined exception hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key
class Invalid(AppError):
    def __str__(self):
        return "invalid input (%d args)" % len(self.args)
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid(k, "extra")
    return d[k]
data = {"a": 1, "b": None}
for key in "abc":
    try:
        print(lookup(data, key))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
class WithData(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise WithData(404, "missing page")
except ValueError as e:
    print(e.code, e, e.args)
class Unprintable(Exception):
    pass
raise Unprintable("custom uncaught", 7)
