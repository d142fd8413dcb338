# failing assert without a message
values = [3, 1, 2]
values.sort()
assert values == [1, 2, 3]
print("sorted", values)
assert all(v > 0 for v in values)
print("positive")
assert values[0] > values[1]
print("never")
