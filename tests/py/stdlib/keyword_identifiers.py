# keyword: checking names the way code generators do
from keyword import iskeyword, kwlist, softkwlist

def safe_name(name):
    if not name.isidentifier():
        return None
    return name + '_' if iskeyword(name) else name

for n in ['for', 'from_', 'x1', '1x', 'yield', 'await', 'match', 'nonlocal']:
    print(n, '->', safe_name(n))
print(sorted(kwlist) == kwlist, all(w.isidentifier() for w in kwlist + softkwlist))
print([w for w in kwlist if w[0].isupper()])
