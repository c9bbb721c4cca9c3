# A 3,000,000-step while loop with integer arithmetic.
def main():
    i = 0
    acc = 0
    while i < 3000000:
        acc = (acc + i * 7 + (i // 3) - (i % 5)) % 1000003
        i += 1
    return acc

print(main())
