# f-string e, %, g and default float presentation.
vals = [0.0, 1.0, 123.456, 0.000123456, 1e10, 12345678.9, -2.5]
for v in vals:
    print(f"{v:e}|{v:.2e}|{v:%}|{v:.1%}|{v:g}|{v:.3g}|{v:G}|{v}")
print(f"{float('inf'):f}", f"{float('nan'):g}", f"{float('-inf'):e}")
print(f"{1e-5:g}", f"{1e-4:g}", f"{1e16:g}", f"{123456789:g}")
print(f"{42:e}", f"{42:%}", f"{42:.2f}")
