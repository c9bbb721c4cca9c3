import sys, traceback
class Bad:
    def __str__(self): raise ValueError
    def __repr__(self): raise ValueError
def show(notes, group=False):
    e = ValueError("v")
    e.__notes__ = notes
    if group:
        e = ExceptionGroup("g", [e])
        e.__notes__ = notes
    try:
        raise e
    except Exception as x:
        print("---- tb module", type(notes).__name__)
        traceback.print_exc(file=sys.stdout)
        print("---- excepthook")
        sys.stdout.flush()
        sys.__excepthook__(type(x), x, None)
        sys.stderr.flush()
show(["a\nb", "c"])
show("str")
show(5)
show([Bad(), 3])
show(Bad())
show(["m\nn", 3], group=True)
show(7, group=True)
