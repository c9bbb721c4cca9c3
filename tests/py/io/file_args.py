# File-method and open() argument handling: sizes, wrong types, arities.
import os
d = "_scratch_file_args"
os.mkdir(d)
P = d + "/fz.txt"
try:
    with open(P, 'w') as f:
        f.write('abc\ndef\n')
    def t(fn):
        try:
            r = fn()
            print(repr(r).replace(d, "D"))
        except Exception as e:
            print(type(e).__name__, str(e).replace(d, "D"))
    f = open(P)
    t(lambda: f.read(None)); f.seek(0)
    t(lambda: f.read(-5)); f.seek(0)
    t(lambda: f.readline(2)); t(lambda: f.readline(0)); t(lambda: f.readlines(1))
    t(lambda: f.seek('a')); t(lambda: f.write())
    t(lambda: open(None)); t(lambda: open(P, None)); t(lambda: open(P, 5))
    t(lambda: open(P, 'rb').read(0)); t(lambda: open(P, 'rb').readline(2))
    t(lambda: open(P, 'rb').readlines())
    t(lambda: open(P, buffering=0)); t(lambda: open(P.encode()).read())
    t(lambda: open(P, closefd=False))
    t(lambda: f.truncate())
    f.close()
finally:
    os.remove(P)
    os.rmdir(d)
