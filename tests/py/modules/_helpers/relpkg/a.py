# Helper module for modules/import_relative.py (not a test case).
print("relpkg.a: __name__ =", __name__, "__package__ =", __package__)


def fa():
    return "fa"
