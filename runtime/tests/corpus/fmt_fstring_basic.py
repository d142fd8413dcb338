# f-strings: expressions, conversions, = specifier, nesting, escaping braces
name, n, pi = "Ada", 42, 3.14159
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"{name}", f"{n}", f"{pi}", f"{items}", f"{d}", f"{None}", f"{True}")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{'é'!r}", f"{items!r}")
print(f"{n + 1}", f"{n * 2 = }", f"{n=}", f"{name=}", f"{pi=:.2f}", f"{name=!s}", f"{ n = }", f"{items[1]=}")
print(f"{{}}", f"{{{n}}}", f"{{n}}", f"a{{b", f"}}{n}{{")
print(f"{d['k']}", f'{d["n"]}', f"{items[-1]}", f"{items[1:]}", f"{len(items)}", f"{name.upper()}")
print(f"{'nested ' + f'{n:>5}' + ' done'}", f"{f'{n!r:>4}'}", f"{n:{'>'}{10}}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]", f"[{pi:>{width}}]", f"[{name:^{width}}]", f"[{n:{'+' if n > 0 else ''}d}]")
print(f"{n if n > 40 else -n}", f"{(lambda x: x * 2)(n)}", f"{[i * i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print(f"{n:#x}", f"{n:#o}", f"{n:#b}", f"{n:08b}", f"{n:x}", f"{255:X}", f"{n:c}", f"{n:,}", f"{10**7:_}")
print(f"multi"
      f"part {n}"
      " plain {n}")
x = 10
print(f"{x!r:>6}|{x!s:<6}|{'ab'!r:^8}|")
print(f"{3.0:g}", f"{1/3:.3}", f"{-0.0}", f"{1e20:,.0f}", f"{123:e}")
class P:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"P[{self.v}|{spec}]"
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"p{self.v}"
p = P("z")
print(f"{p}", f"{p:xyz}", f"{p!r}", f"{p!s}", f"{p!r:>10}", f"{p=}", f"{p=:spec}")
print(f"{'a' 'b'}", f"{x:{x}}", f"{x:0{x}}", f"{'{'}", f"{'}'}")
print(f"{x = :>5}", f"{x    =}", f"{(x, x)=}", f"{x*2+1 = :05d}")
s = "tab"
print(f"{s}\t|", f"\x41{s}\u00e9", rf"\n{s}", fr"\t{s}")
vals = [1.5, 22.25, 333.125]
for v in vals:
    print(f"|{v:<10.2f}|{v:^10.1f}|{v:>10.3f}|{v:+.0f}|")
print(f"{'='*20}")
print(f"{x}{x}{x}", f"{x}" * 3, f"" == "", len(f"{x:100}"))
