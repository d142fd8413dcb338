"""Lazily imports cyc_a, which lazily imported cyc_b."""
print("loading cyc_b")
lazy import cyc_a


def call_a():
    return "b->" + cyc_a.name()
