# string: the constants, capwords, and Template ($-substitution).
import string
from string import Template
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords(" hello   there world "), string.capwords("a-b-c", "-"), string.capwords("ABC def"))
t = Template("$who likes $what, ${who}s $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid(), t.template)
bad = Template("cost: $ 5 and $")
print(bad.safe_substitute(), bad.is_valid())
for tpl, kw in (("x $ y", {}), ("line1\nline2 $!", {}), ("$missing", {})):
    try:
        Template(tpl).substitute(**kw)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Percent(Template):
    delimiter = "%"


print(Percent("%x is %% %{y}").substitute(x=1, y=2))
from string import *
print(digits, octdigits)
