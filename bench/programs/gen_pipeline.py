# A generator pipeline: a source generator, a map stage, a filter stage and
# a generator expression, summing 5,000,000 values.
def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(it, k):
    for x in it:
        yield x * k


def odd_only(it):
    for x in it:
        if x & 1:
            yield x
        else:
            yield x + 1


def main():
    total = sum(x % 1000 for x in odd_only(scaled(source(5000000), 3)))
    return total


print(main())
