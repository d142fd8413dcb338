# Huffman coding with deterministic tie-breaking, bit packing, and run-length encoding


class Leaf:
    def __init__(self, sym, weight, order):
        self.sym, self.weight, self.order = sym, weight, order

    def key(self):
        return (self.weight, self.order)


class Internal:
    def __init__(self, left, right, order):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight
        self.order = order

    def key(self):
        return (self.weight, self.order)


def pop_min(nodes):
    best = 0
    for i in range(1, len(nodes)):
        if nodes[i].key() < nodes[best].key():
            best = i
    return nodes.pop(best)


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Leaf(ch, w, i) for i, (ch, w) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    if len(nodes) == 1:
        return Internal(nodes[0], Leaf(None, 0, order), order + 1), freq
    while len(nodes) > 1:
        a = pop_min(nodes)
        b = pop_min(nodes)
        nodes.append(Internal(a, b, order))
        order += 1
    return nodes[0], freq


def codes_of(tree):
    table = {}

    def walk(node, prefix):
        if isinstance(node, Leaf):
            if node.sym is not None:
                table[node.sym] = prefix or "0"
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(tree, "")
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, tree):
    out = []
    node = tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.sym)
            node = tree
    return "".join(out)


def pack(bits):
    pad = (-len(bits)) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


def unpack(data, pad):
    bits = "".join(format(byte, "08b") for byte in data)
    return bits[:len(bits) - pad] if pad else bits


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out


def unrle(pairs):
    return "".join(ch * n for ch, n in pairs)


SAMPLES = [
    "abracadabra",
    "aaaaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "mississippi river",
    "A man, a plan, a canal: Panama!" * 3,
    "x",
]

for text in SAMPLES:
    tree, freq = build_tree(text)
    table = codes_of(tree)
    bits = encode(text, table)
    data, pad = pack(bits)
    restored = decode(unpack(data, pad), tree)
    print("text %r" % (text[:30] + ("..." if len(text) > 30 else "")))
    print("  symbols=%d bits=%d bytes=%d (raw %d) pad=%d ok=%s" % (
        len(freq), len(bits), len(data), len(text.encode()), pad, restored == text))
    shown = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6]
    print("  codes:", ", ".join("%r=%s" % kv for kv in shown))
    print("  packed hex:", data.hex()[:32])
    weighted = sum(freq[c] * len(table[c]) for c in freq)
    assert weighted == len(bits)

# prefix property check
tree, _ = build_tree(SAMPLES[2])
table = codes_of(tree)
codes = sorted(table.values())
print("prefix-free:", all(not b.startswith(a) for a, b in zip(codes, codes[1:])))

# run-length encoding round trips
for s in ["", "aaabccddddde", "abc", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "aabbaabb"]:
    enc = rle(s)
    compact = "".join("%d%s" % (n, ch) if n > 1 else ch for ch, n in enc)
    print("rle %-28r -> %-22s ok=%s" % (s, compact, unrle(enc) == s))

# bit-level statistics of the compressed pangram
_, freq = build_tree(SAMPLES[2])
bits = encode(SAMPLES[2], table)
ones = bits.count("1")
print("ones=%d zeros=%d ratio=%.4f" % (ones, len(bits) - ones, ones / len(bits)))
entropy_bits = 0.0
n = len(SAMPLES[2])
import math

for c, f in freq.items():
    p = f / n
    entropy_bits -= f * math.log2(p)
print("huffman %d bits vs entropy bound %.2f bits" % (len(bits), round(entropy_bits, 6)))
