# *args collection and forwarding.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
print(total(*range(5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a * 100 + b * 10 + c
print(forward(1, 2), forward(1, 2, 3), forward(1, c=5, b=4))
def log(fmt, *args):
    print(fmt % args)
log("%s + %s = %s", 1, 2, 3)
log("no args")
try:
    head_tail()
except TypeError as e:
    print(e)
