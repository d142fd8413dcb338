# uncaught KeyError with a tuple key and an exception from a generator
grid = {(x, y): x * y for x in range(3) for y in range(3)}


def cells(keys):
    for k in keys:
        yield grid[k]


print(sum(cells([(1, 1), (2, 2)])))
print(list(cells([(0, 2), (2, 0), (3, 1)])))
