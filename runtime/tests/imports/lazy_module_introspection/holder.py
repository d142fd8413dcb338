"""Holds lazy imports that main.py inspects from outside."""
print("loading holder")
lazy import hi_a
lazy import hi_b
lazy from hi_c import VALUE
lazy import hi_d
