# print(): sep, end, multiple args, flush, file=sys.stdout, str() vs repr() of containers
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|\n")
print(1, 2.5, None, True, [1, "s"], ("t",), {"k": "v"}, {1}, b"b", sep=" ; ")
print(*range(5), sep="-", end=".\n")
print("flush", flush=True)
print("to stdout", file=sys.stdout)
print("sep None", "end None", sep=None, end=None)
print("", "", sep="X")
print("")
print(sep="ignored")
print("tab\tsep", "new\nline")
print(["tab\t", "new\n"])
print("multi", "", "empty", "")
print("é", "☃", "😀", "日本")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
b = Both()
print(b, [b], (b,), {b: b} if False else {"k": b}, str(b), repr(b), f"{b}", f"{b!r}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print("%s" % "percent", "{}".format("format"), f"{'fstring'}", sep=" / ")
for i in range(3):
    print(i, end=" ")
print()
print("end with sep", sep="", end="\n\n")
print("after blank line")
print(" leading and trailing spaces ")
print(repr(print(end="")))
