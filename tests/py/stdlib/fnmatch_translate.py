# fnmatch.translate: CPython 3.11's regex text for wildcard patterns
import fnmatch
for p in ['*.txt', 'a*b*c', '*a*', '[!abc]?', '[a-z]*[0-9]', '[]]', '[!]]', '[', 'a[', '[a-]',
          '[z-a]x', '**', '*a*b', 'a?c', '[\\]', '[[:alpha:]]', 'x&&y', '[a--b]', '[^a]', 'a.b+c(d)',
          '***x***y', '[&a]', '[a&&b]', '[!]', '[]', '[]-a]', '[!a-c-e]', '[a-c-e]', '[--z]', '[!--z]',
          '[a-b-]', '[\\-a]', '[|~]', 'a**b', '[!!]', '[b-a-c]', '[c-a-b]', '[x-a-c]', '[a-a]', '',
          '*', 'é*ü?', '[ä-ö]', 'data_[0-9][0-9].csv', '*.[ch]', '?*?', 'a b\tc']:
    print(repr(p), repr(fnmatch.translate(p)))
