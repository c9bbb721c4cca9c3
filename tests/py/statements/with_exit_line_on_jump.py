# A with block left by return, break or continue runs __exit__ on the with
# statement's line: that is the line a traceback through __exit__ shows.
import traceback


class CM:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.fail:
            raise KeyError("exit")
        return False


def by_return():
    with CM(True) as c:
        return 1 + 2


def by_continue():
    for i in range(2):
        with CM(True):
            if i == 0:
                continue
            break


def by_break():
    while True:
        with CM(True):
            break


def nested_return():
    with CM(False):
        with CM(True):
            return 5


def outer_fails():
    with CM(True):
        with CM(False):
            return 6


def multi_items():
    with CM(False) as a, CM(True) as b:
        return 7


for fn in (by_return, by_continue, by_break, nested_return, outer_fails, multi_items):
    try:
        fn()
    except KeyError:
        traceback.print_exc()
