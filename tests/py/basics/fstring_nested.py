# Nested replacement fields and nested f-strings.
width = 10
precision = 3
value = 3.14159265
print(f"{value:{width}.{precision}f}|")
print(f"{value:{width}}|")
align = "<"
print(f"{'left':{align}{width}}|")
fill = "*"
print(f"{'mid':{fill}^{width}}|")
print(f"{f'{value:.2f}':>8}|")
inner = "in"
print(f"outer {f'middle {inner}'} end")
print(f"{'a' if True else 'b'}{'c'}")
items = [1, 2, 3]
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{{{value:.1f}}}")
spec = ".4e"
print(f"{value:{spec}}")
print(f"{123:0{width}d}")
d = {"w": 6}
print(f"{'x':>{d['w']}}|")
