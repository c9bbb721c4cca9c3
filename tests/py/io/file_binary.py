# Binary files: BufferedReader/Writer/Random, bytes in and out, seek/tell.
import os
d = "_scratch_file_binary"
os.mkdir(d)
p = d + "/f.bin"
try:
    with open(p, "wb") as f:
        print(type(f).__name__, f.mode, repr(f).replace(d, "D"))
        print(f.write(b"abc\ndef\r\n"), f.write(bytes([0, 255, 10])))
    with open(p, "rb") as f:
        print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
        print(f.read(2), f.readline(), f.tell())
        print(f.readlines())
        print(f.read(), f.read(5))
        f.seek(-3, 2)
        print(f.read())
        f.seek(1)
        f.seek(2, 1)
        print(f.tell(), f.read(1))
    with open(p, "rb") as f:
        print(list(f))
    for m in ("r+b", "w+b", "ab", "ab+", "xb" if False else "rb"):
        with open(p, m) as f:
            print(m, type(f).__name__, f.mode)
    with open(p, "r+b") as f:
        f.write(b"XY")
        print(f.read())
        f.seek(0)
        print(f.read())
        print(f.truncate(4), f.tell())
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "wb") as f:
        pass
    with open(p, "rb") as f:
        print(f.read(), f.readline())
finally:
    os.remove(p)
    os.rmdir(d)
