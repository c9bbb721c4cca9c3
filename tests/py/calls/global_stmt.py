# global statements.
count = 0
def bump():
    global count
    count += 1
    return count

bump()
bump()
print(count)
def create():
    global newname
    newname = "created"
create()
print(newname)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_only():
    return x.upper()
print(read_only())
def nested():
    def inner():
        global count
        count = 100
    inner()
nested()
print(count)
