# Helper: a module in a directory without __init__.py (not a test case).
VALUE = "namespace"
