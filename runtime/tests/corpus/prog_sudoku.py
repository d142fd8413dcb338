# sudoku solver: constraint propagation + backtracking with minimum-remaining-values

PUZZLES = [
    ("easy",
     "53..7...."
     "6..195..."
     ".98....6."
     "8...6...3"
     "4..8.3..1"
     "7...2...6"
     ".6....28."
     "...419..5"
     "....8..79"),
    ("medium",
     "..9748..."
     "7........"
     ".2.1.9..."
     "..7...24."
     ".64.1.59."
     ".98...3.."
     "...8.3.2."
     "........6"
     "...2759.."),
    ("invalid",
     "55......."
     "........."
     "........."
     "........."
     "........."
     "........."
     "........."
     "........."
     "........."),
]

DIGITS = "123456789"


class Unsolvable(Exception):
    pass


def peers_of():
    peers = []
    for idx in range(81):
        r, c = divmod(idx, 9)
        ps = set()
        for k in range(9):
            ps.add(r * 9 + k)
            ps.add(k * 9 + c)
        br, bc = 3 * (r // 3), 3 * (c // 3)
        for dr in range(3):
            for dc in range(3):
                ps.add((br + dr) * 9 + bc + dc)
        ps.discard(idx)
        peers.append(sorted(ps))
    return peers


PEERS = peers_of()


class Solver:
    def __init__(self, grid):
        self.cand = [set(DIGITS) for _ in range(81)]
        self.guesses = 0
        self.assignments = 0
        for i, ch in enumerate(grid):
            if ch in DIGITS:
                if ch not in self.cand[i]:
                    raise Unsolvable("conflict at cell %d" % i)
                self.assign(self.cand, i, ch)

    def assign(self, cand, i, d):
        self.assignments += 1
        others = cand[i] - {d}
        for o in sorted(others):
            self.eliminate(cand, i, o)

    def eliminate(self, cand, i, d):
        if d not in cand[i]:
            return
        cand[i].discard(d)
        if not cand[i]:
            raise Unsolvable("no candidates left at cell %d" % i)
        if len(cand[i]) == 1:
            (only,) = cand[i]
            for p in PEERS[i]:
                self.eliminate(cand, p, only)

    def search(self, cand):
        if all(len(c) == 1 for c in cand):
            return cand
        best = min((len(c), i) for i, c in enumerate(cand) if len(c) > 1)[1]
        for d in sorted(cand[best]):
            trial = [set(c) for c in cand]
            self.guesses += 1
            try:
                self.assign(trial, best, d)
                return self.search(trial)
            except Unsolvable:
                continue
        raise Unsolvable("dead end")

    def solve(self):
        cand = self.search(self.cand)
        return "".join(next(iter(c)) for c in cand)


def show(grid):
    for r in range(9):
        row = grid[r * 9:(r + 1) * 9]
        print(" " + " | ".join(" ".join(row[k:k + 3]) for k in (0, 3, 6)))
        if r in (2, 5):
            print(" ------+-------+------")


def valid(solution):
    for k in range(9):
        row = set(solution[k * 9:(k + 1) * 9])
        col = set(solution[k::9])
        br, bc = 3 * (k // 3), 3 * (k % 3)
        box = set(solution[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3))
        if not (row == col == box == set(DIGITS)):
            return False
    return True


for name, puzzle in PUZZLES:
    print("puzzle:", name, "givens:", sum(ch in DIGITS for ch in puzzle))
    try:
        s = Solver(puzzle)
        sol = s.solve()
    except Unsolvable as e:
        print("  unsolvable:", e)
        continue
    show(sol)
    print("  valid:", valid(sol), "guesses:", s.guesses)
    print("  consistent with givens:", all(p == "." or p == q for p, q in zip(puzzle, sol)))
    print("  digit sum of first row:", sum(int(ch) for ch in sol[:9]))
