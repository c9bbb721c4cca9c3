# split() parts copy __notes__ (a new list each); notes added inside a clause
# stay on the matched part.
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("note on the group")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
m.add_note("only on m")
print(eg.__notes__, r.__notes__)
print(eg.subgroup(TypeError).__notes__)
plain = ExceptionGroup("p", [ValueError(1), TypeError(2)])
print(hasattr(plain.split(ValueError)[0], "__notes__"))

try:
    try:
        raise eg
    except* ValueError as e:
        print("clause notes", e.__notes__)
        e.add_note("clause note")
        raise
except ExceptionGroup as g:
    print(repr(g), g.__notes__)
