# A warning turned into an error by a filter propagates as an exception.
import warnings
warnings.filterwarnings("error", "bad", UserWarning)
warnings.warn("harmless")
def check(x):
    if x < 0:
        warnings.warn("bad value %d" % x)
    return x
check(1)
check(-1)
