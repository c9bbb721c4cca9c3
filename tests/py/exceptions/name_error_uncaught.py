# Uncaught NameError for an unknown name.
def compute():
    return qqqzzz * 2

compute()
