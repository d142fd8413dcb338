# Recursion and mutual recursion.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(10)])
print(fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print([(i, is_even(i), is_odd(i)) for i in range(6)])
print(is_even(300), is_odd(301))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

m = []
hanoi(3, "A", "C", "B", m)
print(len(m), m)
m = []
hanoi(10, "A", "C", "B", m)
print(len(m), m[:3], m[-1])

def permutations(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out

print(permutations([1, 2, 3]))
print(len(permutations("abcde")))

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], [], [[6], 7]]))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)])

# Recursive data structure traversal
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])

def depth(node):
    name, kids = node
    return 1 + max((depth(k) for k in kids), default=0)

def walk(node, indent=0):
    name, kids = node
    print("  " * indent + name)
    for k in kids:
        walk(k, indent + 1)

print("depth:", depth(tree))
walk(tree)

# Recursion through a nested function referencing itself via closure
def make_counter_down():
    def down(n, acc):
        if n < 0:
            return acc
        return down(n - 1, acc + [n])
    return down
print(make_counter_down()(5, []))

# Mutual recursion: a tiny expression parser
def parse_expr(tokens, i):
    val, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        rhs, i = parse_term(tokens, i + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, i

def parse_term(tokens, i):
    val, i = parse_atom(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        rhs, i = parse_atom(tokens, i + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, i

def parse_atom(tokens, i):
    if tokens[i] == "(":
        val, i = parse_expr(tokens, i + 1)
        return val, i + 1
    return int(tokens[i]), i + 1

for src in ["1+2*3", "(1+2)*3", "2*(3+4)*5-6", "((7))", "8/3+1"]:
    print(src, "=", parse_expr(list(src), 0)[0])

# gcd recursively
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))

# Moderate depth recursion works
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(500))
