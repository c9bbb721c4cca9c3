# Annotated names in exec'd code and compile(..., 'single') go to the
# namespace's __annotations__, created on first need and kept afterwards.
ns = {}
exec("x: int = 1\ny: str", ns)
print(ns["__annotations__"], ns["x"])
exec("z: float", ns)
print(ns["__annotations__"])

class Mapping(dict):
    pass

m = Mapping()
exec("a: list\nb: dict = {}", {}, m)
print(type(m["__annotations__"]).__name__, m["__annotations__"], sorted(m))

g = {"__annotations__": {"pre": "existing"}}
exec(compile("q: bytes", "<s>", "single"), g)
print(g["__annotations__"])

exec("def f(a: int) -> str: pass\nprint(f.__annotations__)", {})
try:
    exec("w: undefined_name", {})
except NameError as e:
    print("NameError:", e)
x: int = 5
exec("v: tuple")
print(__annotations__)
