# Several closures sharing the same cells.

def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("denied", amount))
            return None
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50))
print(wd(30))
print(wd(500))
print(rep())

# Two accounts are independent
dep2, wd2, rep2 = make_account(0)
dep2(1)
print(rep()[0], rep2()[0])

# Cells are literally shared
def pair():
    v = 0
    def get():
        return v
    def put(x):
        nonlocal v
        v = x
    return get, put

g, p = pair()
print(g.__closure__[0] is p.__closure__[0])
p("shared!")
print(g(), g.__closure__[0].cell_contents)

# Closures over a variable that is also modified by the outer function afterwards
def outer():
    n = 1
    def read():
        return n
    results = [read()]
    n = 2
    results.append(read())
    n += 40
    results.append(read())
    return results, read
res, read = outer()
print(res, read())

# Cells shared between generator and function
def producer_consumer():
    buf = []
    def produce(*vals):
        buf.extend(vals)
    def consume():
        while buf:
            yield buf.pop(0)
    return produce, consume

prod, cons = producer_consumer()
prod(1, 2)
it = cons()
print(next(it))
prod(3)
print(list(it))
prod(4)
print(list(it))     # the exhausted generator stays exhausted
print(list(cons()))

# Object-like closure dictionary
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    def peek():
        return items[-1] if items else None
    return {"push": push, "pop": pop, "size": size, "peek": peek}

s = make_stack()
for ch in "abc":
    s["push"](ch)
print(s["size"](), s["peek"](), s["pop"](), s["size"]())

# Closures sharing a cell through three levels
def top():
    shared = []
    def mid(tag):
        def leaf(v):
            shared.append((tag, v))
            return len(shared)
        return leaf
    return mid, lambda: shared

mid, view = top()
la, lb = mid("A"), mid("B")
la(1); lb(2); la(3)
print(view())

# Cell variable deleted then recreated
def del_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    x = 2
    return f()
print(del_cell())
