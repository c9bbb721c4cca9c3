# An uncaught AttributeError from a method call on an instance.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def peek(self):
        return self.items[-1]

s = Stack()
s.push(1)
s.push(2)
print("top:", s.peek())
s.pop()
