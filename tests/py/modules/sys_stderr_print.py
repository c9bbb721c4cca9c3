# print(file=sys.stderr) and sys.stderr.write interleave with stdout in
# program order (stderr is flushed, stdout before it).
import sys
print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
print("out 2", end="!\n")
print("err", 3, sep="-", file=sys.stderr)
sys.stdout.write("out 3\n")
sys.stdout.flush()
print(sys.stderr.write("x\n"))
