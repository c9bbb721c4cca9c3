# Text files: write, read, readline(s), iteration, seek/tell, append, modes,
# universal newlines.  Works in a scratch directory it creates and removes.
import os
d = "_scratch_file_text"
os.mkdir(d)
p = d + "/f.txt"
try:
    with open(p, "w") as f:
        print(repr(f).replace(d, "D"))
        print(f.name == p, f.mode, f.closed, f.encoding)
        print(f.write("hello\n"), f.write("wörld\n"))
        f.writelines(["a\n", "b\n", "c"])
    print(f.closed)
    f = open(p)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
    f.close()
    with open(p) as f:
        for line in f:
            print(repr(line))
    with open(p, "a") as f:
        f.write("\nmore\n")
    with open(p) as f:
        print(list(f))
    with open(p, "r+") as f:
        print(repr(f.read(5)))
        f.seek(0)
        f.write("HE")
        f.seek(0)
        print(repr(f.readline()))
    with open(p, "w") as f:
        f.write("one\r\ntwo\rthree\nfour")
    with open(p) as f:
        print(repr(f.read()))
    with open(p, newline="") as f:
        print(list(f))
    with open(p, newline="\r") as f:
        print(list(f))
    with open(p, newline="\r\n") as f:
        print(f.readlines())
    with open(p, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="latin-1") as f:
        print(f.encoding, repr(f.read()))
    with open(p, "w", encoding="ascii") as f:
        try:
            f.write("caf\xe9")
        except UnicodeEncodeError as e:
            print(e)
    with open(p, "x" if False else "w") as f:
        pass
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(p, "w") as f:
        f.write("0123456789")
    with open(p) as f:
        print(f.read(4), f.tell(), f.seek(0, 2), f.tell(), repr(f.read()))
        print(f.seek(2), f.read(2))
    f = open(p, "w")
    f.write("flushed?")
    f.flush()
    print(open(p).read())
    f.close()
finally:
    for n in os.listdir(d):
        os.remove(d + "/" + n)
    os.rmdir(d)
print(os.path.exists(d))
# A file dropped without close(): CPython closes (and flushes) it at once.
os.mkdir(d)
try:
    open(p, "w").write("dropped\n")
    print(repr(open(p).read()))
    with open(p, "a") as f:
        print("printed", 42, file=f)
        print("second", file=f, end="")
    with open(p) as f:
        print(f.readlines())
finally:
    os.remove(p)
    os.rmdir(d)
