# dict lookup errors, ending with an uncaught KeyError
inventory = {"apples": 3, "pears": 0, ("gala", 2): 5, 42: "answer", None: "nothing"}
print(inventory["apples"], inventory[("gala", 2)], inventory[42], inventory[None])
probes = ["bananas", ("gala", 3), 43, 42.0, "", (), "a" * 3, frozenset(), 0, False]
for p in probes:
    try:
        print(repr(p), "->", inventory[p])
    except KeyError as e:
        print(repr(p), "-> KeyError", e, e.args)
try:
    inventory[["list"]]
except TypeError as e:
    print("TypeError:", e)
try:
    inventory.pop("zzz")
except KeyError as e:
    print("pop KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem KeyError:", e)
try:
    del inventory["zzz"]
except KeyError as e:
    print("del KeyError:", e)
class Registry(dict):
    def __missing__(self, key):
        if isinstance(key, str) and key.startswith("auto_"):
            self[key] = len(self)
            return self[key]
        raise KeyError(f"no such entry: {key}")
reg = Registry()
print(reg["auto_a"], reg["auto_b"], reg)
try:
    reg["manual"]
except KeyError as e:
    print("KeyError:", e, repr(e.args[0]))
print(reg.get("manual"), "manual" in reg, reg.get("auto_c", "get does not call __missing__"))
for k in [1, 1.0, True]:
    print(k, {1: "one"}[k])
err = None
try:
    {"a": 1}["b"]
except KeyError as e:
    err = e
print(type(err).__name__, err.args, str(err), repr(err), isinstance(err, LookupError))
try:
    {}[("x", 1)]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
def restock(inv, item, qty):
    inv[item] += qty
    return inv[item]
print(restock(inventory, "apples", 2))
print(restock(inventory, "pears", 10))
print(inventory)
print(restock(inventory, "kiwis", 1))
