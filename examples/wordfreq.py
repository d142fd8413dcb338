"""Word frequencies of a generated text: dicts, strings and sorting."""

WORDS = "the quick brown fox jumps over the lazy dog and the cat sat on the mat".split()
counts = {}
for i in range(200000):
    w = WORDS[(i * 7 + i // 3) % len(WORDS)]
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:>6} {n}")
