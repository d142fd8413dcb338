# n-queens: count all solutions with bitmasks, and print the first solution with backtracking


def count_solutions(n):
    full = (1 << n) - 1
    count = 0

    def place(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    place(0, 0, 0)
    return count


def first_solution(n):
    queens = []
    cols = set()
    diag1 = set()
    diag2 = set()

    def solve(row):
        if row == n:
            return True
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            queens.append(c)
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            if solve(row + 1):
                return True
            queens.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)
        return False

    return queens if solve(0) else None


def all_solutions(n):
    out = []

    def go(row, placed):
        if row == n:
            out.append(tuple(placed))
            return
        for c in range(n):
            ok = True
            for r, pc in enumerate(placed):
                if pc == c or abs(pc - c) == row - r:
                    ok = False
                    break
            if ok:
                placed.append(c)
                go(row + 1, placed)
                placed.pop()

    go(0, [])
    return out


def board(sol):
    n = len(sol)
    return ["".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n)]


def canonical(sol):
    n = len(sol)
    variants = []
    cur = list(sol)
    for _ in range(4):
        # rotate 90 degrees: new[c] = n-1-r where sol[r] = c
        rot = [0] * n
        for r, c in enumerate(cur):
            rot[c] = n - 1 - r
        cur = rot
        variants.append(tuple(cur))
        variants.append(tuple(reversed(cur)))
    return min(variants)


for n in range(1, 11):
    print("n=%2d solutions=%d" % (n, count_solutions(n)))

for n in [4, 6, 8]:
    sol = first_solution(n)
    print("first solution for n=%d: %s" % (n, sol))
    for line in board(sol):
        print("   " + line)

print("n=3:", first_solution(3))

sols = all_solutions(8)
print("all 8-queens solutions:", len(sols))
print("first three:", sols[:3])
print("last:", sols[-1])
unique = sorted(set(canonical(s) for s in sols))
print("distinct up to symmetry:", len(unique))
for u in unique[:3]:
    print("  ", u)

# check a few properties of every solution
for s in sols:
    assert len(set(s)) == 8
    assert len(set(r - c for r, c in enumerate(s))) == 8
    assert len(set(r + c for r, c in enumerate(s))) == 8
print("all solutions verified")

# column histogram of queens in row 0 over all solutions
hist = [0] * 8
for s in sols:
    hist[s[0]] += 1
print("row-0 column histogram:", hist)
