# Conway's game of life on a bounded torus and on an unbounded set-based grid


def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip("\n").split("\n")):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def step_set(cells):
    counts = {}
    for (r, c) in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}


def bounds(cells):
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return min(rs), min(cs), max(rs), max(cs)


def render(cells):
    if not cells:
        return ["(empty)"]
    r0, c0, r1, c1 = bounds(cells)
    return ["".join("#" if (r, c) in cells else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1)]


def step_torus(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new


GLIDER = """
.#.
..#
###
"""

R_PENTOMINO = """
.##
##.
.#.
"""

BLINKER_TOAD = """
###.........
............
............
............
.......###..
......###...
"""

# glider moves diagonally by (1, 1) every 4 generations
g = parse(GLIDER)
start = sorted(g)
for gen in range(8):
    g = step_set(g)
shifted = sorted((r - 2, c - 2) for r, c in g)
print("glider after 8 gens returns shifted:", shifted == start, "bounds", bounds(g))
for line in render(g):
    print("  " + line)

# oscillators
osc = parse(BLINKER_TOAD)
history = [frozenset(osc)]
for gen in range(4):
    osc = step_set(osc)
    history.append(frozenset(osc))
print("period-2 oscillation:", history[0] == history[2] == history[4], history[0] != history[1])
for line in render(history[1]):
    print("  " + line)

# R-pentomino population over time
r = parse(R_PENTOMINO)
pops = []
for gen in range(1, 201):
    r = step_set(r)
    if gen % 20 == 0:
        pops.append((gen, len(r)))
print("R-pentomino populations:", pops)
r0, c0, r1, c1 = bounds(r)
print("R-pentomino bounding box after 200:", (r1 - r0 + 1, c1 - c0 + 1))

# torus: glider wraps around an 8x8 board and returns after 32 generations
H = W = 8
board = [[0] * W for _ in range(H)]
for (rr, cc) in parse(GLIDER):
    board[rr][cc] = 1
initial = [row[:] for row in board]
for gen in range(1, 33):
    board = step_torus(board)
    if gen in (1, 2, 16):
        print("torus gen", gen)
        for row in board:
            print("  " + "".join(".#"[v] for v in row))
print("torus glider returns after 32:", board == initial)

# a block (still life) and a dying pattern
block = parse("##\n##")
print("block still:", step_set(block) == block)
lonely = parse("#..\n...\n..#")
print("lonely cells die:", step_set(lonely) == set(), render(step_set(lonely)))

# population checksum of a pseudo-random soup on the torus
H, W = 24, 24
seed = 7
soup = []
for _ in range(H):
    row = []
    for _ in range(W):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        row.append(1 if (seed >> 16) % 3 == 0 else 0)
    soup.append(row)
trace = []
for gen in range(30):
    soup = step_torus(soup)
    trace.append(sum(map(sum, soup)))
print("soup populations:", trace)
checksum = 0
for r_, row in enumerate(soup):
    for c_, v in enumerate(row):
        if v:
            checksum = (checksum * 31 + r_ * W + c_) % 1000000007
print("soup checksum:", checksum)
