if False:
    pass
else:
pass
