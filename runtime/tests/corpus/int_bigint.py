# Big integer arithmetic
big = 2 ** 200
print(big)
print(big - 1, big + 1)
print(-big)
print(big * big)
print(big // 3, big % 3)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(divmod(10 ** 40, 12345678901234567890))
print(divmod(-(10 ** 40), 12345678901234567890))
print(divmod(10 ** 40, -12345678901234567890))
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)), f.bit_length())
print(f // (2 ** 47), f % 1000003)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, b - a, a * b)
print(b // a, b % a, a // b, a % b)
print(a ** 3)
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | b, -a ^ -b)
print(a << 100, a >> 50, (-a) >> 50, b >> 200)
print(big == 2 ** 200, big > 2 ** 199, big < -big, abs(-big) == big)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print((2 ** 64) // (2 ** 32), (2 ** 64 + 5) % (2 ** 32))
print(0x7fffffffffffffff + 1, 0xffffffffffffffff * 0xffffffffffffffff)
print(int("9" * 60) + 1)
print(int("-" + "1" * 45) * 3)
print(str(3 ** 100), repr(-(7 ** 77)))
print(big / 2 ** 190, type(big / 3).__name__)
print(10 ** 20 / 10 ** 10, 10 ** 25 / 3)
print(pow(3, 200) % 1000, pow(3, 200, 1000))
print(abs(-(10 ** 50)), bool(10 ** 50), bool(-(10 ** 50) + 10 ** 50))
print(sum([10 ** 18] * 20), max(2 ** 100, 3 ** 63), min(-(2 ** 100), -(3 ** 63)))
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(fib[149] // fib[148], fib[149] % fib[148])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(int(1e20), int(-1.5e25), int(2.0 ** 80))
print(10 ** 18 * 10 ** 18 == 10 ** 36, (10 ** 36) ** 0.5)
