# Uncaught error after partial output from a loop.
def parse_all(values):
    total = 0
    for v in values:
        total += int(v)
        print("running total", total)
    return total

parse_all(["1", "2", "x3", "4"])
