# pass, Ellipsis and empty bodies.
def nothing():
    pass
print(nothing())
def stub():
    ...
print(stub(), ..., Ellipsis is ..., type(...).__name__)
for _ in range(3):
    pass
if True:
    pass
class Empty:
    pass
print(type(Empty()).__name__)
while False:
    pass
print("done")
