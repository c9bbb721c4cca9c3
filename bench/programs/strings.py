# String building with join and f-strings.
def main():
    n = 500000
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * i % 1000:03d}")
    s = ",".join(parts)
    words = []
    for i in range(n):
        words.append("w" + str(i % 977))
    t = " ".join(words)
    count = 0
    for p in parts:
        if p.endswith("9"):
            count += 1
    return f"{len(s)} {len(t)} {count} {s[-12:]}"

print(main())
