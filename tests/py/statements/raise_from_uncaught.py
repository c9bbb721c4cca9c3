# An uncaught exception chain created with raise ... from ...
class ConfigError(Exception):
    pass

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as exc:
        raise ConfigError("bad config value: " + repr(text)) from exc

print("loading 12:", load("12"))
print("loading abc:", load("abc"))
print("never reached")
