# The traceback module of 3.11 adds no "Did you mean" to NameError and
# AttributeError lines (only the interpreter's own printer does).
import traceback
try:
    [].appendd
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
try:
    undefined_nme = 1
    undefined_name
except NameError:
    print(traceback.format_exc().splitlines()[-1])
try:
    [].appendd
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
undefined_nme = 1
undefined_name
