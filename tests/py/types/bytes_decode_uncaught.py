# An uncaught UnicodeDecodeError from bytes.decode
data = b'ok \xc3('
print(data.decode('utf-8', 'replace'))
data.decode()
