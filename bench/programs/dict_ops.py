# Insert and look up 1,000,000 int keys and 1,000,000 str keys.
def main():
    n = 1000000
    d = {}
    for i in range(n):
        d[i * 7] = i
    hits = 0
    total = 0
    for i in range(n):
        k = i * 3
        if k in d:
            hits += 1
            total += d[k]
    s = {}
    for i in range(n):
        s["k" + str(i)] = i
    shits = 0
    for i in range(0, 2 * n, 2):
        v = s.get("k" + str(i))
        if v is not None:
            shits += 1
            total += v
    return f"{len(d)} {hits} {len(s)} {shits} {total}"

print(main())
