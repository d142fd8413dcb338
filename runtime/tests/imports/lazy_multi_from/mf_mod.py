"""Two names imported lazily by one `lazy from` statement."""
print("loading mf_mod")
x = 42


def f():
    return "f called"
