x: int = 1
print(list(globals()))
print(__annotations__, __cached__)
import sys
def f():
    y: int = 2
print(list(globals()))
class A:
    z: int
print(list(globals()), "__annotations__" in globals())
