# shortest paths: Dijkstra (hand-rolled heap), Bellman-Ford, BFS on a grid, Floyd-Warshall


def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        p = (i - 1) // 2
        h[i], h[p] = h[p], h[i]
        i = p


def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i, n = 0, len(h)
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and h[c + 1] < h[c]:
            c += 1
        if h[c] < h[i]:
            h[c], h[i] = h[i], h[c]
            i = c
        else:
            break
    return top


EDGES = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("F", "G", 1),
    ("G", "E", 2), ("H", "I", 3),
]


def build(edges, directed=False):
    g = {}
    for u, v, w in edges:
        g.setdefault(u, []).append((v, w))
        g.setdefault(v, [])
        if not directed:
            g[v].append((u, w))
    return g


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, u = heap_pop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in g[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev


def path(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    p = [dst]
    while p[-1] != src:
        p.append(prev[p[-1]])
    return p[::-1]


g = build(EDGES)
dist, prev = dijkstra(g, "A")
for node in sorted(g):
    p = path(prev, "A", node)
    print("A->%s: %s via %s" % (node, dist.get(node, "unreachable"), "-".join(p) if p else "-"))

dg = build(EDGES, directed=True)
dist2, prev2 = dijkstra(dg, "A")
print("directed:", sorted(dist2.items()))


def bellman_ford(nodes, edges, src):
    INF = float("inf")
    dist = {n: INF for n in nodes}
    dist[src] = 0
    for _ in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError("negative cycle reachable from %s" % src)
    return dist


neg = [("s", "a", 4), ("s", "b", 5), ("a", "c", -3), ("b", "a", -2), ("c", "d", 2), ("b", "d", 6)]
print("bellman-ford:", sorted(bellman_ford("sabcd", neg, "s").items()))
try:
    bellman_ford("xyz", [("x", "y", 1), ("y", "z", -2), ("z", "y", 1)], "x")
except ValueError as e:
    print("ValueError:", e)

MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#..#..",
    "#.#.#.##.#",
    "..#...#...",
    ".####.#.#.",
    "......#.#E",
]


def bfs(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    end = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "E")
    queue = [start]
    came = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = cur
                queue.append((nr, nc))
    if end not in came:
        return None, len(came)
    route = []
    cur = end
    while cur:
        route.append(cur)
        cur = came[cur]
    return route[::-1], len(came)


route, explored = bfs(MAZE)
print("maze path length:", len(route) - 1, "explored:", explored)
grid = [list(row) for row in MAZE]
for r, c in route[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("  " + "".join(row))

# Floyd-Warshall on a small directed graph
nodes = ["p", "q", "r", "s"]
INF = float("inf")
W = {(a, b): (0 if a == b else INF) for a in nodes for b in nodes}
for a, b, w in [("p", "q", 3), ("q", "r", 1), ("r", "p", -1), ("p", "s", 10), ("r", "s", 2)]:
    W[(a, b)] = w
for k in nodes:
    for i in nodes:
        for j in nodes:
            if W[(i, k)] + W[(k, j)] < W[(i, j)]:
                W[(i, j)] = W[(i, k)] + W[(k, j)]
for i in nodes:
    print(i, [W[(i, j)] for j in nodes])
