# An exception raised while handling another (implicit chaining), uncaught.
def cleanup(resource):
    return resource["handle"]

def work():
    resource = {}
    try:
        return [1, 2][5]
    except IndexError:
        cleanup(resource)

print("start")
work()
