# nested dict/list data processing: grouping, aggregation, deep access, deep copy by hand
orders = [
    {"id": 1, "customer": "ann", "items": [{"sku": "A", "qty": 2, "price": 3.5}, {"sku": "B", "qty": 1, "price": 10.0}]},
    {"id": 2, "customer": "bob", "items": [{"sku": "A", "qty": 1, "price": 3.5}]},
    {"id": 3, "customer": "ann", "items": []},
    {"id": 4, "customer": "cy", "items": [{"sku": "C", "qty": 5, "price": 0.99}, {"sku": "B", "qty": 2, "price": 9.5}]},
]
totals = {}
for o in orders:
    amount = sum(i["qty"] * i["price"] for i in o["items"])
    totals[o["customer"]] = round(totals.get(o["customer"], 0) + amount, 2)
print(totals)
by_sku = {}
for o in orders:
    for item in o["items"]:
        entry = by_sku.setdefault(item["sku"], {"qty": 0, "orders": []})
        entry["qty"] += item["qty"]
        entry["orders"].append(o["id"])
print(by_sku)
print(sorted(by_sku, key=lambda s: -by_sku[s]["qty"]), max(by_sku.items(), key=lambda kv: len(kv[1]["orders"]))[0])
def deep_get(d, path, default=None):
    cur = d
    for key in path:
        try:
            cur = cur[key]
        except (KeyError, IndexError, TypeError):
            return default
    return cur
print(deep_get(orders, [0, "items", 1, "sku"]), deep_get(orders, [2, "items", 0, "sku"], "none"), deep_get(orders, [9]), deep_get(orders, [0, "id", "x"], "typeerr"))
def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    return obj
copy = deep_copy(orders)
copy[0]["items"][0]["qty"] = 100
print(orders[0]["items"][0]["qty"], copy[0]["items"][0]["qty"], copy == orders)
shallow = list(orders)
shallow[1]["customer"] = "BOB"
print(orders[1]["customer"], shallow is orders)
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, dict) and v:
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
config = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True, "timeout": 30}}, "debug": False, "empty": {}}
flat = flatten(config)
print(flat)
def unflatten(flat):
    root = {}
    for key, v in flat.items():
        parts = key.split(".")
        cur = root
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = v
    return root
print(unflatten(flat) == config, unflatten(flat))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out
print(merge(config, {"db": {"port": 6543, "opts": {"ssl": False}}, "debug": True, "new": 1}))
print(config["db"]["port"], config["db"]["opts"])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0) if t else 0
print(depth(tree), depth({}), depth({"x": {}}))
invert = {}
for cust, amt in totals.items():
    invert.setdefault(amt > 10, []).append(cust)
print(invert)
