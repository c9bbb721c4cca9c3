# bytes % args (PEP 461)
print(b'%s-%d-%05.2f-%x-%c%c %r %a %%' % (b'ab', 42, 3.14159, 255, 65, b'z', b'q', 'é'))
print(b'%(a)s=%(b)d' % {b'a': b'k', b'b': 3}, b'%5s|%-5b|%.2s' % (b'ab', b'cd', b'xyz'), b'%*d|%-*d' % (4, 1, 3, 2))
print(b'\xff%s' % b'\xfe', b'%s' % bytearray(b'ba'), bytearray(b'%d') % 3, b'%i%%' % 3.7, b'%o %X %e' % (8, 255, 1.5))
print(b'no args' % (), b'%s' % (b'tuple',), b'%4c|' % 120, b'%-3c|' % b'y', b'%b' % memoryview(b'mv') if False else b'')
for a in ['x', 300, b'ab', 'a']:
    try:
        print(b'%c' % a)
    except Exception as e:
        print(type(e).__name__, e)
for f, a in [(b'%s', 'x'), (b'%s', 1), (b'%d %d', 1), (b'%d', (1, 2)), (b'%d', 'a'), (b'%y', 1), (b'%(x)s', {}),
             (b'%', ()), (b'%x', 1.5), (b'%(k)s', {'k': b'v'})]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
