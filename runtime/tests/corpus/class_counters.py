# Class-level counters and per-class bookkeeping.

class Ticket:
    next_id = 1
    issued = []

    def __init__(self, owner):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.owner = owner
        Ticket.issued.append(self.id)

    def __repr__(self):
        return f"Ticket#{self.id}({self.owner})"

ts = [Ticket(n) for n in ["ann", "bob", "cy"]]
print(ts, Ticket.next_id, Ticket.issued)

# Using type(self) gives each subclass its own counter once assigned
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1

class Circle(Shape):
    pass

class Square(Shape):
    count = 100

Shape(); Shape()
Circle(); Circle(); Circle()
Square()
print(Shape.count, Circle.count, Square.count)
print("count" in Circle.__dict__, "count" in Square.__dict__)

# Using the explicit base name shares one counter
class Node:
    total = 0
    def __init__(self):
        Node.total += 1
class Leaf(Node):
    pass
Node(); Leaf(); Leaf()
print(Node.total, Leaf.total, "total" in Leaf.__dict__)

# Tracking live instances with explicit release
class Resource:
    live = 0
    peak = 0
    def __init__(self, name):
        self.name = name
        Resource.live += 1
        Resource.peak = max(Resource.peak, Resource.live)
    def release(self):
        Resource.live -= 1
        return f"released {self.name}"

rs = [Resource(str(i)) for i in range(4)]
print(rs[0].release(), rs[1].release())
r5 = Resource("5")
print(Resource.live, Resource.peak)

# Counter via classmethod
class Event:
    _counts = {}
    def __init__(self, kind):
        self.kind = kind
        Event._bump(kind)
    @classmethod
    def _bump(cls, kind):
        cls._counts[kind] = cls._counts.get(kind, 0) + 1
    @classmethod
    def summary(cls):
        return dict(sorted(cls._counts.items()))

for k in ["click", "key", "click", "scroll", "click", "key"]:
    Event(k)
print(Event.summary())

# ID generation per subclass using __init_subclass__
class Entity:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._next = 1
    def __init__(self):
        cls = type(self)
        self.eid = f"{cls.__name__.lower()}-{cls._next}"
        cls._next += 1

class User(Entity):
    pass
class Order(Entity):
    pass
print([User().eid for _ in range(3)], [Order().eid for _ in range(2)], User().eid)

# Counter that counts method calls across all instances
class Calc:
    calls = {"add": 0, "mul": 0}
    def add(self, a, b):
        Calc.calls["add"] += 1
        return a + b
    def mul(self, a, b):
        Calc.calls["mul"] += 1
        return a * b
c1, c2 = Calc(), Calc()
c1.add(1, 2); c2.add(3, 4); c2.mul(2, 2)
print(Calc.calls, c1.calls is c2.calls)

# Class attribute counters are unaffected by instance shadowing
class Votes:
    yes = 0
    def vote(self):
        self.yes += 1   # creates instance attribute!
        return self.yes
v = Votes()
print(v.vote(), v.vote(), Votes.yes, Votes().yes)
