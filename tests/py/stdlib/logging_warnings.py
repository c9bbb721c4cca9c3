# captureWarnings routes warnings.warn to the 'py.warnings' logger (formatted
# by warnings.formatwarning), and back; a warning with a file still goes to it.
import logging
import warnings
import sys
import io

logging.basicConfig(format="%(name)s|%(levelname)s|%(message)s")
warnings.simplefilter("always")
logging.captureWarnings(True)
warnings.warn("first warning")
warnings.warn("deprecated thing", DeprecationWarning)
print(logging.getLogger("py.warnings").handlers)
buf = io.StringIO()
warnings.showwarning("explicit", UserWarning, "somefile.py", 7, file=buf)
print(repr(buf.getvalue()))
logging.captureWarnings(False)
warnings.warn("back on stderr")
logging.captureWarnings(True)
logging.getLogger("py.warnings").propagate = False
warnings.warn("swallowed by the NullHandler")
print("end")
