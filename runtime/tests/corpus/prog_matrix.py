# matrix arithmetic with exact fractions built by hand: multiply, determinant, inverse


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d

    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)


def mat(rows):
    return [[Frac.of(x) for x in r] for r in rows]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Frac(0)) for j in range(len(b[0]))]
            for i in range(len(a))]


def identity(n):
    return [[Frac(1 if i == j else 0) for j in range(n)] for i in range(n)]


def det(m):
    m = [row[:] for row in m]
    n = len(m)
    result = Frac(1)
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col] != Frac(0):
                pivot = r
                break
        if pivot is None:
            return Frac(0)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            result = -result
        result = result * m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] = m[r][c] - f * m[col][c]
    return result


def inverse(m):
    n = len(m)
    aug = [row[:] + ident for row, ident in zip(m, identity(n))]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != Frac(0)), None)
        if pivot is None:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != Frac(0):
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


def show(name, m):
    print(name)
    w = max(len(repr(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(repr(x).rjust(w) for x in row) + "]")


A = mat([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = mat([[1, 2], [0, 1], [5, -1]])
show("A", A)
show("B", B)
show("A*B", matmul(A, B))
print("det(A) =", det(A))
Ainv = inverse(A)
show("inv(A)", Ainv)
print("A*inv(A) == I:", matmul(A, Ainv) == identity(3))
try:
    matmul(B, B)
except ValueError as e:
    print("ValueError:", e)

S = mat([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print("det(S) =", det(S))
try:
    inverse(S)
except ValueError as e:
    print("ValueError:", e)

# Hilbert matrix: determinant is 1/integer and grows quickly
for n in range(1, 7):
    H = [[Frac(1, i + j + 1) for j in range(n)] for i in range(n)]
    print("det(H%d) = %r" % (n, det(H)))

# Vandermonde determinant equals product of differences
xs = [2, 3, 5, 7, 11]
V = mat([[x ** k for k in range(len(xs))] for x in xs])
prod = 1
for i in range(len(xs)):
    for j in range(i + 1, len(xs)):
        prod *= xs[j] - xs[i]
print("det(V) =", det(V), "product =", prod)

# matrix power by repeated squaring: Fibonacci numbers
def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


F = mat([[1, 1], [1, 0]])
print("fib(90) =", matpow(F, 90)[0][1])
show("rotation^4", matpow(mat([[0, -1], [1, 0]]), 4))
