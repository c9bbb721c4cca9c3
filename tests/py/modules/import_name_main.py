# __name__ is "__main__" in the script and the module name in imports;
# `if __name__ == "__main__":` blocks of imported modules do not run.
import sys
print(__name__)
import _helpers.greet as g
print(g.__name__, sys.modules["__main__"].__name__, "__main__" in sys.modules)
if __name__ == "__main__":
    print("main block runs")
print(sys.modules[__name__] is sys.modules["__main__"], __package__, __spec__)
