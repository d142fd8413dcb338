# del of items and slices
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

lst = list(range(20))
del lst[1:15:3]
print(lst)
del lst[::-4]
print(lst)
del lst[100:200]
print(lst)
del lst[-3:]
print(lst)

try:
    del lst[50]
except IndexError as e:
    print("IndexError:", e)

# dicts
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
d["b"] = 5
print(d, list(d))

# del multiple targets in one statement
d2 = {1: "x", 2: "y", 3: "z"}
l2 = [10, 20, 30]
del d2[1], l2[0]
print(d2, l2)

# nested del
nested = {"k": [1, 2, {"inner": 3, "other": 4}]}
del nested["k"][2]["inner"]
del nested["k"][0]
print(nested)

# bytearray
ba = bytearray(b"hello world")
del ba[5:]
del ba[0]
print(ba)

# immutable sequences
for obj in [(1, 2), "ab", b"ab", range(3), frozenset([1])]:
    try:
        del obj[0]
    except TypeError as e:
        print(type(obj).__name__, "->", e)


# custom __delitem__
class Store:
    def __init__(self):
        self.data = {}
        self.log = []

    def __setitem__(self, k, v):
        self.data[k] = v

    def __getitem__(self, k):
        return self.data[k]

    def __delitem__(self, k):
        self.log.append(("del", k))
        if isinstance(k, slice):
            for key in list(self.data):
                if (k.start is None or key >= k.start) and (k.stop is None or key < k.stop):
                    del self.data[key]
        else:
            del self.data[k]


s = Store()
for i in range(6):
    s[i] = i * i
del s[2]
del s[3:5]
del s[:1]
print(s.data, s.log)

# deleting while iterating over a copy
nums = [1, 2, 3, 4, 5, 6, 7, 8]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)

# slice deletion with negative steps and out-of-range bounds
x = list("abcdefghij")
del x[8:2:-2]
print("".join(x))
