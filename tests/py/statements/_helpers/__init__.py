# Helper package for statements/import_local_package.py (not a test case).
PACKAGE_NAME = "helpers"
