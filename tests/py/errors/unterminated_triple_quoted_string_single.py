def f():
    '''unterminated
    return 1
