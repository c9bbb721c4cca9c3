# Closures with nonlocal state called in a loop.
def make_counter(step):
    count = 0
    def inc(k):
        nonlocal count
        count = (count + k * step) % 1000003
        return count
    return inc

def make_adder(n):
    return lambda x: x + n

def main():
    counters = [make_counter(s) for s in range(1, 11)]
    adders = [make_adder(a) for a in range(10)]
    total = 0
    for i in range(1000000):
        total = (total + counters[i % 10](i & 7) + adders[i % 10](i)) % 1000000007
    return total

print(main())
