# Comments, semicolons, and blank lines.

# a comment line
x = 1; y = 2; z = 3  # trailing comment
print(x, y, z)
if x: print("one-line if"); print("second stmt")
for i in range(2): print("loop", i)
while False: pass
def f(): return "one-line def"
print(f())
class C: pass
print(C.__name__)
      # an indented comment is ignored

print("# not a comment")
print('end')  ;
