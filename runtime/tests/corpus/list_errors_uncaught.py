# list errors caught and then an uncaught IndexError
lst = [10, 20, 30]
attempts = [
    lambda: lst[3],
    lambda: lst[-4],
    lambda: lst["0"],
    lambda: lst[1.0],
    lambda: lst[None],
    lambda: [].pop(),
    lambda: lst.pop(10),
    lambda: lst.remove(99),
    lambda: lst.index(99),
    lambda: lst + "x",
    lambda: lst * 1.5,
    lambda: lst < 1,
    lambda: {lst: 1},
    lambda: hash(lst),
    lambda: lst.sort(key=1),
    lambda: sorted(lst, reverse=None),
    lambda: list(5),
    lambda: list(1, 2),
    lambda: lst.nope,
    lambda: [1, 2, 3][::0],
    lambda: max([]),
    lambda: min([], key=len),
]
for i, f in enumerate(attempts):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, "-", e)
print("still", lst)
def safe(fn, default="<err>"):
    try:
        return fn()
    except (IndexError, ValueError, TypeError) as e:
        return f"{default}:{type(e).__name__}"
grid = [[1, 2], [3]]
print(safe(lambda: grid[1][1]), safe(lambda: grid[0][1]), safe(lambda: grid[2][0]), safe(lambda: grid[-1][-1]))
print(safe(lambda: [][0]), safe(lambda: [][:5]), safe(lambda: [1][-1:]), safe(lambda: [1, 2, 3][10:]))
m = [0] * 3
try:
    m[3] = 1
except IndexError as e:
    print("assignment:", e)
try:
    del m[-4]
except IndexError as e:
    print("deletion:", e)
try:
    m.insert("0", 1)
except TypeError as e:
    print("insert:", e)
m.insert(-10, "front")
m.insert(10, "back")
print(m)
def get_last(items, n):
    return items[len(items) - 1 + n]
print(get_last(lst, 0))
print(get_last(lst, -2))
print(get_last(lst, 1))
