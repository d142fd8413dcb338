# unpacking in realistic code, ending with an uncaught ValueError
records = [
    "alice,30,paris",
    "bob,25,berlin",
    "carol,41,rome",
]
people = []
for line in records:
    name, age, city = line.split(",")
    people.append((name, int(age), city))
print(people)
for name, age, city in people:
    print(f"{name:>6} is {age:3d} and lives in {city}")
(oldest_name, oldest_age, _), *others = sorted(people, key=lambda p: -p[1])
print(oldest_name, oldest_age, [o[0] for o in others])
names, ages, cities = zip(*people)
print(names, ages, cities)
total, count = sum(ages), len(ages)
mean = total / count
print(f"mean age {mean:.2f}")
pairs = dict(zip(names, cities))
for key, (n, c) in zip(range(3), pairs.items()):
    print(key, n, c)
first, second, *rest = "xy"
print(first, second, rest)
def parse_kv(item):
    key, value = item.split("=")
    return key.strip(), value.strip()
good = ["a = 1", "b=2", " c =3 "]
print([parse_kv(g) for g in good])
for bad in ["novalue", "a=b=c"]:
    try:
        parse_kv(bad)
    except ValueError as e:
        print("bad", repr(bad), "->", e)
matrix = [(1, 2, 3), (4, 5, 6)]
for a, b, c in matrix:
    print(a * b * c)
print("processing malformed record")
records.append("dave,19")
for line in records:
    name, age, city = line.split(",")
    print("ok", name)
