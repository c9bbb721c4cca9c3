# difflib's text diffs: unified_diff, context_diff (headers, dates, context
# size, lineterm), ndiff with intraline '?' hints, Differ, restore, junk
# predicates, and argument type errors.
import sys
import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n', 'eleven\n', 'twelve!\n', 'thirteen\n']
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(a, b, 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52', n=1))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.context_diff(a, b, 'a', 'b', 'd1', 'd2', n=0))
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff(['same'], ['same'])))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.unified_diff(['old\n'], [])))
print(list(difflib.context_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))
print(list(difflib.unified_diff('abc', 'abd', lineterm='')))

s1 = ['  1. Beautiful is better than ugly.\n', '  2. Explicit is better than implicit.\n',
      '  3. Simple is better than complex.\n', '  4. Complex is better than complicated.\n']
s2 = ['  1. Beautiful is better than ugly.\n', '  3.   Simple is better than complex.\n',
      '  4. Complicated is better than complex.\n', '  5. Flat is better than nested.\n']
result = list(difflib.Differ().compare(s1, s2))
sys.stdout.writelines(result)
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
sys.stdout.writelines(difflib.ndiff(['abc\n', 'same\n', 'xyz\n'], ['same\n', 'completely different\n']))
sys.stdout.writelines(difflib.ndiff(['\tindented line here\n'], ['\tindented line HERE\n']))
sys.stdout.writelines(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n', 'd\n'], linejunk=difflib.IS_LINE_JUNK))
print(list(difflib.ndiff(['x', 'y'], ['x', 'y'])), list(difflib.Differ().compare([], ['q'])))
print([difflib.IS_LINE_JUNK(s) for s in ['\n', '  #   \n', 'hello\n', '#x', '', ' # #']])
print([difflib.IS_CHARACTER_JUNK(c) for c in ' \tx\n'])

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: list(difflib.unified_diff([b'a'], ['b'])))
err(lambda: list(difflib.unified_diff(['a'], [1])))
err(lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=b'x')))
err(lambda: list(difflib.context_diff(['a'], ['b'], n=1, lineterm=None)))
err(lambda: list(difflib.restore(['- a'], 3)))
