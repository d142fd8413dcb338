# isinstance/issubclass with tuples, type(), callable, getattr/setattr/hasattr/delattr, vars, dir
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    pass
d = Dog("rex")
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Puppy), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(isinstance(1, (int, float)), isinstance(True, int), isinstance(1.0, int), isinstance("s", (list, (tuple, str))), isinstance(None, type(None)))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
print(type(d).__name__, type(d) is Dog, type(d) == Animal, type(1).__name__, type("").__name__, type(None).__name__, type(type).__name__, type(int).__name__)
print(type(d).__mro__ == (Dog, Animal, object), [c.__name__ for c in Puppy.__mro__], Dog.__bases__[0].__name__, Dog.__name__, Dog.__qualname__)
print(callable(d), callable(Dog), callable(d.speak), callable(len), callable(lambda: 0), callable(5), callable("x"), callable(type))
class CallMe:
    def __call__(self, x):
        return x * 2
print(callable(CallMe()), CallMe()(21))
print(getattr(d, "name"), getattr(d, "kind"), getattr(d, "missing", "dflt"), getattr(Dog, "speak")(d), getattr("abc", "upper")())
try:
    getattr(d, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(d, "age", 3)
setattr(d, "name", "max")
print(d.age, d.name, hasattr(d, "age"), hasattr(d, "nope"), hasattr(Dog, "speak"), hasattr(d, "__class__"))
delattr(d, "age")
print(hasattr(d, "age"))
try:
    delattr(d, "age")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d.kind
except AttributeError as e:
    print("AttributeError:", e)
print(vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")), sorted(vars(Animal).keys() - {"__module__", "__dict__", "__weakref__", "__doc__", "__init__"}))
d.extra = [1]
print(vars(d), d.__dict__ is vars(d))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Puppy) if not n.startswith("_")], "speak" in dir(Dog), "upper" in dir("s"), "append" in dir([]))
class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
w = WithGetattr()
print(w.dyn_hello, getattr(w, "dyn_x"), hasattr(w, "dyn_"), hasattr(w, "other"), getattr(w, "other", "fallback"))
print(type(5)(7), type("x")(3.5), type([])("ab"), type(d)("new").name)
