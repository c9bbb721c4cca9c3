print('ok')
name = 'coil
print(name)
