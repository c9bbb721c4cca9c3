# for with else, used for searching.
def find_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")

for n in [7, 9, 13, 15, 2]:
    find_prime_factor(n)
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    continue
else:
    print("else after continue", i)
