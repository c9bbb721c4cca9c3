# keyword: soft keywords stay usable as names
import keyword
match = 1; case = 2; _ = 3
print(match + case + _, [w for w in ('match', 'case', '_', 'type') if keyword.issoftkeyword(w)])
print(keyword.iskeyword('match'), keyword.issoftkeyword('if'), keyword.issoftkeyword('case'))
print(set(keyword.kwlist) & set(keyword.softkwlist))
