# Helper module for modules/import_basic.py and others (not a test case).
"""Greeting helpers."""
print("greet module initialised, __name__ =", __name__)

GREETING = "hello"
_private = "hidden"


def greet(name):
    return f"{GREETING}, {name}!"


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"


if __name__ == "__main__":
    print("never printed when imported")
