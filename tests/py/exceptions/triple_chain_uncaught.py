# Three chained exceptions in the traceback.
try:
    try:
        [][0]
    except IndexError:
        {}["missing"]
except KeyError as e:
    raise ValueError("final") from e
