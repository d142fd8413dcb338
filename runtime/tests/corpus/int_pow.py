# pow() with two and three arguments, negative exponents, modular inverse
print(pow(2, 10), pow(-2, 10), pow(-2, 11), pow(2, 0), pow(0, 0), pow(0, 5))
print(pow(2, -1), pow(2, -10), pow(-2, -3), pow(10, -3))
print(pow(2, 10, 1000), pow(3, 1000, 7), pow(5, 0, 7), pow(5, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(7, 10 ** 20, 13), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(3, -2, 7), pow(2, -1, 101), pow(-3, -1, 7))
print(pow(38, -1, 97) * 38 % 97)
for base in range(1, 11):
    print(base, pow(base, -1, 11), base * pow(base, -1, 11) % 11)
for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2 ** -0.5)
print((-8) ** 2, (-1) ** 1000001, (-1) ** 1000000)
print(1 ** 10 ** 10, 0 ** 10 ** 10, (-1) ** (10 ** 10 + 1))
print(pow(True, 5), pow(2, True), pow(True, -1))
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__, type(pow(2, 2, 3)).__name__)
print(3 ** 3 ** 3 == 3 ** 27, 3 ** 27)
print(pow(10, 50, 10 ** 9 + 7), pow(10 ** 30, 10 ** 5, 999999937))
print(sum(pow(k, k, 10 ** 10) for k in range(1, 200)) % 10 ** 10)
# modular exponentiation by repeated squaring vs pow
def modpow(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
for b, e, m in [(2, 100, 97), (7, 222, 1000), (123456789, 2 ** 40, 998244353), (-5, 13, 17), (10, 0, 3)]:
    print(b, e, m, modpow(b, e, m), pow(b, e, m), modpow(b, e, m) == pow(b, e, m))
print([pow(i, 2, 10) for i in range(10)], [pow(2, i) for i in range(-3, 4)])
print(pow(2, 64) - 1 == (1 << 64) - 1, 2 ** 100 // 2 ** 99, (-2) ** 63, -(2 ** 63))
