# Uncaught explicit chaining prints both tracebacks.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"no such key {k!r}") from e

def main():
    return lookup({"a": 1}, "b")

main()
