# A simple class with __init__, methods, and instance state.
class Account:
    bank = "Coil Bank"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self
    def describe(self):
        return "%s has %d at %s" % (self.owner, self.balance, self.bank)
a = Account("ann", 10)
a.deposit(5).deposit(20).withdraw(3)
print(a.describe())
try:
    a.withdraw(1000)
except ValueError as e:
    print("error:", e)
b = Account("bob")
print(b.balance, b.bank, Account.bank)
print(type(a).__name__, isinstance(a, Account), Account.__name__)
m = a.describe
print(m())
print(Account.describe(b))
a.nickname = "annie"
print(a.nickname, hasattr(b, "nickname"), getattr(b, "nickname", "none"))
setattr(b, "owner", "robert")
print(b.owner, sorted(vars(b)))
