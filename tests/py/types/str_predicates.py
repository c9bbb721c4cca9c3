# is* predicates.
samples = ["123", "12.3", "abc", "aBc", "ABC", "abc123", "   ", "\t\n", "", "_x1", "1x", "héllo", "Ab Cd", "²", "中文"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.isidentifier(), s.istitle(), s.isnumeric(), s.isdecimal())
