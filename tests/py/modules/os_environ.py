# os.environ: a mapping over the process environment; getenv, setting,
# deleting, KeyError/TypeError texts.
import os
os.environ["COIL_TEST_VAR"] = "hello"
print(os.environ["COIL_TEST_VAR"], os.getenv("COIL_TEST_VAR"), "COIL_TEST_VAR" in os.environ)
print(os.getenv("COIL_NO_SUCH_VAR"), os.getenv("COIL_NO_SUCH_VAR", "default"), os.environ.get("COIL_NO_SUCH_VAR", 5))
os.environ.update(COIL_A="1", COIL_B="2")
print(sorted(k for k in os.environ if k.startswith("COIL_")), os.environ.setdefault("COIL_A", "x"))
print(os.environ.pop("COIL_B"), "COIL_B" in os.environ, os.environ.pop("COIL_B", "gone"))
del os.environ["COIL_TEST_VAR"]
print("COIL_TEST_VAR" in os.environ, os.getenv("COIL_TEST_VAR"))
try:
    os.environ["COIL_NO_SUCH_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["COIL_NO_SUCH_VAR"]
except KeyError as e:
    print("KeyError", e)
for k, v in (("COIL_X", 1), (2, "v")):
    try:
        os.environ[k] = v
    except TypeError as e:
        print("TypeError", e)
print(isinstance(os.environ.copy(), dict), len(os.environ) > 0, os.environ["PYTHONHASHSEED"])
