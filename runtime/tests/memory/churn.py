# Ten million short-lived objects: instances, tuples, lists and floats.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for i in range(10_000_000):
    p = Point(i, i + 1)
    t = (p.x, p.y)
    total += t[0] - t[1]
print(total)
