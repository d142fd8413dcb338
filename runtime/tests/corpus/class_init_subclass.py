# __init_subclass__ hooks and __set_name__.

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"  registered {cls.__name__} as {key!r}")

class Alpha(Plugin):
    pass

class Beta(Plugin, name="bee"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry))
print({k: v.__name__ for k, v in Plugin.registry.items()})

# Unknown keyword reaches object.__init_subclass__ and fails
try:
    class Broken(Plugin, name="b", color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

# Hook is not called for the defining class itself
class Base:
    seen = []
    def __init_subclass__(cls):
        Base.seen.append(cls.__name__)
class S1(Base): pass
class S2(S1): pass
print(Base.seen)

# __init_subclass__ is implicitly a classmethod
print(type(Base.__dict__["__init_subclass__"]).__name__)

# Enforcing an interface
class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if "area" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define area()")

class Sq(Shape):
    def area(self):
        return 4
try:
    class NoArea(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Sq().area())

# __set_name__ on descriptors
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print(f"  setting {self.name} = {value!r}")
        setattr(obj, self.private, value)

class Record:
    title = Field("untitled")
    year = Field(0)
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

r = Record(title="Dune")
print(r.title, r.year, sorted(vars(r)))
r.year = 1965
print(r.year, Record.title.name, Record.year.private)

# __set_name__ is not called when assigned after class creation
f = Field(1)
Record.extra = f
print(hasattr(f, "name"))

# Typed field validation via __set_name__
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age)
for bad in [("Bob", "old"), (42, 1)]:
    try:
        Person(*bad)
    except TypeError as e:
        print("TypeError:", e)

# __init_subclass__ with collected class attributes
class Model:
    def __init_subclass__(cls):
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
class Book(Model):
    author = Field("anon")
    pages = Field(0)
    def method(self):
        pass
print(Book.fields)
