# while/else and for/else.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("for-else on empty iterable")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally, i =", i)
while True:
    break
else:
    print("never printed")
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found at", idx)
            break
    else:
        print("not found")
search([4, 5, 6], 5)
search([4, 5, 6], 9)
k = 5
while k:
    k -= 1
    if k == 10:
        break
    continue
else:
    print("while-else with continue, k =", k)
