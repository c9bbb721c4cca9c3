# Helper for modules/import_syntax_error.py (not a test case).
x = 1
def f(:
    pass
