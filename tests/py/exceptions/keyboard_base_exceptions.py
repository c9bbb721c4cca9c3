# except Exception does not catch BaseException subclasses like SystemExit.
try:
    try:
        raise SystemExit(3)
    except Exception:
        print("not caught here")
except BaseException as e:
    print("base caught", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print("exiting with code 3")
raise SystemExit(3)
