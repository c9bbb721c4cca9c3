# Full Unicode case mapping and character predicates.
words = ['straße', 'ß', 'ǅungla', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ﬁnal ﬂow', 'ŉ', 'Ǆ ǆ ǅ',
         'école été', 'ÉCOLE ÉTÉ', 'χαίρετε κόσμε', 'ПРИВЕТ мир', 'ǰ', 'ﬃ', 'ΐ', 'Σ', 'AΣ', 'AΣb', "A'Σ", 'A.Σ.',
         'ʰΣ', 'aΣʰ', 'AΣʰb', 'σς', 'ᾳ ᾼ', 'ꭰ', '𐐨𐑐', 'they\'re bill\'s', '3rd 4TH', 'ǳ', 'ΆΣ΄']
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep='|')
    print(' ', w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(), w.isprintable())
nums = ['123', '١٢٣', '²', '½', 'Ⅻ', '௰', '𝟘𝟙', '٣.5', '', '①', '零', '十', 'x²']
for n in nums:
    print(repr(n), n.isdecimal(), n.isdigit(), n.isnumeric(), n.isalnum(), n.isalpha())
for t in ['Hello World', 'Hello world', 'HELLO', 'ǅ', 'ǅa', 'aǅ', 'Σς', '', '1A', 'A1', "O'Neil", 'Ǆ']:
    print(repr(t), t.istitle())
for t in ['abc\tdef', 'a\tb\tc', '\t', 'ab\ncd\tx', '12345678\tx', 'é\tx', 'a\r\tb']:
    print(repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(tabsize=1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)))
for t in ['\x00', 'a\u200bb', '\xa0', 'a\nb', 'é', '\U0001F600', '\u0378', '']:
    print(repr(t), t.isprintable(), t.isspace())
try:
    'x'.expandtabs('4')
except TypeError as e:
    print(e)
print(len('ﬃ'.upper()), 'ß'.upper() == 'SS', 'ß'.casefold(), 'ΣΑΣ'.lower())
