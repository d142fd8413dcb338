# failing assert with a message
def mean(xs):
    assert len(xs) > 0, "mean of empty list (got %d items)" % len(xs)
    return sum(xs) / len(xs)


print(mean([1, 2, 3, 4]))
assert mean([2]) == 2.0, "should not fail"
print("asserts passed")
mean([])
