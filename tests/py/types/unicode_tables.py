s = "Straße ǅ ΣΑΣ ﬁ \u0130 \u00a0x\u2028"
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), s.capitalize())
print(repr(s), ascii(s), s.isprintable(), "\u0378".isprintable(), repr("\u0378\u00ad"))
print(int("١٢٣"), float("\u0663.\u0665"), int(" \u2003٤٢\u3000 "), "٣".isdecimal(), "²".isdigit(), "½".isnumeric())
print(" \u2028a\u3000".strip(), "a\u2003b".split(), "x".isspace(), "\u2003".isspace())
try:
    int("1\u00bd")
except ValueError as e:
    print(e)
try:
    float("\u0378")
except ValueError as e:
    print(e)
print(format(1234, "\u0660>8"))
