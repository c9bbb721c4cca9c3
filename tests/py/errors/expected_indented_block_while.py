while False:

x = 1
