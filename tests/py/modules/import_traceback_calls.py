# Tracebacks through functions of an imported module show its file, lines
# and source text.
from _helpers import deep_raise
print(deep_raise.level1("a"))
deep_raise.level1("missing")
