# prints progress, then dies with an uncaught ValueError
def parse_all(items):
    out = []
    for it in items:
        out.append(int(it))
        print("parsed", it)
    return out


print("start")
print(parse_all(["1", "22", "333"]))
parse_all(["4", "5x", "6"])
print("never printed")
