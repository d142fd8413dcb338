# text statistics: word counts, frequencies, n-grams, line stats, sorted output

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only.

There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a fair
face, on the throne of France. In both countries it was clearer than crystal
to the lords of the State preserves of loaves and fishes, that things in
general were settled for ever."""

PUNCT = ".,;:!?-'\"()"


def words_of(text):
    out = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            out.append(w)
    return out


words = words_of(TEXT)
print("characters:", len(TEXT))
print("words:", len(words))
lines = TEXT.split("\n")
print("lines:", len(lines), "blank:", sum(1 for l in lines if not l.strip()))
paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
print("paragraphs:", len(paragraphs))

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("distinct words:", len(counts))

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for w, c in top:
    print("%-*s %3d %s" % (width, w, c, "#" * c))

# words that appear exactly once, alphabetically
hapax = sorted(w for w, c in counts.items() if c == 1)
print("hapax legomena:", len(hapax))
print(", ".join(hapax[:15]))

# length distribution
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    uniq = sorted(set(by_len[n]))
    print("len %2d: %3d words, e.g. %s" % (n, len(by_len[n]), " ".join(uniq[:4])))

avg = sum(len(w) for w in words) / len(words)
print("average word length: %.3f" % avg)
longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest)

# bigrams
bigrams = {}
for a, b in zip(words, words[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
for bg, c in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print("bigram %-14s %d" % (bg, c))

# letter frequency
letters = {}
for ch in TEXT.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
total_letters = sum(letters.values())
row = []
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:10]:
    row.append("%s:%.1f%%" % (ch, 100.0 * letters[ch] / total_letters))
print(" ".join(row))
missing = [c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters]
print("letters never used:", missing)

# sentences
sentences = []
cur = []
for tok in TEXT.replace("\n", " ").split(" "):
    if not tok:
        continue
    cur.append(tok)
    if tok.endswith("."):
        sentences.append(" ".join(cur))
        cur = []
print("sentences:", len(sentences))
for s in sentences:
    ws = words_of(s)
    print("  %3d words, starts %r" % (len(ws), " ".join(ws[:3])))

# capitalised words (proper-noun candidates) in original case, first occurrence order
seen = []
for raw in TEXT.split():
    w = raw.strip(PUNCT)
    if w[:1].isupper() and w not in seen:
        seen.append(w)
print("capitalised:", seen)

# word-wrap the first paragraph at 40 columns
def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = w if not line else line + " " + w
    if line:
        out.append(line)
    return out


for l in wrap(paragraphs[1], 40):
    print("|%-40s|" % l)
