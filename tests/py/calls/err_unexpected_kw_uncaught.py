# An uncaught unexpected keyword argument error.
def connect(host, port=80):
    return f"{host}:{port}"

print(connect("a", port=1))
print(connect("a", timeout=5))
