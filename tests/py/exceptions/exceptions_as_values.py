# Exceptions used as values.
errors = []
for s in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(s))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors])
e = ValueError("v")
print(isinstance(e, ValueError), e.args, e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
def factory(cls, msg):
    return cls(msg)
try:
    raise factory(IndexError, "made")
except IndexError as e2:
    print(repr(e2))
