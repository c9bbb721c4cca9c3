def t(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, e)
class A: pass
t("A(1)", lambda: A(1))
t("A().__init__(1)", lambda: A().__init__(1))
t("A().__init__(k=1)", lambda: A().__init__(k=1))
t("A().__init__()", lambda: A().__init__())
t("object.__init__(A(), 1)", lambda: object.__init__(A(), 1))
class B:
    def __init__(self, x): self.x = x
t("B(1)", lambda: B(1))
t("object.__init__(B(1), 2)", lambda: object.__init__(B(1), 2))
t("super init", lambda: super(B, B(1)).__init__(5))
class N:
    def __new__(cls, *a): return super().__new__(cls)
t("N(1)", lambda: N(1))
t("N(1).__init__(2)", lambda: N(1).__init__(2))
class NN:
    def __new__(cls, *a): return super().__new__(cls, *a)
t("NN(1)", lambda: NN(1))
t("object.__new__(A, 1)", lambda: object.__new__(A, 1))
t("object.__new__(B, 1)", lambda: object.__new__(B, 1))
t("object()", lambda: object(1))
t("object().__init__(1)", lambda: object().__init__(1))
class C(B):
    pass
t("C.__init__ kw", lambda: C(x=1))
class E(Exception): pass
t("E().__init__(1,2)", lambda: E().__init__(1, 2))
