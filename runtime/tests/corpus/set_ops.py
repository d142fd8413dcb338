# set operators: union, intersection, difference, symmetric difference, comparisons
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10], "x" if False else (11,))), sorted(a.intersection(b, {5, 4, 99})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([5, 6])))
print(a == {5, 4, 3, 2, 1}, a != b, {1, 2} < a, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, a > {1}, a >= a, {1, 9} < a)
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 4)), a.isdisjoint({0, 9}), a.isdisjoint(b), set().issubset(a))
print(len(a), 3 in a, 30 not in a, len(set()), bool(set()), bool({0}))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
c = set(a)
c |= {100}
c &= {1, 2, 100, 200}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
c = {1, 2}
alias = c
c |= {3}
print(alias is c, sorted(alias))
c = c | {4}
print(alias is c, sorted(alias), sorted(c))
print(sorted({1, 1.0, True}), len({0, 0.0, False, -0.0}), sorted({(1, 2), (1, 2), (2, 1)}), sorted({"a", "b", "a"}))
print({1, 2} == frozenset({1, 2}), {1} == [1], set() == frozenset(), sorted({1, 2} | frozenset({3})), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
nums = set(range(20))
evens = {n for n in nums if n % 2 == 0}
threes = {n for n in nums if n % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes), sorted(evens ^ threes)[:5], len(evens | threes))
print(sorted(set("mississippi")), sorted(set("hello") & set("world")), sorted(set("abc") ^ set("bcd")))
words = ["apple", "banana", "cherry"]
common = set(words[0])
for w in words[1:]:
    common &= set(w)
print(sorted(common), sorted(set(words[0]).union(*words[1:])), sorted(set.intersection(*map(set, ["ab", "bc", "bd"]))))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} & {[]} if False else set([{}])
except TypeError as e:
    print("TypeError:", e)
print(max({3, 1, 2}), min({3, 1, 2}), sum({1, 2, 3}), sorted({-1, 5, 0}, reverse=True), sorted({"b": 1, "a": 2}.keys() | {"c"}))
print(set() is not set(), repr(set()), repr({1}), repr({"only"}), repr(frozenset()), repr(frozenset({"x"})))
