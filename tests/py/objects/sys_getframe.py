# sys._getframe(): code name, line, caller chain, globals and locals.
import sys

def inner(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(fr.f_code.co_name, sorted(sys._getframe().f_locals), fr.f_locals["c"], fr.f_globals is globals())
    print(sys._getframe().f_lineno, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
    print(fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name, fr.f_back.f_back.f_back)
    return fr

def outer():
    return inner(1)

f = outer()
print(f.f_code.co_name, f.f_code.co_filename == __file__, f.f_code.co_firstlineno)
print(sys._getframe().f_code.co_name, sys._getframe().f_back)

def caller_name():
    return sys._getframe(1).f_code.co_name

def who_calls():
    return caller_name()
print(who_calls())

class K:
    def method(self):
        return sys._getframe().f_code.co_qualname
    x = sys._getframe().f_code.co_name
print(K().method(), K.x)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
