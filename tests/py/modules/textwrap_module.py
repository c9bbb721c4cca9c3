# textwrap: wrap/fill with the TextWrapper options, hyphen and em-dash splitting, shorten, dedent, indent.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-standing "
        "tradition--or so they said--to test text-wrapping with pangrams!  Really.\tTabs\tand\nnewlines too.")
for width in (10, 15, 20, 33, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 18, fix_sentence_endings=True))
print(textwrap.wrap(text, 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10, break_long_words=False))
print(textwrap.wrap('a-very-long-hyphenated-compound-word-here', 12))
print(textwrap.wrap('x--y foo--bar 12-34 ab-cd e-f-g --lead trail-- a--', 6))
print(textwrap.wrap('one two three four five six seven', 12, max_lines=2))
print(textwrap.wrap('one two three four five six seven', 12, max_lines=2, placeholder='...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('a b', 1))
print(repr(textwrap.fill('tab\there', 20, tabsize=4)))
print(textwrap.shorten('Hello  world! This is a test of shortening.', 20))
print(textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello world', 11))
print(textwrap.shorten('Hello world, again', 15, placeholder=' ~'))

w = textwrap.TextWrapper(width=16, initial_indent='>> ')
print(w.wrap('the first line and some more words follow here'), w.width)

print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  \ta\n  \tb\n')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.dedent('    a\n  b\n      c\n')), repr(textwrap.dedent('')), repr(textwrap.dedent('   \n   ')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n', '+ ', lambda line: True)))
print(repr(textwrap.indent('x\r\ny', '#')))

for bad in (lambda: textwrap.wrap('abc', 0), lambda: textwrap.wrap('abc def', 4, max_lines=1, placeholder=' [....]')):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
