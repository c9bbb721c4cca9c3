# not / and / or return operands and short-circuit.
log = []
def t(v):
    log.append(v)
    return v
print(0 and t(1), log)
print(1 and t(2), log)
print(0 or t(3), log)
print(4 or t(5), log)
print([] or {} or "last", "first" and "" and "never")
print(None or 0 or [], 1 and 2 and 3)
print(not [], not [0], not "", not 0.0, not None)
print(t(0) or t("") or t("x"), log)
x = 5
print(x > 1 and x < 10, x > 1 and x > 10 or "fallback")
print(not x == 5, not not x)
