# range: attributes, len, indexing, slicing, membership, reversed, equality
r = range(10)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[3])
for rr in [range(0), range(5, 0), range(1, 10, 3), range(10, 0, -3), range(-5, 5, 2), range(0, -10, -1), range(3, 4), range(-3, -10, -2)]:
    print(repr(rr), list(rr), len(rr), bool(rr), list(reversed(rr)))
r = range(2, 30, 4)
print(r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[1:4]), r[::-1][0], r[5:1:-2], list(r[5:1:-2]))
print(10 in r, 11 in r, 30 in r, 2 in r, -2 in r, 10.0 in r, 10.5 in r, "x" in r, True in range(2))
print(r.index(14), r.count(14), r.count(15), range(5).index(True))
try:
    r.index(15)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], big[10 ** 16], 10 ** 17 + 1 in big, 7 * 10 ** 16 in big, big[::10 ** 16], big[::-1][:3])
try:
    len(range(10 ** 30))
except OverflowError as e:
    print("OverflowError:", e)
print(range(10 ** 30)[-1], range(10 ** 30).stop)
print(sum(range(1, 101)), max(range(-5, 3)), min(range(9, 0, -2)), sorted(range(5, 0, -1)), list(map(str, range(3))))
print(list(range(5))[::-1] == list(reversed(range(5))), tuple(range(3)), set(range(3)) == {0, 1, 2}, list(enumerate(range(10, 13))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), list(range(Idx())), range(10)[Idx()], list(range(1, 9, Idx())), [10, 20, 30, 40, 50][Idx()])
print(hash(range(3)) == hash(range(0, 3, 1)), range(0, 5, 2).__len__(), range(5).__contains__(4), repr(range(-1, -5, -1)))
total = 0
for i in range(10, 0, -2):
    total += i
print(total, [i * i for i in range(1, 20, 4)], list(range(3))[-1], range(True, 3))
