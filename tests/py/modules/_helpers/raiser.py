# Helper for modules/import_error_in_module.py (not a test case).
print("raiser: before")


def helper(n):
    return 10 // n


result = helper(0)
print("raiser: never reached")
