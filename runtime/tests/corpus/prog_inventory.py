# inventory / order processing with validation, exceptions and formatted reports


class InventoryError(Exception):
    pass


class UnknownProduct(InventoryError, KeyError):
    def __str__(self):
        return "unknown product %r" % self.args[0]


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, only %d in stock" % (sku, wanted, have))
        self.sku, self.wanted, self.have = sku, wanted, have


class Product:
    def __init__(self, sku, name, price_cents, qty, category):
        self.sku = sku
        self.name = name
        self.price = price_cents
        self.qty = qty
        self.category = category

    def __repr__(self):
        return "Product(%s)" % self.sku


class Inventory:
    def __init__(self):
        self.products = {}
        self.sold = {}

    def add(self, *args):
        p = Product(*args)
        if p.sku in self.products:
            raise InventoryError("duplicate sku %s" % p.sku)
        self.products[p.sku] = p

    def get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def reserve(self, lines):
        # all-or-nothing: validate first, then apply
        needed = {}
        for sku, qty in lines:
            if qty <= 0:
                raise ValueError("quantity must be positive for %s" % sku)
            needed[sku] = needed.get(sku, 0) + qty
        for sku, qty in needed.items():
            p = self.get(sku)
            if p.qty < qty:
                raise OutOfStock(sku, qty, p.qty)
        total = 0
        for sku, qty in needed.items():
            p = self.products[sku]
            p.qty -= qty
            self.sold[sku] = self.sold.get(sku, 0) + qty
            total += p.price * qty
        return total


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s$%d.%02d" % (sign, cents // 100, cents % 100)


def discount(total, code):
    if code is None:
        return 0
    if code == "TENOFF":
        return min(1000, total)
    if code.startswith("PCT"):
        pct = int(code[3:])
        if not 0 < pct <= 50:
            raise ValueError("bad percentage %d" % pct)
        return total * pct // 100
    raise ValueError("unknown code %r" % code)


inv = Inventory()
for row in [("A100", "widget", 250, 40, "parts"), ("A200", "gadget", 1299, 5, "devices"),
            ("B300", "gizmo", 4999, 2, "devices"), ("C400", "doohickey", 75, 500, "parts"),
            ("D500", "manual", 1500, 10, "books")]:
    inv.add(*row)
try:
    inv.add("A100", "dupe", 1, 1, "x")
except InventoryError as e:
    print("InventoryError:", e)

orders = [
    ("o1", [("A100", 10), ("C400", 100)], None),
    ("o2", [("A200", 3), ("B300", 1)], "TENOFF"),
    ("o3", [("B300", 2)], None),
    ("o4", [("Z999", 1)], None),
    ("o5", [("A100", 5), ("A100", 30)], "PCT10"),
    ("o6", [("D500", 0)], None),
    ("o7", [("D500", 4), ("C400", 1)], "PCT75"),
    ("o8", [("D500", 4), ("A200", 2)], "PCT15"),
    ("o9", [("C400", 399)], "BOGUS"),
]

revenue = 0
for oid, lines, code in orders:
    try:
        subtotal = inv.reserve(lines)
        try:
            off = discount(subtotal, code)
        except ValueError as e:
            print("%s: discount ignored (%s)" % (oid, e))
            off = 0
        total = subtotal - off
        revenue += total
        print("%s: subtotal %s discount %s total %s" % (oid, money(subtotal), money(off), money(total)))
    except OutOfStock as e:
        print("%s: OUT OF STOCK %s (short by %d)" % (oid, e, e.wanted - e.have))
    except UnknownProduct as e:
        print("%s: %s | is KeyError: %s" % (oid, e, isinstance(e, KeyError)))
    except ValueError as e:
        print("%s: rejected: %s" % (oid, e))

print()
print("%-6s %-10s %8s %5s %5s" % ("sku", "name", "price", "stock", "sold"))
for p in sorted(inv.products.values(), key=lambda p: (p.category, -p.price)):
    print("%-6s %-10s %8s %5d %5d" % (p.sku, p.name, money(p.price), p.qty, inv.sold.get(p.sku, 0)))

by_cat = {}
for p in inv.products.values():
    by_cat.setdefault(p.category, []).append(p.price * p.qty)
print()
for cat in sorted(by_cat):
    print("%-8s stock value %10s" % (cat, money(sum(by_cat[cat]))))
print("revenue:", money(revenue))
low = [p.sku for p in inv.products.values() if p.qty < 5]
print("low stock:", low)
print(money(-1234), money(5), money(100000))
