import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
try:
    sys.excepthook(1)
except TypeError as e:
    print(e)
try:
    sys.excepthook(1, 2, 3)
except TypeError as e:
    print(e)
sys.excepthook(ValueError, ValueError("direct"), None)
del sys.excepthook
raise ValueError("x")
