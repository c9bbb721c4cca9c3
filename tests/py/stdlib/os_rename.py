# os.rename / os.replace: moving a file, replacing an existing target, and the
# errors naming both paths.
import os

a, b, c = "_os_rename_a.tmp", "_os_rename_b.tmp", "_os_rename_c.tmp"
with open(a, "w") as f:
    f.write("alpha")
with open(c, "w") as f:
    f.write("gamma")
os.rename(a, b)
print(os.path.exists(a), os.path.exists(b))
os.replace(b, c)
with open(c) as f:
    print(f.read(), os.path.exists(b))
for fn in (os.rename, os.replace):
    try:
        fn("_os_rename_missing.tmp", b)
    except FileNotFoundError as e:
        print(fn.__name__, e.errno, e.filename, e.filename2, e)
    try:
        fn(c, 3)
    except TypeError as e:
        print(e)
os.remove(c)
