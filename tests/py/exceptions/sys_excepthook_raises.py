import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, tb.tb_lineno)
    raise KeyError("in hook")
sys.excepthook = hook
def f():
    raise RuntimeError("boom")
f()
