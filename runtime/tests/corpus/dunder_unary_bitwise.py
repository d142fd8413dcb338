# Unary and bitwise operator overloads: __neg__, __pos__, __abs__, __invert__,
# __and__, __or__, __xor__, __lshift__, __rshift__.

class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width
    def __repr__(self):
        return f"Bits({self.v:0{self.width}b})"
    def _other(self, o):
        if isinstance(o, Bits):
            return o.v
        if isinstance(o, int):
            return o
        return None
    def __and__(self, o):
        ov = self._other(o)
        return NotImplemented if ov is None else Bits(self.v & ov, self.width)
    def __or__(self, o):
        ov = self._other(o)
        return NotImplemented if ov is None else Bits(self.v | ov, self.width)
    def __xor__(self, o):
        ov = self._other(o)
        return NotImplemented if ov is None else Bits(self.v ^ ov, self.width)
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__
    def __lshift__(self, n):
        return Bits(self.v << n, self.width)
    def __rshift__(self, n):
        return Bits(self.v >> n, self.width)
    def __invert__(self):
        return Bits(~self.v, self.width)
    def __neg__(self):
        return Bits(-self.v, self.width)   # two's complement
    def __pos__(self):
        return self
    def __abs__(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, Bits) and (self.v, self.width) == (o.v, o.width)
    __hash__ = None

a = Bits(0b10101100)
b = Bits(0b11110000)
print(a & b, a | b, a ^ b)
print(a & 0x0F, 0x0F & a, 0x01 | a, 0xFF ^ a)
print(a << 2, a >> 3, ~a, -Bits(1), +a is a, abs(a))
print(~~a == a, -(-a) == a, (a ^ b) ^ b == a)
try:
    a & "x"
except TypeError as e:
    print("TypeError:", e)
try:
    a @ a
except TypeError as e:
    print("TypeError:", e)

# Unsupported unary ops
class Plain:
    pass
for name, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        fn(Plain())
    except TypeError as e:
        print(name, "TypeError:", e)

# Builtin behaviours for comparison
print(~5, ~-1, -(-3), +True, -True, ~True, abs(-7), abs(-2.5), abs(3 + 4j))
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)

# Set-like class with operator overloads
class Tags:
    def __init__(self, *tags):
        self.tags = frozenset(tags)
    def __or__(self, o):
        return Tags(*(self.tags | o.tags))
    def __and__(self, o):
        return Tags(*(self.tags & o.tags))
    def __xor__(self, o):
        return Tags(*(self.tags ^ o.tags))
    def __sub__(self, o):
        return Tags(*(self.tags - o.tags))
    def __invert__(self):
        return Tags(*(t.upper() for t in self.tags))
    def __repr__(self):
        return "Tags(" + ", ".join(sorted(self.tags)) + ")"
x = Tags("a", "b", "c")
y = Tags("b", "c", "d")
print(x | y, x & y, x ^ y, x - y, ~x)

# Operators on unary result of custom __neg__ returning different type
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return 42
    def __invert__(self):
        return [1, 2]
    def __abs__(self):
        return None
n = Neg()
print(-n, +n, ~n, abs(n))

# Chaining bitwise operations with precedence: shifts bind tighter than &, & tighter than ^, ^ tighter than |
print(Bits(1) << 1 | Bits(1), Bits(0xF0) & 0xCC ^ 0x0F, 1 | 2 ^ 3 & 4)
