# f-string alignment and fill.
x = "hi"
n = 42
print(f"[{x:>10}]")
print(f"[{x:<5}|")
print(f"[{x:^9}]")
print(f"[{x:*^9}]", f"[{x:->6}]", f"[{x:.<6}]")
print(f"[{n:>6}]", f"[{n:<6}]", f"[{n:^6}]", f"[{n:06}]", f"[{-n:06}]", f"[{n:=+6}]")
print(f"[{3.5:>8}]", f"[{3.5:<8}]")
print(f"[{x:1}]", f"[{'toolong':>3}]")
print(f"{'abc':.2}", f"{'abc':>5.1}")
