# io.StringIO's newline modes: translation on write, line splitting on read,
# and the newlines attribute of the universal modes.
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl); print(s.write('x\ny\r\nz\r'), repr(s.getvalue()), s.tell(), s.newlines); s.seek(0); print('  ', s.readlines(), list(io.StringIO('p\rq\r\n\r\nr', newline=nl)))
    s = io.StringIO('one\ntwo', newline=nl); print(s.readline(), repr(s.readline()), repr(s.readline()))
print(io.StringIO('').newlines, io.StringIO('a\n', newline='').newlines, io.StringIO('a\r', newline=None).newlines)
