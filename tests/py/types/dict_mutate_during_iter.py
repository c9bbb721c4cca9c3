# Mutating a dict while a for loop walks it: keys deleted and added meet
# "dictionary keys changed during iteration" exactly where CPython reports it
# (the iterator counts the entries left and walks entry numbers).
def run(src):
    try:
        exec(src, {})
        print("ok")
    except RuntimeError as e:
        print("RuntimeError:", e)
run("d={1:1,2:2}\nfor k in d: del d[k]; d[k+5]=1")
run("d={1:1,2:2}\nfor k in d: del d[k]; d[k]=1")
run("d={1:1,2:2,3:3}\nfor k in d:\n  if k==1: del d[3]; d[4]=1\nprint(d)")
run("d={1:1,2:2,3:3}\nfor k in d: d[k+10]=1")
run("d={1:1,2:2,3:3}\nfor k in d: del d[k]")
run("d={1:1,2:2,3:3}\nfor k in reversed(d): del d[k]; d[k+5]=1\nprint(d)")
run("d={1:1,2:2,3:3}\nfor k,v in d.items(): del d[k]; d[k+5]=1\nprint(d)")
run("d={1:1,2:2,3:3}\nfor v in d.values(): d.pop(next(iter(d))); d[v+5]=1\nprint(d)")
run("d=dict.fromkeys('abc')\nfor k in d: d.pop(k); d[k*2]=1\nprint(d)")

def t(n, mode):
    d = {f"k{i}": i for i in range(n)} if mode == 0 else dict.fromkeys([f"k{i}" for i in range(n)], 0) if mode == 1 else eval("{" + ",".join(f"'k{i}':{i}" for i in range(n)) + "}")
    try:
        for k in d:
            d[k.upper()] = d.pop(k)
        return sorted(d)
    except RuntimeError as e:
        return str(e)
for mode in range(3):
    for n in range(1, 13):
        print(mode, n, t(n, mode))
