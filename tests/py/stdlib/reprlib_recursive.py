# reprlib.recursive_repr: self-containing objects print a fill value
import reprlib

class Node:
    def __init__(self, name):
        self.name, self.children = name, []
    @reprlib.recursive_repr()
    def __repr__(self):
        'Node repr'
        return f'Node({self.name!r}, {self.children!r})'

a, b = Node('a'), Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)

class Box:
    def __init__(self):
        self.items = [self]
    @reprlib.recursive_repr(fillvalue='<this box>')
    def __repr__(self):
        return f'Box({self.items})'
print(Box(), [Box(), Box()])
