import os
def show(f):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.args, repr(e), str(e), e.errno, e.strerror, e.filename, e.filename2)
show(lambda: open("/nonexistent/f.txt"))
show(lambda: open("/tmp"  , "w"))
show(lambda: os.listdir("/nonexistent"))
show(lambda: os.remove("/nonexistent"))
show(lambda: os.mkdir("/tmp"))
show(lambda: os.rmdir("/nonexistent"))
show(lambda: os.chdir("/nonexistent"))
show(lambda: open(b"/nonexistent/b"))
e = OSError(2, "No such file", "/x")
print(e.args, repr(e), str(e))
e = OSError(2, "No such file", "/x", None, "/y")
print(e.args, repr(e), str(e), e.filename2)
e = FileNotFoundError(2, "msg")
print(e.args, str(e))
print(OSError(1).args, str(OSError("a", "b", "c", "d", "e", "f")))
e = OSError(2, "x", "f"); e.args = (1, 2, 3); print(str(e), e.filename, e.args)
e = OSError(2, "x", None, None, "f2"); print(e.args, str(e), e.filename, e.filename2)
e.errno = 5; e.strerror = "changed"; e.filename = "nf"; print(str(e), e.errno)
class MyErr(FileNotFoundError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
m = MyErr(2, "gone", "/p"); print(m.args, str(m), m.filename, m.extra)
print(OSError(2, "a").filename, OSError("only").errno, str(OSError("only")))
print(str(OSError(None, None)), OSError(None, None).args)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as x:
    print(repr(x), x.__reduce__()[1] if False else "")
import copy
c = copy.copy(FileNotFoundError(2, "gone", "/a")); print(repr(c), str(c))
c = copy.deepcopy(OSError(2, "gone", "/a", None, "/b")); print(repr(c), str(c))
