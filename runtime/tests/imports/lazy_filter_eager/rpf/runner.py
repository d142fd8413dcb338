"""Same-named absolute and relative lazy from-imports; the filter denies only rpf.target."""
print("loading rpf.runner")
lazy from target import VALUE as absolute_value
lazy from .target import VALUE as relative_value
