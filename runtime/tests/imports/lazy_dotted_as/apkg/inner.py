"""Bound as `inner` by `lazy import apkg.inner as inner`."""
print("loading apkg.inner")
NAME = "inner value"
