# reading standard input via sys.stdin methods
import sys

first = sys.stdin.readline()
print(repr(first))
second = sys.stdin.readline().rstrip("\n")
print(repr(second))
words = {}
count = 0
for line in sys.stdin:
    count += 1
    if line.strip() == "END":
        break
    for w in line.split():
        w = w.lower().strip(".,!?")
        words[w] = words.get(w, 0) + 1
print("lines read in loop:", count)
for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])):
    print("%-8s %d" % (w, c))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
