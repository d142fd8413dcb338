# sys.stdout.write and print interplay
import sys

n = sys.stdout.write("no newline;")
sys.stdout.write(" continued\n")
print("write returned", n)
n2 = sys.stdout.write("")
print("empty write returned", n2)
n3 = sys.stdout.write("héllo wörld\n")
print("unicode write returned", n3)
sys.stdout.write("a\nb\nc\n")
print("x", "y", sep="", end="|\n")
print("multi", 1, 2.5, None, True, sep=", ")
print()
print(end="")
print("", end="\n")
print("tab\tseparated", "end", sep="\t")
print(*["star", "args"], sep="-")
print("to stdout explicitly", file=sys.stdout)
print("flush kw", flush=True)
sys.stdout.flush()
try:
    sys.stdout.write(42)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
lines = ["line %d\n" % i for i in range(3)]
sys.stdout.writelines(lines)
print(repr("quote\"s"), "and", str("quote\"s"))
