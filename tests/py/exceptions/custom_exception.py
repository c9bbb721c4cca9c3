# Trivial user-defined exceptions.
class AppError(Exception):
    pass
class NotFound(AppError):
    pass

try:
    raise NotFound("item 7")
except AppError as e:
    print(type(e).__name__, e, e.args, isinstance(e, Exception))
try:
    raise NotFound
except NotFound as e:
    print(repr(e), str(e) == "")
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__)
raise NotFound("uncaught custom", 2)
