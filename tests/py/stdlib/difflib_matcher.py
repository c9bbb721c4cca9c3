# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk handling,
# the autojunk heuristic, grouped opcodes; get_close_matches.
from difflib import SequenceMatcher, get_close_matches, Match

def show(sm):
    print(sm.get_matching_blocks())
    print(sm.get_opcodes())
    print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))

show(SequenceMatcher(None, 'abxcd', 'abcd'))
show(SequenceMatcher(None, 'qabxcd', 'abycdf'))
show(SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                     'private volatile Thread currentThread;'))
show(SequenceMatcher(None, '', ''))
show(SequenceMatcher(None, 'abc', ''))
show(SequenceMatcher(None, [1, 2, 3, 4, 5], [0, 2, 3, 5, 6]))
show(SequenceMatcher(lambda x: x in 'ab', 'aaabbbccc', 'cccbbbaaa'))
sm = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(sm.find_longest_match(0, 5, 0, 9), sm.find_longest_match())
sm = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(sm.find_longest_match(0, 5, 0, 9), sm.bjunk)
m = sm.find_longest_match()
print(m.a, m.b, m.size, isinstance(m, tuple), Match(1, 2, 3))

# autojunk: an element in more than 1% of a long b is ignored
a = 'x' * 50 + 'hello world' + 'y' * 10
b = 'x' * 300 + 'hello there world' + 'y' * 5
sm = SequenceMatcher(None, a, b)
print(sorted(sm.bpopular), sm.get_matching_blocks()[:4], round(sm.ratio(), 6))
sm = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(sm.bpopular), sm.get_matching_blocks()[:4], round(sm.ratio(), 6))

sm = SequenceMatcher()
sm.set_seqs('kitten', 'sitting')
print(sm.get_opcodes(), round(sm.ratio(), 6))
sm.set_seq1('mitten')
print(sm.get_opcodes())
sm.set_seq2('smitten')
print(sm.get_opcodes())

lines1 = [str(i) for i in range(30)]
lines2 = lines1[:3] + ['new'] + lines1[3:20] + lines1[21:]
for g in SequenceMatcher(None, lines1, lines2).get_grouped_opcodes(2):
    print(g)
print(list(SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()))

print(get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(get_close_matches('wheel', ['while', 'wheat', 'steel', 'wheels', 'heel'], n=2))
print(get_close_matches('accept', ['except', 'acception', 'accent', 'cat'], cutoff=0.5))
print(get_close_matches('zzz', ['a', 'b']))
import keyword
print(get_close_matches('wheel', keyword.kwlist), get_close_matches('lamdba', keyword.kwlist))
for n, c in [(0, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        get_close_matches('x', ['x'], n, c)
    except ValueError as e:
        print('ValueError', e)
