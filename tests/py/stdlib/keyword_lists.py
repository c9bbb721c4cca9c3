# keyword: the keyword lists and membership tests
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist), keyword.__all__)
for w in ['if', 'match', 'case', '_', 'None', 'print', 'async', 'If', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print([w for w in ['class', 'klass', 'lambda', 'type'] if not keyword.iskeyword(w)])
try:
    keyword.iskeyword(['if'])
except TypeError as e:
    print('TypeError:', e)
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
