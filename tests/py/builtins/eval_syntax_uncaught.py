# An uncaught SyntaxError from exec prints the source line from the string.
exec("def f():\n    return 1\nx = (1,\n  2 3)")
