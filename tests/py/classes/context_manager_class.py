# Classes implementing the context manager protocol.
class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append("rollback: %s" % exc_value)
        return exc_type is KeyError
log = []
with Transaction(log) as t:
    log.append("work")
print(log)
log.clear()
with Transaction(log):
    raise KeyError("k")
print(log)
log.clear()
try:
    with Transaction(log):
        raise ValueError("v")
except ValueError:
    log.append("outer caught")
print(log)
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return "  " * Indent.level
    def __exit__(self, *exc):
        Indent.level -= 1
with Indent() as a:
    print(a + "one")
    with Indent() as b:
        print(b + "two")
    print(a + "one again")
print(Indent.level)
