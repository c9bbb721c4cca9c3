# Built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (FileNotFoundError, OSError),
    (Exception, BaseException), (KeyboardInterrupt, Exception), (StopIteration, Exception),
    (ValueError, TypeError), (bool, int), (AssertionError, Exception),
    (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    {}["x"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, isinstance(e, KeyError), isinstance(e, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
