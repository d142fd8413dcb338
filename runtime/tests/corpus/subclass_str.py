# Subclassing str.

class Title(str):
    def __new__(cls, s):
        return super().__new__(cls, s.strip().title())
    def shout(self):
        return self.upper() + "!"
    def words(self):
        return self.split()

t = Title("  the quick brown fox ")
print(repr(t), t, len(t), t.shout(), t.words())
print(type(t).__name__, type(t.upper()).__name__, type(t + "x").__name__, type(t[1:3]).__name__)
print(isinstance(t, str), t == "The Quick Brown Fox", t.startswith("The"))
print(f"[{t}]", "%s" % t, "{}".format(t), str(t), type(str(t)).__name__)

# str methods work and return plain str
class Tag(str):
    def wrap(self, tag):
        return Tag(f"<{tag}>{self}</{tag}>")
tg = Tag("hi")
w = tg.wrap("b").wrap("i")
print(w, type(w).__name__, w.replace("b", "strong"), type(w.replace("b", "B")).__name__)

# Overriding __str__ and __repr__ in a str subclass
class Secret(str):
    def __repr__(self):
        return "Secret('***')"
    def __str__(self):
        return "***"
s = Secret("password")
print(s, repr(s), [s], f"{s}", s.upper(), len(s), s == "password")
print("prefix-" + s)   # concatenation uses the actual value

# Overriding __eq__ needs __hash__ too
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
    def __ne__(self, other):
        return not self == other
c = Caseless("Hello")
print(c == "HELLO", c != "hello", "hello" == c, c in ["x", "hElLo"])
d = {Caseless("Key"): 1}
print(d.get(Caseless("KEY")), Caseless("a") in {Caseless("A")})

# Extra attributes on str subclasses
class Annotated(str):
    pass
a = Annotated("value")
a.note = "extra"
print(a, a.note, vars(a))

# Iteration, indexing, formatting, comparisons
print(list(Title("ab cd")), Title("x")[0], Title("abc") < "b", sorted([Title("b"), Title("a")]))
print(format(Title("pad"), ">6"), Title("pad").center(7, "*"))

# str subclass used as dict key equals plain str
d2 = {Title("alpha"): 1}
print(d2["Alpha"], "Alpha" in d2)

# Multiplication and join
print(Tag("ab") * 2, type(Tag("ab") * 2).__name__, "-".join([Tag("x"), Title("y")]))

# Immutable: methods return new objects
orig = Tag("base")
up = orig.upper()
print(orig, up, orig is up)

# __len__ override only affects len()
class Padded(str):
    def __len__(self):
        return 100
pd = Padded("abc")
print(len(pd), pd.ljust(5, "."), len(str(pd)))

# __contains__ override
class Vowels(str):
    def __contains__(self, ch):
        return ch.lower() in "aeiou" and super().__contains__(ch.lower())
v = Vowels("education")
print("E" in v, "d" in v, "u" in v, "z" in v)

# int(), float() work on str subclasses
class NumStr(str):
    pass
print(int(NumStr("42")) + 1, float(NumStr("2.5")) * 2)
