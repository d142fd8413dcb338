# Hashability rules in practice; ends with an uncaught TypeError (unhashable).

class Key:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return isinstance(other, Key) and self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Key" + repr(self.parts)

index = {}
for i, word in enumerate(["x", "y", "x", "z", "y", "x"]):
    index.setdefault(Key(word), []).append(i)
print(index)
print(Key("x") in index, Key("w") in index, index[Key("z")])

# Keys with mixed part types
mixed = {Key(1, "a"): "first", Key(1.0, "a"): "same as first", Key(True, "a"): "same again"}
print(mixed, len(mixed))

# frozenset of custom objects
fs = frozenset([Key(1), Key(2), Key(1)])
print(len(fs), sorted(fs, key=lambda k: k.parts))

# Set operations use __eq__/__hash__
a = {Key(1), Key(2), Key(3)}
b = {Key(2), Key(3), Key(4)}
print(sorted(a & b, key=repr), sorted(a - b, key=repr), sorted(a ^ b, key=repr))

# Record: __eq__ defined but __hash__ not -> unhashable
class Record:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Record) and self.name == other.name
    def __repr__(self):
        return f"Record({self.name!r})"

records = [Record("a"), Record("b")]
print(records, Record("a") in records, records.index(Record("b")))
print(Record.__hash__ is None)

# Tuples containing unhashable items are unhashable
try:
    {("ok", Record("x"))}
except TypeError as e:
    print("TypeError:", e)

# Using id-like identity dictionary as workaround: map names instead
by_name = {r.name: r for r in records}
print(by_name)

# dict.fromkeys with hashable keys
print(dict.fromkeys([Key(1), Key(1), Key(2)], 0))

print("adding a Record to a set:")
bucket = set()
bucket.add(Record("boom"))
print("not reached")
