# currentframe/stack/getframeinfo/getouterframes: function names, line numbers,
# code_context lines read from the script, and the caller's frame.
import inspect
import os

def who_called():
    return inspect.stack()[1].function

def helper():
    st = inspect.stack()
    for fi in st:
        print(fi.function, fi.lineno, os.path.basename(fi.filename), fi.code_context, fi.index)
    print(st[0][3], len(st[0]))
    return who_called()

def outer():
    return helper()

print(outer())
info = inspect.getframeinfo(inspect.currentframe())
print(info.lineno, info.function, info.code_context, info.index, len(info))
info = inspect.getframeinfo(inspect.currentframe(), context=3)
print(info.code_context, info.index)
info = inspect.getframeinfo(inspect.currentframe(), context=0)
print(info.code_context, info.index)
def inner():
    return inspect.currentframe().f_back
print(inner().f_code.co_name, inspect.getlineno(inspect.currentframe()))
print([f.function for f in inspect.getouterframes(inspect.currentframe())])
try:
    inspect.getframeinfo(3)
except AttributeError as e:
    print("AttributeError:", e)
