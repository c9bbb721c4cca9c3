# csv: reader state machine (quoting, escapes, strict, NONNUMERIC), writer
# quoting rules, dialects, DictReader/DictWriter, and CPython's errors.
import csv, io
src = 'name,age,city\r\nAlice,30,"New York, NY"\r\n"Bob ""B"" Jr",25,Boston\r\n\r\n"multi\nline",1,x\r\nshort\r\nlong,1,2,3,4\r\n'
for row in csv.reader(io.StringIO(src, newline='')): print(row)
r = csv.reader(src.splitlines(True)); print(next(r), r.line_num, r.dialect.delimiter)
for line in ['a, b,  c', ' "q" ,x', 'a;b;"c;d"', 'x\\,y,z', '"ab"c,d', 'a,"b', '', ',', '"",""', 'a\tb\t"c\td"', '1,2.5,abc,"4"', "'a','b'"]:
    for kw in [{}, {'skipinitialspace': True}, {'delimiter': ';'}, {'escapechar': '\\'}, {'strict': True}, {'delimiter': '\t'}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quotechar': "'"}, {'quoting': csv.QUOTE_NONE}, {'doublequote': False, 'escapechar': '\\'}]:
        try: print(repr(line), kw, list(csv.reader([line], **kw)))
        except (csv.Error, ValueError) as e: print(repr(line), kw, type(e).__name__, e)
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5, True, 'x\ry']))
w.writerows([[1, 2], [''], [], ['only']])
for kw in [{'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'delimiter': '|', 'lineterminator': '\n'}, {'doublequote': False, 'escapechar': '\\'}, {'quotechar': "'"}]:
    w = csv.writer(out, **kw)
    try: w.writerow(['plain', 'with,comma', 'q"uote', "s'q", 'p|ipe', 3, 4.5, None, ''])
    except csv.Error as e: print(kw, e)
print(repr(out.getvalue()))
for bad in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['a"b']), lambda: csv.writer(5), lambda: csv.reader(5), lambda: list(csv.reader([b'a'])),
            lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.get_dialect('nope'), lambda: list(csv.reader(['a\nb'])), lambda: list(csv.reader(['"abc'], strict=True)),
            lambda: csv.reader([], delimiter=''), lambda: csv.reader([], delimiter=1), lambda: csv.reader([], quotechar=''), lambda: csv.reader([], quoting=9),
            lambda: csv.reader([], lineterminator=1), lambda: csv.reader([], bogus=1), lambda: csv.reader([], quotechar=1), lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL),
            lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit(), csv.__version__)
d = csv.get_dialect('excel'); print(d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.strict, d.doublequote, d.skipinitialspace, repr(csv.get_dialect('unix').lineterminator))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL); print(list(csv.reader(['"a"|b'], 'pipes')), csv.list_dialects()); csv.unregister_dialect('pipes')
class My(csv.excel): delimiter = ';'
print(list(csv.reader(['a;b'], My)), list(csv.reader(['a;b'], dialect=My())))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'score'], restval='NA')
dw.writeheader(); dw.writerow({'id': 1, 'name': 'x, y', 'score': 9.5}); dw.writerows([{'id': 2}, {'id': 3, 'name': 'q"t'}])
try: dw.writerow({'id': 4, 'bogus': 1})
except ValueError as e: print(e)
print(repr(out.getvalue()))
for row in csv.DictReader(io.StringIO(out.getvalue())): print(row)
dr = csv.DictReader(['a,b', '1,2,3', '', '4'], restkey='extra', restval='-'); print(dr.fieldnames, list(dr), dr.line_num)
dr = csv.DictReader(['1,2'], fieldnames=['x', 'y']); print(list(dr))
try: csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e: print(e)
print(list(csv.reader(['a\x00b'])), list(csv.reader(['"a\r\nb"'])), list(csv.reader(['a\\', 'b'], escapechar='\\')), list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
