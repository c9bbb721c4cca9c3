# splitlines with various line endings.
s = "line1\nline2\r\nline3\rline4\n\nline6"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("one\x0btwo\x0cthree\x1cfour".splitlines())
print("no newline".splitlines())
print("x\ny\n".split("\n"))
