# An exception while a module runs propagates to the importer (traceback
# through the module's file and lines) and leaves no entry in sys.modules.
import sys
try:
    import _helpers.raiser
except ZeroDivisionError as e:
    print("caught:", e)
print("_helpers.raiser" in sys.modules)
import _helpers.raiser
