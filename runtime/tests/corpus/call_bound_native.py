# Calls of native methods fetched once and called many times
# (`ins = lst.insert; ins(i, x)`, as fannkuch does): the receiver travels
# in the call's self slot. Arguments by position and keyword, wrong
# argument counts (TypeError), and the bound method's attributes.


def shuffle(rounds):
    a = [1, 2, 3]
    ins = a.insert
    pop = a.pop
    app = a.append
    for i in range(rounds):
        ins(i % 3, pop(0))
        app(i)
        pop()
    return a


print(shuffle(300))


def dicts(rounds):
    d = {}
    get = d.get
    sd = d.setdefault
    for i in range(rounds):
        sd(i % 7, []).append(get(i % 5, i))
    return sorted((k, len(v)) for k, v in d.items())


print(dicts(300))


def strings(rounds):
    s = "a,b,c"
    sp = s.split
    out = []
    for _ in range(rounds):
        out.append(sp(","))
    return out[-1], sp(maxsplit=1, sep=",")


print(strings(300))


def errors():
    a = [1]
    pop = a.pop
    ins = a.insert
    for call in (lambda: pop(1, 2, 3), lambda: ins(), lambda: pop(5)):
        try:
            call()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)
    print(pop.__self__ is a, ins.__name__)


errors()
