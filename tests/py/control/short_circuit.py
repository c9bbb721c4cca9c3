# and/or return operands and short-circuit.
def t(name, v):
    print("call", name)
    return v

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0))
print(t("a", "x") or t("b", "y"))
print(None or [] or 0 or "last")
print(1 and "x" and [1] and "end")
print(not (t("a", 1) and t("b", 0)))
r = t("a", 1) or 1 / 0
print(r)
