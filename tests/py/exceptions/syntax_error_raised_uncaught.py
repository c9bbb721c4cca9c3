# A SyntaxError raised by script code prints its location block from its attributes.
raise SyntaxError("custom problem", ("f.py", 3, 4, "line text\n", 3, 6))
