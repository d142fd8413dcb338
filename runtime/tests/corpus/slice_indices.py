# slice objects: attributes, indices(), use in __getitem__, equality
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), slice(None, None, -1))
for sl in [slice(None), slice(2, None), slice(None, 3), slice(-3, None), slice(None, None, -1), slice(10, 0, -2),
           slice(-100, 100), slice(5, 2), slice(None, None, 3), slice(-1, -10, -3), slice(3, 3), slice(0, 100, -1)]:
    for n in (0, 5, 10):
        idx = sl.indices(n)
        print(sl, n, idx, list(range(*idx)), list(range(n))[sl] == list(range(*idx)))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 1) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(slice("a", "b", "c"), slice([1], (2,)).start, slice(1.5, 2.5).indices(10) if False else "skip")
try:
    "abc"[slice(1.5, 2)]
except TypeError as e:
    print("TypeError:", e)
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
rec = Recorder()
print(rec[1], rec[1:2], rec[::], rec[:], rec[1:2:3], rec[::-1], rec[1, 2], rec[1:2, ::3], rec[...], rec[:, None])
rec[0:5] = "v"
rec[::2] = 1
del rec[1:]
del rec[:, 1]
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        return self.data[key]
    def __repr__(self):
        return "Seq(%r)" % self.data
q = Seq("abcdefgh")
print(q[2:6], q[::-3], q[-2:], q[100:], q[3], len(q[1::2]))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError:", e)
idx = slice(1, None, 2)
data = list(range(10))
print(data[idx], "0123456789"[idx], tuple(data)[idx], bytes(range(65, 75))[idx])
data[idx] = ["o"] * 5
print(data)
