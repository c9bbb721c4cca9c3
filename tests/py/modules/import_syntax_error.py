# A syntax error in an imported module is a SyntaxError raised by the import.
try:
    import _helpers.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.args[0])
import _helpers.bad_syntax
