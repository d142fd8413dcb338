# prime sieves, factorisation, and number-theory utilities


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
        i += 1
    return [n for n in range(limit + 1) if flags[n]]


def sieve_list(limit):
    is_p = [True] * (limit + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(("%d^%d" % (p, e)) if e > 1 else str(p) for p, e in sorted(f.items()))


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def totient(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result


primes = sieve(200000)
print("primes below 200000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
assert sieve_list(10000) == sieve(10000)

# twin primes and prime gaps
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), "last:", twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    g = q - p
    if g not in gaps:
        gaps[g] = p
print("first occurrence of gaps:", [(g, gaps[g]) for g in sorted(gaps)][:12])
print("max gap:", max(gaps), "after", gaps[max(gaps)])

# factorisations
for n in [1, 2, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143, 123456789012]:
    f = factorize(n)
    print("%d = %s" % (n, fmt_factors(f) if f else "1"))

# Miller-Rabin on big numbers
cands = [2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 10 ** 18 + 7, 561, 1105, 2 ** 89 - 1, 2 ** 127 - 1,
         (2 ** 127 - 1) * 3]
for c in cands:
    print(c, is_probable_prime(c))
assert all(is_probable_prime(p) for p in primes[:2000])
small_prime_set = set(primes[:2300])
assert not any(is_probable_prime(n) for n in range(4, 20000) if n not in small_prime_set)

# Euler's totient and Goldbach partitions
print([totient(n) for n in range(1, 21)])
prime_set = set(primes)
for even in [4, 28, 100, 1000, 10000, 99998]:
    parts = [(p, even - p) for p in primes if p <= even // 2 and (even - p) in prime_set]
    print(even, "has", len(parts), "Goldbach partitions; first", parts[0], "last", parts[-1])

# digit sums of primes, and primes that are palindromes
pal = [p for p in primes if str(p) == str(p)[::-1] and p > 1000]
print("palindromic primes >1000:", len(pal), pal[:6])
digit_sums = {}
for p in primes[:5000]:
    s = sum(map(int, str(p)))
    digit_sums[s] = digit_sums.get(s, 0) + 1
print(sorted(digit_sums.items())[:10])
