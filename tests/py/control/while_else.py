# while with else, break and continue.
n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("else ran", n)
n = 0
while n < 10:
    if n == 2:
        print("break at", n)
        break
    n += 1
else:
    print("not printed")
n = 0
while n < 6:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("done", n)
while False:
    pass
else:
    print("empty while else")
