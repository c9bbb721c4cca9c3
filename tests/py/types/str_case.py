# Case conversion methods.
for s in ["hello World", "HELLO", "they're bill's friends", "a1b2 c3", "", "ÉCOLE été", "mIxEd CaSe"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ß".upper(), "ÀÖ".lower(), "àö".upper())
print("hello".casefold(), "Straße".casefold())
