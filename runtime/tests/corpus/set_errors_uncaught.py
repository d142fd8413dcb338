# set errors and edge cases, ending with an uncaught KeyError from set.remove
s = {"apple", "banana", "cherry"}
cases = [
    ("remove missing", lambda: s.remove("kiwi")),
    ("pop empty", lambda: set().pop()),
    ("add list", lambda: s.add(["x"])),
    ("add set", lambda: s.add({"x"})),
    ("set of lists", lambda: set([[1], [2]])),
    ("set(5)", lambda: set(5)),
    ("set(1, 2)", lambda: set(1, 2)),
    ("index", lambda: s[0]),
    ("plus", lambda: s + {"x"}),
    ("times", lambda: s * 2),
    ("or list", lambda: s | ["x"]),
    ("and str", lambda: s & "abc"),
    ("sub tuple", lambda: s - ("apple",)),
    ("lt list", lambda: s < ["apple"]),
    ("frozenset add", lambda: frozenset(s).add("x")),
    ("update int", lambda: s.update(3)),
    ("issubset int", lambda: s.issubset(3)),
    ("hash set", lambda: hash(s)),
    ("discard unhashable", lambda: s.discard([1])),
    ("in unhashable", lambda: [1] in s),
    ("sorted mixed", lambda: sorted({1, "a"})),
]
for label, fn in cases:
    try:
        result = fn()
        print(label, "-> ok", result if not isinstance(result, (set, frozenset)) else sorted(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(sorted(s), {1, 2}.union([3]) == {1, 2, 3}, {1}.intersection("a") == set(), sorted({1, 2}.difference((2,))))
print({1} <= {1}, {frozenset()} == {frozenset()}, {1, 2} - {3} == {1, 2}, len({(), ()}))
print("discard is quiet:", s.discard("kiwi"), sorted(s))
inventory = {"apple", "banana"}
for fruit in ["apple", "banana"]:
    inventory.remove(fruit)
    print("removed", fruit, "left", sorted(inventory))
inventory.remove("apple")
print("not reached")
