# split, rsplit, splitlines, join
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print(s.split(" ", 3), s.rsplit(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "a,b,,c,".split(",", 0), "a,b,,c,".split(",", -1))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "x".split("x"))
print("a\x0bb\x0cc\x1cd\x1de\x1ff\u2028g\u3000h".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
text = "line1\nline2\r\nline3\rline4\n\nline6\x0bline7\x0cline8\x1c9\u2028x\u2029y\x85z"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(), "\na".splitlines(keepends=True))
print("a\nb\n".split("\n"), "a\r\nb".split("\n"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " | ".join(("1",)), ", ".join(map(str, range(5))))
print("".join(c.upper() for c in "gen"), "\n".join(["x", "y"]).splitlines())
print("ab".join("1234"), "ab".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join([b"a"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
csv = "name=alice;age=30;city=paris;;empty="
pairs = [p.split("=", 1) for p in csv.split(";") if p]
print(pairs, dict(pairs))
words = "the cat sat on the mat the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, " ".join(reversed(words)), " ".join(sorted(set(words))))
print("path/to/some/file.txt".rsplit("/", 1), "file.tar.gz".split(".", 1), "file.tar.gz".rsplit(".", 1))
print("  padded  ".split(" "), "a b".split(" ", 5), "a\tb  c".split(" "))
