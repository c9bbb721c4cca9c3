# input() and sys.stdin: a replaced sys.stdin/sys.stdout (io.StringIO) is used,
# the real stdin at EOF gives '' and EOFError.
import io, sys
sys.stdin = io.StringIO("first line\nsecond\nlast")
print(repr(input()), repr(input("prompt> ")), repr(input()))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", e)
out = io.StringIO()
sys.stdout = out
print("captured")
sys.stdin = io.StringIO("x\n")
v = input("q: ")
sys.stdout = sys.__stdout__
print(repr(out.getvalue()), repr(v))
sys.stdin = sys.__stdin__
for line in sys.stdin:
    print("never", line)
print(repr(sys.stdin.readline()), sys.stdin.read())
try:
    input("> ")
except EOFError as e:
    print()
    print("EOF:", e)
