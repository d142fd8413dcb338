"""Lazily imports cyc_b, which lazily imports cyc_a back."""
print("loading cyc_a")
lazy import cyc_b


def name():
    return "a"


def call_b():
    return "a->" + cyc_b.call_a()
