# warnings: default filters, once per location, simplefilter/filterwarnings,
# catch_warnings(record=True), stacklevel, formatwarning.
import warnings
def f():
    warnings.warn("careful")
for i in range(3):
    f()
warnings.warn("top", stacklevel=1)
warnings.warn("deep", stacklevel=5)
def g():
    warnings.warn("from g", DeprecationWarning, stacklevel=2)
g()
warnings.warn(RuntimeWarning("instance"))
warnings.warn("dep", DeprecationWarning)
warnings.warn("pend", PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    warnings.warn("x", UserWarning)
    print(len(w), [str(m.message) for m in w], w[0].category.__name__, w[0].lineno)
    print(str(w[0]).replace(__file__, "F"))
f()
warnings.simplefilter("error")
try:
    f()
except UserWarning as e:
    print("raised", repr(e))
warnings.simplefilter("ignore")
f()
warnings.resetwarnings()
warnings.simplefilter("always")
f(); f()
warnings.filterwarnings("ignore", "care")
f()
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("rt raised", e)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  code  "))
warnings.simplefilter("once")
warnings.warn("o1"); warnings.warn("o1")
print(len(warnings.filters))
print(warnings.catch_warnings(record=True))
