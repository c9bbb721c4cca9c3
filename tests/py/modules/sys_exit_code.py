# sys.exit(n): SystemExit with code n; the status is n (here 3); code and
# args are visible when caught; finally blocks run.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", e.code)
try:
    raise SystemExit("a", "b")
except SystemExit as e:
    print(e.code)
try:
    print("exiting")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")
