# int/float/str/bool/list/tuple/dict/set/frozenset constructors and conversions
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), complex() if False else "")
print(int("12"), int(12.9), int(-12.9), int(True), int(" 0b11 ", 0), int("z", 36), int(b" 7 "))
print(float("3.5"), float(3), float(" -inf "), float(True), float("1e3"), float(10 ** 20))
print(str(12), str(1.5), str([1, "a"]), str(b"x"), str(b"x", "ascii"), str(None), str(str), str(object))
print(bool(0), bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(-1), bool(None), bool(...))
print(list("abc"), list(range(3)), list({"a": 1}), list({"a": 1}.values()), list((1, 2)), list(b"ab"), list(x * 2 for x in range(3)))
print(tuple("ab"), tuple([1, [2]]), tuple({3: 4}), tuple(range(0)))
print(dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict(((i, i * i) for i in range(3))))
print(sorted(set("hello")), sorted(set([3, 1, 3])), sorted(frozenset(range(3))), set() == frozenset(), sorted(set({"k": 1})))
print(list(list([1])), tuple(tuple((1,))), str(str("s")), int(int(5)), float(float(2.5)))
l1 = [1, 2]
l2 = list(l1)
t1 = (1, 2)
t2 = tuple(t1)
s1 = "abc"
s2 = str(s1)
f1 = frozenset([1])
f2 = frozenset(f1)
print(l1 is l2, l1 == l2, t1 is t2, s1 is s2, f1 is f2)
class MyList(list):
    pass
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
ml = MyList([3, 1, 2])
ml.sort()
print(ml, type(ml).__name__, list(ml), type(list(ml)).__name__, isinstance(ml, list), ml + [4], type(ml + [4]).__name__)
mi = MyInt(5)
print(mi, mi + 1, type(mi + 1).__name__, int(mi), type(int(mi)).__name__, MyInt("12"), MyInt("ff", 16))
for ctor, arg in [(int, "x"), (float, "x"), (list, 5), (tuple, None), (dict, [1]), (set, 3), (int, [1]), (bool, 1) if False else (str, 1)]:
    try:
        print(ctor.__name__, repr(ctor(arg)))
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__ + ":", e)
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int("1", 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    int(x="5")
except TypeError as e:
    print("TypeError:", e)
print(type(int), type(list()) is list, int.__name__, list.__name__, isinstance(int, type), [t.__name__ for t in (int, float, str, bool, list, tuple, dict, set, frozenset, bytes, bytearray, range, slice, type)])
print(object() != object(), type(object()).__name__, str.__mro__[-1].__name__, bool.__mro__[-2].__name__)
