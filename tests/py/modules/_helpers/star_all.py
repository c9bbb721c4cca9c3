# Helper module for modules/import_star_all.py (not a test case).
__all__ = ["public_a", "_listed_private"]

public_a = 1
public_b = 2
_listed_private = 3
_unlisted = 4
