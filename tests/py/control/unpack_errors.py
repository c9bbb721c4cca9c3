# Unpacking errors.
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def not_iterable():
    a, b = 1
def starred_short():
    a, *b, c = [1]
def string_long():
    a, b = "xyz"
def nested_bad():
    (a, b), c = [1, 2, 3], 3
def empty_dict():
    a, b = {}
def none_value():
    a, b = None
for f in [too_many, too_few, not_iterable, starred_short, string_long, nested_bad, empty_dict, none_value]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
