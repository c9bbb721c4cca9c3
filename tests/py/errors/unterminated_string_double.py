x = 1
y = 2
msg = "hello world
