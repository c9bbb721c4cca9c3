# The interpreter's own printer draws the caret lines too: an uncaught
# exception printed through a replaced sys.stderr (here, to stdout).
import sys
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))
    def flush(self):
        pass
sys.stderr = Out()
data = {"a": [1, 2]}
def pick(k, i):
    return data[k][i] * 2
def total():
    return pick("a", 0) + pick("a", 5)
def run():
    try:
        total()
    except IndexError as e:
        raise RuntimeError("bad total") from e
run()
