# An uncaught re-raised exception keeps its original traceback.
def parse(s):
    return int(s)

def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            print("failed on", repr(s))
            raise
    return out

print(load(["1", "2"]))
load(["3", "four"])
