# Helper module for modules/import_relative.py (not a test case).
C_VALUE = "c"
