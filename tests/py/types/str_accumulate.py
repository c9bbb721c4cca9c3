# s += t in a loop appends in place to a string only its local refers to;
# every value seen elsewhere must keep its contents, identity and hash.

class Keep:
    """Keeps whatever is added to it from the left."""
    def __init__(self):
        self.seen = []
    def __radd__(self, other):
        self.seen.append(other)
        return other + "|"

def aliases():
    s = ""
    snaps = []
    for i in range(6):
        s += str(i)
        snaps.append(s)
        t = s
        s += "-"
        print(repr(t), repr(s), t is s, t == s[:-1])
    print(snaps, s)
    d = {}
    for x in snaps:
        d[x] = len(x)
    s2 = ""
    for ch in "0-1-2-3":
        s2 += ch
    print(d.get(s2), hash(s2) == hash("0-1-2-3"), s2 in d)

def identity():
    t = "abc"
    s = t
    s += ""
    print(s is t)
    s = ""
    s += t
    print(s is t)
    s += "d"
    print(s is t, t, s)

def radd():
    k = Keep()
    s = "a"
    for i in range(3):
        s += "b"
    s += k
    s += "c"
    print(s, k.seen)

def unicode():
    s = ""
    for ch in ["a", "é", "b", "€", "😀", "z"]:
        s += ch
        print(len(s), s, s[-1], s.upper())
    print(hash(s) == hash("aéb€😀z"), s == "aéb€😀z", s.encode())

def in_locals():
    s = "start"
    for i in range(3):
        s += "."
    snap = locals()["s"]
    s += "!"
    print(snap, s)

def repeat_and_mod():
    s = "x"
    for i in range(3):
        s += "y"
    keep = s
    s *= 2
    print(keep, s)
    s = "%d-"
    s += "%s"
    print(s % (1, "z"))

def self_add():
    s = "ab"
    for i in range(3):
        s += s
    print(s, len(s))

def gen():
    s = ""
    for i in range(4):
        s += str(i)
        yield s
        s += ","

def errors():
    s = "q"
    for i in range(2):
        s += "r"
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    print(s)
    total = 0
    for i in range(5):
        total += i
    print(total)

def long_build():
    s = ""
    parts = []
    for i in range(20000):
        s += "ab"
        if i % 5000 == 0:
            parts.append(s)
    print(len(s), [len(p) for p in parts], s.count("ab"), s[-4:])

def nested():
    out = []
    for j in range(3):
        s = f"<{j}>"
        for i in range(3):
            s += str(i)
        out.append(s)
        t = s
        s += "?"
        out.append(t)
    print(out)

aliases()
identity()
radd()
unicode()
in_locals()
repeat_and_mod()
self_add()
print(list(gen()))
errors()
long_build()
nested()
s = ""
for i in range(5):
    s += str(i)
print(s)
