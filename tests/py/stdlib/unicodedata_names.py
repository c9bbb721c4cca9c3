# unicodedata: name/lookup (rule-made Hangul and CJK names exact-case, the rest
# case-insensitive), category, decimal, and the \N{...} escapes built on them.
import unicodedata as u
for f in ['u.name(5)','u.name("ab")','u.name("\\x00")','u.lookup("nope")','u.lookup(5)','u.category("ab")','u.category(5)','u.decimal("a")','u.name()','u.name("a",1,2)','u.lookup(b"BULLET")']:
    try: print(f, repr(eval(f)))
    except Exception as e: print(f, type(e).__name__, e)
print(u.name('a', None), u.decimal('a', -1), u.unidata_version, u.decimal('\u0663'), u.lookup('LATIN SMALL LETTER A'))
import sys
ok = bad = 0
for cp in list(range(0, 0x3000, 3)) + list(range(0xAC00, 0xAC00 + 400)) + [0x4E00, 0x9FFF, 0x20000, 0x1B170, 0x18B00, 0xF900, 0x1F600, 0xE0001, 0x10FFFD, 0xD800, 0x3400]:
    c = chr(cp)
    n = u.name(c, None)
    cat = u.category(c)
    if n is not None and u.lookup(n) != c: bad += 1
    if n is not None and not n.startswith(("HANGUL SYLLABLE", "CJK UNIFIED")) and u.lookup(n.lower()) != c: bad += 1
    ok += 1
print(ok, bad, u.category('A'), u.category('1'), u.category(' '), u.category('\U0010FFFF'), u.category('\u0378'))
print([u.name(chr(c), '?') for c in (0x41, 0xE9, 0x20AC, 0xAC01, 0x4E00, 0x1F600, 0x10FFFF, 0xD55C)])
print(sum(1 for c in range(0, 0x110000, 13) if u.category(chr(c)) == "Lu"), sum(len(u.name(chr(c), "")) for c in range(0, 0x110000, 97)))
for n in ['hangul syllable GA','HANGUL SYLLABLE ga','hangul syllable ga','cjk unified ideograph-4e00','CJK UNIFIED IDEOGRAPH-4e00','CJK UNIFIED IDEOGRAPH-4E00','nushu character-1b170','Bullet','CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4E0', 'NUSHU CHARACTER-01B170', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GAGX', 'cjk compatibility ideograph-f900']:
    try: print(n, repr(u.lookup(n)))
    except KeyError as e: print(n, e)
print('\N{BULLET} \N{bullet} \N{LATIN SMALL LETTER E WITH ACUTE} \N{HANGUL SYLLABLE GAG} \N{CJK UNIFIED IDEOGRAPH-4E00} \N{EM DASH}')
print(ascii('\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}\N{GRINNING FACE}'), len('\N{NUSHU CHARACTER-1B170}'))
print(f"{'x'}\N{RIGHTWARDS ARROW}{'y'}", rb'\N{BULLET}', '\\N{BULLET}')
