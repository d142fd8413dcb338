# big integer workloads: fibonacci, factorials, digit sums, powers, pi digits, modular arithmetic


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    # fast doubling
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]


def digit_sum(n):
    return sum(int(d) for d in str(n))


f500 = fib(500)
print("fib(500) =", f500)
print("digits:", len(str(f500)), "digit sum:", digit_sum(f500))
print("fast doubling agrees:", fib_fast(500) == f500, fib_fast(1000) == fib(1000))
print("fib(1000) mod 10**9+7 =", fib(1000) % (10 ** 9 + 7))

fact = 1
for i in range(1, 101):
    fact *= i
print("100! =", fact)
print("digits:", len(str(fact)), "digit sum:", digit_sum(fact))
trailing = len(str(fact)) - len(str(fact).rstrip("0"))
print("trailing zeros:", trailing, "== sum 100//5^k:", trailing == 100 // 5 + 100 // 25)

# powers and bit operations
big = 2 ** 1000
print("2**1000 digit sum:", digit_sum(big), "bit_length:", big.bit_length())
print("3**200 =", 3 ** 200)
print("(2**127-1) * (2**89-1) =", (2 ** 127 - 1) * (2 ** 89 - 1))
x = 7 ** 77
print("7**77 hex:", hex(x))
print("bin(7**77) ones:", bin(x).count("1"), "oct tail:", oct(x)[-10:])
print("shift round trip:", (x << 300) >> 300 == x, (x >> 100) << 100 == x - (x & ((1 << 100) - 1)))
print("and/or/xor:", (x & (2 ** 64 - 1)), (x | 1) - x, (x ^ x) == 0, ~x == -x - 1)

# division and modulo with huge and negative numbers
a = 10 ** 50 + 12345
b = -(10 ** 20 + 7)
q, r = divmod(a, b)
print("divmod:", q, r, q * b + r == a)
print("negative floor div:", -a // 10 ** 25, -a % 10 ** 25)
print("int(str) round trip:", int(str(-a)) == -a, int("-" + "9" * 60) + 10 ** 60)

# modular exponentiation and inverse
m = 2 ** 127 - 1
print("pow(3, 10**30, m) =", pow(3, 10 ** 30, m))
inv = pow(123456789, -1, m)
print("inverse ok:", inv * 123456789 % m == 1)

# digits of pi with Machin's formula using integer arithmetic
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(n):
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


pd = pi_digits(300)
print("pi =", pd[0] + "." + pd[1:61])
print("pi digits 250..300:", pd[250:301])
print("digit counts:", [pd.count(str(d)) for d in range(10)])

# Catalan numbers and binomials via Pascal rows
row = [1]
for _ in range(200):
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
print("C(200,100) =", row[100])
catalan = row[100] // 101
print("catalan(100) =", catalan)

# sum of digits of 2**n for a range, and large number formatting
print([digit_sum(2 ** n) for n in range(100, 110)])
print("{:,}".format(fib(120)))
print("%d" % (3 ** 100), "%x" % (3 ** 100))
print(str(10 ** 100 - 1).count("9"), len(str(-(10 ** 100))))

# Collatz on a big starting value
n = 2 ** 100 + 1
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("collatz(2**100+1):", steps, "steps, peak digits", len(str(peak)))

# integer square root by Newton iteration
def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


s2 = isqrt(2 * 10 ** 200)
print("sqrt(2) =", str(s2)[0] + "." + str(s2)[1:80])
print("check:", s2 * s2 <= 2 * 10 ** 200 < (s2 + 1) ** 2)
