# Formatting floats with format specs
x = 1234.5678
specs = ["", "f", ".2f", ".0f", "10.2f", "<10.2f", "^10.2f", ">10.2f", "+.2f", " .2f", "-.2f",
         "010.2f", ",.2f", "_.2f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f",
         "=+12.3f", "*^15,.1f", "n", ".2", "12", "#g", "#.3g"]
for s in specs:
    print(repr(s), repr(format(x, s)), repr(format(-x, s)))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.000123456, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"), format(v, "10.4g"), format(v, "%"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(1e22, "f"), format(1.5e-10, "f"), format(1e100, ".2e"), format(9.9999, ".2f"), format(9.995, ".2f"))
print(format(0.1, ".20f"), format(1 / 3, ".30f"))
print(format(123.456, "z.1f") if False else "", format(-0.0001, ".2f"), format(-0.0, ".1f"))
print(f"{3.14159:8.3f}|{3.14159:<8.3f}|{3.14159:^8.3f}|{3.14159:08.3f}|{-3.14159:08.3f}")
print(f"{1e6:,}", f"{1234567.891:,.2f}", f"{1234567.891:_}", f"{0.5:.0%}", f"{-1.5:+}", f"{1.5: }")
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:g}".format(1e-5), "{:g}".format(1e-4), "{:g}".format(123456789.0))
print(str(1e-5), str(0.0001), str(1e15), str(1e16), format(1e16, ".17g"), format(0.1, ".17g"))
for p in range(0, 8):
    print(p, format(2 / 3, f".{p}f"), format(2 / 3, f".{p}e"), format(2 / 3, f".{p}g"), format(200000 / 3, f".{p}g"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, ",_f")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
# alternate forms and rounding under formatting
for v in [0.5, 1.5, 2.5, 0.125, 0.0625, 1e-5, 123456.0]:
    print(f"{v:.0f} {v:#.0f} {v:.1e} {v:#.0e} {v:.2%} {v:g} {v:#g} {v:.1g}")
for v in [1.0, 10.0, 100.0, 1e5, 1e6, 1e-4, 1e-5]:
    print(f"{v!r:>8} {v:g} {v:G} {v:.3g} {v:#.3g} {v:e}")
print(f"{12345.6789:>+15,.2f}|{-12345.6789:<15_.1f}|{12345.6789:^+15.3e}|")
print(f"{float('inf'):08.2f}|{float('nan'):^9}|{float('-inf'):+}|{float('inf'):,}")
print(format(1.0, "n"), format(1e300, "n"), format(0.1 + 0.2, ".17g"), format(2 ** 0.5, ".50f"))
for digits in range(0, 18, 3):
    print(digits, f"{3.141592653589793:.{digits}f}", f"{3.141592653589793:.{digits}e}", f"{31415.92653589793:.{digits}g}")
