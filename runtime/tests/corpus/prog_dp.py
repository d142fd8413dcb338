# dynamic programming: LCS, edit distance with alignment, 0/1 knapsack, coin change, LIS


def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = 1 + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return dp[0][0], "".join(out)


def edit_distance(a, b):
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    # backtrack an alignment
    i, j = n, m
    top, mid, bot = [], [], []
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            top.append(a[i - 1])
            bot.append(b[j - 1])
            mid.append("|" if a[i - 1] == b[j - 1] else "*")
            i -= 1
            j -= 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            top.append(a[i - 1])
            bot.append("-")
            mid.append(" ")
            i -= 1
        else:
            top.append("-")
            bot.append(b[j - 1])
            mid.append(" ")
            j -= 1
    return d[n][m], "".join(reversed(top)), "".join(reversed(mid)), "".join(reversed(bot))


def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][capacity], sorted(chosen)


def coin_change(coins, amount):
    INF = amount + 1
    ways = [1] + [0] * amount
    fewest = [0] + [INF] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return ways[amount], (fewest[amount] if fewest[amount] < INF else None)


def lis(seq):
    tails = []
    tails_idx = []
    parent = [-1] * len(seq)
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[lo] = x
            tails_idx[lo] = i
        parent[i] = tails_idx[lo - 1] if lo > 0 else -1
    out = []
    k = tails_idx[-1] if tails_idx else -1
    while k != -1:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("dynamic", "programming")]:
    print("lcs(%r, %r) = %r" % (a, b, lcs(a, b)))

for a, b in [("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("same", "same"),
             ("sunday", "saturday")]:
    dist, top, mid, bot = edit_distance(a, b)
    print("edit(%r, %r) = %d" % (a, b, dist))
    print("   " + top)
    print("   " + mid)
    print("   " + bot)

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
for cap in [0, 50, 100, 200, 400]:
    print("knapsack cap=%d ->" % cap, knapsack(items, cap))

for coins, amount in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25, 50, 100], 300), ([3, 7], 100)]:
    print("coins", coins, "amount", amount, "-> ways, fewest =", coin_change(coins, amount))

for seq in [[10, 9, 2, 5, 3, 7, 101, 18], [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], [], [5, 4, 3]]:
    r = lis(seq)
    print("lis", seq, "->", len(r), r)

# counting paths in a grid with obstacles
grid = ["....#...", "..#.....", "....#.#.", "#.......", "...#..#.", "........"]
paths = [[0] * len(grid[0]) for _ in grid]
for r in range(len(grid)):
    for c in range(len(grid[0])):
        if grid[r][c] == "#":
            continue
        if r == 0 and c == 0:
            paths[r][c] = 1
        else:
            paths[r][c] = (paths[r - 1][c] if r else 0) + (paths[r][c - 1] if c else 0)
print("grid paths:", paths[-1][-1])

# partition numbers p(n)
N = 100
p = [1] + [0] * N
for k in range(1, N + 1):
    for n in range(k, N + 1):
        p[n] += p[n - k]
print("p(10)=%d p(50)=%d p(100)=%d" % (p[10], p[50], p[100]))
