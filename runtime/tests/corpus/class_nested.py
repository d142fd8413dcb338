# Nested classes, class bodies, and scoping.

class Outer:
    value = "outer value"

    class Inner:
        value = "inner value"
        def describe(self):
            return "Inner sees " + self.value

        class Deepest:
            def where(self):
                return type(self).__qualname__

    def make_inner(self):
        return self.Inner()

    def __repr__(self):
        return "Outer()"

o = Outer()
print(o.make_inner().describe())
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest().where())
print(isinstance(o.make_inner(), Outer.Inner))

# Nested class can't see enclosing class attributes by bare name
class Container:
    size = 10
    class Item:
        try:
            s = size
        except NameError as e:
            s = "NameError: " + str(e)
print(Container.Item.s)

# But it can see enclosing function locals
def factory(n):
    class Local:
        count = n
        def get(self):
            return n * 2
    return Local

L5 = factory(5)
L7 = factory(7)
print(L5.count, L5().get(), L7.count, L7().get(), L5 is L7)
print(L5.__qualname__)

# Enum-like nested classes
class HTTP:
    class Status:
        OK = 200
        NOT_FOUND = 404
        @classmethod
        def name_of(cls, code):
            for k, v in vars(cls).items():
                if v == code:
                    return k
            return None
    class Method:
        GET = "GET"
        POST = "POST"
print(HTTP.Status.OK, HTTP.Status.name_of(404), HTTP.Status.name_of(500), HTTP.Method.POST)

# Inner class referencing outer class through the module-level name
class Tree:
    class Node:
        def __init__(self, val):
            self.val = val
            self.kids = []
        def add(self, val):
            child = Tree.Node(val)
            self.kids.append(child)
            return child
    def __init__(self, root):
        self.root = Tree.Node(root)
    def values(self):
        out = []
        def walk(n):
            out.append(n.val)
            for k in n.kids:
                walk(k)
        walk(self.root)
        return out

t = Tree(1)
a = t.root.add(2)
a.add(3)
t.root.add(4)
print(t.values())

# Class defined inside a method
class Maker:
    def build(self, label):
        class Built:
            def __repr__(self):
                return "Built(" + label + ")"
        return Built()
print(Maker().build("x"), Maker().build("y"))
print(type(Maker().build("z")).__qualname__)

# Nested class inheritance from sibling
class Shapes:
    class Base:
        sides = 0
        def describe(self):
            return f"{type(self).__name__} with {self.sides} sides"
    class Triangle(Base):
        sides = 3
    class Square(Base):
        sides = 4
print(Shapes.Triangle().describe(), Shapes.Square().describe())
print([c.__qualname__ for c in Shapes.Square.__mro__])

# Class body comprehensions can't see class vars (except the first iterable)
class Comp:
    base = [1, 2, 3]
    factor = 10
    first_iter_ok = [x for x in base]
    try:
        scaled = [x * factor for x in base]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(Comp.first_iter_ok, Comp.scaled)

# Class body statements run in order
class Ordered:
    log = []
    log.append("first")
    x = 1
    log.append(f"x={x}")
    x += 1
    log.append(f"x={x}")
    del x
    log.append("deleted x")
print(Ordered.log, hasattr(Ordered, "x"))
