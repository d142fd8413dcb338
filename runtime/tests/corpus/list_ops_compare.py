# list concatenation, repetition, comparison, membership, identity, nested aliasing
a, b = [1, 2, 3], [1, 2, 4]
print(a + b, a * 2, 0 * a, -1 * a, a * True, [] + [], [[]] * 3)
print(a < b, a <= b, a == b, a != b, a > b, [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2]] < [1, [3]])
print([1, 2] == (1, 2), [1] == [1.0], [[1]] == [[1]], [0] * 3 == [0, 0, 0], list("ab") == ["a", "b"])
print(3 in a, 5 not in a, [1] in [[1], 2], "1" in [1], None in [None], 2.0 in a)
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * [2])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] - [1])
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
y = x
y += [3]
print(x, y, x is y)
y = y + [4]
print(x, y, x is y)
z = x
z *= 2
print(x, z is x)
t = [1]
t += (2, 3)
t += "ab"
t += range(2)
print(t)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
row = [0, 0]
table = [row, row]
row.append(9)
print(table)
import sys
nested = [1, [2, [3, [4, [5]]]]]
print(nested[1][1][1][1][0], nested[1][1], len(nested), str(nested))
flat = []
def flatten(lst):
    for item in lst:
        if isinstance(item, list):
            flatten(item)
        else:
            flat.append(item)
flatten(nested)
print(flat)
cyc = [1]
cyc.append(cyc)
print(cyc, repr([cyc, cyc]))
shallow = [[1, 2], [3]]
copy1 = shallow[:]
copy2 = list(shallow)
copy1[0].append(99)
copy2.append("new")
print(shallow, copy1, copy2, copy1[0] is shallow[0])
print(len([None] * 1000), sum([[1], [2, 3]], []), max([[1, 2], [3], [1, 5]]), min([[], [0]]))
print(list.__add__([1], [2]), [1, 2].__contains__(2), [1, 2].__len__(), [3, 4].__getitem__(-1), list.__mul__([7], 3))
print([1, 2, 3] == [1, 2, 3] is not None, [] == [] == [], bool([[]]), bool([]), not [0])
