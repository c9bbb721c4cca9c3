import sys
def hook(*a):
    raise SystemExit(4)
sys.excepthook = hook
raise ValueError
