# Repeated string concatenation: s += t in a loop (CPython appends in place
# when it holds the only reference; Coil's IADDACC grows the string it built).
def build(n):
    s = ""
    for i in range(n):
        s += "item"
        s += str(i % 10)
    return s


def main():
    total = 0
    for k in range(5):
        s = build(100000)
        total += len(s) + ord(s[k])
    return total

print(main())
