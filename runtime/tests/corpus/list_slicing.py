# list slicing, slice assignment and deletion (including extended slices)
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[20:], a[-20:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = ["ins1", "ins2"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[3:] = []
print(b)
b[:] = "xyz"
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::3] = [None] * 3
print(c)
c[::-1] = range(10)
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::-3] = []
except ValueError as e:
    print("ValueError:", e)
c[2:2:-1] = []
print(c)
try:
    c[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
d = list(range(12))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[100:]
print(d)
del d[:]
print(d)
e = list(range(6))
del e[0], e[-1]
print(e)
e[1:4] = e
print(e)
f = [0, 1, 2, 3]
f[5:10] = [9]
print(f)
f[-10:1] = ["neg"]
print(f)
f[3:1] = ["mid"]
print(f)
g = list(range(8))
g[6:1:-2] = "XYZ"
print(g)
s = slice(1, 7, 2)
print(g[s], s.start, s.stop, s.step, g[slice(None)], g[slice(-2, None)])
g[s] = [0, 0, 0]
print(g)
del g[slice(None, None, 4)]
print(g)
try:
    g[10]
except IndexError as e:
    print("IndexError:", e)
try:
    g[-10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del g[10]
except IndexError as e:
    print("IndexError:", e)
try:
    g["1"]
except TypeError as e:
    print("TypeError:", e)
h = [[0] * 3 for _ in range(3)]
h[1][1:] = [5, 6]
print(h, h[1][::-1], [row[1] for row in h], h[::2][0] is h[0])
