# uncaught TypeError from adding incompatible types in a method
class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, price):
        self.items.append((name, price))

    def total(self):
        t = 0
        for name, price in self.items:
            t = t + price
        return t


c = Cart()
c.add("pen", 2)
c.add("book", 15)
print("total:", c.total())
c.add("gift", "free")
print("total:", c.total())
