# Float powers on the interpreter's inline path, and the cases it leaves to the
# generic path (overflow, underflow, int exponents).
for a, b in [(2.0, 0.5), (2.5, -1.5), (10.0, 300.0), (1e-300, 2.0), (3, 0.5), (2.0, 3), (0.5, 1e308)]:
    try:
        print(a ** b)
    except OverflowError as e:
        print("OverflowError", e)
def f():
    t = 0.0
    for i in range(1, 200):
        t += (i * 0.5) ** -1.5
    return t
print(f())
