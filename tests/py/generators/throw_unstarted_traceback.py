# throw() into a generator or coroutine that has not started: the exception
# is raised in its frame, which the traceback shows at the def line (the
# first decorator's for a decorated function).
import traceback


def deco(f):
    return f


@deco
def numbers(
    start=0,
):
    yield start


class Box:
    @staticmethod
    def items():
        yield 1


async def job():
    pass


for make in (numbers, Box.items, lambda: (x for x in range(3)), job):
    g = make()
    try:
        g.throw(KeyError("early"))
    except KeyError:
        traceback.print_exc()
    try:
        next(g) if hasattr(g, "__next__") else g.send(None)
    except StopIteration:
        print("finished")
    except RuntimeError as e:
        print("RuntimeError", e)

g = numbers()
next(g)
try:
    next(g)
except StopIteration:
    pass
try:
    g.throw(ValueError("exhausted"))
except ValueError:
    traceback.print_exc()
g = numbers()
g.close()
try:
    g.throw(ValueError("closed"))
except ValueError:
    traceback.print_exc()
