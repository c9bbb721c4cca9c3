# An uncaught KeyError.
config = {"host": "localhost", "port": 8080}
print(config["host"])
try:
    config["user"]
except KeyError as e:
    print("caught", repr(e), e.args)
print(config["x"])
