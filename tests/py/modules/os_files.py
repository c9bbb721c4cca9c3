# os file-system calls: makedirs/removedirs, stat results, rename/replace,
# walk, scandir, access, and the process helpers.
import os, os.path
base = "/tmp/coil_os_case_%d" % os.getpid()
import sys
def clean(p):
    for top, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(top, f))
        for d in dirs: os.rmdir(os.path.join(top, d))
    if os.path.exists(p): os.rmdir(p)
clean(base)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b/c", exist_ok=True)
try:
    os.makedirs(base + "/a/b")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename))
with open(base + "/a/f.txt", "w") as f:
    f.write("hello")
st = os.stat(base + "/a/f.txt")
print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, len(st), st.st_mtime_ns // 10**9 == st[8])
os.rename(base + "/a/f.txt", base + "/a/g.txt")
print(sorted(os.listdir(base + "/a")), os.path.exists(base + "/a/f.txt"), os.path.isfile(base + "/a/g.txt"))
try:
    os.rename(base + "/nope", base + "/x")
except FileNotFoundError as e:
    print(str(e).replace(base, "B"))
print([(os.path.relpath(t, base), sorted(d), sorted(f)) for t, d, f in os.walk(base)])
with os.scandir(base + "/a") as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
print(os.access(base, os.F_OK), os.access(base + "/zz", os.R_OK), os.path.islink(base), os.path.samefile(base, base + "/a/.."))
print(isinstance(os.cpu_count(), int), len(os.urandom(8)), type(os.urandom(3)).__name__, os.getppid() > 0, isinstance(os.getuid(), int))
os.replace(base + "/a/g.txt", base + "/a/h.txt")
clean(base)
print(os.path.exists(base))
try:
    os.stat(base)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
os.makedirs(base + "/x/y")
os.removedirs(base + "/x/y")
print(os.path.exists(base))
