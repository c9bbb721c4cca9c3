# Helper package for the tests in tests/py/modules (not a test case).
print("_helpers package initialised")
HELPERS = "helpers"
