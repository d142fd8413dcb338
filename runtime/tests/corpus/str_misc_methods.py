# maketrans/translate, format_map, join patterns, str() of objects, str methods as functions
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): "CC"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbyczab".translate(t3))
print("hello".translate({ord("l"): None, ord("o"): "0"}), "hi".translate({}), "abc".translate({97: 98, 98: 97}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
print("{name} is {age}".format_map({"name": "Ann", "age": 7}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(True), str((1,)), str({"a": [1]}), str(str))
print(str.upper("abc"), str.join("-", ["a", "b"]), list(map(str.strip, [" a ", "b  "])), str.__len__("four"))
print(str.lower is str.lower, "abc".upper.__name__, callable("x".upper))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), type(s).__name__, type(s + "x").__name__, type(s.upper()).__name__, s == "hey", isinstance(s, str))
print(len(s), s[0], type(s[0]).__name__, s * 2, repr(s))
print("%s and %s" % (s, S("you")), f"{s}", "".join([s, s]))
nums = [3, 14, 159, 2653]
print(", ".join(str(n) for n in nums), "".join(map(str, nums)), "+".join(str(n) for n in nums) + "=" + str(sum(nums)))
print("a" "b" == "ab", ("ab" "cd")[1:3], "x".join("").__len__())
print("\t".join(["col1", "col2"]).expandtabs(8) + "|")
print("abc".__add__("def"), "ab".__mul__(3), "ab".__rmul__(2), "abc".__getitem__(1), "abc".__hash__() == hash("abc"))
print("1,2;3 4".replace(";", ",").replace(" ", ",").split(","))
print(str.__mod__("%d-%d", (1, 2)), "x".__str__(), "x".__repr__(), "x".__format__(">3"))
# caesar cipher via maketrans and rot13 round trip
# caesar cipher via maketrans and round trip
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
def caesar(text, k):
    tbl = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(tbl)
msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, 23), caesar(caesar(msg, 13), 13) == msg)
