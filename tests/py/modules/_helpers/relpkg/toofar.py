# Helper for modules/import_relative_errors.py: goes above the top package (not a test case).
from ... import nothing
